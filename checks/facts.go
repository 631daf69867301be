package checks

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/token"
)

// facts are the numbers, dates and references of one unit's text. Each
// span of text belongs to one kind only: a reference first, then a date,
// then a number.
type facts struct {
	nums  []token.Num
	dates []token.Date
	refs  []token.Ref
	size  int // length of the text scanned, for relative positions
	from  int
}

// scanFacts reads the facts of t.S[from:].
func scanFacts(t *align.Text, lang align.Lang, from int) facts {
	from = min(max(from, 0), len(t.S))
	nums, dates, refs := token.ScanFacts(t, lang, from)
	return facts{nums: nums, dates: dates, refs: refs, size: len(t.S) - from, from: from}
}

// unitFacts reads the facts of a unit's text after its label.
func unitFacts(u *align.Unit) facts {
	return scanFacts(&u.Text, u.Lang, u.Body)
}

// comparePair compares the facts of two units. When they differ, a side
// written in the other language (a Dutch unit left in French) is read
// again in the language of its text: its French month names and number
// words would otherwise each be reported missing on top of the
// untranslated text. Most pairs agree and never pay for the language test.
// factsOf reads the facts of a unit in its own language.
func comparePair(fu, nu *align.Unit, factsOf func(*align.Unit) facts) comparison {
	ff, nf := factsOf(fu), factsOf(nu)
	a, b, opCit := opCitNotes(fu.Text.S, nu.Text.S)
	if opCit {
		ff, nf = ff.without(a), nf.without(b)
	}
	c := compareFacts(ff, nf)
	if !c.differs() {
		return c
	}
	fl, nl := writtenIn(fu), writtenIn(nu)
	if fl == fu.Lang && nl == nu.Lang {
		return c
	}
	ff, nf = scanFacts(&fu.Text, fl, fu.Body), scanFacts(&nu.Text, nl, nu.Body)
	if opCit {
		ff, nf = ff.without(a), nf.without(b)
	}
	return compareFacts(ff, nf)
}

// writtenIn returns the language a unit's text is written in: its own,
// unless the text reads clearly as the other language.
func writtenIn(u *align.Unit) align.Lang {
	if l := languageOf(u.Text.S[u.Body:]); l == u.Lang.Other() {
		return l
	}
	return u.Lang
}

// differs reports whether the comparison found any difference, the
// numbers of the two sides' list items included.
func (c *comparison) differs() bool {
	if len(c.nums)+len(c.dates)+len(c.refs)+len(c.cross) > 0 {
		return true
	}
	_, _, ok := listMismatch(c.fr.nums, c.nl.nums)
	return ok
}

// pos returns the relative position, 0 to 1, of offset off in the text.
func (f *facts) pos(off int) float64 {
	if f.size <= 0 {
		return 0
	}
	return float64(off-f.from) / float64(f.size)
}

// delta is one difference between the two sides of a pair. FR or NL is -1
// when that side has nothing to show.
type delta struct {
	fr, nl int
}

// comparison holds the differences of one pair, per kind of fact.
type comparison struct {
	fr, nl            facts
	nums, dates, refs []delta
	// cross pairs a left-over bare number of one side with a left-over
	// article number of the other: "les articles 174 (…) et 274" ↔
	// "artikel 275".
	cross []crossDelta
	sure  bool // see confident
}

// item is what the matcher sees of one fact.
type item struct {
	key  string
	pos  float64
	weak bool
	word bool // a number in words: weak, it may be no number at all
	list bool // the number of a list's item (weak)
	// whole is the whole of a period ("sur 7", "per week"; see Num.Whole)
	whole bool
}

