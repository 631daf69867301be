package checks

import (
	"fmt"
	"testing"
)

// TestEntriesKey checks entriesKey against fmt.Sprint, the key it stands
// for.
func TestEntriesKey(t *testing.T) {
	for _, ids := range [][]int{{0}, {3, 17}, {1, 22, 333, 4444}, {-1}} {
		for _, acr := range []bool{false, true} {
			if got, want := entriesKey(ids, acr), fmt.Sprint(ids, acr); got != want {
				t.Errorf("entriesKey(%v, %v) = %q, want %q", ids, acr, got, want)
			}
		}
	}
}
