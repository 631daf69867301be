package checks

import (
	"fmt"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/langdata"
	"github.com/concord-bilingual/concord/checks/token"
)

// findLigatures returns the words of s, written in language l, that
// extraction split at an f-ligature: two letter runs separated by one
// space whose join is a known word while the runs are not both words.
func findLigatures(s string, l align.Lang, lx *lexicon) []hit {
	var out []hit
	for a, b := range spacedRunPairs(s) {
		if !nearF(a.S, b.S) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(b.S); !unicode.IsLower(r) {
			continue
		}
		if !ligatureBoundary(strings.ToLower(a.S), strings.ToLower(b.S)) {
			continue
		}
		la, lb := strings.ToLower(a.S), strings.ToLower(b.S)
		joined := la + lb
		if !knownLigatureWord(l, joined, lx) && !knownCompound(l, joined, len(la), lx) {
			continue
		}
		if isFragmentWord(l, la, la, lb, lx) && isFragmentWord(l, lb, la, lb, lx) {
			continue
		}
		out = append(out, hit{a.Start, b.End,
			fmt.Sprintf("%q is a word split at an f-ligature; write %q", s[a.Start:b.End], a.S+b.S)})
	}
	return out
}

// ligatureBoundary reports whether joining a and b puts the join inside or
// at the end of an ff, fi, fl, ffi or ffl sequence: the space extraction
// leaves stands after the ligature glyph or within it ("defi nitieve",
// "eff ectief"), never before it, where two words meet ("bruto
// financieringsbehoeften").
func ligatureBoundary(a, b string) bool {
	w := a + b
	j := len(a)
	for i := 0; i+1 < len(w); i++ {
		if w[i] != 'f' {
			continue
		}
		end := 0
		switch w[i+1] {
		case 'i', 'l':
			end = i + 2
		case 'f':
			end = i + 2
			if i+2 < len(w) && (w[i+2] == 'i' || w[i+2] == 'l') {
				end = i + 3
			}
		default:
			continue
		}
		if i < j && j <= end {
			return true
		}
	}
	return false
}

// knownLigatureWord reports whether lower-case w is a word: in the
// built-in list of either language or used anywhere in the document, in
// either language. A split word need not be of its unit's language: a
// Dutch text quotes a French name, a French one an English title ("fi
// ghters"). An inflected form of a known word counts too ("bénéficiaient"
// for "bénéficier"): see sameStem.
func knownLigatureWord(_ align.Lang, w string, lx *lexicon) bool {
	for _, l := range langsOf(align.Neutral) {
		if ligatureWords(l).Has(w) {
			return true
		}
	}
	if lx.count(align.Neutral, w) > 0 {
		return true
	}
	return knownStem(w)
}

// knownStem reports whether w, stripped of an inflection, is the stem of
// a word of the built-in lists stripped of one.
func knownStem(w string) bool {
	for _, s := range stemsOf(w) {
		if langdata.LigatureStems.Has(s) {
			return true
		}
	}
	return false
}

// inflections are the French and Dutch endings stemsOf strips.
var inflections = []string{
	"issements", "issement", "eraient", "aient", "erait", "eront", "ement", "ation",
	"antes", "ante", "ants", "ées", "ent", "ait", "ant", "ies", "és", "ée", "er", "ez", "es", "en", "e", "s", "é",
}

// minStem is the length in bytes under which a stripped word is too
// short to stand for its word.
const minStem = 6

// stemsOf returns w without each ending of inflections it has, keeping
// stems of at least minStem bytes.
func stemsOf(w string) []string {
	var out []string
	for _, e := range inflections {
		if s, ok := strings.CutSuffix(w, e); ok && len(s) >= minStem {
			out = append(out, s)
		}
	}
	return out
}

// knownCompound reports whether w, joined at byte j, is a Dutch compound
// of two known words of four letters or more, either of which holds the
// join inside it: "offi ceondersteuning" is "office" + "ondersteuning",
// "nietfi nanciële" is "niet" + "financiële". A join where the two words
// meet is two words written apart, no split.
func knownCompound(l align.Lang, w string, j int, lx *lexicon) bool {
	if l != align.NL {
		return false
	}
	for k := 4; k+4 <= len(w); k++ {
		if k == j || !utf8.RuneStart(w[k]) {
			continue
		}
		if knownLigatureWord(l, w[:k], lx) && knownLigatureWord(l, w[k:], lx) {
			return true
		}
	}
	return false
}