// compareFacts compares the facts of a French and a Dutch text. Equal
// values are matched first, anywhere in the unit; what is left on both
// sides is paired by position (a changed value), and what cannot be paired
// is a value on one side only. A number one side writes as an article
// reference or a year and the other as a bare number is one value.
func compareFacts(fr, nl facts) comparison {
	c := comparison{fr: fr, nl: nl}
	numItems := func(f *facts) []item {
		out := make([]item, len(f.nums))
		for k, n := range f.nums {
			out[k] = item{key: n.Key(), pos: f.pos(n.Start), weak: n.Weak, word: n.Word, list: n.List, whole: n.Whole}
		}
		return out
	}
	dateItems := func(f *facts) []item {
		out := make([]item, len(f.dates))
		for k, d := range f.dates {
			out[k] = item{key: d.Key(), pos: f.pos(d.Start)}
		}
		return out
	}
	refItems := func(f *facts) []item {
		out := make([]item, len(f.refs))
		for k, r := range f.refs {
			out[k] = item{key: r.Kind + ":" + r.Key, pos: f.pos(r.Start)}
		}
		return out
	}
	nF, nN := numItems(&fr), numItems(&nl)
	dF, dN := dateItems(&fr), dateItems(&nl)
	rF, rN := refItems(&fr), refItems(&nl)
	numLeftF, numLeftN := matchEqual(nF, nN)
	dateLeftF, dateLeftN := matchEqual(dF, dN)
	refLeftF, refLeftN := matchEqual(rF, rN)

	// A value written as a number on one side and as an article number, a
	// year or a law's date on the other.
	numLeftF, refLeftN, dateLeftN = crossMatch(fr.nums, numLeftF, nl.refs, refLeftN, nl.dates, dateLeftN)
	numLeftN, refLeftF, dateLeftF = crossMatch(nl.nums, numLeftN, fr.refs, refLeftF, fr.dates, dateLeftF)
	refLeftF, dateLeftN = lawDates(fr.refs, refLeftF, nl.dates, dateLeftN)
	refLeftN, dateLeftF = lawDates(nl.refs, refLeftN, fr.dates, dateLeftF)
	// An act named by its date on one side and its date alone on the other,
	// changed: the act's date is compared as a date.
	if actDates(fr.refs, refLeftF, refLeftN, nl.dates, dateLeftN) {
		refLeftF, dateLeftF, fr.dates, dF = actAsDates(&fr, refLeftF, dateLeftF, dF)
		c.fr.dates = fr.dates
	}
	if actDates(nl.refs, refLeftN, refLeftF, fr.dates, dateLeftF) {
		refLeftN, dateLeftN, nl.dates, dN = actAsDates(&nl, refLeftN, dateLeftN, dN)
		c.nl.dates = nl.dates
	}
	dateLeftF, dateLeftN = yearSpans(fr.dates, dateLeftF, nl.dates, dateLeftN)
	dateLeftN, dateLeftF = yearSpans(nl.dates, dateLeftN, fr.dates, dateLeftF)

	// A bare number stands for an article of the other side only where its
	// own side has no left-over reference to pair with that article.
	frRefsLeft, nlRefsLeft := len(refLeftF), len(refLeftN)
	if frRefsLeft == 0 {
		c.cross = crossPairs(fr.nums, &numLeftF, nl.refs, &refLeftN, false)
	}
	if nlRefsLeft == 0 {
		c.cross = append(c.cross, crossPairs(nl.nums, &numLeftN, fr.refs, &refLeftF, true)...)
	}
	c.nums = pairLeft(nF, nN, numLeftF, numLeftN, numberGap, func(i, j int) float64 { return 0 })
	c.dates = pairLeft(dF, dN, dateLeftF, dateLeftN, dateGap, func(i, j int) float64 {
		return 0.05 * float64(len(dateParts(fr.dates[i], nl.dates[j])))
	})
	c.refs = pairLeft(rF, rN, refLeftF, refLeftN, dateGap, func(i, j int) float64 {
		if fr.refs[i].Kind != nl.refs[j].Kind {
			return 1
		}
		return 0
	})
	c.sure = c.agree()
	return c
}

// matchEqual pairs items with the same key, nearest first (strong items
// that are each other's nearest, then in reading order), and returns the
// indexes left on each side. A weak item may match a strong one; weak
// items left over are dropped.
func matchEqual(a, b []item) (leftA, leftB []int) {
	if len(a)*len(b) >= matchIndexMin {
		return matchEqualIndexed(a, b)
	}
	return matchEqualPlain(a, b)
}

