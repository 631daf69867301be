package checks

import (
	"fmt"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// StructureDuplicate reports a label used twice in one language.
var StructureDuplicate = &check.Check{
	ID:       "structure/duplicate",
	Severity: check.Error,
	Sees:     ByLabel,
	Doc: `label used twice in one language

Two recitals, requests or articles of the same language carry the same
label; the second one usually stands where the other language has the
next label. Only a unit that carries the label counts: not a part the
pairing split off a unit, nor a label opening text of the other language
that the extraction left in this stream (a coordination table's column).

  FR: B. considérant … B. considérant …   NL: B. … C. …  → FR has two units labelled B`,
	Run: func(p *check.Pass) {
		for _, lang := range []align.Lang{align.FR, align.NL} {
			for _, part := range labelledParts(p.Doc, lang) {
				seen := map[string]bool{}
				for _, u := range part {
					if !ownLabel(u) {
						continue
					}
					if seen[u.Key] {
						p.Report(evidenceOn(check.Finding{Unit: u.Key,
							Message: fmt.Sprintf("%s has two units labelled %s", sideName(lang), labelOf(u.Key))}, u, lang))
					}
					seen[u.Key] = true
				}
			}
		}
	},
}
