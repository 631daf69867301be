package checks

import (
	"math"
	"strings"

	"github.com/concord-bilingual/concord/align"
)

// The FR↔NL length model. Measured first on 90 correct pairs of at least
// 100 characters (46 of testdata/kazakhstan.txt, 44 recitals and requests
// of the corpus resolutions 55K3511001 and 55K3493003 cut by hand): Dutch
// text is 0.964 times as long as French in characters (median ratio
// 0.972, 5th percentile 0.810, 95th 1.128), and the squared deviation
// from that is 2.80 per French character, so the spread of a pair grows
// with the square root of its length. TestLengthModel measures the pairs
// concord itself aligns (98 pairs: 0.965, variance 2.39) and fails if
// they drift from these constants. Clauses vary more than whole units:
// translators move words across clause boundaries.
const (
	nlPerFR   = 0.964 // expected NL/FR length ratio in characters
	unitVar   = 2.80  // variance of NL length per FR character, whole units
	clauseVar = 6.0   // the same for single clauses
)

// lengthZWithout is the length deviation of a pair of lf and ln
// characters, whole units, once n characters are taken from side's text.
func lengthZWithout(lf, ln int, side align.Lang, n int) float64 {
	if side == align.FR {
		lf -= n
	} else {
		ln -= n
	}
	return lengthZ(lf, ln, unitVar)
}

// lengthZ returns how many standard deviations the NL length ln lies from
// what the FR length lf predicts, under variance v per character.
func lengthZ(lf, ln int, v float64) float64 {
	if lf == 0 {
		lf = 1
	}
	return (float64(ln) - nlPerFR*float64(lf)) / math.Sqrt(v*float64(lf))
}

// link is one step of a clause alignment: FR clauses FR[0]..FR[1]-1 match
// NL clauses NL[0]..NL[1]-1. An empty range on one side is a clause with no
// counterpart.
type link struct {
	FR, NL [2]int
}

// moves are the link shapes the aligner tries: 1-1, one clause split in
// two or three, and a clause with no counterpart.
var moves = [][2]int{{1, 1}, {1, 2}, {2, 1}, {1, 3}, {3, 1}, {2, 2}, {1, 0}, {0, 1}}

// alignDP aligns the clauses of a pair by dynamic programming over their
// lengths, numbers, names and cognate words, keeping their order. delFR
// and delNL are the costs of leaving an FR or NL clause without
// counterpart. It returns the links in order and the alignment's cost; the
// cost is +Inf and the links nil when no alignment exists.
func alignDP(fr, nl []clause, delFR, delNL float64) ([]link, float64) {
	return newGroupCosts(fr, nl).align(delFR, delNL)
}

// groupCosts holds the groupPairCost of the runs of a pair's clauses,
// each computed on first use: two alignments of the same clauses with
// different deletion prices (anchoredSearch) weigh the same runs.
type groupCosts struct {
	m, n     int
	frG, nlG [][3]clauseGroup
	cost     []float64 // by (i, j, move): NaN until computed
}

// newGroupCosts returns the cost table of the clauses fr and nl. The
// features of every run of one to three clauses are built once: the
// table looks at each run against many runs of the other side.
func newGroupCosts(fr, nl []clause) *groupCosts {
	return groupCostsOf(groupsOf(fr), groupsOf(nl))
}

// groupCostsOf returns the cost table of the runs of clauses frG and nlG
// (groupsOf).
func groupCostsOf(frG, nlG [][3]clauseGroup) *groupCosts {
	g := &groupCosts{m: len(frG), n: len(nlG), frG: frG, nlG: nlG}
	g.cost = make([]float64, g.m*g.n*len(moves))
	nan := math.NaN()
	for k := range g.cost {
		g.cost[k] = nan
	}
	return g
}

// pair returns the cost of matching the run of mv[0] FR clauses from i
// with the run of mv[1] NL clauses from j (both at least one).
func (g *groupCosts) pair(i, j, k int, mv [2]int) float64 {
	at := (i*g.n+j)*len(moves) + k
	c := g.cost[at]
	if c != c { // NaN: not yet computed
		c = groupPairCost(&g.frG[i][mv[0]-1], &g.nlG[j][mv[1]-1])
		g.cost[at] = c
	}
	return c
}

