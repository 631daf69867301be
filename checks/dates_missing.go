package checks

import (
	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/token"
)

// DatesMissing reports a date given in one language only.
var DatesMissing = &check.Check{
	ID:       "dates/missing",
	Severity: check.Info,
	Sees:     ByContent,
	Doc: `date given in one language only

A date of one side with no counterpart on the other, neither equal nor
at about the same place. A date on one side only is weak evidence, so it
is information: on real published translations the other side nearly
always implies it ("2017, 2018 en 2019" ↔ "au cours de la période
concernée", "op 1 januari 2024" ↔ "à cette date").

  FR: … l'élection présidentielle du 9 juin 2019 …
  NL: … de presidentsverkiezingen …   → FR has 9 juin 2019, NL has none`,
	Requires: []*check.Analysis{Comparisons},
	Run:      reportDatesMissing,
}

// reportDatesMissing reports each date of a pair that one side gives and
// the other does not.
func reportDatesMissing(p *check.Pass) {
	eachComparison(p, func(key string, fu, nu *align.Unit, c comparison) {
		frN, nlN := keyCounts[token.Date]{xs: c.fr.dates}, keyCounts[token.Date]{xs: c.nl.dates}
		for _, d := range c.dates {
			switch {
			case d.nl < 0:
				f := c.fr.dates[d.fr]
				p.Report(check.Finding{Unit: key, Severity: check.Info,
					Message: oneSidedMessage("FR", "NL", token.Squash(fu.Text.S[f.Start:f.End]), "", frN.of(f.Key()), nlN.of(f.Key()), ""),
					FR:      check.At(fu, f.Start, f.End)})
			case d.fr < 0:
				n := c.nl.dates[d.nl]
				p.Report(check.Finding{Unit: key, Severity: check.Info,
					Message: oneSidedMessage("NL", "FR", token.Squash(nu.Text.S[n.Start:n.End]), "", nlN.of(n.Key()), frN.of(n.Key()), ""),
					NL:      check.At(nu, n.Start, n.End)})
			}
		}
	})
}
