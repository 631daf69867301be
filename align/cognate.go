package align

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cognatePrefix is how many letters of a folded word make its cognate key:
// French "concurrence" and Dutch "concurrentie", "continues" and
// "continue", "Belgique" and "België" share their first five.
const cognatePrefix = 5

// cognateMin is the shortest word that counts: shorter ones are mostly
// articles and prepositions, and "de", "en" are words of both languages.
const cognateMin = 4

// cognateWeight is what one shared word lowers the cost of a match by, and
// cognateCap the most a match can earn: word evidence separates a sentence
// from its neighbours, it must not outweigh a length that cannot fit.
const (
	cognateWeight = 1.0
	cognateCap    = 8.0
	// maxCognateBonus is the most bonus gives.
	maxCognateBonus = cognateWeight * cognateCap
)

// cognateKey is one word key of a unit and how often the unit has it.
type cognateKey struct {
	id int32
	n  int32
}

// cognates holds, for each unit of both sides, the sorted keys of its
// words, and for each key the weight of sharing it.
type cognates struct {
	a, b   [][]cognateKey
	weight []float64
	// spans[0][n-2] holds the keys of runs a[i:i+n] added up (n = 2, 3),
	// and spans[1] those of b, for the runs asked for last (see span).
	spans [2][2][]cognateSpan
}

// cognateSpan is the keys of the run of units from start (1 + start in
// at; 0 when empty).
type cognateSpan struct {
	at   int
	keys []cognateKey
}

// cognateSpanSlots is how many runs of each length and side a cognates
// keeps: more than a band of the pairing table is wide (bandOf), so that
// its rows find the runs the rows before them added up. Adding up every
// run of two and three units beforehand held five times the units' own
// keys, 40 % of the memory of a long flow's pairing.
const cognateSpanSlots = 1024

// newCognates reads the word keys of the units of both sides. A key is
// the first letters of a word, lower-cased and without accents; a key
// found in many units of the document (a name the whole text is about,
// "article") earns less than one found in few.
func newCognates(a, b []*Unit) *cognates {
	ids := map[string]int32{}
	var dfA, dfB []int32
	c := &cognates{}
	read := func(us []*Unit, df *[]int32) [][]cognateKey {
		out := make([][]cognateKey, len(us))
		for i, u := range us {
			keys := unitKeys(u.Text.S, ids)
			for _, k := range keys {
				for int(k.id) >= len(*df) {
					*df = append(*df, 0)
				}
				(*df)[k.id]++
			}
			out[i] = keys
		}
		return out
	}
	c.a = read(a, &dfA)
	c.b = read(b, &dfB)
	c.weight = make([]float64, len(ids))
	for id := range c.weight {
		df := int32(1)
		if id < len(dfA) {
			df = max(df, dfA[id])
		}
		if id < len(dfB) {
			df = max(df, dfB[id])
		}
		c.weight[id] = min(1, 2/float64(df))
	}
	return c
}

// unitKeys returns the sorted cognate keys of text with their counts.
func unitKeys(text string, ids map[string]int32) []cognateKey {
	var keys []cognateKey
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j, letters := i, 0
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && r != unicode.ReplacementChar {
				break
			}
			j += size
			letters++
		}
		word := text[i:j]
		i = j
		if letters < cognateMin {
			continue
		}
		key := cognateKeyOf(word)
		id, ok := ids[key]
		if !ok {
			id = int32(len(ids))
			ids[key] = id
		}
		keys = append(keys, cognateKey{id: id, n: 1})
	}
	return compactKeys(keys)
}

// cognateKeyOf folds word (lower case, accents stripped) and keeps its
// first cognatePrefix letters.
func cognateKeyOf(word string) string {
	b := make([]rune, 0, cognatePrefix+2)
	for _, r := range word {
		if len(b) >= cognatePrefix {
			break
		}
		b = appendFolded(b, r)
	}
	return string(b[:min(len(b), cognatePrefix)])
}

// appendFolded appends letter r to b lower-cased and without its accents
// (é as e, Œ as œ).
func appendFolded(b []rune, r rune) []rune {
	if r < utf8.RuneSelf {
		return append(b, unicode.ToLower(r))
	}
	for _, x := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, x) {
			b = append(b, unicode.ToLower(x))
		}
	}
	return b
}

// compactKeys sorts keys by id and adds up the counts of equal ones.
func compactKeys(keys []cognateKey) []cognateKey {
	slices.SortFunc(keys, func(x, y cognateKey) int { return int(x.id - y.id) })
	out := keys[:0]
	for _, k := range keys {
		if len(out) > 0 && out[len(out)-1].id == k.id {
			out[len(out)-1].n += k.n
			continue
		}
		out = append(out, k)
	}
	return out
}

// bonus is how much the French units a[i:j] and the Dutch units b[k:l]
// share in words, weighted and capped; nothing when c is nil.
func (c *cognates) bonus(i, j, k, l int) float64 {
	if c == nil || i == j || k == l {
		return 0
	}
	s, twin := c.shared(i, j, k, l)
	if twin {
		// Most words the same: a text left untranslated. It is its
		// counterpart's twin, or a paragraph pasted beside it: some
		// evidence, but no more than a real translation can show.
		return cognateWeight * cognateCap / 2
	}
	return cognateWeight * min(s, cognateCap)
}

// copied reports whether the units a[i:j] and b[k:l] share most of their
// words, as bonus takes a text left untranslated.
func (c *cognates) copied(i, j, k, l int) bool {
	if c == nil || i == j || k == l {
		return false
	}
	_, twin := c.shared(i, j, k, l)
	return twin
}

// shared returns the weight of the words the units a[i:j] and b[k:l]
// share, and whether they share most of them.
func (c *cognates) shared(i, j, k, l int) (weight float64, twin bool) {
	x, y := c.span(0, i, j), c.span(1, k, l)
	n := int32(0)
	for p, q := 0, 0; p < len(x) && q < len(y); {
		switch {
		case x[p].id < y[q].id:
			p++
		case x[p].id > y[q].id:
			q++
		default:
			m := min(x[p].n, y[q].n)
			weight += float64(m) * c.weight[x[p].id]
			n += m
			p++
			q++
		}
	}
	short := min(total(x), total(y))
	return weight, short >= copyMin && 2*n > short
}

// copyMin is the fewest words a text must have for bonus to take it for a
// copy of the other side when it shares most of them.
const copyMin = 6

// total is the number of words keys holds.
func total(keys []cognateKey) int32 {
	n := int32(0)
	for _, k := range keys {
		n += k.n
	}
	return n
}

// span returns the keys of units i to j of a side (0 French, 1 Dutch),
// j − i from 1 to 3. The keys of a run of several units stay valid until
// the next span of that side.
func (c *cognates) span(side, i, j int) []cognateKey {
	units := [2][][]cognateKey{c.a, c.b}[side]
	if j-i == 1 {
		return units[i]
	}
	slots := c.spans[side][j-i-2]
	if slots == nil {
		slots = make([]cognateSpan, min(len(units)+1, cognateSpanSlots))
		c.spans[side][j-i-2] = slots
	}
	sl := &slots[i%len(slots)]
	if sl.at != i+1 {
		keys := sl.keys[:0]
		for _, u := range units[i:j] {
			keys = append(keys, u...)
		}
		sl.keys, sl.at = compactKeys(keys), i+1
	}
	return sl.keys
}
