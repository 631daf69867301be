package checks

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
)

// TestDropCoverFeatures writes, for the written questions of a TSV
// (CONCORD_DROPCOVER_TSV: id, fr, nl) to CONCORD_DROPCOVER_OUT, the word
// evidence on every sentence of each side: of the clean pair ("clean"),
// and of the other side of the pair with one sentence dropped
// ("mut:LEN", alternately from French and Dutch; a sentence of 40 runes or
// more, no digit, no capital after its first word, as eval's harness drops).
// It measures whether a sentence's words tell a dropped sentence from a
// paraphrase. Columns: kind, id, lang, sentence, sentences, own words,
// own words rendered, own and other side's unrendered share (lostWords),
// side and other side and sentence length in runes, sentence, content
// words rendered anywhere on the other side, content words, best share
// rendered by one sentence of the other side, that sentence, the same for
// the sentences before and after (-9 none), sentences of the other side,
// best share of a sentence of the other side the sentence renders, how many
// sentences of the other side it renders best, the weight (idf over the
// file's sides) of its content words rendered on the other side and of all
// of them, the best weighted share one sentence of the other side renders,
// and the content words rendered and best share when a part of a Dutch
// compound may render a French word.
func TestDropCoverFeatures(t *testing.T) {
	path := os.Getenv("CONCORD_DROPCOVER_TSV")
	if path == "" {
		t.Skip("set CONCORD_DROPCOVER_TSV and CONCORD_DROPCOVER_OUT to measure")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	out, err := os.Create(os.Getenv("CONCORD_DROPCOVER_OUT"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	tb := newCoverTable()
	// Document frequency of each content word over the sides of the pairs.
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	df := map[int32]int{}
	nsides := 0
	for _, line := range lines[1:] {
		row := strings.Split(line, "\t")
		if len(row) < 3 {
			continue
		}
		for _, side := range row[1:3] {
			nsides++
			seen := map[int32]bool{}
			for _, id := range tb.contentWords(tb.w.tokens(side, nil)) {
				if !seen[id] {
					seen[id] = true
					df[id]++
				}
			}
		}
	}
	idf := func(id int32) float64 { return math.Log(float64(nsides+1) / float64(df[id]+1)) }
	// The parts of a Dutch compound: its heads and tails of four letters
	// and more ("brandstof|toevoer|systeem" gives "systeem", "brandstof"…).
	partsOf := map[int32][]int32{}
	parts := func(id int32) []int32 {
		if ps, ok := partsOf[id]; ok {
			return ps
		}
		w := tb.w.words[id]
		var ps []int32
		for k := 4; k+4 <= len(w); k++ {
			for _, x := range []string{w[:k], w[k:], strings.TrimSuffix(w[:k], "s")} {
				if len(x) >= 4 {
					if p := tb.w.word(x); p >= 0 && p != id {
						ps = append(ps, p)
					}
				}
			}
		}
		partsOf[id] = ps
		return ps
	}
	matchC := func(l align.Lang, a, b int32) bool {
		if tb.matchesFrom(l, a, b) {
			return true
		}
		f, n := a, b
		if l == align.NL {
			f, n = b, a
		}
		if len(tb.w.words[n]) < 8 || len(tb.w.words[f]) < 4 || tb.w.digits[f] {
			return false
		}
		for _, p := range parts(n) {
			if tb.matches(f, p) {
				return true
			}
		}
		return false
	}
	i := -1
	k := 0
	for _, line := range lines {
		i++
		if i == 0 {
			continue
		}
		row := strings.Split(line, "\t")
		if len(row) < 3 {
			continue
		}
		id, fr, nl := row[0], row[1], row[2]
		emit := func(kind string, l align.Lang, a, b string) {
			ss := sentenceClauses(a)
			bs := sentenceClauses(b)
			bw := make([][]int32, len(bs))
			for j, c := range bs {
				bw[j] = tb.contentWords(tb.w.tokens(b[c.Start:c.End], nil))
			}
			all := tb.contentWords(tb.w.tokens(b, nil))
			sim := func(x []int32, y []int32) (int, int) {
				h := 0
				for _, p := range x {
					for _, q := range y {
						if tb.matchesFrom(l, p, q) {
							h++
							break
						}
					}
				}
				return h, len(x)
			}
			bestOf := make([]int, len(ss))
			bests := make([]float64, len(ss))
			for j, c := range ss {
				aw := tb.contentWords(tb.w.tokens(a[c.Start:c.End], nil))
				best, bi := -1.0, -1
				for k := range bw {
					h, n := sim(aw, bw[k])
					if n > 0 && float64(h)/float64(n) > best {
						best, bi = float64(h)/float64(n), k
					}
				}
				bestOf[j], bests[j] = bi, best
			}
			// The other way: how well a sentence of b is rendered by one of
			// a, and how many sentences of b find their best rendering in
			// each sentence of a.
			aws := make([][]int32, len(ss))
			for j, c := range ss {
				aws[j] = tb.contentWords(tb.w.tokens(a[c.Start:c.End], nil))
			}
			rsim := func(x, y []int32) (int, int) {
				h := 0
				for _, q := range x {
					for _, p := range y {
						if tb.matchesFrom(l, p, q) {
							h++
							break
						}
					}
				}
				return h, len(x)
			}
			rev := make([]float64, len(ss))
			claimed := make([]int, len(ss))
			for k := range bw {
				best, bi := -1.0, -1
				for j := range aws {
					h, n := rsim(bw[k], aws[j])
					if n == 0 {
						continue
					}
					v := float64(h) / float64(n)
					if v > rev[j] {
						rev[j] = v
					}
					if v > best {
						best, bi = v, j
					}
				}
				if bi >= 0 {
					claimed[bi]++
				}
			}
			for j, c := range ss {
				ev := tb.lostWordsIn(l, a, c, b)
				aw := tb.contentWords(tb.w.tokens(a[c.Start:c.End], nil))
				ha, na := sim(aw, all)
				wh, wn := 0.0, 0.0
				for _, p := range aw {
					wn += idf(p)
					for _, q := range all {
						if tb.matchesFrom(l, p, q) {
							wh += idf(p)
							break
						}
					}
				}
				hc := 0
				for _, p := range aw {
					for _, q := range all {
						if matchC(l, p, q) {
							hc++
							break
						}
					}
				}
				cbest := 0.0
				for k := range bw {
					h := 0
					for _, p := range aw {
						for _, q := range bw[k] {
							if matchC(l, p, q) {
								h++
								break
							}
						}
					}
					if len(aw) > 0 && float64(h)/float64(len(aw)) > cbest {
						cbest = float64(h) / float64(len(aw))
					}
				}
				wbest := 0.0
				for k := range bw {
					h := 0.0
					for _, p := range aw {
						for _, q := range bw[k] {
							if tb.matchesFrom(l, p, q) {
								h += idf(p)
								break
							}
						}
					}
					if wn > 0 && h/wn > wbest {
						wbest = h / wn
					}
				}
				prev, next := -9, -9
				if j > 0 {
					prev = bestOf[j-1]
				}
				if j+1 < len(ss) {
					next = bestOf[j+1]
				}
				fmt.Fprintf(out, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%d\t%d\t%d\t%q\t%d\t%d\t%.3f\t%d\t%d\t%d\t%d\t%.3f\t%d\t%.3f\t%.3f\t%.3f\t%d\t%.3f\n", kind, id, l, j, len(ss), ev.words, ev.hit, ev.ownMiss, ev.otherMiss, utf8.RuneCountInString(a), utf8.RuneCountInString(b), utf8.RuneCountInString(a[c.Start:c.End]), a[c.Start:c.End], ha, na, bests[j], bestOf[j], prev, next, len(bs), rev[j], claimed[j], wh, wn, wbest, hc, cbest)
			}
		}
		emit("clean", align.FR, fr, nl)
		emit("clean", align.NL, nl, fr)
		// the drop: from side A, alternating; target on the other side
		a, b, l := fr, nl, align.FR
		if k%2 == 1 {
			a, b, l = nl, fr, align.NL
		}
		var cands []clause
		ss := sentenceClauses(a)
		if len(ss) < 2 {
			continue
		}
		for _, c := range ss {
			s := a[c.Start:c.End]
			if utf8.RuneCountInString(s) < 40 || strings.ContainsAny(s, "0123456789") {
				continue
			}
			named := false
			for _, w := range strings.Fields(s)[1:] {
				r, _ := utf8.DecodeRuneInString(w)
				if unicode.IsUpper(r) {
					named = true
				}
			}
			if !named {
				cands = append(cands, c)
			}
		}
		if len(cands) == 0 {
			continue
		}
		k++
		c := cands[(i*7)%len(cands)]
		cut := a[:c.Start] + a[c.End:]
		emit("mut:"+fmt.Sprint(utf8.RuneCountInString(a[c.Start:c.End])), l.Other(), b, cut)
	}
}
