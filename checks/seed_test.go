package checks

import (
	"sort"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// TestSeed runs every check of this package's families on the reference
// document. Its artefacts are known: the split ligature in the
// abbreviation table, the Cyrillic letters of "Utепова" on both sides of
// recital W, the broken case of recital L and the tripled letter of
// recital M. Nothing else may be reported at warning or error by the
// artefact, untranslated, clauses and length checks.
func TestSeed(t *testing.T) {
	doc, err := align.ReadFile("../testdata/kazakhstan.txt", align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range check.Run(doc, All, nil) {
		switch f.Category() {
		case "artefact", "untranslated", "clauses", "length":
		default:
			continue
		}
		if f.Severity >= check.Warning {
			got = append(got, f.Unit+" "+f.Rule+" "+f.Message)
		}
	}
	want := []string{
		`recital:L artefact/case FR "électORALES" has its case broken inside the word; write "électorales"`,
		`recital:L artefact/case FR "systéMIques" has its case broken inside the word; write "systémiques"`,
		`recital:M artefact/repeat NL "opgevattte" has a letter written three times; write "opgevatte"`,
		`recital:W artefact/script FR "Utепова" mixes Latin with Cyrillic letters; write "Utepova"`,
		`recital:W artefact/script NL "Utепова" mixes Latin with Cyrillic letters; write "Utepova"`,
		`table:abbreviations:5 artefact/ligature NL "defi nitieve" is a word split at an f-ligature; write "definitieve"`,
	}
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("seed findings:\n%s\n\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
