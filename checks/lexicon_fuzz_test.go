package checks

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/token"
)

// FuzzHasHyphen checks the filter of hyphenated: a text it stops holds
// no hyphen rune, so hyphenated would find nothing in it.
func FuzzHasHyphen(f *testing.F) {
	for _, s := range []string{"celle-ci", "Noord\u2010Korea", "niet\u2011breekbaar", "geen streepje", "\xe2\x80", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			want = want || isHyphen(r)
			i += n
		}
		if got := hasHyphen(s); got != want {
			t.Fatalf("hasHyphen(%q) = %v, want %v", s, got, want)
		}
		if !want && len(scanHyphenated(s)) > 0 {
			t.Fatalf("hyphenated words %q in %q, which holds no hyphen", scanHyphenated(s), s)
		}
	})
}

// lexiconWordsPlain counts the words of doc as the lexicon first did:
// each letter run and each hyphenated word, lowered by lower.
func lexiconWordsPlain(doc *align.Document) map[align.Lang]map[string]int {
	words := map[align.Lang]map[string]int{align.FR: {}, align.NL: {}}
	for i := range doc.Units {
		u := &doc.Units[i]
		for _, l := range langsOf(u.Lang) {
			for r := range token.EachLetterRun(u.Text.S) {
				words[l][strings.ToLower(r.S)]++
			}
			for _, h := range hyphenated(u.Text.S) {
				words[l][strings.ToLower(h)]++
			}
		}
	}
	return words
}

// FuzzLexiconCount checks the lexicon's counts, which lower ASCII words
// into a buffer and count through pointers, against the plain counts.
func FuzzLexiconCount(f *testing.F) {
	f.Add("La Chambre, la chambre et LA CHAMBRE", "De Kamer, de kamer en DE KAMER", "Noord-Korea offi ce")
	f.Add("É\u0301té ÉTÉ été", "ǅemal ﬁnale", "\xffAb\xc3")
	f.Fuzz(func(t *testing.T, fr, nl, both string) {
		doc := &align.Document{Units: []align.Unit{
			{Lang: align.FR, Text: align.Text{S: fr}},
			{Lang: align.NL, Text: align.Text{S: nl}},
			{Lang: align.Neutral, Text: align.Text{S: both}},
		}}
		lx := newLexicon(doc)
		want := lexiconWordsPlain(doc)
		for _, l := range []align.Lang{align.FR, align.NL} {
			for w, n := range want[l] {
				if got := lx.count(l, w); got != n {
					t.Fatalf("count(%v, %q) = %d, want %d", l, w, got, n)
				}
			}
			if len(lx.words[l]) != len(want[l]) {
				t.Fatalf("%v: %d words, want %d", l, len(lx.words[l]), len(want[l]))
			}
		}
	})
}
