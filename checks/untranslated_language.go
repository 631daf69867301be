package checks

import (
	"fmt"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// UntranslatedLanguage reports a unit written in the other language.
var UntranslatedLanguage = &check.Check{
	ID:       "untranslated/language",
	Severity: check.Warning,
	Sees:     ByContent,
	Doc: `unit written in the other language

The text of one side reads as the other language: a Dutch recital left in
French, a French request pasted from the Dutch. Quotations, names and
titles in another language inside a translated unit do not count. A unit
with no counterpart is checked too: a paragraph left in French in the
Dutch file may be too unlike its French original to be paired with it.

  FR: D. considérant la résolution …   NL: D. considérant la résolution …`,
	Run: func(p *check.Pass) {
		for i := range p.Doc.Pairs {
			pr := &p.Doc.Pairs[i]
			if pr.Shared || pr.FR != nil && pr.NL != nil && sameText(pr.FR, pr.NL) {
				continue
			}
			for _, u := range []*align.Unit{pr.FR, pr.NL} {
				if u == nil {
					continue
				}
				if l := languageOf(u.Text.S[u.Body:]); l == u.Lang.Other() && l != align.Neutral {
					fr, nl := sideEvidence(p.Doc, u, u.Body, len(u.Text.S))
					p.Report(check.Finding{Unit: pr.Key, FR: fr, NL: nl,
						Message: fmt.Sprintf("%s text is in %s: %q", sideName(u.Lang), langWord(l), quote(u.Text.S[u.Body:]))})
				}
			}
		}
	},
}
