package report

import (
	"io"
	"testing"

	"concord/align"
	"concord/checks"
)

// benchResult reads the seed document and checks it, the input a reporter
// gets in a real run.
func benchResult(b *testing.B) *Result {
	b.Helper()
	doc, err := align.ReadFile("../../testdata/kazakhstan.txt", align.Options{})
	if err != nil {
		b.Fatal(err)
	}
	r := &Result{Checks: checks.All, Docs: []DocResult{{Doc: doc, Findings: checks.Run(doc, checks.All, nil)}}}
	r.Tool.Name, r.Tool.Version = "concord", "bench"
	return r
}

func benchFormat(b *testing.B, f Formatter) {
	r := benchResult(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := f(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSARIF(b *testing.B)    { benchFormat(b, SARIF) }
func BenchmarkJUnit(b *testing.B)    { benchFormat(b, JUnit) }
func BenchmarkGitHub(b *testing.B)   { benchFormat(b, GitHub) }
func BenchmarkRDJSONL(b *testing.B)  { benchFormat(b, RDJSONL) }
func BenchmarkMarkdown(b *testing.B) { benchFormat(b, Markdown) }
func BenchmarkHTML(b *testing.B)     { benchFormat(b, HTML) }
func BenchmarkTMX(b *testing.B)      { benchFormat(b, TMX) }
func BenchmarkXLIFF(b *testing.B)    { benchFormat(b, XLIFF) }
