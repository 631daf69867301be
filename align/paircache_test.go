package align

import (
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

// The caches of the pairing table give what they stand for: the length
// cost of two texts, the merged numbers of a run of units, the words of a
// run of units, whatever the order of the questions.
func TestPairingCaches(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	var us []*Unit
	for range 3000 {
		var b strings.Builder
		for k := rng.Intn(6); k > 0; k-- {
			b.WriteString(strconv.Itoa(rng.Intn(40)))
			b.WriteString(" considérant commission ")
		}
		b.WriteString(strings.Repeat("x", rng.Intn(300)))
		us = append(us, &Unit{Text: Text{S: b.String()}})
	}
	lengths := newLengthCosts()
	sets := anchors(us, numberIDs{})
	runs := &anchorRuns{sets: sets}
	words := newCognates(us, us)
	for q := 0; q < 20000; q++ {
		i := rng.Intn(len(us) - 3)
		a, b := 1+rng.Intn(3), 1+rng.Intn(3)
		j := rng.Intn(len(us) - 3)
		if got, want := lengths.of(textLen(us[i:i+a]), textLen(us[j:j+b])), lengthCost(us[i:i+a], us[j:j+b]); got != want {
			t.Fatalf("length cost of %d+%d and %d+%d: %v, want %v", i, a, j, b, got, want)
		}
		if got, want := runs.get(i+a, a), mergeAnchors(nil, sets[i:i+a]); !equalSets(got, want) {
			t.Fatalf("numbers of %d+%d: %v, want %v", i, a, got, want)
		}
		var keys []cognateKey
		for _, u := range [2][][]cognateKey{words.a, words.b}[q%2][i : i+a] {
			keys = append(keys, u...)
		}
		if got, want := words.span(q%2, i, i+a), compactKeys(keys); !equalKeys(got, want) {
			t.Fatalf("words of %d+%d: %v, want %v", i, a, got, want)
		}
	}
}

func equalSets(a, b anchorSet) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func equalKeys(a, b []cognateKey) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestFlowCostCounts checks that the label and neutral costs of pairFlow
// read from the running counts are those read from the units.
func TestFlowCostCounts(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	keys := []string{"", "", "", "article:1", "article:2", "recital:A"}
	side := func(n int) ([]*Unit, []string) {
		var us []*Unit
		var ks []string
		for range n {
			u := &Unit{Lang: Lang(rng.Intn(3)), Text: Text{S: "Art. 2 x"}}
			us = append(us, u)
			ks = append(ks, keys[rng.Intn(len(keys))])
		}
		return us, ks
	}
	a, ka := side(400)
	b, kb := side(400)
	plain := &evidence{a: a, b: b, keysA: ka, keysB: kb}
	counted := &evidence{a: a, b: b, keysA: ka, keysB: kb,
		labelsA: runningCount(a, func(i int) bool { return ka[i] != "" }), labelsB: runningCount(b, func(i int) bool { return kb[i] != "" }),
		neutralA: runningCount(a, func(i int) bool { return a[i].Lang == Neutral }), neutralB: runningCount(b, func(i int) bool { return b[i].Lang == Neutral })}
	for range 20000 {
		i, k := rng.Intn(396), rng.Intn(396)
		j, l := i+rng.Intn(4), k+rng.Intn(4)
		if got, want := counted.keyCost(i, j, k, l), plain.keyCost(i, j, k, l); got != want {
			t.Fatalf("keyCost(%d, %d, %d, %d) = %v, want %v", i, j, k, l, got, want)
		}
		if got, want := counted.neutralCost(i, j, k, l), plain.neutralCost(i, j, k, l); got != want {
			t.Fatalf("neutralCost(%d, %d, %d, %d) = %v, want %v", i, j, k, l, got, want)
		}
	}
}
