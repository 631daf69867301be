package checks

import (
	"testing"
)

// FuzzOpCitNotes checks that the notes found around "op. cit." lie inside
// their texts, whatever the texts.
func FuzzOpCitNotes(f *testing.F) {
	f.Add("19 https://www. inserm. fr/ 20 I. Maes et S. Rey, “The status”, Octobre 2022, Inovigate.", "19 https://www. inserm. fr/ 20 I. Maes en S. Rey, op.cit, (22) 12.")
	f.Add("3 Op. cit 4 A", "4 B 3 C op.cit")
	f.Fuzz(func(t *testing.T, fr, nl string) {
		a, b, ok := opCitNotes(fr, nl)
		if !ok {
			return
		}
		if a.Start < 0 || a.Start > a.End || a.End > len(fr) || b.Start < 0 || b.Start > b.End || b.End > len(nl) {
			t.Fatalf("spans %v %v outside %d and %d bytes", a, b, len(fr), len(nl))
		}
	})
}
