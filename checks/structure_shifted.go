package checks

import (
	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// StructureShifted reports a unit missing in one language whose later
// labels moved up by one, so that pairs by label hold different texts.
var StructureShifted = &check.Check{
	ID:       "structure/shifted",
	Severity: check.Error,
	Sees:     ByLabel,
	Doc: `labels shifted after a unit missing in one language

When one language leaves out a recital or request and letters the
following ones again, every later pair by label compares two different
texts. concord recognises the shift by content (numbers, dates,
references and names of neighbouring units), reports it once here, and
compares each unit with the one that corresponds to it.

  FR: K. … L. (9 juin 2019) … M. …   NL: K. (9 juni 2019) … L. …
  → FR recital K has no counterpart in NL: NL K to L stand for FR L to M`,
	Requires: []*check.Analysis{LabelShifts},
	Run: func(p *check.Pass) {
		for _, s := range labelShifts(p) {
			if s.lost == nil { // labels moved on with no unit left out
				f := evidenceOn(check.Finding{Unit: s.key, Message: s.message()}, s.first.fr, align.FR)
				p.Report(evidenceOn(f, s.first.nl, align.NL))
				continue
			}
			f := evidenceOn(check.Finding{Unit: s.key, Message: s.message()}, s.lost, s.lost.Lang)
			f = evidenceOn(f, s.first.Side(s.lost.Lang.Other()), s.lost.Lang.Other())
			p.Report(f)
		}
	},
}
