package align

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/checks/langdata"
)

// translatedShare is the share of the content words of the French units
// fr and the Dutch units nl that the built-in word-translation table
// (checks/langdata, learned from published pairs) renders by each other:
// "traitement" by "behandeling", "malade" by "ziek", counted on both sides
// (rendered words of both sides / all content words the table knows). Cognates
// see only the words the two languages spell alike; a paragraph and its
// translation share a larger part of their words through the table than a
// paragraph and its neighbour's translation, however long either is, which
// is what tells them apart where the lengths cannot.
func translatedShare(fr, nl []*Unit) float64 {
	if len(fr) == 1 && len(nl) == 1 {
		return TranslatedShare(fr[0], nl[0])
	}
	var a, b strings.Builder
	for _, u := range fr {
		a.WriteString(u.Text.S)
		a.WriteByte(' ')
	}
	for _, u := range nl {
		b.WriteString(u.Text.S)
		b.WriteByte(' ')
	}
	return textShare(a.String(), b.String())
}

// textShare is translatedShare of a French and a Dutch text: the words
// of either side that a word of the other renders, over all the words of
// both the table knows. Each French word looks its few translations up
// among the Dutch words, sorted, so that two long texts cost their length,
// not its square.
func textShare(fr, nl string) float64 {
	tl := langdata.LoadTranslex()
	ids := func(s string) []int32 {
		var out []int32
		for w := range foldedWords(s) {
			if id := tl.Lookup(w); id >= 0 && !tl.Function(w) {
				out = append(out, id)
			}
		}
		return out
	}
	a, b := ids(fr), ids(nl)
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	// The Dutch words rendered, by number: a word rendered once counts
	// each time the text writes it.
	slices.Sort(b)
	hit := make([]bool, len(b))
	rendered := 0
	var trans []int32
	for _, x := range a {
		found := false
		trans = tl.TranslationsOf(x, trans[:0])
		for _, y := range trans {
			k, ok := slices.BinarySearch(b, y)
			for ; ok && k < len(b) && b[k] == y; k++ {
				found, hit[k] = true, true
			}
		}
		if found {
			rendered++
		}
	}
	for _, h := range hit {
		if h {
			rendered++
		}
	}
	return float64(rendered) / float64(len(a)+len(b))
}

// TranslatedShare is translatedShare of one French and one Dutch unit:
// from 0, no word of either rendered by the other, to 1, every one.
func TranslatedShare(fr, nl *Unit) float64 {
	return textShare(fr.Text.S, nl.Text.S)
}

// foldedWords yields the words of s of cognateMin letters or more, lower
// case and without accents, as the translation table keys them.
func foldedWords(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		var b []rune
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				i += size
				continue
			}
			b = b[:0]
			for i < len(s) {
				r, size := utf8.DecodeRuneInString(s[i:])
				if !unicode.IsLetter(r) {
					break
				}
				i += size
				b = appendFolded(b, r)
			}
			if len(b) >= cognateMin && !yield(string(b)) {
				return
			}
		}
	}
}

// translatedWeight is what the table's evidence adds at most to the
// evidence that two runs of units translate each other (when every word
// is rendered): half of what cognates can add, as a common word has
// translations in most sentences of a text about one subject.
const translatedWeight = cognateCap / 2

// splitTwoTwo undoes a match of two units against two that the lengths
// chose where the units pair one to one. Two against two stands for a
// sentence that closes a paragraph on one side and opens the next on the
// other: then neither paragraph fits its counterpart alone. When one of
// them does (its lengths within one deviation of the model) and the
// words the translation table renders pair each unit with the unit at its
// own rank better than with the other, the paragraphs are each other's
// translations and the other pair is short of a sentence: "Le Royaume de
// Belgique … à travers le monde." against the Dutch paragraph that also
// says "In dat opzicht maakt de strijd tegen de COVID-19-pandemie …".
func splitTwoTwo(ms []match) []match {
	var out []match
	for _, m := range ms {
		if len(m.fr) != 2 || len(m.nl) != 2 || !(fitsAlone(m.fr[0], m.nl[0]) || fitsAlone(m.fr[1], m.nl[1])) {
			out = append(out, m)
			continue
		}
		// Each unit's own-rank counterpart must beat both crossings.
		own0, own1 := TranslatedShare(m.fr[0], m.nl[0]), TranslatedShare(m.fr[1], m.nl[1])
		cross01, cross10 := TranslatedShare(m.fr[0], m.nl[1]), TranslatedShare(m.fr[1], m.nl[0])
		if own0 > max(cross01, cross10) && own1 > max(cross01, cross10) {
			out = append(out, match{fr: m.fr[:1], nl: m.nl[:1]}, match{fr: m.fr[1:], nl: m.nl[1:]})
			continue
		}
		out = append(out, m)
	}
	return out
}

// fitsAlone reports whether units a and b have lengths within one
// deviation of the length model.
func fitsAlone(a, b *Unit) bool {
	return lengthCostOf(len(a.Text.S), len(b.Text.S)) <= -math.Log(2*(1-normCDF(1)))
}
