package checks

import (
	"math"
	"strings"
	"testing"
)

// plainGroupPairCost is groupPairCost without the key signatures: every
// pair of groups has its keys compared.
func plainGroupPairCost(f, n *clauseGroup) float64 {
	z := lengthZ(f.len, n.len, clauseVar)
	cost := z * z / 2
	cost += 2 * float64(f.count+n.count-2)
	shared, only := compareSorted(f.numbers, n.numbers)
	cost += 2*float64(only) - 2*float64(shared)
	shared, only = compareSorted(f.names, n.names)
	cost += 0.3*float64(only) - float64(shared)
	shared, _ = compareSorted(f.keys, n.keys)
	cost -= math.Min(6, float64(shared))
	return cost
}

// FuzzGroupPairCost compares groupPairCost with the plain cost on groups
// of clauses whose keys are the fuzzer's words.
func FuzzGroupPairCost(f *testing.F) {
	f.Add("procedure democratique gouvernement", "procedure democratisch regering", 40, 35)
	f.Add("", "a", 0, 1)
	f.Fuzz(func(t *testing.T, a, b string, la, lb int) {
		group := func(words string, l int) clauseGroup {
			c := clause{Len: l % 1000, Keys: sortedSet(strings.Fields(words)), featured: true}
			return groupOf([]clause{c})
		}
		x, y := group(a, la), group(b, lb)
		if got, want := groupPairCost(&x, &y), plainGroupPairCost(&x, &y); got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Fatalf("cost %v, plainly %v", got, want)
		}
	})
}
