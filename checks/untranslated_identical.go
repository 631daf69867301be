package checks

import (
	"fmt"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// UntranslatedIdentical reports a pair whose two sides are the same text
// in one language.
var UntranslatedIdentical = &check.Check{
	ID:       "untranslated/identical",
	Severity: check.Warning,
	Sees:     ByContent,
	Doc: `identical text on both sides

Both sides of a pair carry the same text, and that text is French or Dutch
prose rather than names, numbers or acronyms: one side was not translated.
Rows of names, party acronyms and shared units are not reported.

  FR: 6. de poursuivre notre coopération …   NL: 6. de poursuivre notre coopération …`,
	Run: func(p *check.Pass) {
		for i := range p.Doc.Pairs {
			pr := &p.Doc.Pairs[i]
			if pr.Shared || pr.FR == nil || pr.NL == nil || !sameText(pr.FR, pr.NL) {
				continue
			}
			body := pr.FR.Text.S[pr.FR.Body:]
			l := languageOf(body)
			if l == align.Neutral {
				continue
			}
			p.Report(check.Finding{Unit: pr.Key,
				Message: fmt.Sprintf("FR and NL are the same %s text: %q", langWord(l), quote(body)),
				FR:      check.At(pr.FR, pr.FR.Body, len(pr.FR.Text.S)), NL: check.At(pr.NL, pr.NL.Body, len(pr.NL.Text.S))})
		}
	},
}
