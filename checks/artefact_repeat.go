package checks

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/token"
)

// findTripled returns the words of s in which a letter stands three or
// more times in a row, each with the letter written twice. Lx, when not
// nil, knows the words of the document.
func findTripled(s string, lx *lexicon) []hit {
	if !mayTriple(s) {
		return nil
	}
	return scanTripled(s, lx)
}

// scanTripled is findTripled without its filter.
func scanTripled(s string, lx *lexicon) []hit {
	var out []hit
	for w := range token.EachLetterRun(s) {
		if !hasLower(w.S) || strings.EqualFold(w.S, "www") || inAddress(s, w.Start, w.End) {
			continue
		}
		if !hasTriple(w.S) || compoundSeam(w.S, lx) {
			continue
		}
		if plain, ok := overprinted(w.S); ok {
			out = append(out, hit{w.Start, w.End,
				fmt.Sprintf("%q is overprinted text, every letter three times; write %q", w.S, plain)})
			continue
		}
		if seam, ok := vowelSeam(w.S, lx); ok {
			out = append(out, hit{w.Start, w.End,
				fmt.Sprintf("%q has lost the hyphen where two vowels meet; write %q", w.S, seam)})
			continue
		}
		fixed, ok := untriple(w.S)
		if !ok || vowelsMeet(w.S, fixed, lx) {
			continue
		}
		out = append(out, hit{w.Start, w.End,
			fmt.Sprintf("%q has a letter written three times; write %q", w.S, fixed)})
	}
	return out
}

// vowelSeam returns w with the hyphen put back where Dutch writes one
// between two vowels that meet at the seam of a compound or a suspended
// word ("vice-eersteminister", "zee- en binnenvaart"), which extraction
// lost: "viceeersteminister", "zeeen". The tripled vowel is cut after its
// first or its second letter, at the cut that leaves a word of the
// document on one side; neither, and it is a slip for untriple.
func vowelSeam(w string, lx *lexicon) (string, bool) {
	if lx == nil {
		return "", false
	}
	rs := []rune(w)
	lower := []rune(strings.ToLower(w))
	for i := 2; i < len(rs); i++ {
		if lower[i] != lower[i-1] || lower[i] != lower[i-2] || !strings.ContainsRune("aeiou", lower[i]) {
			continue
		}
		if i+1 < len(rs) && lower[i+1] == lower[i] {
			return "", false // four in a row: no seam explains it
		}
		word := func(rs []rune, min int) bool { return len(rs) >= min && lx.count(align.Neutral, string(rs)) > 0 }
		// A word of the document before the cut (zee|en, vice|eerste),
		// else after it; both sides of three letters at least, so that
		// a slip ("geeen", "ge|een") is left to untriple.
		for _, cut := range []int{i, i - 1} {
			if word(lower[:cut], 3) {
				return string(rs[:cut]) + "-" + string(rs[cut:]), true
			}
		}
		for _, cut := range []int{i, i - 1} {
			if cut >= 3 && word(lower[cut:], 3) {
				return string(rs[:cut]) + "-" + string(rs[cut:]), true
			}
		}
		return "", false
	}
	return "", false
}

// vowelsMeet reports whether the tripled letters of w are all vowels and
// fixed, w with them cut to two, is no word of the document: three equal
// vowels are then Dutch vowels meeting whose hyphen or diaeresis
// extraction lost at a seam vowelSeam cannot confirm ("zeeen" for "zee-
// en", "ideeen" for "ideeën"), and "zeen" would be wrong. A slip of the
// keyboard leaves a word the document writes ("geeen" for "geen").
func vowelsMeet(w, fixed string, lx *lexicon) bool {
	if lx == nil {
		return false
	}
	lower := []rune(strings.ToLower(w))
	for i := 2; i < len(lower); i++ {
		if lower[i] == lower[i-1] && lower[i] == lower[i-2] && !strings.ContainsRune("aeiouy", lower[i]) {
			return false
		}
	}
	return lx.count(align.Neutral, strings.ToLower(fixed)) == 0
}

