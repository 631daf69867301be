package checks

import (
	"fmt"
	"math"

	"github.com/concord-bilingual/concord/checks/check"
)

// Thresholds of the length-ratio check. The largest deviation among the
// 90 correct pairs measured for the length model (see clausealign.go) is
// 2.5 standard deviations, at a ratio 1.26 times the expected one; a pair
// is reported beyond lengthZ deviations and outside the relative band, and
// only when its longer side has at least lengthMin characters.
//
// Inside the wider band of lengthSureLow and lengthSureHigh the finding is
// only info: on 3,030 written questions of 2020, the six pairs reported
// there (Dutch 25 to 29 % shorter) were all terse Dutch for the same
// content ("Graag zelfde vergelijking en opdeling." for a long French
// request, "SB" for "bénéficiaires de la protection subsidiaire").
const (
	lengthZMax     = 4.5
	lengthLow      = 0.75 // NL/FR ratio relative to the expected 0.964
	lengthHigh     = 1.33
	lengthSureLow  = 0.6
	lengthSureHigh = 1.5
	lengthMin      = 60
)

// LengthRatio reports a pair whose NL/FR length ratio is implausible.
var LengthRatio = &check.Check{
	ID:       "length/ratio",
	Severity: check.Warning,
	Sees:     ByContent,
	Doc: `length ratio implausible for a French-Dutch pair

Dutch text is about 0.96 times as long as its French original (measured
on correct pairs: 5th percentile 0.81, 95th 1.13), with a spread that
narrows as the text grows. A pair far outside that has lost or gained
text: a missing sentence, a pasted paragraph, a truncated extraction.
In a flowing document, whose paragraphs are paired by their lengths and
whose sentences each language may cut elsewhere, a far ratio says how
the pairing cut rather than what was lost (0 of 4 read on the long real
documents were lost text): information there (see clauses/missing).

  FR: 580 characters   NL: 240 characters   (ratio 0.41)`,
	Requires: []*check.Analysis{NearbyText},
	Run: func(p *check.Pass) {
		near := nearbyText(p)
		for i := range p.Doc.Pairs {
			pr := &p.Doc.Pairs[i]
			if pr.Shared || !isProse(pr.Key) || pr.FR == nil || pr.NL == nil {
				continue
			}
			fb, nb := pr.FR.Text.S[pr.FR.Body:], pr.NL.Text.S[pr.NL.Body:]
			lf, ln := proseLen(pr.FR), proseLen(pr.NL)
			if lf == 0 || ln == 0 || max(lf, ln) < lengthMin || fb == nb {
				continue
			}
			z := lengthZ(lf, ln, unitVar)
			rel := float64(ln) / (nlPerFR * float64(lf))
			if math.Abs(z) < lengthZMax || (rel > lengthLow && rel < lengthHigh) {
				continue
			}
			side, how := "NL", "longer"
			if rel < 1 {
				how = "shorter"
			}
			sev := check.Warning
			if rel > lengthSureLow && rel < lengthSureHigh || near.lengthPaired(pr.Key) {
				sev = check.Info
			}
			p.Report(check.Finding{Unit: pr.Key, Severity: sev,
				Message: fmt.Sprintf("%s is %.0f%% %s than expected: %d characters for %d in FR (NL/FR ratio %.2f, expected about %.2f)",
					side, math.Abs(rel-1)*100, how, ln, lf, float64(ln)/float64(lf), nlPerFR),
				FR: check.At(pr.FR, 0, labelEnd(pr.FR)), NL: check.At(pr.NL, 0, labelEnd(pr.NL))})
		}
	},
}
