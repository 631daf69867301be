package checks

import (
	"fmt"

	"github.com/concord-bilingual/concord/align"
)

// RefsMismatch reports a reference that differs between the languages.
var RefsMismatch = &Check{
	ID:       "refs/mismatch",
	Severity: Error,
	Doc: `reference differs between the languages

References are compared exactly, whatever the language of their words:
procedure numbers (2019/2610(RSP)), parliamentary documents (DOC 55
3396/001), numbers after n°/nr., articles with paragraph and point
(Art. 3, § 2, 1°), acts by their date (loi du 15 décembre 1980 ↔ wet van
15 december 1980), EU acts (2016/679, 2006/123/CE ↔ 2006/123/EG), ECLI
and CELEX identifiers, Council of State opinions (73.488/1).

  FR: … (2019/2610(RSP)) …
  NL: … (2019/2611(RSP)) …  → NL has 2019/2611(RSP) where FR has 2019/2610(RSP)`,
	Run: func(p *Pass) { runRefs(p, true) },
}

// RefsMissing reports a reference given in one language only.
var RefsMissing = &Check{
	ID:       "refs/missing",
	Severity: Error,
	Doc: `reference given in one language only

A reference of one side with no counterpart on the other, neither equal
nor of the same kind at about the same place.

  FR: … la résolution n° 2252 (2019) …
  NL: … de resolutie …     → FR has n° 2252 (2019), NL has none`,
	Run: func(p *Pass) { runRefs(p, false) },
}

func runRefs(p *Pass, changed bool) {
	eachComparison(p, func(key string, fu, nu *align.Unit, c comparison) {
		for _, x := range c.cross {
			if !changed {
				break
			}
			if x.refFR {
				r, n := c.fr.refs[x.ref], c.nl.nums[x.num]
				p.Report(Finding{Unit: key,
					Message: fmt.Sprintf("NL has %s where FR has %s", squash(nu.Text.S[n.Start:n.End]), squash(fu.Text.S[r.Start:r.End])),
					FR:      At(fu, r.Start, r.End), NL: At(nu, n.Start, n.End)})
			} else {
				n, r := c.fr.nums[x.num], c.nl.refs[x.ref]
				p.Report(Finding{Unit: key,
					Message: fmt.Sprintf("NL has %s where FR has %s", squash(nu.Text.S[r.Start:r.End]), squash(fu.Text.S[n.Start:n.End])),
					FR:      At(fu, n.Start, n.End), NL: At(nu, r.Start, r.End)})
			}
		}
		for _, d := range c.refs {
			switch {
			case d.fr >= 0 && d.nl >= 0 && changed:
				f, n := c.fr.refs[d.fr], c.nl.refs[d.nl]
				p.Report(Finding{Unit: key,
					Message: fmt.Sprintf("NL has %s where FR has %s", squash(nu.Text.S[n.Start:n.End]), squash(fu.Text.S[f.Start:f.End])),
					FR:      At(fu, f.Start, f.End), NL: At(nu, n.Start, n.End)})
			case d.nl < 0 && !changed:
				f := c.fr.refs[d.fr]
				p.Report(Finding{Unit: key,
					Message: fmt.Sprintf("FR has %s, NL has none", squash(fu.Text.S[f.Start:f.End])),
					FR:      At(fu, f.Start, f.End)})
			case d.fr < 0 && !changed:
				n := c.nl.refs[d.nl]
				p.Report(Finding{Unit: key,
					Message: fmt.Sprintf("NL has %s, FR has none", squash(nu.Text.S[n.Start:n.End])),
					NL:      At(nu, n.Start, n.End)})
			}
		}
	})
}