// align is alignDP on the table's clauses.
func (g *groupCosts) align(delFR, delNL float64) ([]link, float64) {
	m, n := g.m, g.n
	inf := math.Inf(1)
	cost := make([][]float64, m+1)
	back := make([][][2]int, m+1)
	for i := range cost {
		cost[i] = make([]float64, n+1)
		back[i] = make([][2]int, n+1)
		for j := range cost[i] {
			cost[i][j] = inf
		}
	}
	cost[0][0] = 0
	for i := 0; i <= m; i++ {
		for j := 0; j <= n; j++ {
			if cost[i][j] == inf {
				continue
			}
			for k, mv := range moves {
				a, b := i+mv[0], j+mv[1]
				if a > m || b > n {
					continue
				}
				var c float64
				switch {
				case mv[1] == 0:
					c = delFR
				case mv[0] == 0:
					c = delNL
				default:
					c = g.pair(i, j, k, mv)
				}
				if t := cost[i][j] + c; t < cost[a][b] {
					cost[a][b] = t
					back[a][b] = mv
				}
			}
		}
	}
	if math.IsInf(cost[m][n], 1) {
		return nil, cost[m][n]
	}
	var out []link
	for i, j := m, n; i > 0 || j > 0; {
		mv := back[i][j]
		out = append(out, link{FR: [2]int{i - mv[0], i}, NL: [2]int{j - mv[1], j}})
		i, j = i-mv[0], j-mv[1]
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out, cost[m][n]
}

// groupsWithout returns groupsOf of the clauses cs without cs[k:k+n],
// from the runs g of cs (groupsOf): a run that does not span the gap is a
// run of cs.
func groupsWithout(cs []clause, g [][3]clauseGroup, k, n int) [][3]clauseGroup {
	rest := append(append([]clause(nil), cs[:k]...), cs[k+n:]...)
	out := make([][3]clauseGroup, len(rest))
	for i := range rest {
		for w := 0; w < 3 && i+w < len(rest); w++ {
			switch {
			case i+w < k:
				out[i][w] = g[i][w] // before the gap
			case i >= k:
				out[i][w] = g[i+n][w] // after it
			default:
				out[i][w] = groupOf(rest[i : i+w+1])
			}
		}
	}
	return out
}

// clauseGroup is what groupPairCost compares of a run of clauses: how many,
// their total length and the union of their numbers, names and cognate
// keys.
type clauseGroup struct {
	count, len           int
	numbers, names, keys []string // sorted, each once
	// keySig has bit keyBit(k) set for each key k: two groups whose
	// signatures share no bit share no key, and most groups the aligner
	// weighs against each other are such.
	keySig [4]uint64
}

// keyBit returns the bit of key k in a group's signature, from the FNV-1a
// hash of its bytes.
func keyBit(k string) uint {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h = (h ^ uint32(k[i])) * 16777619
	}
	return uint(h % 256)
}

// groupOf returns the features of the run of clauses cs.
func groupOf(cs []clause) clauseGroup {
	g := clauseGroup{count: len(cs)}
	for _, c := range cs {
		g.len += c.Len
	}
	g.numbers = unionSorted(cs, func(c *clause) []string { return c.Numbers })
	g.names = unionSorted(cs, func(c *clause) []string { return c.Names })
	g.keys = unionSorted(cs, func(c *clause) []string { return c.Keys })
	for _, k := range g.keys {
		b := keyBit(k)
		g.keySig[b/64] |= 1 << (b % 64)
	}
	return g
}

// unionSorted returns the union of one sorted feature over clauses cs, in
// order.
func unionSorted(cs []clause, get func(*clause) []string) []string {
	var out []string
	for i := range cs {
		if i == 0 {
			out = get(&cs[i])
			continue
		}
		out = mergeSorted(out, get(&cs[i]))
	}
	return out
}

// mergeSorted returns the union of two sorted lists of distinct strings.
func mergeSorted(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch c := strings.Compare(a[i], b[j]); {
		case c == 0:
			out = append(out, a[i])
			i++
			j++
		case c < 0:
			out = append(out, a[i])
			i++
		default:
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// compareSorted counts the keys both sorted sets hold and the keys only
// one holds.
func compareSorted(a, b []string) (shared, only int) {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		// One comparison a step, not an equality test and then an order.
		switch c := strings.Compare(a[i], b[j]); {
		case c == 0:
			shared++
			i++
			j++
		case c < 0:
			only++
			i++
		default:
			only++
			j++
		}
	}
	return shared, only + len(a) - i + len(b) - j
}

// groupsOf returns the features of the runs of cs: [i][k] is the run of
// k+1 clauses from cs[i], for the run lengths of moves that fit.
func groupsOf(cs []clause) [][3]clauseGroup {
	var x clauseScratch
	for i := range cs {
		x.features(&cs[i])
	}
	out := make([][3]clauseGroup, len(cs))
	for i := range cs {
		for k := 0; k < 3 && i+k < len(cs); k++ {
			out[i][k] = groupOf(cs[i : i+k+1])
		}
	}
	return out
}

// groupPairCost is the cost of matching the FR run of clauses f with the
// NL run n: the length deviation, plus a price for each number or name
// found on one side only, less a reward for the numbers, names and
// cognates both share, plus a price for merging clauses.
func groupPairCost(f, n *clauseGroup) float64 {
	z := lengthZ(f.len, n.len, clauseVar)
	cost := z * z / 2
	cost += 2 * float64(f.count+n.count-2)
	shared, only := compareSorted(f.numbers, n.numbers)
	cost += 2*float64(only) - 2*float64(shared)
	shared, only = compareSorted(f.names, n.names)
	cost += 0.3*float64(only) - float64(shared)
	if f.keySig[0]&n.keySig[0]|f.keySig[1]&n.keySig[1]|f.keySig[2]&n.keySig[2]|f.keySig[3]&n.keySig[3] != 0 {
		shared, _ = compareSorted(f.keys, n.keys)
		cost -= math.Min(6, float64(shared))
	}
	return cost
}
