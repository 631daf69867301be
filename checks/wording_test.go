package checks

import "testing"

func TestOneSidedMessage(t *testing.T) {
	for _, tc := range []struct {
		shown, value string
		n, m         int
		want         string
	}{
		{"2026", "2026", 1, 0, "FR has 2026, NL has none"},
		{"2026", "", 2, 1, "FR has 2026 twice, NL once"},
		{"2026", "2026", 3, 2, "FR has 2026 three times, NL twice"},
		{"2", "2", 11, 6, "FR has 2 11 times, NL six times"},
		{"1er (1)", "1", 3, 1, "FR has 1er (1); the value 1 stands three times in FR, once in NL"},
		{"1er (1)", "1", 1, 0, "FR has 1er (1), NL has none"},
		{"2026", "2026", 1, 1, "FR has 2026, NL has no 2026 left unpaired"},
		{"1er (1)", "1", 1, 1, "FR has 1er (1), NL has no 1 left unpaired"},
	} {
		if got := oneSidedMessage("FR", "NL", tc.shown, tc.value, tc.n, tc.m, ""); got != tc.want {
			t.Errorf("oneSidedMessage(%q, %q, %d, %d) = %q, want %q", tc.shown, tc.value, tc.n, tc.m, got, tc.want)
		}
	}
}
