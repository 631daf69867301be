package align

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// pairFlow pairs the units of a document read as two column streams, as
// one sequence per language, in reading order. A long document in
// streams has parts (summary, memorandum, commentary by article, draft,
// Council of State opinion, bill, coordinated text) whose article labels
// and numbers repeat from part to part, and stretches present in one
// stream only; pairing by key and then by length, each kind of unit on
// its own, mixes the parts.
//
// Instead, what both languages share fixes points (anchors): a label or
// heading, or a number, found in one unit of each side only. Between two
// anchors the length programme (galeChurch) aligns the units, with the
// labels as evidence too: the same label lowers the cost of a match, two
// different labels of a kind forbid it. Every pair gets a confidence, and
// a stretch of several units that cannot be paired with confidence is
// marked Unaligned.
//
// Time and memory grow linearly with the number of units.
func pairFlow(fr, nl []Unit) []Pair {
	a, b := pointers(fr), pointers(nl)
	ev := newEvidence(a, b)
	ev.keysA, ev.keysB = labelKeys(a), labelKeys(b)
	ev.questA, ev.questB = questionCounts(a), questionCounts(b)
	ev.labelsA, ev.labelsB = runningCount(a, func(i int) bool { return ev.keysA[i] != "" }), runningCount(b, func(i int) bool { return ev.keysB[i] != "" })
	ev.neutralA, ev.neutralB = runningCount(a, func(i int) bool { return a[i].Lang == Neutral }), runningCount(b, func(i int) bool { return b[i].Lang == Neutral })
	words := ev.cognates()
	// The anchors guide the programme: its band follows the line through
	// them instead of the diagonal, and it stays free to match an
	// anchor's units with their neighbours (sentences in another order).
	ev.guide = flowAnchors(ev)
	ms := joinOrphans(repairOrphans(ev, joinOrphans(galeChurch(ev, true))))
	ia := make(map[*Unit]int, len(a))
	for i, u := range a {
		ia[u] = i
	}
	ib := make(map[*Unit]int, len(b))
	for i, u := range b {
		ib[u] = i
	}
	conf := make([]float64, len(ms))
	form := make([]bool, len(ms))
	same := make([]bool, len(ms))
	var scratch anchorScratch
	for k, m := range ms {
		if len(m.fr) == 0 || len(m.nl) == 0 {
			continue
		}
		i, j := ia[m.fr[0]], ia[m.fr[len(m.fr)-1]]+1
		p, q := ib[m.nl[0]], ib[m.nl[len(m.nl)-1]]+1
		if l := Detect(p0(m.fr).Text.S); l != Neutral && l == Detect(p0(m.nl).Text.S) {
			conf[k] = 0.01 // the same language on both sides: no translation
			same[k] = true
			continue
		}
		evid := anchorBonus(ev.numsA[i:j], ev.numsB[p:q], &scratch) + words.bonus(i, j, p, q) - ev.keyCost(i, j, p, q)
		conf[k] = confidence(evid, lengthCost(m.fr, m.nl))
		if formLike(m.fr) || formLike(m.nl) {
			conf[k] = min(conf[k], formConfidence)
			form[k] = true
		}
	}
	sureCopies(ms, same, conf)
	unaligned := unalignedRuns(ms, conf, form)
	return flowPairs(ms, conf, unaligned, ev)
}

// sureCopies gives copyConfidence to the pairs whose two sides are one
// text in one language (same[k]) in a run of such pairs that quotes
// nothing: a passage of one side left untranslated, which the content
// checks report. A run that holds a quotation mark is the other
// language quoted in both streams ("heeft geantwoord: “La finalité …”"),
// which stays unsure and is set aside with its stretch.
func sureCopies(ms []match, same []bool, conf []float64) {
	for k := 0; k < len(ms); {
		if !same[k] {
			k++
			continue
		}
		e, quotes := k, false
		for ; e < len(ms) && same[e]; e++ {
			for _, u := range append(ms[e].fr[:len(ms[e].fr):len(ms[e].fr)], ms[e].nl...) {
				quotes = quotes || strings.ContainsAny(u.Text.S, quoteMarks)
			}
		}
		for x := k; x < e && !quotes; x++ {
			if sameWords(ms[x].fr, ms[x].nl) {
				conf[x] = copyConfidence
			}
		}
		k = e
	}
}

