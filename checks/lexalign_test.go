package checks

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// kazakhstanWithout returns testdata/kazakhstan.txt read as a document,
// with the first occurrence of cut removed.
func kazakhstanWithout(t testing.TB, cut string) *align.Document {
	data, err := os.ReadFile("../testdata/kazakhstan.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	if cut != "" {
		if !strings.Contains(s, cut) {
			t.Fatalf("%q not in kazakhstan.txt", cut)
		}
		s = strings.Replace(s, cut, "", 1)
	}
	doc, err := align.ReadBytes("kazakhstan.txt", []byte(s), align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestLexMissingKazakhstan drops a short sentence without number or name
// from the long first paragraph of the explanation: the lengths stay
// within the noise, the words show the FR sentence left alone.
func TestLexMissingKazakhstan(t *testing.T) {
	doc := kazakhstanWithout(t, "Deze crisis heeft echter nog andere gevolgen. ")
	var got []string
	for _, f := range check.Run(doc, []*check.Check{ClausesMissing}, nil) {
		got = append(got, f.Unit+" "+f.Message)
	}
	want := `intro:1 FR clause has no counterpart in NL: "La crise ne s'arrête cependant pas là."`
	if len(got) != 1 || got[0] != want {
		t.Errorf("findings %q, want %q", got, want)
	}
	clean := kazakhstanWithout(t, "")
	if fs := check.Run(clean, []*check.Check{ClausesMissing}, nil); len(fs) != 0 {
		t.Errorf("clean document: %d findings, first %q", len(fs), fs[0].Message)
	}
}

// TestLexTable checks what the table of the whole document learns: word
// pairs that translate each other, and no function word.
func TestLexTable(t *testing.T) {
	tab := newLexTable(kazakhstanWithout(t, ""))
	for _, p := range [][2]string{{"valeurs", "waarden"}, {"depuis", "sinds"}} {
		if !tab.matchWords(p[0], p[1]) {
			t.Errorf("%s/%s not associated", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"pour", "zijn"}, {"dans", "deze"}} {
		if tab.matchWords(p[0], p[1]) {
			t.Errorf("%s/%s associated", p[0], p[1])
		}
	}
}

// TestCognate checks the spelling rule of cognates.
func TestCognate(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"procedure", "procedure", true},
		{"democratique", "democratisch", true},
		{"crise", "crisis", true},
		{"autoritaires", "autoritaire", true},
		{"communes", "communicatie", false},
		{"pour", "poursuite", false},
		{"2023", "2023", false}, // numbers match by equality, not as cognates
	} {
		if got := cognate(c.a, c.b); got != c.want {
			t.Errorf("cognate(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// FuzzLexTokens checks that the numbered tokens of any text are those
// of the plain word-string code, in the same order, and that the
// clause comparison stays in bounds.
func FuzzLexTokens(f *testing.F) {
	for _, s := range []string{"La crise ne s'arrête cependant pas là.", "De COVID-19-pandemie, 177 000 personnes", "", "Ⅻ ﬁnale ÉTATS-UNIS"} {
		f.Add(s, "Deze crisis heeft echter nog andere gevolgen.")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		w := newLexWords()
		for _, s := range []string{a, b, a} { // the second time a, from the word cache
			var got []string
			for _, id := range w.tokens(s, nil) {
				got = append(got, w.words[id])
			}
			if want := plainLexTokens(s); !slices.Equal(got, want) {
				t.Fatalf("tokens of %q: %q, the plain code gives %q", s, got, want)
			}
		}
		fc, nc := splitClauses(a, 0), splitClauses(b, 0)
		x := (&lexTable{w: w}).newLexClauses(a, fc, b, nc)
		if len(fc) > 0 && len(nc) > 0 {
			if s, _ := x.sim([2]int{0, len(fc)}, [2]int{0, len(nc)}); s < 0 || s > 1 {
				t.Fatalf("similarity %v out of [0,1]", s)
			}
			for _, l := range x.unmerge(x.align(fc, nc)) {
				if l.FR[0] > l.FR[1] || l.NL[0] > l.NL[1] || l.FR[1] > len(fc) || l.NL[1] > len(nc) {
					t.Fatalf("bad link %v", l)
				}
			}
		}
	})
}

// BenchmarkLexTable measures the table of testdata/kazakhstan.txt.
func BenchmarkLexTable(b *testing.B) {
	doc := kazakhstanWithout(b, "")
	b.ReportAllocs()
	for b.Loop() {
		newLexTable(doc)
	}
}

// BenchmarkCategoryClausesLex measures the clause check on
// testdata/kazakhstan.txt, lexical search included.
func BenchmarkCategoryClausesLex(b *testing.B) {
	doc := kazakhstanWithout(b, "")
	b.ReportAllocs()
	for b.Loop() {
		check.Run(doc, []*check.Check{ClausesMissing}, nil)
	}
}

// matchWords reports whether the FR token f and the NL token n match.
func (t *lexTable) matchWords(f, n string) bool {
	return t.matches(t.w.intern(f), t.w.intern(n))
}
