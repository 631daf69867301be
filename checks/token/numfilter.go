package token

import "unicode/utf8"

// A spelled-out number starts with a number word: every word that frWord
// accepts starts with a key of frWords or frOrdinalStems or one of its
// special words, and every word that nlWord or scanDutchCompound accepts
// starts with a key of nlBasic, a ten, a multiplier or one of nlWord's
// special words. prefixFilter tells apart the ASCII words that start with
// none of them, so that most words of a text are passed over without being
// folded and parsed.

// prefixFilter holds the first two letters of the keys of two letters and
// the first three letters of the longer keys, all lower-case ASCII.
type prefixFilter struct {
	two   [26 * 26]bool
	three [26 * 26 * 26]bool
}

func newPrefixFilter(keys ...string) *prefixFilter {
	f := &prefixFilter{}
	for _, k := range keys {
		if letterIndex(k[0]) < 0 || len(k) > 1 && letterIndex(k[1]) < 0 || len(k) > 2 && letterIndex(k[2]) < 0 {
			continue // no ASCII word folds to it
		}
		switch {
		case len(k) == 2:
			f.two[letterIndex(k[0])*26+letterIndex(k[1])] = true
		case len(k) >= 3:
			f.three[(letterIndex(k[0])*26+letterIndex(k[1]))*26+letterIndex(k[2])] = true
		default:
			panic("prefix filter key shorter than two letters: " + k)
		}
	}
	return f
}

// letterIndex returns the place of ASCII letter c in the alphabet, or -1.
func letterIndex(c byte) int {
	c |= 0x20
	if c < 'a' || c > 'z' {
		return -1
	}
	return int(c - 'a')
}

// maybe reports whether Fold(w) may start with one of the keys: false only
// for an ASCII word, whose fold is its lower case, that starts otherwise.
func (f *prefixFilter) maybe(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	if len(w) < 2 {
		return false
	}
	a, b := letterIndex(w[0]), letterIndex(w[1])
	if a < 0 || b < 0 {
		return true // not a word of letters: let the parser decide
	}
	if f.two[a*26+b] {
		return true
	}
	if len(w) < 3 {
		return false
	}
	c := letterIndex(w[2])
	return c < 0 || f.three[(a*26+b)*26+c]
}

// frNumberWords and nlNumberWords are the prefix filters of scanFrench and
// scanDutch.
var (
	frNumberWords = newPrefixFilter(append(append(append(mapKeys(frWords), mapKeys(frOrdinalStems)...), mapKeys(FrenchApprox)...),
		"premier", "premiere", "premiers", "premieres", "premierement", "tiers", "quart", "quarts",
		"second", "seconde", "seconds", "secondes")...)
	nlNumberWords = newPrefixFilter(append(append(mapKeys(nlBasic), numberWordsOf(nlTens, nlMult)...),
		"eerste", "derde", "kwart", "beide", "allebei", "anderhalf")...)
)

func mapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func numberWordsOf(lists ...[]struct {
	w string
	v float64
}) []string {
	var out []string
	for _, l := range lists {
		for _, x := range l {
			out = append(out, x.w)
		}
	}
	return out
}
