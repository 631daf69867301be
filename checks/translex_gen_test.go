package checks

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"math"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/checks/langdata"
)

// TestGenerateTranslex learns the FR↔NL word-translation table of
// langdata/translex.bin (see langdata/translex.go) from the written questions of
// $CONCORD_TRANSLEX_QRVA (qrva-dev.jsonl.gz): only the pairs at even
// positions, counting from 0, so that the odd ones stay apart to measure
// what the table does. It is skipped without the variable; `make translex`
// runs it.
func TestGenerateTranslex(t *testing.T) {
	path := os.Getenv("CONCORD_TRANSLEX_QRVA")
	if path == "" {
		t.Skip("CONCORD_TRANSLEX_QRVA not set")
	}
	pairs, err := readQRVAHalf(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	table := learnTranslex(pairs)
	b, err := langdata.EncodeTranslex(table)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("langdata/translex.bin", b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d pairs, %d word pairs", len(pairs), len(table))
}

// readQRVAHalf reads the written questions of a qrva-dev.jsonl.gz file
// whose position, counting from 0, has parity half.
func readQRVAHalf(path string, half int) ([][2]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var out [][2]string
	for i := 0; sc.Scan(); i++ {
		if i%2 != half {
			continue
		}
		var r struct {
			FR string `json:"text_fr"`
			NL string `json:"text_nl"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, err
		}
		out = append(out, [2]string{r.FR, r.NL})
	}
	return out, sc.Err()
}

// Limits of the learning, on word stems (translexStem). A stem takes part
// when it occurs in at least translexMinDocs pairs and in at most
// translexMaxShare of them (more common words are function words, found
// beside everything); those in more than translexStopShare of the pairs
// are listed as function words. EM runs translexIters times in each
// direction. Each stem keeps its translexPerWord most probable
// translations of at least translexMinP in either direction, when the
// two stems meet in translexMinCo aligned sentences.
const (
	translexMinDocs   = 2
	translexMaxShare  = 0.2
	translexStopShare = 0.1
	translexIters     = 10
	translexMinP      = 0.1
	translexPerWord   = 3
	translexMinCo     = 2
)

// learnTranslex aligns the sentences of each pair by length (alignDP),
// then learns word translation probabilities in both directions with IBM
// Model 1 and returns the stem pairs either direction finds most likely,
// sorted, then the function words, each with an empty translation.
func learnTranslex(pairs [][2]string) [][2]string {
	w := newLexWords()
	stems := newLexWords() // numbers of the stems
	stemOf := map[int32]int32{}
	stemmed := func(ts []int32) []int32 {
		out := ts[:0:0]
		seen := map[int32]bool{}
		for _, id := range ts {
			st, ok := stemOf[id]
			if !ok {
				st = stems.intern(langdata.TranslexStem(w.words[id]))
				stemOf[id] = st
			}
			if !seen[st] {
				seen[st] = true
				out = append(out, st)
			}
		}
		return out
	}
	type sent struct{ fr, nl []int32 }
	var sents []sent
	df := map[int32]int{}
	for _, p := range pairs {
		fc, nc := splitClauses(p[0], 0), splitClauses(p[1], 0)
		seen := map[int32]bool{}
		for _, s := range []string{p[0], p[1]} {
			for _, id := range stemmed(w.tokens(s, nil)) {
				if !seen[id] {
					seen[id] = true
					df[id]++
				}
			}
		}
		links, c := alignDP(fc, nc, 6, 6)
		if math.IsInf(c, 1) {
			continue
		}
		for _, l := range links {
			if l.FR[0] == l.FR[1] || l.NL[0] == l.NL[1] {
				continue
			}
			var fs, ns strings.Builder
			for _, c := range fc[l.FR[0]:l.FR[1]] {
				fs.WriteString(c.text(p[0]) + " ")
			}
			for _, c := range nc[l.NL[0]:l.NL[1]] {
				ns.WriteString(c.text(p[1]) + " ")
			}
			sents = append(sents, sent{stemmed(w.tokens(fs.String(), nil)), stemmed(w.tokens(ns.String(), nil))})
		}
	}
	limit := int(translexMaxShare * float64(len(pairs)))
	keep := func(ts []int32) []int32 {
		out := ts[:0:0]
		for _, id := range ts {
			if n := df[id]; n >= translexMinDocs && n <= limit && !stems.digits[id] {
				out = append(out, id)
			}
		}
		return out
	}
	for k := range sents {
		sents[k].fr, sents[k].nl = keep(sents[k].fr), keep(sents[k].nl)
	}
	type key struct{ a, b int32 }
	co := map[key]int{}
	for _, s := range sents {
		for _, f := range s.fr {
			for _, n := range s.nl {
				co[key{f, n}]++
			}
		}
	}
	// model1 returns t(b|a) for the pairs that co-occur, a from src.
	model1 := func(src func(sent) []int32, dst func(sent) []int32, flip bool) map[key]float64 {
		k := func(a, b int32) key {
			if flip {
				return key{b, a}
			}
			return key{a, b}
		}
		tb := map[key]float64{}
		for ck := range co {
			tb[ck] = 1
		}
		for it := 0; it < translexIters; it++ {
			count := map[key]float64{}
			total := map[int32]float64{}
			for _, s := range sents {
				as, bs := src(s), dst(s)
				for _, b := range bs {
					z := 1e-3 // the empty word
					for _, a := range as {
						z += tb[k(a, b)]
					}
					for _, a := range as {
						c := tb[k(a, b)] / z
						count[k(a, b)] += c
						total[a] += c
					}
				}
			}
			for ck, c := range count {
				a := ck.a
				if flip {
					a = ck.b
				}
				tb[ck] = c / total[a]
			}
		}
		return tb
	}
	fr := func(s sent) []int32 { return s.fr }
	nl := func(s sent) []int32 { return s.nl }
	tNL := model1(fr, nl, false) // t(nl|fr), keyed {fr, nl}
	tFR := model1(nl, fr, true)  // t(fr|nl), keyed {fr, nl}
	// Each word keeps its translationsPerWord best translations of at
	// least translexMinP, in each direction.
	type cand struct {
		other int32
		p     float64
	}
	best := func(tb map[key]float64, byFR bool) map[int32][]cand {
		m := map[int32][]cand{}
		for ck, p := range tb {
			if p < translexMinP || co[ck] < translexMinCo {
				continue
			}
			a, b := ck.a, ck.b
			if !byFR {
				a, b = b, a
			}
			m[a] = append(m[a], cand{b, p})
		}
		for a, cs := range m {
			sort.Slice(cs, func(i, j int) bool { return cs[i].p > cs[j].p || cs[i].p == cs[j].p && cs[i].other < cs[j].other })
			if len(cs) > translexPerWord {
				m[a] = cs[:translexPerWord]
			}
		}
		return m
	}
	keepPair := map[key]bool{}
	for f, cs := range best(tNL, true) {
		for _, c := range cs {
			keepPair[key{f, c.other}] = true
		}
	}
	for n, cs := range best(tFR, false) {
		for _, c := range cs {
			keepPair[key{c.other, n}] = true
		}
	}
	var out [][2]string
	for ck := range keepPair {
		fw, nw := stems.words[ck.a], stems.words[ck.b]
		if fw == nw {
			continue // found without the table
		}
		out = append(out, [2]string{fw, nw})
	}
	for id, n := range df {
		if n > int(translexStopShare*float64(len(pairs))) && !stems.digits[id] {
			out = append(out, [2]string{stems.words[id], ""})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if (out[i][1] == "") != (out[j][1] == "") {
			return out[j][1] == ""
		}
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}
