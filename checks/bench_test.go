package checks

import (
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

func seedDoc(b *testing.B) *align.Document {
	b.Helper()
	doc, err := align.ReadFile("../testdata/kazakhstan.txt", align.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return doc
}

// BenchmarkArtefactChecks runs the seven artefact checks on the seed.
func BenchmarkArtefactChecks(b *testing.B) {
	doc := seedDoc(b)
	list := []*check.Check{ArtefactLigature, ArtefactScript, ArtefactCase, ArtefactRepeat, ArtefactMojibake, ArtefactInvisible, ArtefactHyphen}
	for b.Loop() {
		check.Run(doc, list, nil)
	}
}

// BenchmarkPairChecks runs the untranslated, clauses and length checks on
// the seed.
func BenchmarkPairChecks(b *testing.B) {
	doc := seedDoc(b)
	for b.Loop() {
		check.Run(doc, corpusChecks, nil)
	}
}

// BenchmarkMissingClause searches recital N of the seed with a clause
// removed, the full path of the clause search.
func BenchmarkMissingClause(b *testing.B) {
	doc := seedDoc(b)
	var fr, nl *align.Unit
	for _, p := range doc.Pairs {
		if p.Key == "recital:N" {
			fr, nl = p.FR, p.NL
		}
	}
	// Drop NL's last clause: keep the text up to its second-last semicolon.
	cut := *nl
	cut.Text = align.Text{S: nl.Text.S[:strings.LastIndex(nl.Text.S[:len(nl.Text.S)-1], ";")+1]}
	if len(missingClauses(fr, &cut)) != 1 {
		b.Fatal("the removed clause is not found")
	}
	b.ResetTimer()
	for b.Loop() {
		missingClauses(fr, &cut)
	}
}

// BenchmarkSplitClauses splits the longest recital of the seed.
func BenchmarkSplitClauses(b *testing.B) {
	doc := seedDoc(b)
	var s string
	for _, u := range doc.Units {
		if len(u.Text.S) > len(s) {
			s = u.Text.S
		}
	}
	for b.Loop() {
		splitClauses(s, 0)
	}
}

// BenchmarkLigatureWords looks words up in the embedded lists, which are
// searched in place (langdata.SortedWords): one known word, one unknown.
func BenchmarkLigatureWords(b *testing.B) {
	nl := ligatureWords(align.NL)
	for b.Loop() {
		if !nl.Has("definitieve") || nl.Has("defi") {
			b.Fatal("wrong answer")
		}
	}
}
