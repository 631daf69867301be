package checks

import (
	"testing"
)

// FuzzStartsLower checks that no word startsLower passes over is an
// acronym.
func FuzzStartsLower(f *testing.F) {
	for _, s := range []string{"OSCE", "oSCE", "a", "", "ÉU", "eU", "CD&V", "xY"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if startsLower(s) && isAcronym(s) {
			t.Fatalf("%q starts with a small letter but is an acronym", s)
		}
	})
}
