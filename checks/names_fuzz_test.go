package checks

import (
	"maps"
	"testing"

	"github.com/concord-bilingual/concord/checks/langdata"
	"github.com/concord-bilingual/concord/checks/token"
)

// commonWordsPlain is commonWords as first written, on eachWord's words.
func commonWordsPlain(texts ...string) langdata.WordSet {
	set := langdata.WordSet{}
	for _, s := range texts {
		token.EachWord(s, func(w token.Word) {
			if token.CaseOf(w.S) == token.LowerCase {
				w = stripElision(w)
				set[token.FoldKey(w.S)] = true
			}
		})
	}
	return set
}

// FuzzCommonWords checks commonWords against the plain code.
func FuzzCommonWords(f *testing.F) {
	f.Add("l'OSCE et d'Astana, qu'il aujourd’hui", "Noord-Korea, de heer Tokajev. 177 000")
	f.Add("d\u2019Ouzbékistan l'été ÉTATS-UNIS", "")
	f.Add("\xffl'a", "ǅemal ﬁnale")
	f.Fuzz(func(t *testing.T, a, b string) {
		got, want := commonWords(a, b), commonWordsPlain(a, b)
		if !maps.Equal(got, want) {
			t.Fatalf("commonWords(%q, %q) = %v, the plain code %v", a, b, got, want)
		}
	})
}

// FuzzNameWordShortcut checks what extractNames takes for granted of an
// ASCII word without capitals: stripElision leaves it, token.CaseOf finds it in
// lower case and token.FoldKey returns it.
func FuzzNameWordShortcut(f *testing.F) {
	for _, s := range []string{"l'osce d'alexandre qu'il", "mensen-rechten", "cd&v", "x", "l'Etat", "ÉTAT"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range token.SplitWords(s) {
			if ascii, upper := asciiCaseOf(w.S); !ascii || upper {
				continue
			}
			if got := stripElision(w); got != w {
				t.Fatalf("stripElision(%+v) = %+v", w, got)
			}
			if c := token.CaseOf(w.S); c != token.LowerCase {
				t.Fatalf("caseOf(%q) = %v, want lower case", w.S, c)
			}
			if k := token.FoldKey(w.S); k != w.S {
				t.Fatalf("foldKey(%q) = %q", w.S, k)
			}
		}
	})
}
