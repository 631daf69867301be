package checks

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
)

// suspenders are the words that may follow a hyphen and a space in a
// suspended compound: "partnerschaps- en samenwerkingsovereenkomst",
// "pré- et postnatal", "in- of uitvoer", "bedrijfs- dan wel".
var suspenders = map[string]bool{
	"en": true, "of": true, "tot": true, "noch": true, "als": true, "dan": true,
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
	for a, b := range eachRunPair(s) {
		gap := s[a.End:b.Start]
		h, n := utf8.DecodeRuneInString(gap)
		if !isHyphen(h) || len(gap) <= n || strings.TrimLeft(gap[n:], " ") != "" {
			continue
		}
		lb := lower(b.S)
		if suspenders[lb] {
			continue
		}
		first, _ := utf8.DecodeRuneInString(b.S)
		var fixed string
		switch {
		case enclitics[lb], unicode.IsUpper(first), lx.count(l, lower(a.S+string(h)+b.S)) > 0:
			fixed = a.S + string(h) + b.S
		default:
			fixed = a.S + b.S
		}
		out = append(out, hit{a.Start, b.End,
			fmt.Sprintf("%q keeps a line-break hyphen; write %q", s[a.Start:b.End], fixed)})
	}
	return out
}

// isHyphen reports whether r is a hyphen: the ASCII hyphen-minus, U+2010
// hyphen or U+2011 non-breaking hyphen.
func isHyphen(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011'
}
