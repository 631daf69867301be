package checks

import (
	"math/rand"
	"slices"
	"testing"
)

// randomItems draws n items over a few keys, with positions on a coarse
// grid (ties and equal positions) or anywhere, some weak.
func randomItems(r *rand.Rand, n, keys int, grid bool) []item {
	xs := make([]item, n)
	for i := range xs {
		pos := r.Float64()
		if grid {
			pos = float64(r.Intn(20)) / 20
		}
		xs[i] = item{key: string(rune('a' + r.Intn(keys))), pos: pos, weak: r.Intn(4) == 0, word: r.Intn(2) == 0}
	}
	return xs
}

// TestMatchEqualIndexed: the indexed search leaves the same items as the
// scan, on sides of every size and shape.
func TestMatchEqualIndexed(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for trial := range 3000 {
		n, m := r.Intn(60), r.Intn(60)
		a := randomItems(r, n, 1+r.Intn(4), trial%2 == 0)
		b := randomItems(r, m, 1+r.Intn(4), trial%3 == 0)
		wa, wb := matchEqualPlain(a, b)
		ga, gb := matchEqualIndexed(a, b)
		if !slices.Equal(wa, ga) || !slices.Equal(wb, gb) {
			t.Fatalf("a=%v\nb=%v\nplain %v %v\nindexed %v %v", a, b, wa, wb, ga, gb)
		}
	}
}

func FuzzMatchEqualIndexed(f *testing.F) {
	f.Add(int64(1), uint8(30), uint8(30), true)
	f.Fuzz(func(t *testing.T, seed int64, n, m uint8, grid bool) {
		r := rand.New(rand.NewSource(seed))
		a, b := randomItems(r, int(n), 3, grid), randomItems(r, int(m), 3, !grid)
		wa, wb := matchEqualPlain(a, b)
		ga, gb := matchEqualIndexed(a, b)
		if !slices.Equal(wa, ga) || !slices.Equal(wb, gb) {
			t.Fatalf("plain %v %v, indexed %v %v", wa, wb, ga, gb)
		}
	})
}
