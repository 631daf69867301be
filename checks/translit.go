package checks

import (
	"sync"

	"github.com/concord-bilingual/concord/checks/langdata"
)

// French, Dutch and English write names from Cyrillic and other scripts
// each by their own conventions: Loukachenko, Loekasjenko and Lukashenko are
// one man. spellingDistance counts the edits between two folded names that
// these conventions do not explain.

// translitGroups are spellings of one sound; any member may stand for any
// other in the same group at no cost. Members are folded (no accents).
var translitGroups = [][]string{
	{"ou", "oe", "u"},         // Loukachenko, Loekasjenko; Nour, Noer, Nur
	{"ch", "sh", "sj", "sch"}, // Loukachenko, Loekasjenko, Lukashenko
	{"kh", "ch"},              // Khodorkovski, Chodorkovski
	{"tch", "tsj", "ch"},      // Tchaïkovski, Tsjaikovski
	{"zh", "j", "zj"},         // Jirinovski, Zjirinovski, Zhirinovsky
	{"dj", "dzh", "dzj"},      // Djoumaïev, Dzhumayev, Dzjoemajev
	{"i", "y", "j"},           // Magnitski, Magnitsky; Sergei, Sergej
	{"ks", "x"},               // Alexandre, Aleksandr
	{"gu", "g"},               // Sergueï, Sergei
	{"ts", "tz"},              // Kuznetsov, Kusnetzow
	{"v", "w"},                // Ivanov, Iwanow
	{"-", " "},                // Nour-Otan, Nour Otan
}

// translitPairs maps a first rune to the (from, to) pairs whose from part
// starts with it.
var translitPairs = func() map[rune][][2][]rune {
	m := map[rune][][2][]rune{}
	for _, g := range translitGroups {
		for _, a := range g {
			for _, b := range g {
				if a == b {
					continue
				}
				ra := []rune(a)
				m[ra[0]] = append(m[ra[0]], [2][]rune{ra, []rune(b)})
			}
		}
	}
	return m
}()

// translitASCII is translitPairs indexed by ASCII first rune.
var translitASCII = func() (a [128][][2][]rune) {
	for r, ps := range translitPairs {
		if r < 128 {
			a[r] = ps
		}
	}
	return a
}()

// distPool holds the tables of spellingDistance.
var distPool = sync.Pool{New: func() any { return new([]int) }}

// spellingDistance returns the number of letter edits (insert, delete,
// replace, swap two neighbours) that turn a into b, not counting the
// conventional spellings of translitGroups nor a French final e
// (Alexandre, Aleksandr). Both are folded.
func spellingDistance(a, b string) int {
	return spellingDistanceWithin(a, b, 1<<30)
}

// translitMaxLen is the longest spelling in translitGroups, in runes: the
// furthest one step of spellingDistance moves along a.
const translitMaxLen = 3

// spellingDistanceWithin returns spellingDistance(a, b) when it is at most
// limit, and a number above limit otherwise. It stops as soon as every way
// through the rest of a costs more than limit: the names of two different
// persons are told apart after a few letters.
func spellingDistanceWithin(a, b string, limit int) int {
	var sb, tb [32]rune // names fit; longer strings go to the heap
	s, t := appendRunes(sb[:0], a), appendRunes(tb[:0], b)
	if d := len(s) - len(t); d > 12 || d < -12 {
		return max(len(s), len(t)) // no convention changes a length this much
	}
	const inf = 1 << 30
	w := len(t) + 1
	bp := distPool.Get().(*[]int)
	defer distPool.Put(bp)
	n := (len(s) + 1) * w
	if cap(*bp) < n {
		*bp = make([]int, n)
	}
	d := (*bp)[:n]
	// A step moves at most translitMaxLen rows on: rows are filled just
	// before a step can reach them, so a comparison that stops early
	// never fills the rest.
	fillRow := func(i int) {
		if i <= len(s) {
			row := d[i*w : (i+1)*w]
			for j := range row {
				row[j] = inf
			}
		}
	}
	for i := 0; i <= translitMaxLen; i++ {
		fillRow(i)
	}
	d[0] = 0
	relax := func(i, j, v int) {
		if i <= len(s) && j <= len(t) && v < d[i*w+j] {
			d[i*w+j] = v
		}
	}
	finalE := func(r []rune, i int) bool {
		return r[i] == 'e' && i > 0 && !langdata.IsVowel(r[i-1]) && (i+1 == len(r) || r[i+1] == ' ' || r[i+1] == '-')
	}
	for i := 0; i <= len(s); i++ {
		if i > 0 && limit < len(s)+len(t) && rowsAbove(d, w, i-1, len(s), limit) {
			return limit + 1
		}
		if i > 0 {
			fillRow(i + translitMaxLen)
		}
		for j := 0; j <= len(t); j++ {
			v := d[i*w+j]
			if v == inf {
				continue
			}
			if i < len(s) {
				c := 1
				if finalE(s, i) {
					c = 0
				}
				relax(i+1, j, v+c)
			}
			if j < len(t) {
				c := 1
				if finalE(t, j) {
					c = 0
				}
				relax(i, j+1, v+c)
			}
			if i < len(s) && j < len(t) {
				c := 1
				if s[i] == t[j] {
					c = 0
				}
				relax(i+1, j+1, v+c)
				if i+1 < len(s) && j+1 < len(t) && s[i] == t[j+1] && s[i+1] == t[j] {
					relax(i+2, j+2, v+1)
				}
				var pairs [][2][]rune
				if s[i] < 128 {
					pairs = translitASCII[s[i]]
				} else {
					pairs = translitPairs[s[i]]
				}
				for _, p := range pairs {
					if hasRunePrefix(s[i:], p[0]) && hasRunePrefix(t[j:], p[1]) {
						relax(i+len(p[0]), j+len(p[1]), v)
					}
				}
			}
		}
	}
	return d[len(s)*w+len(t)]
}

// rowsAbove reports whether every path of the distance table d (rows of
// width w, rows up to last) that leaves the finished rows 0..i costs more
// than limit. A step moves at most translitMaxLen rows on, so such a path
// first enters one of the next translitMaxLen rows, whose entries already
// hold the cheapest way in from the finished rows.
func rowsAbove(d []int, w, i, last, limit int) bool {
	for r := i + 1; r <= min(i+translitMaxLen, last); r++ {
		for _, v := range d[r*w : (r+1)*w] {
			if v <= limit {
				return false
			}
		}
	}
	return true
}

// appendRunes appends the runes of s to buf.
func appendRunes(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}

func hasRunePrefix(s, p []rune) bool {
	if len(p) > len(s) {
		return false
	}
	for i := range p {
		if s[i] != p[i] {
			return false
		}
	}
	return true
}
