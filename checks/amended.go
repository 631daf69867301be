package checks

import (
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/token"
)

// replacedValues returns the numbers a bill's own amending text replaces
// by others: "les mots “15 jours calendrier” sont remplacés par les mots
// “45 jours”", "worden de woorden “vijftien kalenderdagen” vervangen door
// de woorden “45 dagen”" give {15, 45}. A bill's coordinated text sets the
// law as it stands beside the law as amended, and the extraction may put
// one column in each language's stream, so that a French article of the
// old law is paired with the Dutch article of the new one: two values the
// document itself names old and new are that pairing, not a translation
// that changed a figure. Each pair is keyed smaller value first.
func replacedValues(streams map[align.Lang]string) map[[2]float64]bool {
	out := map[[2]float64]bool{}
	for _, lang := range []align.Lang{align.FR, align.NL} {
		s := streams[lang]
		for _, verb := range replacingVerbs[lang] {
			for from := 0; ; {
				k := strings.Index(s[from:], verb)
				if k < 0 {
					break
				}
				at := from + k
				from = at + len(verb)
				old, okOld := quoteBefore(s, at)
				repl, okNew := quoteAfter(s, from)
				if !okOld || !okNew {
					continue
				}
				a, b := valuesOf(old, lang), valuesOf(repl, lang)
				for i := range min(len(a), len(b)) {
					if a[i] != b[i] {
						out[[2]float64{min(a[i], b[i]), max(a[i], b[i])}] = true
					}
				}
			}
		}
	}
	return out
}

// replacingVerbs are the words an amending provision puts between the
// words it replaces and the words that replace them.
var replacingVerbs = map[align.Lang][]string{
	align.FR: {"remplacés par", "remplacé par", "remplacée par", "remplacées par"},
	align.NL: {"vervangen door"},
}

// replacementReach is how far, in bytes, the quoted words may stand from
// the verb: "les mots “…” sont remplacés par les mots “…”".
const replacementReach = 60

// quoteBefore returns the last quoted text that ends within
// replacementReach before at.
func quoteBefore(s string, at int) (string, bool) {
	lo := max(0, at-replacementReach)
	end := strings.LastIndexAny(s[lo:at], "”\"»")
	if end < 0 {
		return "", false
	}
	end += lo
	start := strings.LastIndexAny(s[max(0, end-200):end], "“\"«")
	if start < 0 {
		return "", false
	}
	start += max(0, end-200)
	_, n := firstRune(s[start:])
	return s[start+n : end], true
}

// quoteAfter returns the first quoted text that opens within
// replacementReach after from.
func quoteAfter(s string, from int) (string, bool) {
	hi := min(len(s), from+replacementReach)
	start := strings.IndexAny(s[from:hi], "“\"«")
	if start < 0 {
		return "", false
	}
	start += from
	_, n := firstRune(s[start:])
	end := strings.IndexAny(s[start+n:min(len(s), start+n+200)], "”\"»")
	if end < 0 {
		return "", false
	}
	return s[start+n : start+n+end], true
}

// firstRune returns the first rune of s and its size.
func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// valuesOf returns the values of the strong numbers of s.
func valuesOf(s string, lang align.Lang) []float64 {
	t := align.Text{S: s}
	var out []float64
	for _, n := range token.ScanNumbers(&t, lang, 0, nil) {
		if !n.Weak {
			out = append(out, n.Val)
		}
	}
	return out
}
