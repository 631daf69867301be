package align

import (
	"iter"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Match pairs French and Dutch units. Units with a key (recital:A,
// request:3, table:parties:2) pair by key, in order when a key repeats.
// Units whose key is only a prefix ("intro:", "para:") are matched by a
// length-based dynamic programme with shared numbers as anchors, then
// numbered in reading order. A unit with no counterpart is a pair with one
// side nil; a neutral unit with no counterpart stands for both sides.
// Pair sets the final key of every unit; the pairs point into fr and nl.
func Match(fr, nl []Unit) []Pair {
	return pairSides(pointers(fr), pointers(nl), false)
}

// matchSentences is Match for units that are sentences of a flowing text,
// whose splits differ more between the languages than paragraphs do: it
// also allows 2–2, 3–1 and 1–3 matches.
func matchSentences(fr, nl []Unit) []Pair {
	return pairSides(pointers(fr), pointers(nl), true)
}

func pointers(us []Unit) []*Unit {
	out := make([]*Unit, len(us))
	for i := range us {
		out[i] = &us[i]
	}
	return out
}

type sided struct {
	pair    Pair
	pos     float64
	members []*Unit // the units a 2–1 or 1–2 match merged, which take its key too
}

func pairSides(fr, nl []*Unit, sentences bool) []Pair {
	byKey := map[string][]*Unit{}
	for _, u := range nl {
		if !provisional(u.Key) {
			byKey[u.Key] = append(byKey[u.Key], u)
		}
	}
	// Room for an entry per unit: there are fewer (a match is one entry
	// for its units), but growing the slice held a large document's entries
	// twice.
	out := make([]sided, 0, len(fr)+len(nl))
	nlMatched := map[*Unit]*Unit{}
	for _, u := range fr {
		if provisional(u.Key) {
			continue
		}
		var other *Unit
		if list := byKey[u.Key]; len(list) > 0 {
			other, byKey[u.Key] = list[0], list[1:]
			nlMatched[other] = u
		}
		out = append(out, sided{pair: Pair{Key: u.Key, FR: u, NL: other}, pos: float64(u.Seq)})
	}
	// Unlabelled units, by prefix.
	for _, prefix := range []string{"intro:", "para:"} {
		var a, b []*Unit
		for _, u := range fr {
			if u.Key == prefix {
				a = append(a, u)
			}
		}
		for _, u := range nl {
			if u.Key == prefix {
				b = append(b, u)
			}
		}
		ev := newEvidence(a, b)
		for _, m := range joinOrphans(repairOrphans(ev, joinOrphans(splitTwoTwo(galeChurch(ev, sentences))))) {
			p := Pair{FR: merge(m.fr), NL: merge(m.nl)}
			pos := -1.0
			if len(m.fr) > 0 {
				pos = float64(m.fr[0].Seq)
			}
			for _, u := range m.nl {
				if len(m.fr) > 0 {
					nlMatched[u] = m.fr[0]
				}
			}
			var members []*Unit // a unit alone on its side is the pair's own
			if len(m.fr) > 1 || len(m.nl) > 1 {
				members = append(append([]*Unit(nil), m.fr...), m.nl...)
			}
			out = append(out, sided{pair: p, pos: pos, members: members})
			if pos < 0 {
				out[len(out)-1].pos = math.NaN()
				out[len(out)-1].pair.NL = merge(m.nl)
			}
		}
	}
	// Dutch units left over: place each after the French counterpart of
	// the Dutch unit before it. The entries the programme made with no
	// French side are found by their Dutch unit's place: looking through
	// every entry for each of them made a document with a Dutch paragraph
	// more for every French one quadratic (20,000 of them: 2.4 s).
	alone := map[int][]int{}
	for i := range out {
		if out[i].pair.FR == nil && out[i].pair.NL != nil && math.IsNaN(out[i].pos) {
			alone[out[i].pair.NL.Seq] = append(alone[out[i].pair.NL.Seq], i)
		}
	}
	last := -0.5
	for _, u := range nl {
		if f, ok := nlMatched[u]; ok {
			last = float64(f.Seq) // f is a French unit, placed at its Seq
			continue
		}
		if provisional(u.Key) {
			// paired by the programme with no French side: find its entry.
			for _, i := range alone[u.Seq] {
				if math.IsNaN(out[i].pos) {
					last += 0.001
					out[i].pos = last
				}
			}
			continue
		}
		last += 0.001
		out = append(out, sided{pair: Pair{Key: u.Key, NL: u}, pos: last})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	counts := map[string]int{}
	pairs := make([]Pair, len(out))
	for i, s := range out {
		p := s.pair
		u := p.FR
		if u == nil {
			u = p.NL
		}
		if p.Key == "" || provisional(p.Key) {
			prefix := u.Key
			counts[prefix]++
			p.Key = prefix + strconv.Itoa(counts[prefix])
		}
		if p.FR != nil {
			p.FR.Key = p.Key
		}
		if p.NL != nil {
			p.NL.Key = p.Key
		}
		for _, u := range s.members {
			u.Key = p.Key
		}
		p.markShared()
		pairs[i] = p
	}
	return pairs
}

// provisional reports whether key is only a prefix waiting for a number.
func provisional(key string) bool {
	return strings.HasSuffix(key, ":")
}

// merge joins the units of one side of a 2–1 match into one unit.
func merge(us []*Unit) *Unit {
	switch len(us) {
	case 0:
		return nil
	case 1:
		return us[0]
	}
	u := *us[0]
	u.Text = Text{}
	u.Text.AppendText(us[0].Text)
	for _, v := range us[1:] {
		u.Text.Join(v.Text)
	}
	return &u
}

type match struct{ fr, nl []*Unit }

// evidence is what the units a and b of one pairing share besides their
// lengths: the numbers of each unit, read once for the programme and for
// the repair after it, and their words, read when first asked for.
type evidence struct {
	a, b         []*Unit
	numsA, numsB []anchorSet
	ids          numberIDs // the ids of the numbers of numsA and numsB
	words        *cognates
	keysA, keysB []string // the labels of the units, for pairFlow; nil otherwise
	guide        [][2]int // anchors (i, j) the band follows, for pairFlow
	// questA and questB count the question marks of the units before
	// each one (questA[i] in a[:i]), for pairFlow; nil otherwise.
	questA, questB []int
	// labelsA and labelsB count the units with a label before each one
	// (labelsA[i] in a[:i]), neutralA and neutralB the units without a
	// language, for pairFlow's costs of every cell; nil otherwise.
	labelsA, labelsB   []int32
	neutralA, neutralB []int32
}

// questionMismatch is what each question mark one side of a match has
// more than the other adds to its cost: a question stays a question in
// translation, so where sentences are cut differently on each side
// ("Où en est la situation aujourd’hui?" alone, "Wat is de toestand
// vandaag?" glued to the next sentence) the questions tell the cut.
const questionMismatch = 4.0

// questionCost is what the question marks of a[i:j] and b[k:l] add to the
// cost of matching them.
func (e *evidence) questionCost(i, j, k, l int) float64 {
	if e.questA == nil {
		return 0
	}
	return questionMismatch * float64(abs(e.questA[j]-e.questA[i]-(e.questB[l]-e.questB[k])))
}

// questionCounts returns the running count of question marks of us.
func questionCounts(us []*Unit) []int {
	out := make([]int, len(us)+1)
	for i, u := range us {
		out[i+1] = out[i] + strings.Count(u.Text.S, "?")
	}
	return out
}

func newEvidence(a, b []*Unit) *evidence {
	ids := numberIDs{}
	return &evidence{a: a, b: b, numsA: anchors(a, ids), numsB: anchors(b, ids), ids: ids}
}

// cognates returns the word keys of the units, read on first use.
func (e *evidence) cognates() *cognates {
	if e.words == nil {
		e.words = newCognates(e.a, e.b)
	}
	return e.words
}

// joinOrphans pairs a unit left alone on one side with a unit left alone
// on the other right beside it. The programme leaves both alone when
// their lengths differ too much for a match, which is what a sentence
// dropped from one of them does; two omissions side by side, one in each
// language, are far rarer than one shortened translation, and the checks
// find what the shorter one lacks only when the two are compared.
func joinOrphans(ms []match) []match {
	out := ms[:0]
	for _, m := range ms {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if len(p.fr) == 1 && len(p.nl) == 0 && len(m.fr) == 0 && len(m.nl) == 1 ||
				len(p.fr) == 0 && len(p.nl) == 1 && len(m.fr) == 1 && len(m.nl) == 0 {
				// New slices: p's may share their array with the units.
				p.fr = append(append([]*Unit(nil), p.fr...), m.fr...)
				p.nl = append(append([]*Unit(nil), p.nl...), m.nl...)
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// galeChurch aligns two sequences of paragraphs by length in the manner of
// Gale & Church (1993): the cost of a match is the improbability of its
// length difference plus a penalty for its shape (1–1, 1–0, 0–1, 2–1,
// 1–2, 2–2, 3–1, 1–3), lowered when the texts share numbers and, for
// sentences, words (see newCognates). The search keeps to a band
// around the diagonal and stores only that band, so time and memory grow
// linearly with the number of paragraphs.
func galeChurch(ev *evidence, sentences bool) []match {
	a, b := ev.a, ev.b
	n, m := len(a), len(b)
	if n == 0 && m == 0 {
		return nil
	}
	band := bandOf(n, m)
	lo, hi := make([]int, n+1), make([]int, n+1)
	for i := 0; i <= n; i++ {
		switch {
		case n == 0:
			lo[i], hi[i] = 0, m
		case ev.guide != nil:
			lo[i], hi[i] = bandAround(ev.guide, i, n, m)
		default:
			c := i * m / n
			lo[i], hi[i] = max(0, c-band), min(m, c+band)
		}
	}
	const inf = math.MaxFloat64 / 4
	// A match reaches at most maxShape rows back: the costs are kept for
	// the rows a cell reads (a ring of rows), the choices for every row,
	// to trace the path back. Keeping every row's costs held 8 bytes per
	// cell, 140 MB for 475,000 paragraphs.
	const maxShape = 3
	var cost [maxShape + 1][]float64
	row := func(i int) []float64 { return cost[i%(maxShape+1)] }
	from := make([][]int8, n+1)
	for i := range from {
		from[i] = make([]int8, hi[i]-lo[i]+1)
	}
	newRow := func(i int) {
		r := cost[i%(maxShape+1)][:0]
		for range hi[i] - lo[i] + 1 {
			r = append(r, inf)
		}
		cost[i%(maxShape+1)] = r
	}
	runsA, runsB := &anchorRuns{sets: ev.numsA}, &anchorRuns{sets: ev.numsB}
	var lengths *lengthCosts
	if n+m >= 1024 {
		lengths = newLengthCosts()
	}
	// The lengths of the units before each one: a run's length is a
	// difference, where adding up the units' texts read every unit of
	// every match again.
	lenA, lenB := runningLengths(a), runningLengths(b)
	// Word evidence for sentences only: a sentence dropped from a flow
	// leaves its neighbours of similar lengths, which words tell apart;
	// paragraphs differ enough in length and numbers.
	var words *cognates
	if sentences {
		words = ev.cognates()
	}
	newRow(0)
	row(0)[0-lo[0]] = 0
	type shape struct{ di, dj int }
	shapes := []shape{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}}
	prior := []float64{-math.Log(0.89), -math.Log(0.0099), -math.Log(0.0099), -math.Log(0.089 / 2), -math.Log(0.089 / 2), -math.Log(0.011), -math.Log(0.003), -math.Log(0.003)}
	if !sentences {
		// Paragraph breaks are reliable; a heading run into its paragraph
		// on one side only ("1. La maladie …" + two paragraphs against one),
		// or a sentence that closes a paragraph on one side and opens the
		// next on the other (two against two), is rarer still.
		shapes = append(shapes[:5:5], shape{3, 1}, shape{1, 3}, shape{2, 2})
		prior = append(prior[:5:5], -math.Log(0.0005), -math.Log(0.0005), -math.Log(0.0005))
	}
	for i := 0; i <= n; i++ {
		if i > 0 {
			newRow(i)
		}
		cur := row(i)
		for j := lo[i]; j <= hi[i]; j++ {
			if i == 0 && j == 0 {
				continue
			}
			for k, s := range shapes {
				pi, pj := i-s.di, j-s.dj
				if pi < 0 || pj < lo[pi] || pj > hi[pi] {
					continue
				}
				prev := row(pi)[pj-lo[pi]]
				if prev >= inf {
					continue
				}
				lc := lengths.of(lenA[i]-lenA[pi], lenB[j]-lenB[pj])
				if sentences {
					lc = min(lc, sentenceLengthCap)
				}
				// The cost is prev + prior + lc - bonus - word bonus + the
				// label, neutral and question costs, added in that order.
				// The two bonuses are the dear part: the sum with each
				// at its most is computed first, and a match that cannot
				// beat the cell's best even so is not looked at further.
				// Each addition rounds monotonically, so that sum is never
				// above the exact one, and the cell ends the same.
				best := cur[j-lo[i]]
				x := prev + prior[k] + lc
				kc, nc, qc := ev.keyCost(pi, i, pj, j), ev.neutralCost(pi, i, pj, j), ev.questionCost(pi, i, pj, j)
				if x-maxAnchorBonus-maxCognateBonus+kc+nc+qc >= best {
					continue
				}
				bonus := 0.0
				if s.di > 0 && s.dj > 0 {
					bonus = mergedBonus(runsA.get(i, s.di), runsB.get(j, s.dj))
				}
				if x-bonus-maxCognateBonus+kc+nc+qc >= best {
					continue
				}
				c := x - bonus - words.bonus(pi, i, pj, j) + kc + nc + qc
				if c < best {
					cur[j-lo[i]] = c
					from[i][j-lo[i]] = int8(k)
				}
			}
		}
	}
	var out []match
	for i, j := n, m; i > 0 || j > 0; {
		s := shapes[from[i][j-lo[i]]]
		out = append(out, match{fr: a[i-s.di : i], nl: b[j-s.dj : j]})
		i, j = i-s.di, j-s.dj
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// lengthCosts remembers lengthCost by the two lengths, in a table of
// lengthCostSlots entries where a pair of lengths has one place: the
// cells of a band meet the same lengths again and again (the runs of one
// to three units of a row against those of its band), and the error
// function and logarithm were most of the time of a long document's
// pairing. A nil *lengthCosts computes every cost.
type lengthCosts struct {
	keys []uint64 // 1 + the two lengths, 0 for an empty slot
	vals []float64
}

const (
	lengthCostLog   = 13
	lengthCostSlots = 1 << lengthCostLog
)

func newLengthCosts() *lengthCosts {
	return &lengthCosts{keys: make([]uint64, lengthCostSlots), vals: make([]float64, lengthCostSlots)}
}

// of returns lengthCostOf(n1, n2).
func (c *lengthCosts) of(n1, n2 int) float64 {
	if c == nil || n1 >= 1<<31 || n2 >= 1<<31 {
		return lengthCostOf(n1, n2)
	}
	k := (uint64(n1)<<31 | uint64(n2)) + 1
	h := (k * 0x9E3779B97F4A7C15) >> (64 - lengthCostLog) // Fibonacci hashing
	if c.keys[h] != k {
		c.keys[h], c.vals[h] = k, lengthCostOf(n1, n2)
	}
	return c.vals[h]
}

// sentenceLengthCap is the most a length difference costs a match of
// sentences: that of a difference one pair in a thousand shows. Beyond
// it, a sentence of a flow is as likely to have lost a clause as to be
// matched with the wrong one, and the numbers and words the sentences
// share decide; the programme no longer shifts the matches of the
// sentences around a shortened one to even out its length ("La création
// d’espaces de dialogue …" with a Dutch sentence that lost the next one,
// and the three French sentences after it with their translations, not
// each with the next one's).
var sentenceLengthCap = -math.Log(1e-3)

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// runningLengths returns, for each i from 0 to len(us), the length of
// the texts of us[:i].
func runningLengths(us []*Unit) []int {
	out := make([]int, len(us)+1)
	for i, u := range us {
		out[i+1] = out[i] + len(u.Text.S)
	}
	return out
}

func textLen(us []*Unit) int {
	n := 0
	for _, u := range us {
		n += len(u.Text.S)
	}
	return n
}

// lengthCost is −log of the probability that a French text of length l1
// is translated by a Dutch text of length l2: the difference is taken as
// normal with mean ratio c and variance s² per character.
func lengthCost(a, b []*Unit) float64 {
	return lengthCostOf(textLen(a), textLen(b))
}

// lengthCostOf is lengthCost of texts of n1 and n2 bytes.
func lengthCostOf(n1, n2 int) float64 {
	l1, l2 := float64(n1), float64(n2)
	if l1 == 0 && l2 == 0 {
		return 0
	}
	if l1 == 0 || l2 == 0 {
		return 0 // an omission: its prior says it all
	}
	const c, s2 = 0.95, 6.8
	mean := (l1 + l2/c) / 2
	delta := (l2 - l1*c) / math.Sqrt(mean*s2)
	p := 2 * (1 - normCDF(math.Abs(delta)))
	if p < 1e-12 {
		p = 1e-12
	}
	return -math.Log(p)
}

func normCDF(x float64) float64 {
	return 0.5 * (1 + math.Erf(x/math.Sqrt2))
}

// anchorSet holds the numbers written in a unit, sorted by their ids,
// with how many times each stands there.
type anchorSet []numCount

// numCount is a number of a unit: its id (the same for the same text on
// both sides of one pairing, see numberIDs) and how many times it stands
// in the unit. The merges and comparisons of the pairing table read the
// ids: comparing the texts was most of their time. The text is not kept
// beside the id: a set entry of 8 bytes instead of 24 took a third of the
// memory of a long document's pairing (200,000 paragraphs: 37 MB).
type numCount struct {
	id int32
	n  int32
}

// numberIDs gives each number text met in one pairing its id.
type numberIDs map[string]int32

func (ids numberIDs) of(num string) int32 {
	id, ok := ids[num]
	if !ok {
		id = int32(len(ids))
		ids[num] = id
	}
	return id
}

// texts returns the number texts by their ids.
func (ids numberIDs) texts() []string {
	out := make([]string, len(ids))
	for s, id := range ids {
		out[id] = s
	}
	return out
}

// anchors returns the numbers written in each unit, with their ids in ids.
// The sets share one array, each as long as it needs: growing each set on
// its own left most of them with room to spare.
func anchors(us []*Unit, ids numberIDs) []anchorSet {
	out := make([]anchorSet, len(us))
	ends := make([]int, len(us))
	var all, set anchorSet
	for i, u := range us {
		set = set[:0]
		for x := range anchorNumbers(u.Text.S) {
			id := ids.of(x)
			k := sort.Search(len(set), func(j int) bool { return set[j].id >= id })
			if k < len(set) && set[k].id == id {
				set[k].n++
				continue
			}
			set = slices.Insert(set, k, numCount{id, 1})
		}
		all = append(all, set...)
		ends[i] = len(all)
	}
	start := 0
	for i, end := range ends {
		if end > start {
			out[i] = all[start:end:end]
		}
		start = end
	}
	return out
}

// maxAnchorNumbers is the most numbers of one unit the pairing reads.
const maxAnchorNumbers = 200

// anchorNumbers yields the numbers written in s, at most
// maxAnchorNumbers: each run of digits, dots and commas that starts with a
// digit, up to its last digit (what `\d[\d.,]*\d|\d` finds, without
// the cost of a regular expression on every unit of a long document).
func anchorNumbers(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		found := 0
		for i := 0; i < len(s) && found < maxAnchorNumbers; {
			if !isDigitByte(s[i]) {
				i++
				continue
			}
			end, j := i+1, i+1
			for ; j < len(s) && (isDigitByte(s[j]) || s[j] == '.' || s[j] == ','); j++ {
				if isDigitByte(s[j]) {
					end = j + 1
				}
			}
			found++
			if !yield(s[i:end]) {
				return
			}
			i = j
		}
	}
}

// anchorScratch holds the buffers anchorBonus merges the sets of a match
// into, reused from cell to cell of the pairing table.
type anchorScratch struct{ a, b anchorSet }

// anchorBonus lowers the cost of matching texts that share numbers, and
// less so when numbers stand on one side only: a merge that only gathers
// more numbers earns nothing by it.
func anchorBonus(a, b []anchorSet, buf *anchorScratch) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	ca, cb := a[0], b[0]
	if len(a) > 1 {
		buf.a = mergeAnchors(buf.a[:0], a)
		ca = buf.a
	}
	if len(b) > 1 {
		buf.b = mergeAnchors(buf.b[:0], b)
		cb = buf.b
	}
	return mergedBonus(ca, cb)
}

// mergedBonus is anchorBonus of the numbers of two texts, each merged
// into one set.
func mergedBonus(ca, cb anchorSet) float64 {
	shared, alone := 0, 0
	i, j := 0, 0
	for i < len(ca) || j < len(cb) {
		switch {
		case j == len(cb) || i < len(ca) && ca[i].id < cb[j].id:
			alone += int(ca[i].n)
			i++
		case i == len(ca) || cb[j].id < ca[i].id:
			alone += int(cb[j].n)
			j++
		default:
			shared += int(min(ca[i].n, cb[j].n))
			alone += int(max(ca[i].n-cb[j].n, cb[j].n-ca[i].n))
			i++
			j++
		}
	}
	return max(2*float64(min(shared, anchorSharedMax))-float64(alone), 0)
}

// anchorSharedMax is the most shared numbers anchorBonus counts, and
// maxAnchorBonus the most it gives.
const (
	anchorSharedMax = 10
	maxAnchorBonus  = 2 * anchorSharedMax
)

// anchorRuns gives the merged numbers of runs of one to three units
// ending at a unit, as the pairing table asks for them cell after cell:
// a row of the table matches the same runs of one side with the runs of
// every unit of its band on the other, so merging them afresh in each
// cell made the merges most of the time of a long flow. The sets of the
// units most recently asked for are kept, by end.
type anchorRuns struct {
	sets  []anchorSet
	slots [2][]anchorRunSlot // runs of two and of three units
}

type anchorRunSlot struct {
	end int // 1 + the end the slot holds; 0 when empty
	set anchorSet
}

// anchorRunSlots is how many ends anchorRuns keeps, for each length: more
// than a band of the table is wide (bandOf), so that a row finds what the
// rows before it merged.
const anchorRunSlots = 1024

// get returns the merged numbers of sets[end-n:end], 1 ≤ n ≤ 3.
func (r *anchorRuns) get(end, n int) anchorSet {
	if n == 1 {
		return r.sets[end-1]
	}
	slots := r.slots[n-2]
	if slots == nil {
		slots = make([]anchorRunSlot, min(len(r.sets)+1, anchorRunSlots))
		r.slots[n-2] = slots
	}
	sl := &slots[end%len(slots)]
	if sl.end != end+1 {
		sl.set = mergeAnchors(sl.set[:0], r.sets[end-n:end])
		sl.end = end + 1
	}
	return sl.set
}

// mergeAnchors appends to dst the union of sets, sorted, counts summed,
// merging the sorted sets one after the other.
func mergeAnchors(dst anchorSet, sets []anchorSet) anchorSet {
	dst = append(dst, sets[0]...)
	for _, set := range sets[1:] {
		n := len(dst)
		dst = append(dst, set...) // room; the merge reads dst[:n] and set
		merged := dst[n:n]        // written after the two inputs
		i, j := 0, 0
		for i < n || j < len(set) {
			switch {
			case j == len(set) || i < n && dst[i].id < set[j].id:
				merged = append(merged, dst[i])
				i++
			case i == n || set[j].id < dst[i].id:
				merged = append(merged, set[j])
				j++
			default:
				merged = append(merged, numCount{dst[i].id, dst[i].n + set[j].n})
				i++
				j++
			}
		}
		dst = append(dst[:0], merged...)
	}
	return dst
}

// markShared makes a pair of neutral text (names, figures, a party row)
// shared: one side alone stands for both, and two identical neutral sides
// are one.
func (p *Pair) markShared() {
	switch {
	case p.FR != nil && p.NL == nil && p.FR.Lang == Neutral:
		p.NL, p.Shared = p.FR, true
	case p.NL != nil && p.FR == nil && p.NL.Lang == Neutral:
		p.FR, p.Shared = p.NL, true
	case p.FR != nil && p.NL != nil && p.FR.Lang == Neutral && p.NL.Lang == Neutral && p.FR.Text.S == p.NL.Text.S:
		p.Shared = true
	}
}
