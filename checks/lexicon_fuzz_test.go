package checks

import (
	"testing"

	"concord/align"
)

// FuzzLexiconCount checks that the word counts read from the document
// (scanCount) are those of the counted lexicon, for any word and for the
// document's own words, in every language.
func FuzzLexiconCount(f *testing.F) {
	f.Add("La défi nitivement celle-ci Noord-Korea", "De Noord‐Korea defi NITIVEMENT", "Effi ÉTATS-UNIS", "noord-korea")
	f.Add("KELVIN İstanbul \xff", "celle‑ci", "", "istanbul")
	f.Add("", "", "", "")
	f.Fuzz(func(t *testing.T, fr, nl, neutral, w string) {
		doc := &align.Document{Units: []align.Unit{
			{Lang: align.FR, Text: align.Text{S: fr}},
			{Lang: align.NL, Text: align.Text{S: nl}},
			{Lang: align.Neutral, Text: align.Text{S: neutral}},
		}}
		words := []string{w}
		for _, u := range doc.Units {
			for r := range eachLetterRun(u.Text.S) {
				words = append(words, lower(r.S), r.S)
			}
			for _, h := range hyphenated(u.Text.S) {
				words = append(words, lower(h))
			}
		}
		counted := newLexicon(doc)
		counted.build()
		scanned := newLexicon(doc)
		for _, l := range []align.Lang{align.FR, align.NL, align.Neutral} {
			for _, x := range words {
				if got, want := scanned.scanCount(l, x), counted.count(l, x); got != want {
					t.Fatalf("%s %q: read %d, counted %d", l, x, got, want)
				}
			}
		}
	})
}