// quoteMarks open or close a quotation.
const quoteMarks = "\"“”«»„"

// copyConfidence is the confidence of a pair whose two sides are the
// same text in the same language.
const copyConfidence = 0.9

// sameWords reports whether the units of fr and of nl hold the same
// text, spaces aside.
func sameWords(fr, nl []*Unit) bool {
	a, b := textLen(fr), textLen(nl)
	if a == 0 || a > 2*b || b > 2*a {
		return false
	}
	words := func(us []*Unit) []string {
		var out []string
		for _, u := range us {
			out = append(out, strings.Fields(u.Text.S)...)
		}
		return out
	}
	return slices.Equal(words(fr), words(nl))
}

// p0 returns the first of us.
func p0(us []*Unit) *Unit { return us[0] }

// confidence turns the evidence that two texts translate each other (the
// numbers, words and labels they share) and the cost of their lengths
// into a confidence from 0 to 1.
// The evidence counts up to confidenceEvidence: shared numbers and words
// make lengths that cannot be a translation's more likely a merge gone
// wrong than a translation.
func confidence(evid, lenCost float64) float64 {
	x := min(evid, confidenceEvidence) - lenCost + 2
	// At least 0.01: zero means not measured.
	return max(math.Round(100/(1+math.Exp(-x/2))), 1) / 100
}

// confidenceEvidence is the most shared numbers, words and labels add to
// a pair's confidence.
const confidenceEvidence = 8.0

// formRE finds what a flattened form leaves in a column stream: check
// boxes, blanks to fill in, a form's page footer ("RIA formulier - v2",
// "Formulaire AIR - v2", "3 / 7"), its item marks (" .b. ", " .3. ").
var formRE = lazyregexp.New(`[☐☒☑]|_ _|\b(?:formulier|Formulaire|formulaire)\b.{0,12}\bv\d|\b\d{1,2} / \d{1,2}\b|(?:^|\s)\.[a-e1-9]\.(?:\s|$)`)

