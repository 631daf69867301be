package checks

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/internal/largegen"
)

// The large inputs of issue 17 (scripts/gen-large.py), built in memory at
// a size: many short paragraphs, labels A. … ZZZZ., and one long line on
// each side read as a flow. CONCORD_LARGE_SCALE scales them (default 0.1,
// the tenth size used for profiling; 1 is the full 15–50 MB).
func largeScale() float64 {
	if s := os.Getenv("CONCORD_LARGE_SCALE"); s != "" {
		if f, err := strconv.ParseFloat(s, 64); err == nil && f > 0 {
			return f
		}
	}
	return 0.1
}

// largeFlow is flow50.fr.txt and flow50.nl.txt: one long line each.
func largeFlow(scale float64) (fr, nl string) {
	f, n := largegen.FlowFR, largegen.FlowNL
	size := int(25_000_000 * scale)
	return strings.Repeat(f, max(1, size/len(f))) + "\n", strings.Repeat(n, max(1, size/len(n))) + "\n"
}

// BenchmarkLarge reads (pairs) and checks each large input, the two
// stages apart: "read" is align's reading and pairing, "check" every
// check on the paired document.
func BenchmarkLarge(b *testing.B) {
	scale := largeScale()
	type input struct {
		name string
		size int
		read func() (*align.Document, error)
	}
	paras, labels := largegen.Paras(int(100_000*scale)), largegen.Labels(int(475_254*scale))
	fr, nl := largeFlow(scale)
	inputs := []input{
		{"paras", len(paras), func() (*align.Document, error) { return align.ReadBytes("paras.txt", paras, align.Options{}) }},
		{"labels", len(labels), func() (*align.Document, error) { return align.ReadBytes("labels.txt", labels, align.Options{}) }},
		{"flow", len(fr) + len(nl), func() (*align.Document, error) { return align.FromTexts("flow.txt", fr, nl) }},
	}
	for _, in := range inputs {
		b.Run(in.name+"/read", func(b *testing.B) {
			b.SetBytes(int64(in.size))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := in.read(); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(in.name+"/check", func(b *testing.B) {
			doc, err := in.read()
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(in.size))
			b.ReportAllocs()
			for b.Loop() {
				check.Run(doc, All, &check.Env{})
			}
		})
	}
}
