package checks

import (
	"math"
	"sort"
)

// matchIndexMin is the size (items of one side times items of the other)
// from which matchEqual searches through an index instead of scanning: the
// scan is quadratic, and a unit of megabytes (45 MB of labels past ZZZ.
// make one) has tens of thousands of numbers.
var matchIndexMin = 1 << 14

// matchEqualIndexed does what matchEqualPlain does, with the same result,
// in O((n+m) log(n+m)) for n and m items: the unused items of each key
// are found through "next free" links, and whether a strong item is
// unused near a position through a tree of counts over the positions.
func matchEqualIndexed(a, b []item) (leftA, leftB []int) {
	sa, sb := newMatchSide(a), newMatchSide(b)
	for _, p := range listPairs(a, b) {
		sa.use(p[0])
		sb.use(p[1])
	}
	pass := func(weakA, weakB bool) {
		for i := range a {
			if sa.used[i] || a[i].weak != weakA {
				continue
			}
			best := sb.nearest(a[i].key, weakB, a[i].pos)
			if best >= 0 && weakB && (a[i].word || b[best].word) && !weakMatchFree(sa.strongNear(a[i].pos)-1, sb.strongNear(a[i].pos)) {
				continue
			}
			if best >= 0 && weakA && (a[i].word || b[best].word) && !weakMatchFree(sb.strongNear(b[best].pos)-1, sa.strongNear(b[best].pos)) {
				continue
			}
			if best >= 0 {
				sa.use(i)
				sb.use(best)
			}
		}
	}
	for range mutualRounds {
		matched := false
		for i := range a {
			if sa.used[i] || a[i].weak {
				continue
			}
			if j := sb.nearest(a[i].key, false, a[i].pos); j >= 0 && sa.nearest(a[i].key, false, b[j].pos) == i {
				sa.use(i)
				sb.use(j)
				matched = true
			}
		}
		if !matched {
			break
		}
	}
	pass(false, false)
	pass(false, true)
	pass(true, false)
	for i := range a {
		if !sa.used[i] && !a[i].weak {
			leftA = append(leftA, i)
		}
	}
	for j := range b {
		if !sb.used[j] && !b[j].weak {
			leftB = append(leftB, j)
		}
	}
	return leftA, leftB
}

// matchSide indexes the items of one side.
type matchSide struct {
	items []item
	used  []bool
	// groups holds, by key and weakness, the item indexes sorted by
	// position then index; slot[j] is item j's place in its group.
	groups map[matchGroupKey]*matchGroup
	slot   []int
	// strong are the strong items' indexes sorted by position then index;
	// at[j] is item j's place there, or -1; tree counts the unused ones.
	strong []int
	at     []int
	tree   []int
}

type matchGroupKey struct {
	key  string
	weak bool
}

// matchGroup is the items of one key and weakness, in position order,
// with links to the nearest unused one on each side of a place.
type matchGroup struct {
	idx        []int
	next, prev []int // union-find parents; next over 0..len, prev over -1..len-1 shifted by one
}

func newMatchSide(items []item) *matchSide {
	s := &matchSide{items: items, used: make([]bool, len(items)), groups: map[matchGroupKey]*matchGroup{},
		slot: make([]int, len(items)), at: make([]int, len(items))}
	for j, it := range items {
		k := matchGroupKey{it.key, it.weak}
		g := s.groups[k]
		if g == nil {
			g = &matchGroup{}
			s.groups[k] = g
		}
		g.idx = append(g.idx, j)
		s.at[j] = -1
		if !it.weak {
			s.strong = append(s.strong, j)
		}
	}
	byPos := func(x []int) {
		sort.SliceStable(x, func(p, q int) bool { return items[x[p]].pos < items[x[q]].pos })
	}
	for _, g := range s.groups {
		byPos(g.idx)
		g.next = make([]int, len(g.idx)+1)
		g.prev = make([]int, len(g.idx)+1)
		for k := range g.next {
			g.next[k], g.prev[k] = k, k
		}
		for k, j := range g.idx {
			s.slot[j] = k
		}
	}
	byPos(s.strong)
	s.tree = make([]int, len(s.strong)+1)
	for k, j := range s.strong {
		s.at[j] = k
		s.add(k, 1)
	}
	return s
}

