package checks

import (
	"math/rand/v2"
	"testing"
)

// TestRunUnmatchedRows compares runUnmatched on the rows of matchRows with
// the same test made word against word, on random words and a random
// relation between them.
func TestRunUnmatchedRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 2000; trial++ {
		vocab := 1 + rng.IntN(12)
		rel := map[[2]int32]bool{}
		for a := int32(0); a < int32(vocab); a++ {
			for b := int32(0); b < int32(vocab); b++ {
				rel[[2]int32{a, b}] = rng.IntN(4) == 0
			}
		}
		match := func(a, b int32) bool { return rel[[2]int32{a, b}] }
		words := func(n int) []int32 {
			out := make([]int32, n)
			for i := range out {
				out[i] = int32(rng.IntN(vocab))
			}
			return out
		}
		run, rest, other := words(rng.IntN(8)), words(rng.IntN(8)), words(rng.IntN(140))
		rows := matchRows(append(append([]int32(nil), run...), rest...), other, match)
		rowsOf := func(ts []int32) [][]uint64 {
			var out [][]uint64
			for _, a := range ts {
				out = append(out, rows[a])
			}
			return out
		}
		got := runUnmatched(rowsOf(run), rowsOf(rest))
		if want := runUnmatchedPlain(run, rest, other, match); got != want {
			t.Fatalf("run %v rest %v other %v: %v, word by word %v", run, rest, other, got, want)
		}
	}
}

// runUnmatchedPlain is runUnmatched word against word.
func runUnmatchedPlain(run, rest, other []int32, match func(a, b int32) bool) bool {
	if len(rest) == 0 {
		return false
	}
	explained := make([]bool, len(other))
	hits := 0
	for _, a := range rest {
		hit := false
		for j, b := range other {
			if match(a, b) {
				explained[j], hit = true, true
			}
		}
		if hit {
			hits++
		}
	}
	if hits == 0 {
		return false
	}
	found := 0
	for _, a := range run {
		for j, b := range other {
			if !explained[j] && match(a, b) {
				found++
				break
			}
		}
	}
	return float64(found) <= lexOrphanSim*float64(len(run))
}
