package checks

import (
	"bytes"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
)

// plainCounts counts the matches of x's clauses by comparing every FR
// token with every NL token (matches), as newLexClauses did before it
// used countMatches' indexes.
func plainCounts(t *lexTable, x *lexClauses) (fm, nm [][]int) {
	fm, nm = make([][]int, len(x.ft)), make([][]int, len(x.ft))
	for i := range x.ft {
		fm[i], nm[i] = make([]int, len(x.nt)), make([]int, len(x.nt))
		for j := range x.nt {
			hits := make([]bool, len(x.nt[j]))
			for _, f := range x.ft[i] {
				hit := false
				for k, n := range x.nt[j] {
					if t.matches(f, n) {
						hit, hits[k] = true, true
					}
				}
				if hit {
					fm[i][j]++
				}
			}
			for _, h := range hits {
				if h {
					nm[i][j]++
				}
			}
		}
	}
	return fm, nm
}

// countsSameAsPlain compares countMatches with plainCounts on every prose
// pair of doc and returns how many clause pairs matched at all.
func countsSameAsPlain(t *testing.T, name string, doc *align.Document) int {
	t.Helper()
	tab := newLexTable(doc)
	matched := 0
	for i := range doc.Pairs {
		pr := &doc.Pairs[i]
		if pr.Shared || pr.FR == nil || pr.NL == nil || !isProse(pr.Key) {
			continue
		}
		fc, nc := proseClauses(pr.FR), proseClauses(pr.NL)
		if len(fc) == 0 || len(nc) == 0 {
			continue
		}
		x := tab.newLexClauses(pr.FR.Text.S, fc, pr.NL.Text.S, nc)
		fm, nm := plainCounts(tab, x)
		if !reflect.DeepEqual(fm, x.fm) || !reflect.DeepEqual(nm, x.nm) {
			t.Fatalf("%s %s: counts %v %v, plainly %v %v", name, pr.Key, x.fm, x.nm, fm, nm)
		}
		for _, row := range fm {
			for _, c := range row {
				matched += c
			}
		}
	}
	return matched
}

// TestCountMatchesPlain checks the indexed match counts of the lexical
// clause search against the plain comparison of every token pair on the
// sample, the test corpus and the benchmark's bitext (whose document is
// large enough to learn word associations).
func TestCountMatchesPlain(t *testing.T) {
	matched := countsSameAsPlain(t, "kazakhstan", kazakhstanWithout(t, ""))
	names, err := filepath.Glob("../testdata/corpus/*.fr.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		doc, err := align.ReadPair(name, strings.TrimSuffix(name, ".fr.txt")+".nl.txt", align.Options{})
		if err != nil {
			t.Fatal(err)
		}
		matched += countsSameAsPlain(t, filepath.Base(name), doc)
	}
	doc, err := align.ReadTSV("big.tsv", bytes.NewReader(bitext(t, 1<<20)))
	if err != nil {
		t.Fatal(err)
	}
	matched += countsSameAsPlain(t, "bitext", doc)
	if matched == 0 {
		t.Error("no token matched: the comparison tested nothing")
	}
	t.Logf("%d token matches counted both ways", matched)
}

// FuzzCountMatches compares the indexed match counts with the plain
// comparison of every token pair on FR and NL texts from the fuzzer, cut
// into clauses at each ';' or '.', with the word table the sample teaches
// (its associations and the translation table).
func FuzzCountMatches(f *testing.F) {
	f.Add("La procédure démocratique; les autorités kazakhes. En 2023, la crise.", "De democratische procedure; de Kazachse autoriteiten. In 2023, de crisis.")
	f.Add("considérant que les valeurs; dépendance", "overwegende dat de waarden; afhankelijk")
	f.Add("", ";")
	tab := newLexTable(kazakhstanWithout(f, ""))
	cut := func(s string) []clause {
		var out []clause
		start := 0
		for i := 0; i <= len(s); i++ {
			if i == len(s) || s[i] == ';' || s[i] == '.' {
				out = append(out, clause{Start: start, End: i})
				start = i + 1
			}
		}
		return out
	}
	f.Fuzz(func(t *testing.T, fr, nl string) {
		if len(fr) > 2000 || len(nl) > 2000 {
			return
		}
		x := tab.newLexClauses(fr, cut(fr), nl, cut(nl))
		fm, nm := plainCounts(tab, x)
		if !reflect.DeepEqual(fm, x.fm) || !reflect.DeepEqual(nm, x.nm) {
			t.Fatalf("counts %v %v, plainly %v %v", x.fm, x.nm, fm, nm)
		}
	})
}