func (s *matchSide) add(k, d int) {
	for k++; k < len(s.tree); k += k & -k {
		s.tree[k] += d
	}
}

// count returns the number of unused strong items at places below k.
func (s *matchSide) count(k int) int {
	n := 0
	for ; k > 0; k -= k & -k {
		n += s.tree[k]
	}
	return n
}

// strongNear counts the unused strong items within nearby of pos, as
// matchEqualPlain's test does.
func (s *matchSide) strongNear(pos float64) int {
	near := func(k int) bool { return math.Abs(s.items[s.strong[k]].pos-pos) < nearby }
	// The places near pos are one run: before pos the distance falls as
	// the position grows, after it rises.
	lo := sort.Search(len(s.strong), func(k int) bool { return s.items[s.strong[k]].pos >= pos || near(k) })
	hi := sort.Search(len(s.strong), func(k int) bool { return s.items[s.strong[k]].pos > pos && !near(k) })
	for lo < hi && !near(lo) {
		lo++ // pos itself may be no nearer than nearby to anything
	}
	if lo >= hi {
		return 0
	}
	return s.count(hi) - s.count(lo)
}

// use marks item j used.
func (s *matchSide) use(j int) {
	s.used[j] = true
	it := s.items[j]
	g := s.groups[matchGroupKey{it.key, it.weak}]
	k := s.slot[j]
	g.next[k] = k + 1 // find(k) now skips k
	g.prev[k+1] = k   // prev is shifted: prev[k+1] stands for place k
	if s.at[j] >= 0 {
		s.add(s.at[j], -1)
	}
}

// nextFree returns the first unused place at or after k, or len(idx).
func (g *matchGroup) nextFree(k int) int {
	r := k
	for g.next[r] != r {
		r = g.next[r]
	}
	for g.next[k] != r {
		g.next[k], k = r, g.next[k]
	}
	return r
}

// prevFree returns the last unused place at or before k, or -1.
func (g *matchGroup) prevFree(k int) int {
	r := k + 1
	for g.prev[r] != r {
		r = g.prev[r]
	}
	for x := k + 1; g.prev[x] != r; {
		g.prev[x], x = r, g.prev[x]
	}
	return r - 1
}

// nearest returns the unused item of key and weakness nearest pos, the
// lowest index among equally near ones (as matchEqualPlain's scan finds
// it), or -1.
func (s *matchSide) nearest(key string, weak bool, pos float64) int {
	g := s.groups[matchGroupKey{key, weak}]
	if g == nil {
		return -1
	}
	dist := func(k int) float64 { return math.Abs(pos - s.items[g.idx[k]].pos) }
	k := sort.Search(len(g.idx), func(k int) bool { return s.items[g.idx[k]].pos >= pos })
	l, r := g.prevFree(k-1), g.nextFree(k)
	best, bestD := -1, math.Inf(1)
	consider := func(k int) {
		if j := g.idx[k]; dist(k) < bestD || dist(k) == bestD && j < best {
			best, bestD = j, dist(k)
		}
	}
	if l >= 0 {
		consider(l)
	}
	if r < len(g.idx) {
		consider(r)
	}
	if best < 0 {
		return -1
	}
	// Items as near as the nearest: a run on either side (equal positions,
	// or positions whose distances round alike).
	for x := l; x >= 0 && dist(x) == bestD; x = g.prevFree(x - 1) {
		consider(x)
	}
	for x := r; x < len(g.idx) && dist(x) == bestD; x = g.nextFree(x + 1) {
		consider(x)
	}
	return best
}
