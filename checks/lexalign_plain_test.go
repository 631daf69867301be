package checks

import (
	"bytes"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/langdata"
	"github.com/concord-bilingual/concord/checks/token"
)

// The lexical clause search as it was first written, on word strings:
// the interned search of lexalign.go must find what this one finds
// (FuzzLexMissing, TestLexPlainOnCorpus).

// plainLexTable holds the content words of a document's pairs and the FR/NL
// word pairs its aligned pairs associate.
type plainLexTable struct {
	frequent map[align.Lang]map[string]bool // words too common to tell sentences apart
	assoc    map[[2]string]bool             // FR word, NL word
}

// plainLexTokens returns the comparison tokens of s, each once, in order of
// first occurrence: the folded words of at least lexMinWord letters and
// the numbers.
func plainLexTokens(s string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(t string) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for w := range token.EachLetterRun(s) {
		if utf8.RuneCountInString(w.S) >= lexMinWord {
			add(token.Fold(w.S))
		}
	}
	for _, n := range numbersIn(s) {
		add(n)
	}
	return out
}

// plainNewLexTable learns the association table of doc from its pairs whose
// lengths agree.
func plainNewLexTable(doc *align.Document) *plainLexTable {
	t := &plainLexTable{frequent: map[align.Lang]map[string]bool{align.FR: {}, align.NL: {}}, assoc: map[[2]string]bool{}}
	type taught struct{ fr, nl []string }
	var pairs []taught
	df := map[align.Lang]map[string]int{align.FR: {}, align.NL: {}}
	for i := range doc.Pairs {
		pr := &doc.Pairs[i]
		if pr.Shared || pr.FR == nil || pr.NL == nil || !isProse(pr.Key) {
			continue
		}
		lf, ln := proseLen(pr.FR), proseLen(pr.NL)
		if lf == 0 || ln == 0 || math.Abs(lengthZ(lf, ln, unitVar)) > lexTeachZ || sameText(pr.FR, pr.NL) {
			continue
		}
		fr := plainLexTokens(pr.FR.Text.S[pr.FR.Body:proseEnd(pr.FR)])
		nl := plainLexTokens(pr.NL.Text.S[pr.NL.Body:proseEnd(pr.NL)])
		for _, w := range fr {
			df[align.FR][w]++
		}
		for _, w := range nl {
			df[align.NL][w]++
		}
		pairs = append(pairs, taught{fr, nl})
	}
	if len(pairs) < lexMinPairs {
		return t
	}
	limit := int(lexMaxShare * float64(len(pairs)))
	for l, m := range df {
		for w, n := range m {
			if n > limit {
				t.frequent[l][w] = true
			}
		}
	}
	// Only words seen in lexMinCo pairs can reach lexMinCo together.
	keep := func(l align.Lang, ws []string) []string {
		out := ws[:0:0]
		for _, w := range ws {
			if n := df[l][w]; n >= lexMinCo && n <= limit && !isDigits(w) {
				out = append(out, w)
			}
		}
		if len(out) > lexMaxTokens {
			out = out[:lexMaxTokens]
		}
		return out
	}
	// Counted by word number: a pair of numbers is one map key.
	ids := map[string]uint64{}
	var words []string
	id := func(w string) uint64 {
		n, ok := ids[w]
		if !ok {
			n = uint64(len(words))
			ids[w] = n
			words = append(words, w)
		}
		return n
	}
	co := map[uint64]int32{}
	var nlIDs []uint64
	for _, p := range pairs {
		fr, nl := keep(align.FR, p.fr), keep(align.NL, p.nl)
		nlIDs = nlIDs[:0]
		for _, n := range nl {
			nlIDs = append(nlIDs, id("n:"+n))
		}
		for _, f := range fr {
			fi := id("f:"+f) << 32
			for _, ni := range nlIDs {
				co[fi|ni]++
			}
		}
	}
	// Each word keeps only its best partners, and a pair is kept when each
	// word is among the other's best: a function word found with
	// everything is no one's best.
	dice := map[[2]string]float64{}
	bestFR, bestNL := map[string]float64{}, map[string]float64{}
	for k, c := range co {
		if c < lexMinCo {
			continue
		}
		f, n := words[k>>32][2:], words[k&(1<<32-1)][2:]
		d := 2 * float64(c) / float64(df[align.FR][f]+df[align.NL][n])
		if d < lexMinDice {
			continue
		}
		dice[[2]string{f, n}] = d
		bestFR[f] = max(bestFR[f], d)
		bestNL[n] = max(bestNL[n], d)
	}
	for k, d := range dice {
		if d >= bestFR[k[0]] && d >= bestNL[k[1]] {
			t.assoc[k] = true
		}
	}
	return t
}