// matchEqualPlain is matchEqual by scanning: for each item, every item of
// the other side.
func matchEqualPlain(a, b []item) (leftA, leftB []int) {
	usedA := make([]bool, len(a))
	usedB := make([]bool, len(b))
	for _, p := range listPairs(a, b) {
		usedA[p[0]], usedB[p[1]] = true, true
	}
	// strongNear counts the unused strong items of items within nearby of
	// pos: a changed value there may explain the left-over better than a
	// weak token does.
	strongNear := func(items []item, used []bool, pos float64) int {
		n := 0
		for j, it := range items {
			if !used[j] && !it.weak && math.Abs(it.pos-pos) < nearby {
				n++
			}
		}
		return n
	}
	pass := func(weakA, weakB bool) {
		for i := range a {
			if usedA[i] || a[i].weak != weakA {
				continue
			}
			best, bestD := -1, math.Inf(1)
			for j := range b {
				if usedB[j] || b[j].weak != weakB || b[j].key != a[i].key {
					continue
				}
				if d := math.Abs(a[i].pos - b[j].pos); d < bestD {
					best, bestD = j, d
				}
			}
			if best >= 0 && weakB && (a[i].word || b[best].word) && !weakMatchFree(strongNear(a, usedA, a[i].pos)-1, strongNear(b, usedB, a[i].pos)) {
				continue
			}
			if best >= 0 && weakA && (a[i].word || b[best].word) && !weakMatchFree(strongNear(b, usedB, b[best].pos)-1, strongNear(a, usedA, b[best].pos)) {
				continue
			}
			if best >= 0 {
				usedA[i], usedB[best] = true, true
			}
		}
	}
	nearest := func(items []item, used []bool, key string, pos float64) int {
		best, bestD := -1, math.Inf(1)
		for j, it := range items {
			if !used[j] && !it.weak && it.key == key {
				if d := math.Abs(it.pos - pos); d < bestD {
					best, bestD = j, d
				}
			}
		}
		return best
	}
	for range mutualRounds {
		matched := false
		for i := range a {
			if usedA[i] || a[i].weak {
				continue
			}
			if j := nearest(b, usedB, a[i].key, a[i].pos); j >= 0 && nearest(a, usedA, a[i].key, b[j].pos) == i {
				usedA[i], usedB[j], matched = true, true, true
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
		if !usedA[i] && !a[i].weak {
			leftA = append(leftA, i)
		}
	}
	for j := range b {
		if !usedB[j] && !b[j].weak {
			leftB = append(leftB, j)
		}
	}
	return leftA, leftB
}

// listPairs pairs the numbers of list items that the two sides give
// with the same value, in reading order, before any number is matched:
// "…en Belgique. 7. Les défis … en 7 points" ↔ "…in België. 7. De
// uitdagingen … vier uitdagingen" pairs the two items "7.", leaving the
// count 7 against vier, instead of the count taking the other side's
// item number. A list's item may still stand for a number of the other
// side where that side has no item of its value. So are the wholes of
// periods ("jours sur 7" ↔ "dagen per week"), leaving the counts of days
// to be compared with each other.
func listPairs(a, b []item) [][2]int {
	type slot struct {
		key   string
		whole bool
	}
	var queue map[slot][]int
	for j, it := range b {
		if it.list || it.whole {
			if queue == nil {
				queue = map[slot][]int{}
			}
			k := slot{it.key, it.whole}
			queue[k] = append(queue[k], j)
		}
	}
	if queue == nil {
		return nil
	}
	var out [][2]int
	for i, it := range a {
		if !it.list && !it.whole {
			continue
		}
		k := slot{it.key, it.whole}
		if q := queue[k]; len(q) > 0 {
			out = append(out, [2]int{i, q[0]})
			queue[k] = q[1:]
		}
	}
	return out
}

// mutualRounds is how many times matchEqual pairs the equal strong items
// that are each other's nearest before it pairs the rest in reading
// order: "cinq dernières années … 5" ↔ "twaalf jaar … 5" pairs the two
// 5s, not "cinq" with the 5 of the other side's later question.
const mutualRounds = 4

// weakMatchFree reports whether a strong item may match a weak token of
// the other side, one of the two a number in words (two numbers in digits,
// "7 jours sur 7" ↔ "24/7", match freely), where, near it, its own side has others more unused
// strong items and the weak token's side has weakSide: only where every
// strong item of the weak side has a partner left on the strong side.
// Otherwise the strong item is better paired with one of them as a
// changed value ("un an" made "deux ans" next to an article "un" ↔ "één
// jaar"); where each has one ("une femme sur six" ↔ "één op de tien"),
// the weak token is the counterpart and the two others the change.
func weakMatchFree(others, weakSide int) bool { return others >= weakSide }

// crossMatch removes a left-over number whose value is, on the other side,
// a left-over article number or a year standing alone.
func crossMatch(nums []token.Num, left []int, refs []token.Ref, refLeft []int, dates []token.Date, dateLeft []int) ([]int, []int, []int) {
	var keep []int
	for _, i := range left {
		v := nums[i].Val
		found := false
		for k, j := range refLeft {
			if refs[j].Num == v {
				refLeft = append(refLeft[:k:k], refLeft[k+1:]...)
				found = true
				break
			}
		}
		if !found {
			for k, j := range dateLeft {
				d := dates[j]
				if d.Day == 0 && d.Month == 0 && d.Year2 == 0 && float64(d.Year) == v {
					dateLeft = append(dateLeft[:k:k], dateLeft[k+1:]...)
					found = true
					break
				}
			}
		}
		if !found {
			keep = append(keep, i)
		}
	}
	return keep, refLeft, dateLeft
}

// crossDelta is a bare number of one side paired with an article
// reference of the other.
type crossDelta struct {
	num, ref int
	refFR    bool // the reference is on the French side
}

// crossPairs pairs the one left-over number with the one left-over article
// reference of the other side, when each side has exactly one, and removes
// them from the left-overs.
func crossPairs(nums []token.Num, numLeft *[]int, refs []token.Ref, refLeft *[]int, refFR bool) []crossDelta {
	if len(*numLeft) != 1 || len(*refLeft) != 1 || refs[(*refLeft)[0]].Kind != "article" {
		return nil
	}
	d := crossDelta{num: (*numLeft)[0], ref: (*refLeft)[0], refFR: refFR}
	*numLeft, *refLeft = nil, nil
	return []crossDelta{d}
}

// lawDates removes a left-over act reference whose date is a left-over
// date of the other side, or that date without its year: "loi du 15
// décembre 1980" ↔ "de wet die op 15 december 1980 werd aangenomen".
func lawDates(refs []token.Ref, refLeft []int, dates []token.Date, dateLeft []int) ([]int, []int) {
	var keep []int
	for _, i := range refLeft {
		found := false
		if refs[i].Kind == "law" {
			for k, j := range dateLeft {
				if sameOrBriefer(dates[j], refs[i].Date) {
					dateLeft = append(dateLeft[:k:k], dateLeft[k+1:]...)
					found = true
					break
				}
			}
		}
		if !found {
			keep = append(keep, i)
		}
	}
	return keep, dateLeft
}

// sameOrBriefer reports whether date d is date full, or full written
// without its year ("l'arrêté ministériel du 30 juin" ↔ "ministerieel
// besluit van 30 juni 2020").
func sameOrBriefer(d, full token.Date) bool {
	if d.Key() == full.Key() {
		return true
	}
	return d.Year == 0 && d.Year2 == 0 && d.Day != 0 && d.Day == full.Day && d.Month == full.Month
}

// actDates reports whether a side's left-over act references (refs at
// refLeft) are better compared as dates: it has one, the other side has no
// left-over reference of an act but a left-over full date ("la loi du 18
// novembre 2017" ↔ "de nieuwe wet van 18 september 2017" read as a date
// only, "loi coordonnée du 10 juillet 2008" ↔ "wet van 10 juli 2007").
func actDates(refs []token.Ref, refLeft, otherRefLeft []int, otherDates []token.Date, otherDateLeft []int) bool {
	acts := 0
	for _, i := range refLeft {
		if refs[i].Kind == "law" {
			acts++
		}
	}
	if acts == 0 || len(otherRefLeft) > 0 {
		return false
	}
	for _, j := range otherDateLeft {
		if d := otherDates[j]; d.Day != 0 && d.Month != 0 && d.Year != 0 {
			return true
		}
	}
	return false
}

// actAsDates moves the left-over act references of f to its dates: each
// act's date becomes a left-over date (with its item), and the reference
// is no longer left over. It returns the new left-overs, dates and items.
func actAsDates(f *facts, refLeft, dateLeft []int, items []item) ([]int, []int, []token.Date, []item) {
	dates := slices.Clip(f.dates)
	items = slices.Clip(items)
	var keep []int
	for _, i := range refLeft {
		r := f.refs[i]
		if r.Kind != "law" {
			keep = append(keep, i)
			continue
		}
		dateLeft = append(slices.Clip(dateLeft), len(dates))
		dates = append(dates, r.Date)
		items = append(items, item{key: r.Date.Key(), pos: f.pos(r.Date.Start)})
	}
	slices.SortFunc(dateLeft, func(a, b int) int { return cmp.Compare(dates[a].Start, dates[b].Start) })
	return keep, dateLeft, dates, items
}

// nearby is the distance in relative position within which a left-over
// strong value is taken to be the counterpart of a value of the other side.
const nearby = 0.15

// Leaving a value unpaired costs gap when pairing left-overs: two values
// farther apart than two gaps (in relative position plus the extra cost)
// are reported as two values on one side each. Dates and references move
// more than numbers between French and Dutch word order ("le 13 mars 2012"
// ends the French sentence, "op 13 maart 2012" opens the Dutch one).
const (
	numberGap = 0.5
	dateGap   = 0.6
)

// pairLeft pairs left-over items of both sides in order, by closeness of
// position plus extra(i, j), and returns the pairs and the unpaired items
// in reading order.
func pairLeft(a, b []item, la, lb []int, gapCost float64, extra func(i, j int) float64) []delta {
	n, m := len(la), len(lb)
	cost := make([][]float64, n+1)
	for i := range cost {
		cost[i] = make([]float64, m+1)
	}
	for i := n; i >= 0; i-- {
		for j := m; j >= 0; j-- {
			switch {
			case i == n && j == m:
				cost[i][j] = 0
			case i == n:
				cost[i][j] = gapCost + cost[i][j+1]
			case j == m:
				cost[i][j] = gapCost + cost[i+1][j]
			default:
				pair := math.Abs(a[la[i]].pos-b[lb[j]].pos) + extra(la[i], lb[j]) + cost[i+1][j+1]
				cost[i][j] = min(pair, gapCost+cost[i+1][j], gapCost+cost[i][j+1])
			}
		}
	}
	var out []delta
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && cost[i][j] == math.Abs(a[la[i]].pos-b[lb[j]].pos)+extra(la[i], lb[j])+cost[i+1][j+1]:
			out = append(out, delta{la[i], lb[j]})
			i, j = i+1, j+1
		case i < n && (j == m || cost[i][j] == gapCost+cost[i+1][j]):
			out = append(out, delta{la[i], -1})
			i++
		default:
			out = append(out, delta{-1, lb[j]})
			j++
		}
	}
	return out
}

