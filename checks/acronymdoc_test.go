package checks

import "testing"

func TestIsAcronymSlip(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"ASCVD", "ASCDV", true},  // two neighbours swapped
		{"ASCVD", "ASCWD", true},  // one letter
		{"ASCVD", "ASCVD", false}, // the same
		{"ASCVD", "SACDV", false}, // two swaps
		{"OSCE", "OVSE", false},   // two letters apart
		{"UE", "EU", false},       // too short to tell
		{"PPA", "KKP", false},
		{"NAVO", "NATO", true}, // one letter: the termbase knows these, so they never reach here
	} {
		if got := isAcronymSlip(c.a, c.b); got != c.want {
			t.Errorf("isAcronymSlip(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
