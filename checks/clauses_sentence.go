package checks

import (
	"fmt"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/checks/check"
)

// ClausesSentence reports a sentence of running text in a flowing document
// that has no counterpart in the other language.
var ClausesSentence = &check.Check{
	ID:       "clauses/sentence",
	Severity: check.Warning,
	Sees:     ByContent,
	Doc: `sentence with no counterpart in the other language

In a flowing text (one line per language, as column-split extractions
give), the explanatory part has lost its paragraph breaks and is paired
sentence by sentence. A sentence that pairs with nothing on the other side
was left out of the translation, or added to it — or is a scrap the
extraction put in one stream only (a signature, the imprint): read on
real bills, the lone sentences drawn were such scraps, so it is a
warning, and information in a freely translated document (see
clauses/missing). In a flow a sentence whose words the other language
renders in the paragraph before or after was cut elsewhere, not lost:
information too.

  FR: … Il s'agit notamment du coût sociétal (financier), du manque de
      données et de sensibilisation …
  NL: (no sentence)`,
	Requires: []*check.Analysis{NearbyText, LengthFit},
	Run: func(p *check.Pass) {
		sev := check.Warning
		if !tight(p) {
			sev = check.Info
		}
		near := nearbyText(p)
		for i := range p.Doc.Pairs {
			pr := &p.Doc.Pairs[i]
			if pr.Shared || (pr.FR != nil && pr.NL != nil) || !flowSentence(p.Doc, pr.Key) {
				continue
			}
			u, side, other := pr.FR, "FR", "NL"
			if u == nil {
				u, side, other = pr.NL, "NL", "FR"
			}
			if utf8.RuneCountInString(u.Text.S) < minSentence {
				continue // a heading or a scrap of the extraction
			}
			fsev := sev
			if fsev > check.Info && near.lengthPaired(pr.Key) && !near.lost(pr.Key, u.Lang, u.Text.S) {
				fsev = check.Info // cut elsewhere: see clausenear.go
			}
			f := check.Finding{Unit: pr.Key, Severity: fsev, Message: fmt.Sprintf("%s sentence has no counterpart in %s: %q", side, other, excerptOf(u.Text.S, 120))}
			if side == "FR" {
				f.FR = check.At(u, 0, len(u.Text.S))
			} else {
				f.NL = check.At(u, 0, len(u.Text.S))
			}
			p.Report(f)
		}
	},
}

// minSentence is the length in characters below which a one-sided piece
// of running text is not reported.
const minSentence = 40

// excerptOf returns s cut to about n runes, with an ellipsis in the middle.
func excerptOf(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n/2]) + " … " + string(r[len(r)-n/2:])
}