// dateParts names the parts in which two dates differ: "day differs",
// "FR lacks the year", …
func dateParts(fr, nl token.Date) []string {
	var out []string
	part := func(name string, a, b int) {
		switch {
		case a == b:
		case a == 0:
			out = append(out, "FR lacks the "+name)
		case b == 0:
			out = append(out, "NL lacks the "+name)
		default:
			out = append(out, name+" differs")
		}
	}
	part("day", fr.Day, nl.Day)
	if !fr.Ranged || !nl.Ranged {
		// The first day of a range shows the month and year of the
		// range's end; a difference there is reported on the end.
		part("month", fr.Month, nl.Month)
		part("year", fr.Year, nl.Year)
	}
	part("second year", fr.Year2, nl.Year2)
	if fr.Weekday != 0 && nl.Weekday != 0 && fr.Weekday != nl.Weekday {
		out = append(out, "weekday differs")
	}
	return out
}

// shown returns a fact's text for a message, with its value when the text
// does not show it plainly: "acht (8)", "177,000 (177)".
func shown(text, value string) string {
	text = token.Squash(text)
	plain := strings.NewReplacer(" ", "", ".", "", "%", "").Replace(text)
	if plain == value {
		return text
	}
	return fmt.Sprintf("%s (%s)", text, value)
}

