package checks

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/token"
)

// findCaseBreaks returns the words of s whose case breaks in the middle,
// each with its repaired form. Other is the text of the other language
// of the pair ("" for a unit alone); lx, when not nil, knows the words of
// the document.
func findCaseBreaks(s string, other func() string, lx *lexicon) []hit {
	if !mayBreakCase(s) {
		return nil
	}
	return scanCaseBreaks(s, other, lx)
}

// scanCaseBreaks is findCaseBreaks without its filter.
func scanCaseBreaks(s string, other func() string, lx *lexicon) []hit {
	var out []hit
	var own, others map[string]int
	var shifts []int // the places of the words with a capital between small letters
	i := -1
	for w := range token.EachLetterRun(s) {
		i++
		if capitalInside(w.S) {
			shifts = append(shifts, i)
		}
	}
	i = -1
	for w := range token.EachLetterRun(s) {
		i++
		if !caseBroken(w.S) || hasMojibake(s, w.Start, w.End) || inSmallCaps(shifts, i) {
			continue
		}
		// A spelling its author repeats, or that both languages share,
		// is a name as its owner writes it ("PostNL", "vanHaren",
		// "SportCDef", "proWIN" beside "ProWIN"), not a slip of one
		// extraction.
		if own == nil {
			own, others = innerCapitals(s), innerCapitals(other())
		}
		if lw := strings.ToLower(w.S); own[lw] > 1 || others[lw] > 0 || gluedWords(w.S, lx) {
			continue
		}
		out = append(out, hit{w.Start, w.End,
			fmt.Sprintf("%q has its case broken inside the word; write %q", w.S, caseRepaired(w.S))})
	}
	return out
}

// smallCapsReach is how many words away a second word with a capital
// between small letters makes a run of small capitals.
const smallCapsReach = 6

// inSmallCaps reports whether word i of a text stands within
// smallCapsReach words of another word with a capital between small
// letters; shifts holds the places of those words in order. Extraction
// reads a heading set in small capitals as a run of such words, each
// breaking at the letters the font maps to capitals ("bijzonDere
// oPmerkinGen HoofDsTuk 1 alGemene bePalinG", "worDt Door De regering
// gevraagD"); nothing is broken in the printed heading. A slip of the
// keyboard breaks one word alone ("généralementQ", "électORALES").
func inSmallCaps(shifts []int, i int) bool {
	for k := sort.SearchInts(shifts, i-smallCapsReach); k < len(shifts) && shifts[k] <= i+smallCapsReach; k++ {
		if shifts[k] != i {
			return true
		}
	}
	return false
}

// capitalInside reports whether w has a capital after a small letter,
// followed by a small letter or ending the word ("worDt", "GrouPe",
// "gevraagD"), as a small-caps extraction leaves it; "DéFI" and "proWIN"
// go on in capitals.
func capitalInside(w string) bool {
	var a, b rune // the two letters before c
	for _, c := range w {
		if unicode.IsUpper(b) && unicode.IsLower(a) && unicode.IsLower(c) {
			return true
		}
		a, b = b, c
	}
	return unicode.IsUpper(b) && unicode.IsLower(a)
}

// caseBroken reports whether w turns from lower case to capitals in the
// middle: a run of at least three lower-case letters followed by a
// capital, in a word that starts in lower case, or followed by at least two
// capitals in a capitalised word. So "électORALES", "systéMIques" and
// "volKsvertegenwoordigers" are broken, while "DéFI", "cdH", "McDonald",
// "iPhone", "YouTube" and "PowerPoint" are not.
func caseBroken(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	startsLower := unicode.IsLower(first)
	rs := []rune(w)
	low := 0
	for i, r := range rs {
		switch {
		case unicode.IsLower(r):
			low++
			continue
		case unicode.IsUpper(r) && low >= 3:
			up := 0
			for _, q := range rs[i:] {
				if !unicode.IsUpper(q) {
					break
				}
				up++
			}
			if startsLower || up >= 2 {
				return true
			}
		}
		low = 0
	}
	return false
}