// content returns the tokens of ws that tell sentences apart: not the
// document's function words of language l.
func (t *plainLexTable) content(l align.Lang, ws []string) []string {
	out := ws[:0:0]
	for _, w := range ws {
		if !t.frequent[l][w] {
			out = append(out, w)
		}
	}
	return out
}

// matches reports whether FR token f and NL token n stand for each other:
// the same token, cognates, a word pair the document associates, or one
// the translation table knows.
func (t *plainLexTable) matches(f, n string) bool {
	tl := langdata.LoadTranslex()
	return f == n || cognate(f, n) || t.assoc[[2]string{f, n}] || tl.Translates(tl.Lookup(f), tl.Lookup(n))
}

// plainLexClauses are the content tokens of a pair's clauses and which of them
// match across: fm[i][j] counts the tokens of FR clause i with a match in
// NL clause j, nm[i][j] those of NL clause j with a match in FR clause i.
type plainLexClauses struct {
	t      *plainLexTable
	ft, nt [][]string
	fm, nm [][]int
}

// newLexClauses compares the clauses fc of FR text fs with the clauses nc
// of NL text ns.
func (t *plainLexTable) newLexClauses(fs string, fc []clause, ns string, nc []clause) *plainLexClauses {
	x := &plainLexClauses{t: t, ft: make([][]string, len(fc)), nt: make([][]string, len(nc))}
	for i, c := range fc {
		x.ft[i] = t.content(align.FR, plainLexTokens(c.text(fs)))
	}
	for j, c := range nc {
		x.nt[j] = t.content(align.NL, plainLexTokens(c.text(ns)))
	}
	x.fm, x.nm = make([][]int, len(fc)), make([][]int, len(fc))
	for i := range fc {
		x.fm[i], x.nm[i] = make([]int, len(nc)), make([]int, len(nc))
		for j := range nc {
			nHit := make([]bool, len(x.nt[j]))
			for _, f := range x.ft[i] {
				hit := false
				for k, n := range x.nt[j] {
					if t.matches(f, n) {
						hit, nHit[k] = true, true
					}
				}
				if hit {
					x.fm[i][j]++
				}
			}
			for _, h := range nHit {
				if h {
					x.nm[i][j]++
				}
			}
		}
	}
	return x
}

// sim returns the share of the tokens of FR clauses fr[0]..fr[1]-1 and NL
// clauses nl[0]..nl[1]-1 that match a token of the other run, and how
// many tokens the two runs hold.
func (x *plainLexClauses) sim(fr, nl [2]int) (float64, int) {
	var hits, total int
	for i := fr[0]; i < fr[1]; i++ {
		h := 0
		for j := nl[0]; j < nl[1]; j++ {
			h += x.fm[i][j]
		}
		hits += min(h, len(x.ft[i]))
		total += len(x.ft[i])
	}
	for j := nl[0]; j < nl[1]; j++ {
		h := 0
		for i := fr[0]; i < fr[1]; i++ {
			h += x.nm[i][j]
		}
		hits += min(h, len(x.nt[j]))
		total += len(x.nt[j])
	}
	if total == 0 {
		return 0, 0
	}
	return float64(hits) / float64(total), total
}

