package checks

import (
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
)

// correctPairs returns the NL and FR body lengths, in runes, of the paired
// prose units of at least minLen FR characters in the seed and in the
// corpus resolutions cut into recitals and requests: translations taken
// as correct.
func correctPairs(t *testing.T, minLen int) (fr, nl []int) {
	t.Helper()
	var docs []*align.Document
	seed, err := align.ReadFile("../testdata/kazakhstan.txt", align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs, seed)
	frs, _ := filepath.Glob("../testdata/corpus/*.fr.txt")
	for _, p := range frs {
		a, _ := os.ReadFile(p)
		b, _ := os.ReadFile(strings.TrimSuffix(p, ".fr.txt") + ".nl.txt")
		if d, err := align.FromTexts(p, paragraphs(string(a)), paragraphs(string(b))); err == nil {
			docs = append(docs, d)
		}
	}
	for _, d := range docs {
		for _, p := range d.Pairs {
			if p.Shared || p.FR == nil || p.NL == nil || !isProse(p.Key) {
				continue
			}
			if d.Layout == "flow" && !labelledKey(p.Key) {
				// Running text of a flow is paired sentence by sentence
				// and carries the extraction's debris: not known correct.
				continue
			}
			lf, ln := proseLen(p.FR), proseLen(p.NL)
			if lf < minLen || lf > 3000 { // whole one-line documents are no pairs
				continue
			}
			fr, nl = append(fr, lf), append(nl, ln)
		}
	}
	return fr, nl
}

// TestLengthModel measures the NL/FR length ratio of correct pairs and
// checks the constants of the length model against it: the pooled ratio
// and the variance per character must agree with nlPerFR and unitVar, and
// no correct pair may come near the reporting thresholds.
//
// Measured (go test -run TestLengthModel -v): 98 pairs of at least 100 FR
// characters; pooled ratio 0.965, median 0.973, 5th percentile 0.806, 95th
// 1.131, range 0.672–1.227; variance 2.39 per character; largest deviation
// 2.52 standard deviations (seed request 1, ratio 1.22).
func TestLengthModel(t *testing.T) {
	fr, nl := correctPairs(t, 100)
	if len(fr) < 60 {
		t.Fatalf("only %d correct pairs found", len(fr))
	}
	var sf, sn float64
	ratios := make([]float64, len(fr))
	for i := range fr {
		sf += float64(fr[i])
		sn += float64(nl[i])
		ratios[i] = float64(nl[i]) / float64(fr[i])
	}
	c := sn / sf
	var v, worst float64
	for i := range fr {
		d := float64(nl[i]) - c*float64(fr[i])
		v += d * d / float64(fr[i])
		worst = math.Max(worst, math.Abs(lengthZ(fr[i], nl[i], unitVar)))
	}
	v /= float64(len(fr))
	sort.Float64s(ratios)
	q := func(p float64) float64 { return ratios[int(p*float64(len(ratios)-1))] }
	t.Logf("%d pairs: pooled NL/FR %.3f, median %.3f, p5 %.3f, p95 %.3f, min %.3f, max %.3f; variance %.2f per char; largest |z| %.2f",
		len(fr), c, q(0.5), q(0.05), q(0.95), ratios[0], ratios[len(ratios)-1], v, worst)
	if math.Abs(c-nlPerFR) > 0.02 {
		t.Errorf("pooled ratio %.3f, model says %.3f", c, nlPerFR)
	}
	if v > 1.5*unitVar || v < unitVar/1.5 {
		t.Errorf("variance %.2f per char, model says %.2f", v, unitVar)
	}
	if worst >= missingZ+0.5 {
		t.Errorf("a correct pair lies %.2f deviations out: the thresholds are too tight", worst)
	}
}

// labelledKey reports whether a key names a labelled unit.
func labelledKey(key string) bool {
	return strings.HasPrefix(key, "recital:") || strings.HasPrefix(key, "request:") || strings.HasPrefix(key, "article:")
}