// yearSpans matches a span of two years on one side ("2026-2027") with the
// same two years written apart on the other ("2026 en 2027", "van 2026
// naar 2027"), and drops the three from the left-overs.
func yearSpans(a []token.Date, leftA []int, b []token.Date, leftB []int) ([]int, []int) {
	bare := func(d token.Date) bool { return d.Day == 0 && d.Month == 0 && d.Weekday == 0 }
	var keep []int
	for _, i := range leftA {
		d := a[i]
		if !bare(d) || d.Year2 == 0 {
			keep = append(keep, i)
			continue
		}
		first, second := -1, -1
		for k, j := range leftB {
			e := b[j]
			if !bare(e) || e.Year2 != 0 {
				continue
			}
			if e.Year == d.Year && first < 0 {
				first = k
			} else if e.Year == d.Year2 && second < 0 {
				second = k
			}
		}
		if first < 0 || second < 0 {
			keep = append(keep, i)
			continue
		}
		var rest []int
		for k, j := range leftB {
			if k != first && k != second {
				rest = append(rest, j)
			}
		}
		leftB = rest
	}
	return keep, leftB
}

// confident reports whether the facts of the pair agree well enough for
// a left-over value paired with a left-over value to be one changed value:
// fewer than six values are left over, or at most a quarter of them.
// Where most are left over (a pair of units that do not correspond, or a
// table or a slide extracted in another order on each side), the values
// paired by position are often two different things. A left-over date
// that the other side also gives is a repeat, not a disagreement: one
// side names "2017, 2018 et 2019" at every question where the other says
// them once ("pour ces mêmes années"), and does not count. (Numbers
// repeated are counted: a table's "0.00" in each row is no repeat of a
// question's wording.)
func (c *comparison) confident() bool { return c.sure }

