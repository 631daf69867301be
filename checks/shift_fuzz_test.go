package checks

import (
	"slices"
	"strings"
	"testing"
)

// plainSimilarity is similarity on key counts held in maps, as it was
// first written.
func plainSimilarity(a, b map[string]int, sa, sb int) float64 {
	inter, union := 0, 0
	for k, n := range a {
		m := b[k]
		inter += min(n, m)
		union += max(n, m)
	}
	for k, m := range b {
		if _, ok := a[k]; !ok {
			union += m
		}
	}
	lr := 0.0
	if sa > 0 && sb > 0 {
		lr = float64(min(sa, sb)) / float64(max(sa, sb))
	}
	if union == 0 {
		return 0.3 * lr
	}
	return 0.7*float64(inter)/float64(union) + 0.3*lr
}

// FuzzSimilarity checks that the similarity of sorted signatures is the
// one computed on maps, for the keys of two lists of words.
func FuzzSimilarity(f *testing.F) {
	f.Add("n2019 n14 wTokayev n14 r2019/2610", "n2019 wTokayev d2023-03-19", 120, 131)
	f.Add("", "", 0, 0)
	f.Add("a b c", "", 5, 0)
	f.Fuzz(func(t *testing.T, a, b string, sa, sb int) {
		sig := func(s string, size int) (signature, map[string]int) {
			m := map[string]int{}
			for _, k := range strings.Fields(s) {
				m[k]++
			}
			g := signature{size: size}
			for k, n := range m {
				g.keys = append(g.keys, sigKey{k, n})
			}
			slices.SortFunc(g.keys, func(x, y sigKey) int { return strings.Compare(x.key, y.key) })
			return g, m
		}
		x, mx := sig(a, sa)
		y, my := sig(b, sb)
		if got, want := similarity(x, y), plainSimilarity(mx, my, sa, sb); got != want {
			t.Fatalf("similarity %v, on maps %v", got, want)
		}
	})
}