// mayBeForm reports whether s holds what every match of formRE holds: a
// box, "_ _", "ormul" (formulier, formulaire), " / ", or a dot, a letter
// a-e or digit 1-9, and a dot. Most sentences hold none, and the pattern
// was a sixth of a long flow's reading.
func mayBeForm(s string) bool {
	if strings.ContainsAny(s, "☐☒☑") || strings.Contains(s, "_ _") || strings.Contains(s, "ormul") || strings.Contains(s, " / ") {
		return true
	}
	for i := strings.IndexByte(s, '.'); i >= 0 && i+2 < len(s); {
		if c := s[i+1]; ('a' <= c && c <= 'e' || '1' <= c && c <= '9') && s[i+2] == '.' {
			return true
		}
		k := strings.IndexByte(s[i+1:], '.')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// formConfidence is the most a pair holding a flattened form can have:
// the rows and boxes of a form, read as one flow, rarely come out in the
// same order in both columns, so its pairs are unsure.
const formConfidence = 0.2

// formLike reports whether one of us is the residue of a flattened form.
func formLike(us []*Unit) bool {
	for _, u := range us {
		if mayBeForm(u.Text.S) && formRE.MatchString(u.Text.S) {
			return true
		}
	}
	return false
}

// unsureBelow is the confidence under which a pair is unsure.
const unsureBelow = 0.35

// unalignedMin is the fewest units a stretch of unsure pairs and lone
// units must hold to be reported as unaligned: a lone sentence or a
// single doubtful pair between sure ones is left to the content checks.
const unalignedMin = 3

// unalignedRuns marks the matches of stretches that could not be aligned:
// runs of two matches or more, each a lone unit or an unsure pair,
// holding unalignedMin units at least, and unsure pairs of unsureLongMin
// bytes or holding a flattened form (form[k]) on their own: the rows of a
// form come out of the columns in another order in each language, so
// their pairs are not compared.
func unalignedRuns(ms []match, conf []float64, form []bool) []bool {
	out := make([]bool, len(ms))
	bad := func(k int) bool {
		m := ms[k]
		return len(m.fr) == 0 || len(m.nl) == 0 || conf[k] < unsureBelow
	}
	for k := 0; k < len(ms); {
		if !bad(k) {
			k++
			continue
		}
		e, units := k, 0
		for e < len(ms) && bad(e) {
			units += len(ms[e].fr) + len(ms[e].nl)
			e++
		}
		if e-k >= 2 && units >= unalignedMin || e-k == 1 && (unsureLong(ms[k], conf[k]) || form[k]) {
			for x := k; x < e; x++ {
				out[x] = true
			}
		}
		k = e
	}
	return out
}

// unsureLongMin is the length, in bytes of both sides, from which an
// unsure pair is a stretch of its own: a long passage that the flow could
// not cut (a coordinated text run into the last article), which would
// otherwise be compared word by word with whatever stands beside it.
const unsureLongMin = 4000

// unsureLong reports whether m is an unsure pair of unsureLongMin bytes,
// or a pair with next to no evidence of unsureLopsidedMin bytes whose one
// side is more than twice the other (an annex's slides beside a
// paragraph). A text left untranslated keeps its length and is compared.
func unsureLong(m match, conf float64) bool {
	if len(m.fr) == 0 || len(m.nl) == 0 || conf >= unsureBelow {
		return false
	}
	a, b := textLen(m.fr), textLen(m.nl)
	return a+b >= unsureLongMin || conf <= 0.05 && a+b >= unsureLopsidedMin && (a > 2*b || b > 2*a)
}

// unsureLopsidedMin is the length, in bytes of both sides, from which a
// pair without evidence whose sides differ more than twice in length is
// a stretch of its own.
const unsureLopsidedMin = 1500

// flowPairs turns matches into pairs and gives each its key: the label
// both sides carry, numbered #2, #3 … when a part of the document repeats
// it; a unit's own label when it stands alone; otherwise its prefix
// numbered in reading order.
func flowPairs(ms []match, conf []float64, unaligned []bool, ev *evidence) []Pair {
	used := map[string]int{}
	counts := map[string]int{}
	pairs := make([]Pair, 0, len(ms))
	for k, m := range ms {
		ka, kb := firstLabel(m.fr), firstLabel(m.nl)
		if (ka != "" || kb != "") && len(m.fr) > 0 && len(m.nl) > 0 {
			alignLabels(m.fr, m.nl)
		}
		p := Pair{FR: merge(m.fr), NL: merge(m.nl), Confidence: conf[k], Unaligned: unaligned[k]}
		switch {
		case ka != "" && (ka == kb || len(m.nl) == 0):
			p.Key = ka
		case kb != "" && len(m.fr) == 0:
			p.Key = kb
		case ka != "":
			p.Key = ka
		case kb != "":
			p.Key = kb
		}
		if p.Key != "" && len(m.fr) > 0 && len(m.nl) > 0 {
			used[p.Key]++
			if n := used[p.Key]; n > 1 {
				p.Key += "#" + strconv.Itoa(n)
			}
		}
		if p.Key == "" {
			u := p.FR
			if u == nil {
				u = p.NL
			}
			prefix := u.Key
			if !provisional(prefix) {
				prefix = "para:"
			}
			counts[prefix]++
			p.Key = prefix + strconv.Itoa(counts[prefix])
		}
		for _, u := range m.fr {
			u.Key = p.Key
		}
		for _, u := range m.nl {
			u.Key = p.Key
		}
		if p.FR != nil {
			p.FR.Key = p.Key
		}
		if p.NL != nil {
			p.NL.Key = p.Key
		}
		p.markShared()
		if p.Shared {
			p.Unaligned = false
		}
		pairs = append(pairs, p)
	}
	return pairs
}

// alignLabels gives the first unit of each side the article label its
// text opens with when the other side's has one: the labeller reads
// "Art. 5." as a label in the bill, not in a part it takes for
// explanation, and a label read on one side only is a reference there
// that the other side seems to lack.
func alignLabels(fr, nl []*Unit) {
	a, b := fr[0], nl[0]
	for _, x := range [][2]*Unit{{a, b}, {b, a}} {
		u, other := x[0], x[1]
		if u.Body > 0 || other.Body == 0 {
			continue
		}
		if m := articleLabel(u.Text.S); m != nil {
			u.Body, u.Label = len(m[0]), strings.TrimSpace(m[0])
		}
	}
}

// firstLabel returns the first key of us that is not a prefix waiting for
// a number, or "".
func firstLabel(us []*Unit) string {
	for _, u := range us {
		if !provisional(u.Key) {
			return u.Key
		}
	}
	return ""
}

// labelKeys returns the key of each unit that carries a label or a fixed
// heading, "" for the others.
func labelKeys(us []*Unit) []string {
	out := make([]string, len(us))
	for i, u := range us {
		if !provisional(u.Key) {
			out[i] = u.Key
		}
	}
	return out
}

// labelKinds are the kinds of key whose labels count in sequence: two
// units with different labels of one of these kinds are never a pair.
var labelKinds = map[string]bool{"recital": true, "request": true, "article": true}

// keyMatchBonus is what the same label on both sides lowers the cost of a
// match by, and keyMismatchCost what two different keys of other kinds
// (headings, parts of the title page) raise it by.
const (
	keyMatchBonus   = 6.0
	keyMismatchCost = 3.0
)

// keyCost is what the labels of the units a[i:j] and b[k:l] add to the
// cost of matching them: negative for the same label, +Inf for two
// different labels of a counted kind or a side that joins two labels.
func (e *evidence) keyCost(i, j, k, l int) float64 {
	if e.keysA == nil || i == j || k == l {
		return 0
	}
	if e.labelsA != nil && e.labelsA[j] == e.labelsA[i] && e.labelsB[l] == e.labelsB[k] {
		return 0 // no label on either side: what the cases below give, without reading the keys
	}
	ka, na := labelsIn(e.keysA[i:j])
	kb, nb := labelsIn(e.keysB[k:l])
	switch {
	case na == 1 && nb == 2 && ka == kb && holdsLabel(e.a[i:j], secondLabel(e.keysB[k:l])),
		nb == 1 && na == 2 && ka == kb && holdsLabel(e.b[k:l], secondLabel(e.keysA[i:j])):
		// One side's flow was cut at an article label the other side
		// holds inside its text: the two articles of one side are the
		// one unit of the other.
		return -keyMatchBonus
	case na > 1 || nb > 1:
		return math.Inf(1)
	case ka == "" || kb == "":
		return 0
	case ka == kb:
		return -keyMatchBonus
	case labelKinds[kindOf(ka)] && kindOf(ka) == kindOf(kb):
		return math.Inf(1)
	}
	return keyMismatchCost
}

// neutralCost is what units without a language (signatories, names,
// numbers) add to the cost of a match of a[i:j] and b[k:l] in pairFlow:
// such a unit stands for both languages, so alone it costs next to
// nothing, and it never joins other units in a match.
func (e *evidence) neutralCost(i, j, k, l int) float64 {
	if e.keysA == nil {
		return 0
	}
	var na, nb int
	if e.neutralA != nil {
		na, nb = int(e.neutralA[j]-e.neutralA[i]), int(e.neutralB[l]-e.neutralB[k])
	} else {
		na, nb = neutrals(e.a[i:j]), neutrals(e.b[k:l])
	}
	switch {
	case na+nb == 0:
		return 0
	case j-i+l-k == 1:
		return -neutralAlone
	case na > 0 && j-i > 1, nb > 0 && l-k > 1:
		return math.Inf(1)
	}
	return 0
}

// neutralAlone is what a unit without a language standing alone is
// spared of the cost of a unit left alone.
const neutralAlone = 4.0

// runningCount returns, for each i from 0 to len(us), how many of the
// units before i have the property has (has(k) for us[k]).
func runningCount(us []*Unit, has func(k int) bool) []int32 {
	out := make([]int32, len(us)+1)
	for k := range us {
		out[k+1] = out[k]
		if has(k) {
			out[k+1]++
		}
	}
	return out
}

func neutrals(us []*Unit) int {
	n := 0
	for _, u := range us {
		if u.Lang == Neutral {
			n++
		}
	}
	return n
}

// secondLabel returns the second non-empty key of keys, or "".
func secondLabel(keys []string) string {
	n := 0
	for _, k := range keys {
		if k != "" {
			if n++; n == 2 {
				return k
			}
		}
	}
	return ""
}

// holdsLabel reports whether the text of us, past its first characters,
// holds the article label of key ("article:3": "Art. 3", "Article 3",
// "Artikel 3") followed by a space.
func holdsLabel(us []*Unit, key string) bool {
	num, ok := strings.CutPrefix(key, "article:")
	if !ok || num == "" {
		return false
	}
	for _, u := range us {
		s := u.Text.S
		for _, w := range []string{"Art. ", "Article ", "Artikel "} {
			for at := 1; at < len(s); {
				x := strings.Index(s[at:], w+num)
				if x < 0 {
					break
				}
				end := at + x + len(w) + len(num)
				if end == len(s) || s[end] == ' ' || s[end] == '.' {
					return true
				}
				at = end
			}
		}
	}
	return false
}

// labelsIn returns the first label of keys and how many there are.
func labelsIn(keys []string) (string, int) {
	first, n := "", 0
	for _, k := range keys {
		if k != "" {
			if n == 0 {
				first = k
			}
			n++
		}
	}
	return first, n
}

func kindOf(key string) string {
	kind, _, _ := strings.Cut(key, ":")
	return kind
}

// bandAround returns the band of the programme's row i of n rows: the
// columns around the line that joins the anchors before and after it
// (the diagonal without anchors), as wide as bandOf of the stretch
// between them.
func bandAround(guide [][2]int, i, n, m int) (lo, hi int) {
	i0, j0, i1, j1 := 0, 0, n, m
	k := sort.Search(len(guide), func(k int) bool { return guide[k][0] > i })
	if k > 0 {
		i0, j0 = guide[k-1][0], guide[k-1][1]
	}
	if k < len(guide) {
		i1, j1 = guide[k][0], guide[k][1]
	}
	c := j0
	if i1 > i0 {
		c = j0 + (i-i0)*(j1-j0)/(i1-i0)
	}
	band := bandOf(i1-i0, j1-j0)
	if k > 0 && k < len(guide) {
		// Between two anchors; the band also reaches the anchors' own
		// rows, so that a match across an anchor stays possible.
		band = max(band, bandOf(0, 0))
	}
	return max(0, c-band), min(m, c+band)
}

// bandOf is the half-width of the programme's band for a stretch of n
// units against m: room for a few merges, and for the units one side has
// more.
func bandOf(n, m int) int {
	return 16 + min(abs(n-m), 200)
}

// anchorMaxRepeat is the most units a token may stand in on each side
// and still fix points.
const anchorMaxRepeat = 12

// anchorMinDigits is the fewest characters a number must have to serve
// as an anchor: "2024", "73.632", "110", not "3".
const anchorMinDigits = 3

// flowAnchors returns the fixed points of a pairing, in increasing order
// on both sides: pairs of units (i, j) that share a label or heading, or
// numbers, that stand in as many units on each side (the k-th with the
// k-th), whose lengths can be a
// translation's and whose labels do not conflict. Of the candidates, the
// longest chain increasing on both sides is kept, so that a number moved
// by a part in another order cannot cross the others.
func flowAnchors(ev *evidence) [][2]int {
	// The units each token stands in, in order, once each.
	texts := ev.ids.texts()
	index := func(keys []string, nums []anchorSet) map[string][]int {
		m := map[string][]int{}
		add := func(tok string, i int) {
			if l := m[tok]; len(l) == 0 || l[len(l)-1] != i {
				m[tok] = append(l, i)
			}
		}
		for i := range nums {
			if keys[i] != "" {
				add("k"+keys[i], i)
			}
			for _, x := range nums[i] {
				if num := texts[x.id]; len(num) >= anchorMinDigits {
					add("n"+num, i)
				}
			}
		}
		return m
	}
	wa, wb := index(ev.keysA, ev.numsA), index(ev.keysB, ev.numsB)
	// A token found in as many units on each side, and in few, pairs its
	// units in order: the first with the first, and so on (a label that
	// each part of a bill repeats, a figure a summary repeats).
	support := map[[2]int]int{}
	for tok, xs := range wa {
		ys := wb[tok]
		if len(xs) != len(ys) || len(xs) > anchorMaxRepeat {
			continue
		}
		w := 1
		if tok[0] == 'k' {
			w = 2
		}
		for k := range xs {
			support[[2]int{xs[k], ys[k]}] += w
		}
	}
	// Keep, for each unit, its best supported candidate.
	bestA, bestB := map[int][2]int{}, map[int][2]int{}
	better := func(m map[int][2]int, at int, c [2]int) bool {
		old, ok := m[at]
		return !ok || support[c] > support[old] || support[c] == support[old] && c[0]+c[1] < old[0]+old[1]
	}
	words := ev.cognates()
	for c, s := range support {
		i, j := c[0], c[1]
		if s < 2 || math.IsInf(ev.keyCost(i, i+1, j, j+1), 1) || words.copied(i, i+1, j, j+1) {
			continue
		}
		la, lb := len(ev.a[i].Text.S), len(ev.b[j].Text.S)
		if max(la, lb) > 60 && (2*la < lb || 2*lb < la) {
			continue
		}
		if better(bestA, i, c) {
			bestA[i] = c
		}
		if better(bestB, j, c) {
			bestB[j] = c
		}
	}
	var cands [][2]int
	for i, c := range bestA {
		if bestB[c[1]] == c {
			cands = append(cands, [2]int{i, c[1]})
		}
	}
	sort.Slice(cands, func(x, y int) bool { return cands[x][0] < cands[y][0] })
	return increasingChain(cands)
}

// increasingChain returns the longest subsequence of cands, sorted by
// their first element with no first element twice, whose second elements
// increase strictly, in O(n log n).
func increasingChain(cands [][2]int) [][2]int {
	if len(cands) == 0 {
		return nil
	}
	var tails []int // tails[l]: the candidate ending the best chain of length l+1
	prev := make([]int, len(cands))
	for k, c := range cands {
		l := sort.Search(len(tails), func(x int) bool { return cands[tails[x]][1] >= c[1] })
		prev[k] = -1
		if l > 0 {
			prev[k] = tails[l-1]
		}
		if l == len(tails) {
			tails = append(tails, k)
		} else {
			tails[l] = k
		}
	}
	out := make([][2]int, len(tails))
	for k, x := len(tails)-1, tails[len(tails)-1]; k >= 0; k, x = k-1, prev[x] {
		out[k] = cands[x]
	}
	return out
}
