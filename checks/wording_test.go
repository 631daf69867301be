package checks

import "testing"

func TestOneSidedMessage(t *testing.T) {
	for _, tc := range []struct {
		n, m int
		want string
	}{
		{1, 0, "FR has 2026, NL has none"},
		{2, 1, "FR has 2026 twice, NL once"},
		{3, 2, "FR has 2026 3 times, NL twice"},
		{1, 1, "FR has 2026, NL has no 2026 left unpaired"},
	} {
		if got := oneSidedMessage("FR", "NL", "2026", tc.n, tc.m, ""); got != tc.want {
			t.Errorf("oneSidedMessage(%d, %d) = %q, want %q", tc.n, tc.m, got, tc.want)
		}
	}
}
