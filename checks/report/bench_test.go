package report

import (
	"io"
	"os"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks"
	"github.com/concord-bilingual/concord/checks/check"
)

// BenchmarkFormat writes the sample's result in every format.
func BenchmarkFormat(b *testing.B) {
	data, err := os.ReadFile("../../testdata/kazakhstan.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := align.ReadBytes("seed", data, align.Options{})
	if err != nil {
		b.Fatal(err)
	}
	r := &Result{Checks: checks.All, Docs: []DocResult{{Doc: doc, Findings: check.Run(doc, checks.All, nil)}}}
	r.Tool.Name, r.Tool.Version = "concord", "bench"
	for _, name := range Names(allFormats()) {
		f := allFormats()[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if err := f(io.Discard, r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
