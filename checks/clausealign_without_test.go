package checks

import (
	"reflect"
	"testing"
)

// TestGroupsWithout checks that the runs of a side's clauses without one
// or two of them, made from the runs of the whole side, are the runs
// groupsOf finds on the remaining clauses, on every unit of the sample.
func TestGroupsWithout(t *testing.T) {
	doc := readSeedDoc(t)
	for i := range doc.Units {
		cs := proseClauses(&doc.Units[i])
		g := groupsOf(cs)
		for k := range cs {
			for n := 1; n <= 2 && k+n <= len(cs); n++ {
				rest := append(append([]clause(nil), cs[:k]...), cs[k+n:]...)
				if got, want := groupsWithout(cs, g, k, n), groupsOf(rest); !reflect.DeepEqual(got, want) {
					t.Fatalf("unit %d without clauses %d..%d: runs differ", i, k, k+n-1)
				}
			}
		}
	}
}
