package checks

import (
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// seedDocument reads and aligns the reference document.
func seedDocument(tb testing.TB) *align.Document {
	tb.Helper()
	doc, err := align.ReadFile("../testdata/kazakhstan.txt", align.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// TestSeedClean checks that the published reference document, whose two
// languages agree, gives no number, date, reference or structure finding
// at warning or error.
func TestSeedClean(t *testing.T) {
	doc := seedDocument(t)
	if len(doc.Pairs) < 40 {
		t.Fatalf("seed aligned into %d pairs only", len(doc.Pairs))
	}
	for _, f := range check.Run(doc, All, nil) {
		switch f.Category() {
		case "numbers", "dates", "refs", "structure":
			if f.Severity >= check.Warning {
				t.Errorf("%s %s %s: %s", f.Unit, f.Rule, f.Severity, f.Message)
			}
		}
	}
}

// TestSeedFacts checks that the seed's traps are read as intended: the
// facts found in recital P of each language.
func TestSeedFacts(t *testing.T) {
	doc := seedDocument(t)
	for _, p := range doc.Pairs {
		if p.Key != "recital:P" {
			continue
		}
		nl := unitFacts(p.NL)
		var got []string
		for _, n := range nl.nums {
			got = append(got, n.Key())
		}
		want := "208 26 154 80"
		if g := strings.Join(got, " "); g != want {
			t.Errorf("NL numbers of recital P: got %s, want %s", g, want)
		}
		if len(nl.dates) != 3 {
			t.Errorf("NL dates of recital P: got %d, want 3 (25 september 2020, 11, 25 september 2020)", len(nl.dates))
		}
		return
	}
	t.Fatal("no recital:P in the seed")
}

func benchCheck(b *testing.B, c *check.Check) {
	doc := seedDocument(b)
	b.ResetTimer()
	for range b.N {
		check.Run(doc, []*check.Check{c}, nil)
	}
}

func BenchmarkNumbersMismatch(b *testing.B)    { benchCheck(b, NumbersMismatch) }
func BenchmarkNumbersMissing(b *testing.B)     { benchCheck(b, NumbersMissing) }
func BenchmarkDatesMismatch(b *testing.B)      { benchCheck(b, DatesMismatch) }
func BenchmarkDatesMissing(b *testing.B)       { benchCheck(b, DatesMissing) }
func BenchmarkRefsMismatch(b *testing.B)       { benchCheck(b, RefsMismatch) }
func BenchmarkRefsMissing(b *testing.B)        { benchCheck(b, RefsMissing) }
func BenchmarkStructureShifted(b *testing.B)   { benchCheck(b, StructureShifted) }
func BenchmarkStructureDuplicate(b *testing.B) { benchCheck(b, StructureDuplicate) }
func BenchmarkStructureOrder(b *testing.B)     { benchCheck(b, StructureOrder) }

// BenchmarkScanFacts measures the tokenizers on the whole seed text.
func BenchmarkScanFacts(b *testing.B) {
	doc := seedDocument(b)
	b.ResetTimer()
	for range b.N {
		for i := range doc.Units {
			unitFacts(&doc.Units[i])
		}
	}
}
