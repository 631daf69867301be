package checks

import (
	"fmt"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/token"
)

// FuzzArtefactFilters checks that no artefact filter stops a text in which
// its finder, run without the filter, finds something.
func FuzzArtefactFilters(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range []string{"aB", "éÉ", "aÉ", "ŉA", "www", "ééé", "Ã ", "\u00ad", "\x7f", "\u0085", "a\u2010 b", "Ωmega", "ԱԲ"} {
		f.Add(s)
	}
	lx := newLexicon(nil)
	f.Fuzz(func(t *testing.T, s string) {
		filters := []struct {
			name  string
			may   bool
			found []hit
		}{
			{"script", mayMixScripts(s), scanMixedScripts(s)},
			{"case", mayBreakCase(s), scanCaseBreaks(s, func() string { return "" }, nil)},
			{"repeat", mayTriple(s), scanTripled(s, nil)},
			{"mojibake", mayMojibake(s), scanMojibake(s)},
			{"invisible", mayHideCharacters(s), scanInvisible(s)},
			{"hyphen", mayKeepHyphen(s), scanHyphenBreaks(s, align.NL, lx)},
		}
		for _, c := range filters {
			if !c.may && len(c.found) > 0 {
				t.Fatalf("the %s filter stops %q, in which %+v is found", c.name, s, c.found)
			}
		}
	})
}

// FuzzSpacedRunPairs checks that spacedRunPairs yields exactly the pairs of
// letter runs, one space apart, that nearF keeps.
func FuzzSpacedRunPairs(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range []string{"defi nitieve", "f f", "é f", "\xc3 f\xa9", "af\xe2\x80 fi", " f ", "ff  fi", "Ф fé"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want, got [][2]token.Run
		for a, b := range token.EachRunPair(s) {
			if s[a.End:b.Start] == " " && nearF(a.S, b.S) {
				want = append(want, [2]token.Run{a, b})
			}
		}
		for a, b := range spacedRunPairs(s) {
			if nearF(a.S, b.S) {
				got = append(got, [2]token.Run{a, b})
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	})
}
