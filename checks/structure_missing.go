package checks

import (
	"fmt"
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// StructureMissing reports a unit present in one language only.
var StructureMissing = &check.Check{
	ID:       "structure/missing",
	Severity: check.Error,
	Sees:     ByLabel,
	Doc: `unit present in one language only

A recital, request, article or paragraph that has no counterpart in the
other language. Shared units (names, party rows) are never missing. A
line of the title page or of the end matter on one side only is
information: extraction often scrambles or loses it there.

  FR: Q. considérant que …      NL: (no recital Q)`,
	Run: func(p *check.Pass) {
		for i := range p.Doc.Pairs {
			pr := &p.Doc.Pairs[i]
			if pr.Shared || (pr.FR != nil && pr.NL != nil) || flowSentence(p.Doc, pr.Key) {
				continue
			}
			// The title page and the end matter (closing date,
			// signatures) are often scrambled or lost by extraction on one
			// side ("C hambre … b de elgique" is no chamber line): worth
			// knowing, not an error.
			sev := check.Severity(0)
			if strings.HasPrefix(pr.Key, "front:") || strings.HasPrefix(pr.Key, "closing:") || strings.HasPrefix(pr.Key, "signature:") {
				sev = check.Info
			}
			if pr.FR != nil {
				p.Report(evidenceOn(check.Finding{Unit: pr.Key, Severity: sev, Message: fmt.Sprintf("%s is in FR only", pr.Key)}, pr.FR, align.FR))
			} else if pr.NL != nil {
				p.Report(evidenceOn(check.Finding{Unit: pr.Key, Severity: sev, Message: fmt.Sprintf("%s is in NL only", pr.Key)}, pr.NL, align.NL))
			}
		}
	},
}

// flowSentence reports whether key names a sentence of running text in a
// flowing document: the extraction lost its paragraph breaks, so the unit
// is a sentence, and one on one side only is a clause missing from the
// explanatory part (clauses/sentence), not a missing unit.
func flowSentence(doc *align.Document, key string) bool {
	return doc.Layout == "flow" && (strings.HasPrefix(key, "intro:") || strings.HasPrefix(key, "para:"))
}
