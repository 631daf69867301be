package align

import (
	"strconv"
	"strings"
)

// uniqueTableKeys gives a table row's pair whose key another pair already
// has a key of its own ("table:table:1#2"): two files whose rows are both
// language-neutral (a row of figures in each) are each a shared pair of
// the same row number, and a finding on one must not be taken for the
// other's. Labelled units keep a repeated key, which structure/duplicate
// reports.
func uniqueTableKeys(pairs []Pair) {
	seen := map[string]int{}
	for i := range pairs {
		k := pairs[i].Key
		if !strings.HasPrefix(k, "table:") {
			continue
		}
		seen[k]++
		if n := seen[k]; n > 1 {
			p := &pairs[i]
			p.Key = k + "#" + strconv.Itoa(n)
			for _, u := range []*Unit{p.FR, p.NL} {
				if u != nil && u.Key == k {
					u.Key = p.Key
				}
			}
		}
	}
}