// agree computes confident, once per pair.
func (c *comparison) agree() bool {
	total := 0
	for _, n := range c.fr.nums {
		if !n.Weak {
			total++
		}
	}
	for _, n := range c.nl.nums {
		if !n.Weak {
			total++
		}
	}
	total += len(c.fr.dates) + len(c.nl.dates) + len(c.fr.refs) + len(c.nl.refs)
	left := 2 * len(c.cross)
	var frKeys, nlKeys map[string]bool
	count := func(k int, keys func(f *facts) map[string]bool, key func(f *facts, k int) string, own, other *facts, otherKeys *map[string]bool) {
		if k < 0 {
			return
		}
		if *otherKeys == nil {
			*otherKeys = keys(other)
		}
		if !(*otherKeys)[key(own, k)] {
			left++
		}
	}
	for _, ds := range [][]delta{c.nums, c.refs} {
		for _, d := range ds {
			if d.fr >= 0 {
				left++
			}
			if d.nl >= 0 {
				left++
			}
		}
	}
	dateKey := func(f *facts, k int) string { return f.dates[k].Key() }
	for _, d := range c.dates {
		count(d.fr, (*facts).dateKeys, dateKey, &c.fr, &c.nl, &nlKeys)
		count(d.nl, (*facts).dateKeys, dateKey, &c.nl, &c.fr, &frKeys)
	}
	return left < 6 || 4*left <= total
}

// dateKeys returns the keys of the dates of f.
func (f *facts) dateKeys() map[string]bool {
	out := make(map[string]bool, len(f.dates))
	for _, d := range f.dates {
		out[d.Key()] = true
	}
	return out
}
