package checks

import (
	"fmt"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/token"
)

// RefsMissing reports a reference given in one language only.
var RefsMissing = &check.Check{
	ID:       "refs/missing",
	Severity: check.Info,
	Sees:     ByContent,
	Doc: `reference given in one language only

A reference of one side with no counterpart on the other, neither equal
nor of the same kind at about the same place. A reference on one side
only is weak evidence, so it is information: on real published
translations the other side nearly always names the act otherwise
("cet arrêté royal du 22 avril" ↔ "koninklijk besluit van 22 april
2020", "24 heures sur 24" ↔ "24/7", "1/5" ↔ "1/5de").

  FR: … la résolution n° 2252 (2019) …
  NL: … de resolutie …     → FR has n° 2252 (2019), NL has none`,
	Requires: []*check.Analysis{Comparisons},
	Run:      reportRefsMissing,
}

// reportRefsMissing reports each reference of a pair that one side gives
// and the other does not.
func reportRefsMissing(p *check.Pass) {
	eachComparison(p, func(key string, fu, nu *align.Unit, c comparison) {
		for _, d := range c.refs {
			switch {
			case d.nl < 0:
				f := c.fr.refs[d.fr]
				p.Report(check.Finding{Unit: key, Severity: check.Info,
					Message: fmt.Sprintf("FR has %s, NL has none", token.Squash(fu.Text.S[f.Start:f.End])),
					FR:      check.At(fu, f.Start, f.End)})
			case d.fr < 0:
				n := c.nl.refs[d.nl]
				p.Report(check.Finding{Unit: key, Severity: check.Info,
					Message: fmt.Sprintf("NL has %s, FR has none", token.Squash(nu.Text.S[n.Start:n.End])),
					NL:      check.At(nu, n.Start, n.End)})
			}
		}
	})
}
