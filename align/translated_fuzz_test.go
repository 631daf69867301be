package align

import (
	"math"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzTextShare checks the translation evidence of any two texts: a share
// from 0 to 1, and words that are letter runs of cognateMin letters or
// more, lower-cased as far as a letter has a lower case (the Greek ϒ that
// ϔ decomposes to has none).
func FuzzTextShare(f *testing.F) {
	f.Add("Le coût social augmente également en raison d’une approche de traitement.",
		"De maatschappelijke kosten nemen tevens toe wegens een verouderde behandelingsmentaliteit.")
	f.Add("ÉTAT Œuvre naïve", "Staat ŒUVRE")
	f.Add("coût coût coût traitement traitement", "kosten") // many words of one side, one of the other
	f.Add("", "\xff\xfe abc")
	f.Fuzz(func(t *testing.T, fr, nl string) {
		if len(fr)+len(nl) > 1<<16 {
			return
		}
		s := textShare(fr, nl)
		if math.IsNaN(s) || s < 0 || s > 1 {
			t.Fatalf("share %v outside [0, 1]", s)
		}
		for w := range foldedWords(fr) {
			if utf8.RuneCountInString(w) < cognateMin {
				t.Fatalf("word %q shorter than %d letters", w, cognateMin)
			}
			for _, r := range w {
				if !unicode.IsLetter(r) || unicode.ToLower(r) != r {
					t.Fatalf("word %q holds %q", w, r)
				}
			}
			if strings.ContainsAny(w, " \t\n") {
				t.Fatalf("word %q holds a space", w)
			}
		}
	})
}