// overprinted returns the word a bold imprint overprinted three times
// leaves in extracted text (align.Overprinted), of at least three runs: a
// word that merely holds a tripled letter is a slip, for untriple.
func overprinted(w string) (string, bool) {
	plain, runs, ok := align.Overprinted(w)
	return plain, ok && runs >= 3
}

// untriple returns w with every run of three or more equal lower-case
// letters cut to two, and whether there was such a run. Capitals are left
// alone: "XXXe" is a Roman ordinal.
func untriple(w string) (string, bool) {
	var b strings.Builder
	var prev rune
	n, found := 0, false
	for _, r := range w {
		if unicode.ToLower(r) == unicode.ToLower(prev) {
			n++
		} else {
			prev, n = r, 1
		}
		if n >= 3 && !unicode.IsUpper(r) {
			found = true
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), found
}

// compoundSeam reports whether the tripled consonant of w is the seam of
// a Dutch compound, which keeps every letter of its parts: "stress" and
// "stoornissen" make "stressstoornissen", "stresssyndroom". The part before
// the seam, up to the doubled letter, must be a word of the document.
// Vowels do not meet so (Dutch writes "zee-egel"), and a slip such as
// "Terrrorist" or "binnnen" leaves no word before it.
func compoundSeam(w string, lx *lexicon) bool {
	if lx == nil {
		return false
	}
	rs := []rune(strings.ToLower(w))
	for i := 2; i < len(rs); i++ {
		if rs[i] != rs[i-1] || rs[i] != rs[i-2] || strings.ContainsRune("aeiouy", rs[i]) {
			continue
		}
		if i+3 <= len(rs) && lx.count(align.Neutral, string(rs[:i])) > 0 {
			return true
		}
	}
	return false
}

// hasLower reports whether w has a lower-case letter.
func hasLower(w string) bool {
	return strings.IndexFunc(w, unicode.IsLower) >= 0
}

// inAddress reports whether s[start:end] is part of a web or mail address:
// its white-space delimited field holds "www.", "://" or "@", or the word
// is joined to another by a dot ("cccggc.brussels").
func inAddress(s string, start, end int) bool {
	fs := strings.LastIndexAny(s[:start], " \t") + 1
	fe := strings.IndexAny(s[end:], " \t")
	if fe < 0 {
		fe = len(s)
	} else {
		fe += end
	}
	field := s[fs:fe]
	if strings.Contains(field, "www.") || strings.Contains(field, "://") || strings.Contains(field, "@") {
		return true
	}
	dotLetter := func(t string) bool {
		return len(t) > 1 && t[0] == '.' && isLetterByteStart(t[1:])
	}
	if dotLetter(s[end:]) {
		return true
	}
	if start > 1 && s[start-1] == '.' {
		r, _ := utf8.DecodeLastRuneInString(s[:start-1])
		return token.IsLetterRune(r)
	}
	return false
}

// hasTriple reports whether some byte of w stands three times in a row, a
// quick test before untriple.
func hasTriple(w string) bool {
	for i := 2; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] == w[i-2] {
			return true
		}
	}
	return false
}

// ArtefactRepeat reports a letter written three times in a row.
var ArtefactRepeat = artefactCheck("artefact/repeat", `letter tripled inside a word

Neither French nor Dutch writes a letter three times in a row (Dutch
writes "zee-egel"), so a tripled letter is a typing slip, except where a
Dutch compound joins a word ending in a doubled consonant to one starting
with it ("stressstoornis", when the document writes "stress"). Words in
capitals (Roman numerals such as XXX) and "www" are not reported. A word
whose every letter stands three times is bold text the printer overprinted
("CCCeeennntttrrraaallleee"): it is named so, with the word as printed.
Three equal vowels where a word of the document ends or starts are the
hyphen Dutch writes between meeting vowels, lost in extraction
("viceeersteminister" for "vice-eersteminister"): it is put back. Three
equal vowels that neither a seam nor a word of the document explains cut
to two ("zeeen", from "zee- en") are not reported.

  NL: al te ruim opgevattte artikelen   → opgevatte`,
	func(u *align.Unit, lx *lexicon) []hit { return findTripled(u.Text.S, lx) })
