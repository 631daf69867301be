package checks

import (
	"bufio"
	"fmt"
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
// the sentences before and after (-9 none), sentences of the other side.
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
	i := -1
	k := 0
	for sc.Scan() {
		i++
		if i == 0 {
			continue
		}
		row := strings.Split(sc.Text(), "\t")
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
			for j, c := range ss {
				ev := tb.lostWordsIn(l, a, c, b)
				aw := tb.contentWords(tb.w.tokens(a[c.Start:c.End], nil))
				ha, na := sim(aw, all)
				prev, next := -9, -9
				if j > 0 {
					prev = bestOf[j-1]
				}
				if j+1 < len(ss) {
					next = bestOf[j+1]
				}
				fmt.Fprintf(out, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%d\t%d\t%d\t%q\t%d\t%d\t%.3f\t%d\t%d\t%d\t%d\n", kind, id, l, j, len(ss), ev.words, ev.hit, ev.ownMiss, ev.otherMiss, utf8.RuneCountInString(a), utf8.RuneCountInString(b), utf8.RuneCountInString(a[c.Start:c.End]), a[c.Start:c.End], ha, na, bests[j], bestOf[j], prev, next, len(bs))
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