// isFragmentWord reports whether fragment f of the split pair (a, b) is a
// word in its own right: in the built-in list, or used in the document
// more often than in this very pair; near a cut at the ligature
// ("spécifi que", "fi nanciering") only by the lists.
func isFragmentWord(l align.Lang, f, a, b string, lx *lexicon) bool {
	for _, l := range langsOf(l) {
		if ligatureWords(l).Has(f) {
			return true
		}
	}
	if shortWords[f] {
		return true
	}
	if endsAtLigature(a) || f == b && startsAtLigature(b) {
		// A fragment that ends with the ligature ("confi"), the fragment
		// after it ("nement") and a fragment that starts with it
		// ("fi nanciering") are used elsewhere in the document mostly as
		// splits too ("déconfi nement"): only the lists tell whether they
		// are words. A word before a ligature ("marchés financiers")
		// keeps its count.
		return false
	}
	return lx.count(l, f) > lx.bigram(l, a, b)
}

// endsAtLigature reports whether lower-case a ends with the letters of an
// f-ligature glyph (ff, fi, fl).
func endsAtLigature(a string) bool {
	return strings.HasSuffix(a, "ff") || strings.HasSuffix(a, "fi") || strings.HasSuffix(a, "fl")
}

// startsAtLigature reports whether lower-case b starts with the letters
// of an f-ligature glyph.
func startsAtLigature(b string) bool {
	return strings.HasPrefix(b, "ff") || strings.HasPrefix(b, "fi") || strings.HasPrefix(b, "fl")
}

// shortWords are French and Dutch function words that a split fragment may
// be: "en fin" is two words, not "enfin".
var shortWords = map[string]bool{
	"à": true, "a": true, "au": true, "de": true, "des": true, "du": true, "en": true, "et": true,
	"la": true, "le": true, "les": true, "ou": true, "un": true, "une": true, "par": true, "pour": true,
	"sur": true, "sans": true, "dans": true, "ce": true, "se": true, "ne": true, "si": true,
	"het": true, "een": true, "of": true, "in": true, "op": true, "te": true, "van": true, "voor": true,
	"met": true, "aan": true, "als": true, "om": true, "tot": true, "uit": true, "is": true, "zo": true,
	"die": true, "dat": true, "er": true, "ze": true, "we": true, "al": true, "elf": true,
}

// spacedRunPairs yields the pairs of eachRunPair(s) separated by exactly
// one space whose letters lie as near the space as nearF asks: it looks
// only around each space with an f within three bytes, and splits no other
// letter runs.
func spacedRunPairs(s string) iter.Seq2[token.Run, token.Run] {
	return func(yield func(token.Run, token.Run) bool) {
		for i := 0; i < len(s); i++ {
			j := strings.IndexByte(s[i:], ' ')
			if j < 0 {
				return
			}
			i += j
			if !hasF(s[max(0, i-3):i]) && !hasF(s[i+1:min(len(s), i+4)]) {
				continue
			}
			start := i
			for start > 0 {
				r, n := utf8.DecodeLastRuneInString(s[:start])
				if !token.IsLetterRune(r) {
					break
				}
				start -= n
			}
			end := i + 1
			for end < len(s) {
				r, n := utf8.DecodeRuneInString(s[end:])
				if !token.IsLetterRune(r) {
					break
				}
				end += n
			}
			if start == i || end == i+1 {
				continue
			}
			if !yield(token.Run{S: s[start:i], Start: start, End: i}, token.Run{S: s[i+1 : end], Start: i + 1, End: end}) {
				return
			}
		}
	}
}

// hasF reports whether s holds an f or an F.
func hasF(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 == 'f' {
			return true
		}
	}
	return false
}

// nearF reports whether a ends or b starts with an f within its last or
// first three bytes: a cheap test before ligatureBoundary.
func nearF(a, b string) bool {
	tail, head := a[max(0, len(a)-3):], b[:min(len(b), 3)]
	return strings.ContainsAny(tail, "fF") || strings.ContainsAny(head, "fF")
}

// ArtefactLigature reports a word split at an f-ligature by extraction.
var ArtefactLigature = artefactCheck("artefact/ligature", `word split at an f-ligature

PDF text extraction often breaks a word after the ligature glyphs ﬀ, ﬁ,
ﬂ, ﬃ and ﬄ. Two fragments are joined only across an f-ligature, only when
the joined word is a real word (a word of the document itself or of the
built-in lists of Dutch and French words with ff/fi/fl) and only when the
fragments are not both words, so "un défi majeur" stays as it is.

  NL: het defi nitieve integraal verslag   → definitieve
  FR: une mesure effi cace                 → efficace`,
	func(u *align.Unit, lx *lexicon) []hit { return findLigatures(u.Text.S, u.Lang, lx) })