// unmerge splits a link of two clauses against one whose first or last
// clause shares no word with the counterpart (at most lexOrphanSim of its
// tokens) while the other shares at least lexLinkSim: merging cost the
// aligner less than leaving the clause alone, but the words say the
// counterpart is the other clause's only.
func (x *plainLexClauses) unmerge(links []link) []link {
	out := make([]link, 0, len(links)+1)
	for _, l := range links {
		nf, nn := l.FR[1]-l.FR[0], l.NL[1]-l.NL[0]
		switch {
		case nf == 2 && nn == 1:
			a, b := l.FR[0], l.FR[0]+1
			sa := exclusiveShare(x.ft[a], x.ft[b], x.nt[l.NL[0]:l.NL[1]], x.t.matches)
			sb := exclusiveShare(x.ft[b], x.ft[a], x.nt[l.NL[0]:l.NL[1]], x.t.matches)
			if len(x.ft[b]) >= lexMinOrphan && sb <= lexOrphanSim && sa >= lexLinkSim {
				out = append(out, link{FR: [2]int{a, b}, NL: l.NL}, link{FR: [2]int{b, b + 1}, NL: [2]int{l.NL[1], l.NL[1]}})
				continue
			}
			if len(x.ft[a]) >= lexMinOrphan && sa <= lexOrphanSim && sb >= lexLinkSim {
				out = append(out, link{FR: [2]int{a, b}, NL: [2]int{l.NL[0], l.NL[0]}}, link{FR: [2]int{b, b + 1}, NL: l.NL})
				continue
			}
		case nf == 1 && nn == 2:
			a, b := l.NL[0], l.NL[0]+1
			nlFirst := func(n, f string) bool { return x.t.matches(f, n) }
			sa := exclusiveShare(x.nt[a], x.nt[b], x.ft[l.FR[0]:l.FR[1]], nlFirst)
			sb := exclusiveShare(x.nt[b], x.nt[a], x.ft[l.FR[0]:l.FR[1]], nlFirst)
			if len(x.nt[b]) >= lexMinOrphan && sb <= lexOrphanSim && sa >= lexLinkSim {
				out = append(out, link{FR: l.FR, NL: [2]int{a, b}}, link{FR: [2]int{l.FR[1], l.FR[1]}, NL: [2]int{b, b + 1}})
				continue
			}
			if len(x.nt[a]) >= lexMinOrphan && sa <= lexOrphanSim && sb >= lexLinkSim {
				out = append(out, link{FR: [2]int{l.FR[0], l.FR[0]}, NL: [2]int{a, b}}, link{FR: l.FR, NL: [2]int{b, b + 1}})
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// lexMissing returns the clause of fr or nl that has no counterpart by
// the words of the pair's clauses fc and nc, when the lengths alone do not
// show it.
func (t *plainLexTable) lexMissing(fr, nl *align.Unit, fc, nc []clause) []missing {
	if len(fc)+len(nc) < 3 || len(fc) > lexMaxLinks || len(nc) > lexMaxLinks || len(fc) == 0 || len(nc) == 0 {
		return nil
	}
	x := t.newLexClauses(fr.Text.S, fc, nl.Text.S, nc)
	links := x.unmerge(x.align(fc, nc))
	orphan, aligned := -1, 0
	var total float64
	for k, l := range links {
		if l.FR[0] == l.FR[1] || l.NL[0] == l.NL[1] {
			if orphan >= 0 {
				return nil // several orphans: the clauses do not line up
			}
			orphan = k
			continue
		}
		s, _ := x.sim(l.FR, l.NL)
		if s == 0 {
			return nil // a link no word confirms: a free rendering
		}
		total += s
		aligned++
	}
	if orphan < 0 || aligned == 0 || total/float64(aligned) < lexLinkSim {
		return nil
	}
	if aligned == 1 && total < lexLoneLink {
		return nil
	}
	o := links[orphan]
	var m missing
	var own []string
	ownText := fr.Text.S
	if o.FR[0] == o.FR[1] {
		m = missing{lang: align.NL, c: nc[o.NL[0]]}
		own, ownText = x.nt[o.NL[0]], nl.Text.S
	} else {
		m = missing{lang: align.FR, c: fc[o.FR[0]]}
		own = x.ft[o.FR[0]]
	}
	if len(own) < lexMinOrphan || m.c.Len < lexMinClause {
		return nil
	}
	// The orphan's side and the other side, as lists of token lists, and
	// for each clause of the other side the clauses of the orphan's side
	// it is linked with.
	ownToks, otherToks := x.ft, x.nt

	if m.lang == align.NL {
		ownToks, otherToks = x.nt, x.ft
	}
	match := func(a, b string) bool {
		if m.lang == align.FR {
			return t.matches(a, b)
		}
		return t.matches(b, a)
	}
	partner := make([][2]int, len(otherToks))
	var gap [2]int // the other side's clauses linked just before and after the orphan
	for k, l := range links {
		run, with := l.NL, l.FR
		if m.lang == align.NL {
			run, with = l.FR, l.NL
		}
		for j := run[0]; j < run[1]; j++ {
			partner[j] = with
		}
		if k == orphan {
			gap = [2]int{run[0], run[0]}
		}
	}
	if orphan > 0 {
		if m.lang == align.FR {
			gap[0] = links[orphan-1].NL[0]
		} else {
			gap[0] = links[orphan-1].FR[0]
		}
	}
	if orphan+1 < len(links) {
		if m.lang == align.FR {
			gap[1] = links[orphan+1].NL[1]
		} else {
			gap[1] = links[orphan+1].FR[1]
		}
	}
	if aligned == 1 {
		for _, toks := range otherToks {
			for _, b := range toks {
				for _, a := range own {
					if match(a, b) {
						return nil
					}
				}
			}
		}
	}
	hits := 0
	for _, a := range own {
		found := false
		for j := gap[0]; j < gap[1] && !found; j++ {
			for _, b := range otherToks[j] {
				if !match(a, b) {
					continue
				}
				explained := false
				for p := partner[j][0]; p < partner[j][1]; p++ {
					for _, c := range ownToks[p] {
						explained = explained || match(c, b)
					}
				}
				if !explained {
					found = true
					break
				}
			}
		}
		if found {
			hits++
		}
	}
	if float64(hits)/float64(len(own)) > lexOrphanSim {
		return nil
	}
	if math.Abs(lengthZWithout(proseLen(fr), proseLen(nl), m.lang, m.c.Len)) > lexFitZ {
		return nil // the pair is short on the orphan's side already
	}
	if sharedText(m.c.text(ownText), otherProse(fr, nl, m.lang)) {
		return nil
	}
	if sharesNumber(m.c, ownText, countOf(numbersIn(otherProse(fr, nl, m.lang.Other()))), countOf(numbersIn(otherProse(fr, nl, m.lang)))) {
		return nil
	}
	return []missing{m}
}

// align aligns the clauses fc and nc in order by their lengths and
// lexical similarity, a clause without counterpart costing lexDelete.
func (x *plainLexClauses) align(fc, nc []clause) []link {
	m, n := len(fc), len(nc)
	inf := math.Inf(1)
	cost := make([]float64, (m+1)*(n+1))
	back := make([][2]int, (m+1)*(n+1))
	for k := range cost {
		cost[k] = inf
	}
	at := func(i, j int) int { return i*(n+1) + j }
	cost[0] = 0
	for i := 0; i <= m; i++ {
		for j := 0; j <= n; j++ {
			c0 := cost[at(i, j)]
			if c0 == inf {
				continue
			}
			for _, mv := range lexMoves {
				a, b := i+mv[0], j+mv[1]
				if a > m || b > n {
					continue
				}
				c := lexDelete
				if mv[0] > 0 && mv[1] > 0 {
					lf, ln := 0, 0
					for _, cl := range fc[i:a] {
						lf += cl.Len
					}
					for _, cl := range nc[j:b] {
						ln += cl.Len
					}
					z := lengthZ(lf, ln, clauseVar)
					s, _ := x.sim([2]int{i, a}, [2]int{j, b})
					c = z*z/2 + 2*float64(mv[0]+mv[1]-2) - lexSimWeight*s
				}
				if t := c0 + c; t < cost[at(a, b)] {
					cost[at(a, b)] = t
					back[at(a, b)] = mv
				}
			}
		}
	}
	var out []link
	for i, j := m, n; i > 0 || j > 0; {
		mv := back[at(i, j)]
		out = append(out, link{FR: [2]int{i - mv[0], i}, NL: [2]int{j - mv[1], j}})
		i, j = i-mv[0], j-mv[1]
	}
	slices.Reverse(out)
	return out
}

// lexSameAsPlain checks that the interned table of doc holds what the
// plain one holds, and that on every pair of doc the interned search, with
// its pair filter, finds what the plain search finds.
func lexSameAsPlain(t *testing.T, name string, doc *align.Document) (orphans int) {
	t.Helper()
	pt, nt := plainNewLexTable(doc), newLexTable(doc)
	for _, l := range []align.Lang{align.FR, align.NL} {
		n := 0
		for id, f := range nt.frequent[l] {
			if f {
				n++
				if !pt.frequent[l][nt.w.words[id]] {
					t.Errorf("%s: %s frequent %q, not in the plain table", name, l, nt.w.words[id])
				}
			}
		}
		if n != len(pt.frequent[l]) {
			t.Errorf("%s: %d frequent %s words, the plain table %d", name, n, l, len(pt.frequent[l]))
		}
	}
	n := 0
	for f, ns := range nt.assoc {
		for _, a := range ns {
			n++
			if k := [2]string{nt.w.words[f], nt.w.words[a]}; !pt.assoc[k] {
				t.Errorf("%s: %q associated, not in the plain table", name, k)
			}
		}
	}
	if n != len(pt.assoc) {
		t.Errorf("%s: %d associations, the plain table %d", name, n, len(pt.assoc))
	}
	search := lexSearch{t: nt}
	for i := range doc.Pairs {
		pr := &doc.Pairs[i]
		if pr.FR == nil || pr.NL == nil {
			continue
		}
		fc, nc := proseClauses(pr.FR), proseClauses(pr.NL)
		var want []missing
		if proseLen(pr.FR) > 0 && proseLen(pr.NL) > 0 && len(fc)+len(nc) >= 3 {
			want = pt.lexMissing(pr.FR, pr.NL, fc, nc)
			orphans += len(want)
		}
		if len(fc) > 0 && len(nc) > 0 && len(fc) <= lexMaxLinks && len(nc) <= lexMaxLinks {
			// The comparison of every clause with every other, orphan or not.
			px := pt.newLexClauses(pr.FR.Text.S, fc, pr.NL.Text.S, nc)
			nx := nt.newLexClauses(pr.FR.Text.S, fc, pr.NL.Text.S, nc)
			words := func(ts [][]int32) [][]string {
				out := make([][]string, len(ts))
				for i, c := range ts {
					out[i] = []string{}
					for _, id := range c {
						out[i] = append(out[i], nt.w.words[id])
					}
				}
				return out
			}
			norm := func(ts [][]string) [][]string {
				out := make([][]string, len(ts))
				for i, c := range ts {
					out[i] = append([]string{}, c...)
				}
				return out
			}
			if !reflect.DeepEqual(words(nx.ft), norm(px.ft)) || !reflect.DeepEqual(words(nx.nt), norm(px.nt)) ||
				!reflect.DeepEqual(nx.fm, px.fm) || !reflect.DeepEqual(nx.nm, px.nm) {
				t.Errorf("%s %s: clause comparison differs from the plain one", name, pr.Key)
			}
		}
		if got := search.missing(doc, pr.FR, pr.NL, fc, nc); !reflect.DeepEqual(got, want) {
			t.Errorf("%s %s: lexical search %+v, the plain search %+v", name, pr.Key, got, want)
		}
	}
	return orphans
}

// TestLexPlainOnCorpus compares the interned lexical search with the
// plain one on every test document, the sample with sentences cut, and a
// bitext of them all.
func TestLexPlainOnCorpus(t *testing.T) {
	orphans := lexSameAsPlain(t, "kazakhstan", kazakhstanWithout(t, ""))
	for _, cut := range []string{"Deze crisis heeft echter nog andere gevolgen. ", "La crise ne s'arrête cependant pas là. "} {
		orphans += lexSameAsPlain(t, "kazakhstan without "+cut, kazakhstanWithout(t, cut))
	}
	names, err := filepath.Glob("../testdata/corpus/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		var doc *align.Document
		switch {
		case strings.HasSuffix(name, ".fr.txt"):
			doc, err = align.ReadPair(name, strings.TrimSuffix(name, ".fr.txt")+".nl.txt", align.Options{})
		case strings.HasSuffix(name, ".pdftotext.txt"):
			doc, err = align.ReadFile(name, align.Options{})
		default:
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		orphans += lexSameAsPlain(t, filepath.Base(name), doc)
	}
	doc, err := align.ReadTSV("big.tsv", bytes.NewReader(bitext(t, 1<<20)))
	if err != nil {
		t.Fatal(err)
	}
	orphans += lexSameAsPlain(t, "bitext", doc)
	if orphans == 0 {
		t.Error("no orphan found: the comparison tested nothing but empty results")
	}
	t.Logf("%d orphans found by both searches", orphans)
}

// FuzzLexMissing compares the interned lexical search with the plain one
// on documents made of the sample's first pairs and one pair from the
// fuzzer, the sentences of either side dropped or repeated at will.
func FuzzLexMissing(f *testing.F) {
	f.Add("La crise ne s'arrête cependant pas là. Elle a des conséquences; elles sont graves.", "Deze crisis heeft echter nog andere gevolgen; die zijn ernstig.", uint8(0))
	f.Add("considérant que la procédure démocratique a été respectée en 2023; considérant que les valeurs comptent.", "overwegende dat de democratische procedure in 2023 werd nageleefd.", uint8(3))
	f.Add("", "", uint8(1))
	base := kazakhstanWithout(f, "")
	f.Fuzz(func(t *testing.T, fr, nl string, cut uint8) {
		// The fuzzer's pair, and a sample pair with one sentence cut.
		doc, err := sampleWith(base, fr, nl, func(s string) string {
			if c := splitClauses(s, 0); len(c) > 1 {
				return s[:c[0].Start] + s[c[0].End:]
			}
			return s
		}, cut)
		if err != nil {
			t.Skip(err)
		}
		lexSameAsPlain(t, "fuzz", doc)
	})
}

// sampleWith returns a bitext of up to 40 pairs of base, the Dutch side
// of pair cut (modulo their number) changed by edit, followed by the pair
// fr, nl: a fuzzer's pair among real ones, so that the document's word
// table is learned from real text.
func sampleWith(base *align.Document, fr, nl string, edit func(string) string, cut uint8) (*align.Document, error) {
	var fs, ns []string
	for i := range base.Pairs {
		pr := &base.Pairs[i]
		if pr.FR != nil && pr.NL != nil && !pr.Shared && len(fs) < 40 {
			fs, ns = append(fs, pr.FR.Text.S), append(ns, pr.NL.Text.S)
		}
	}
	k := int(cut) % len(fs)
	ns[k] = edit(ns[k])
	fs, ns = append(fs, fr), append(ns, nl)
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	var b strings.Builder
	b.WriteString("fr\tnl\n")
	for i := range fs {
		fmt.Fprintf(&b, "u%d\t%s\t%s\n", i, clean.Replace(fs[i]), clean.Replace(ns[i]))
	}
	return align.ReadTSV("f.tsv", strings.NewReader(b.String()))
}
