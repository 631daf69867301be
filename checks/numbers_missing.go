package checks

import (
	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/token"
)

// NumbersMissing reports a number given in one language only.
var NumbersMissing = &check.Check{
	ID:       "numbers/missing",
	Severity: check.Warning,
	Sees:     ByContent,
	Doc: `number given in one language only

A number of one side with no counterpart on the other: neither the same
value anywhere in the unit nor a left-over number at about the same
place. French "un"/"une" and Dutch "een" count as one only where they
mean it ("un an" ↔ "één jaar"), never as articles. The numbers of a
list's items and of names (COVID-19, 4G) are not counted.

A value on one side only is weak evidence: a translation often implies
it ("les cinq dernières années" ↔ "de betrokken periode") or writes it
another way ("50 %" ↔ "de helft"), so it is information. It is a
warning where the other side has, at about the same place, a number
word of another value that may not count ("les trois Chambres" ↔
"beide Kamers").

  FR: … au moins 80 cas de persécutions …
  NL: … gevallen van vervolging …     → FR has 80, NL has none`,
	Requires: []*check.Analysis{Comparisons},
	Run:      reportNumbersMissing,
}

// reportNumbersMissing reports each number of a pair that one side gives
// and the other does not.
func reportNumbersMissing(p *check.Pass) {
	eachComparison(p, func(key string, fu, nu *align.Unit, c comparison) {
		frN, nlN := keyCounts[token.Num]{xs: c.fr.nums}, keyCounts[token.Num]{xs: c.nl.nums}
		frRest, nlRest := otherText{s: fu.Text.S[fu.Body:]}, otherText{s: nu.Text.S[nu.Body:]}
		frTwos, nlTwos := weakTwos{f: &c.fr, text: fu.Text.S}, weakTwos{f: &c.nl, text: nu.Text.S}
		for _, d := range c.nums {
			switch {
			case d.nl < 0:
				f := c.fr.nums[d.fr]
				sev, note := missingSeverity(f, fu.Text.S, &nlRest, nlTwos.near(c.fr.pos(f.Start), f.Val))
				p.Report(check.Finding{Unit: key, Severity: sev,
					Message: oneSidedMessage("FR", "NL", shown(fu.Text.S[f.Start:f.End], f.Shown()), f.Key(), frN.of(f.Key()), nlN.of(f.Key()), note),
					FR:      check.At(fu, f.Start, f.End)})
			case d.fr < 0:
				n := c.nl.nums[d.nl]
				sev, note := missingSeverity(n, nu.Text.S, &frRest, frTwos.near(c.nl.pos(n.Start), n.Val))
				p.Report(check.Finding{Unit: key, Severity: sev,
					Message: oneSidedMessage("NL", "FR", shown(nu.Text.S[n.Start:n.End], n.Shown()), n.Key(), nlN.of(n.Key()), frN.of(n.Key()), note),
					NL:      check.At(nu, n.Start, n.End)})
			}
		}
	})
}