// innerCapitals counts the words of s with a capital after their first
// letter, by their lower-case form.
func innerCapitals(s string) map[string]int {
	m := map[string]int{}
	for v := range token.EachLetterRun(s) {
		_, n := utf8.DecodeRuneInString(v.S)
		if strings.IndexFunc(v.S[n:], unicode.IsUpper) >= 0 {
			m[strings.ToLower(v.S)]++
		}
	}
	return m
}

// gluedWords reports whether w is two words run together where a
// paragraph end lost its stop and space ("gevenWettelijk", "épidémieEn",
// "belgeÀ"): at least four lower-case letters stand before the capital,
// and they or the capitalised rest are a word the document writes
// elsewhere, or the capital is a one-letter word. The small capitals of a cover page break within the first letters
// of a word ("volKsvertegenwoordigers", "mesDames") or start no word
// ("elgisChe"), and a stray key is a consonant alone ("généralementQ").
func gluedWords(w string, lx *lexicon) bool {
	rs := []rune(w)
	if gluedAcronym(rs, lx) {
		return true
	}
	if !unicode.IsLower(rs[0]) {
		return false
	}
	i := 0
	for i < len(rs) && unicode.IsLower(rs[i]) {
		i++
	}
	if i < 4 || i == len(rs) {
		return false
	}
	tail := rs[i:]
	for _, r := range tail[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	t := strings.ToLower(string(tail))
	if len(tail) == 1 {
		return strings.ContainsRune("aàeéoy", []rune(t)[0])
	}
	if lx == nil {
		return false
	}
	return lx.count(align.Neutral, t) > 0 || lx.count(align.Neutral, string(rs[:i])) > 0
}

// gluedAcronym reports whether the word rs is a word of the document
// run together with an acronym the document also writes alone, where a
// table or chart lost a space ("geenEMTN", "uitgifteYTD", "MeerOLO"): at
// least four letters in lower case after the first, then two to five
// capitals to the end. A small-caps break runs longer ("électORALES").
func gluedAcronym(rs []rune, lx *lexicon) bool {
	if lx == nil {
		return false
	}
	i := 1
	for i < len(rs) && unicode.IsLower(rs[i]) {
		i++
	}
	if i < 4 || len(rs)-i < 2 || len(rs)-i > 5 {
		return false
	}
	for _, r := range rs[i:] {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	head, tail := strings.ToLower(string(rs[:i])), strings.ToLower(string(rs[i:]))
	return lx.count(align.Neutral, head) > 0 && lx.count(align.Neutral, tail) > 0
}

// caseRepaired returns w in lower case, keeping a capital first letter.
func caseRepaired(w string) string {
	first, n := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(first) {
		return string(first) + strings.ToLower(w[n:])
	}
	return strings.ToLower(w)
}

// hasMojibake reports whether a mojibake sequence starts inside
// s[start:end]: "sociÃ©tÃ©" is mojibake, not a case break.
func hasMojibake(s string, start, end int) bool {
	for i := start; i < end; i++ {
		if _, ok := mojibakeAt(s, i); ok {
			return true
		}
	}
	return false
}

// ArtefactCase reports a word whose case changes in the middle.
var ArtefactCase = pairedArtefactCheck("artefact/case", `case broken inside a word

A lower-case word that turns to capitals in the middle, as a stuck Caps
Lock or a stray key leaves it. A run of words that each have a capital
between small letters ("bijzonDere oPmerkinGen") is a heading set in small
capitals as extraction reads it, not reported. Acronyms and names with inner capitals
(DéFI, CD&V, cdH, McDonald, YouTube) are not reported, nor a word written
the same way elsewhere in the pair (a brand as its owner writes it:
PostNL, proWIN), nor two words run together where a paragraph end lost
its stop ("gevenWettelijk").

  FR: des irrégularités électORALES systéMIques   → électorales systémiques`,
	func(u *align.Unit, other func() string, lx *lexicon) []hit {
		return findCaseBreaks(u.Text.S, other, lx)
	})
