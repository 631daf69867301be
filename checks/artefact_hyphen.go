package checks

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/token"
)

// suspenders are the words that may follow a hyphen and a space in a
// suspended compound: "partnerschaps- en samenwerkingsovereenkomst",
// "pré- et postnatal", "in- of uitvoer", "bedrijfs- dan wel", "van het
// lucht- naar het spoorverkeer".
var suspenders = map[string]bool{
	"en": true, "én": true, "of": true, "óf": true, "tot": true, "naar": true, "noch": true, "als": true, "dan": true,
	"maar": true, "alsook": true, "evenals": true, "respectievelijk": true, "t/m": true,
	"et": true, "ou": true, "ni": true, "à": true, "voire": true, "puis": true, "mais": true,
	"and": true, "or": true, "to": true,
}

// enclitics are the French words a hyphen ties to the word before it:
// "celle-ci", "ce jour-là", "peut-être", "dit-il".
var enclitics = map[string]bool{
	"ci": true, "là": true, "même": true, "mêmes": true, "être": true,
	"il": true, "ils": true, "elle": true, "elles": true, "on": true,
	"je": true, "tu": true, "nous": true, "vous": true, "t": true,
	"le": true, "la": true, "les": true, "lui": true, "leur": true, "moi": true, "toi": true, "y": true,
}

// findHyphenBreaks returns the places of s where a word hyphenated at a line
// end kept its hyphen and a space ("mensen- rechten"), each with the word
// as it should read.
func findHyphenBreaks(s string, l align.Lang, lx *lexicon) []hit {
	if !mayKeepHyphen(s) {
		return nil
	}
	return scanHyphenBreaks(s, l, lx)
}

// scanHyphenBreaks is findHyphenBreaks without its filter.
func scanHyphenBreaks(s string, l align.Lang, lx *lexicon) []hit {
	var out []hit
	for a, b := range token.EachRunPair(s) {
		gap := s[a.End:b.Start]
		h, n := utf8.DecodeRuneInString(gap)
		if !isHyphen(h) || len(gap) <= n || strings.TrimLeft(gap[n:], " ") != "" {
			continue
		}
		lb := strings.ToLower(b.S)
		if suspenders[lb] || suspenders[strings.ToLower(a.S)] || dashedAround(s, a.Start, b.End) {
			continue
		}
		first, _ := utf8.DecodeRuneInString(b.S)
		var fixed string
		switch {
		case enclitics[lb], unicode.IsUpper(first), allUpperWord(a.S), lx.count(l, strings.ToLower(a.S+string(h)+b.S)) > 0:
			fixed = a.S + string(h) + b.S
		default:
			fixed = a.S + b.S
		}
		out = append(out, hit{a.Start, b.End,
			fmt.Sprintf("%q keeps a line-break hyphen; write %q", s[a.Start:b.End], fixed)})
	}
	return out
}

// dashRange is how far around a suspected line-break hyphen dashedAround
// looks, in bytes, within the sentence.
const dashRange = 200

// dashedAround reports whether the sentence around s[start:end], a word, a
// hyphen, a space and a word, uses a hyphen as a dash elsewhere: a hyphen
// with a space before it ("klasse" in "topvoetballers -niet enkel … in de
// allerhoogste klasse- nauwelijks", "cette convention- la convention
// d'accueil - a"). Then the hyphen closes or opens the aside. A conjunction
// before the hyphen marks an item of a list ("; et- sans que …"), which
// the caller tells by the word itself.
func dashedAround(s string, start, end int) bool {
	lo, hi := max(0, start-dashRange), min(len(s), end+dashRange)
	if i := strings.LastIndexAny(s[lo:start], ".?!;"); i >= 0 {
		lo += i + 1
	}
	if i := strings.IndexAny(s[end:hi], ".?!;"); i >= 0 {
		hi = end + i
	}
	return spacedHyphen(s[lo:start]) || spacedHyphen(s[end:hi])
}

// spacedHyphen reports whether s holds a hyphen with a space before it.
func spacedHyphen(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] == '-' && s[i-1] == ' ' {
			return true
		}
	}
	return false
}

// isHyphen reports whether r is a hyphen: the ASCII hyphen-minus, U+2010
// hyphen or U+2011 non-breaking hyphen.
func isHyphen(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011'
}

// ArtefactHyphen reports line-break hyphenation left inside a word.
var ArtefactHyphen = artefactCheck("artefact/hyphen", `line-break hyphen left inside a word

A word hyphenated at a line end keeps its hyphen and a space when the lines
are joined. Dutch suspended compounds and French pairs, where a
conjunction follows ("partnerschaps- en samenwerkingsovereenkomst",
"pré- et postnatal"), are right and not reported.

  NL: de mensen- rechten   → mensenrechten`,
	func(u *align.Unit, lx *lexicon) []hit { return findHyphenBreaks(u.Text.S, u.Lang, lx) })
