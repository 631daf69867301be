package checks

import (
	"fmt"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/token"
)

// RefsMismatch reports a reference that differs between the languages.
var RefsMismatch = &check.Check{
	ID:       "refs/mismatch",
	Severity: check.Warning,
	Sees:     ByContent,
	Doc: `reference differs between the languages

References are compared exactly, whatever the language of their words:
procedure numbers (2019/2610(RSP)), parliamentary documents (DOC 55
3396/001), numbers after n°/nr., articles with paragraph and point
(Art. 3, § 2, 1°), acts by their date (loi du 15 décembre 1980 ↔ wet van
15 december 1980), EU acts (2016/679, 2006/123/CE ↔ 2006/123/EG), ECLI
and CELEX identifiers, Council of State opinions (73.488/1).

Two references of the same kind that differ are a warning. Information
where one gives more detail than the other ("article 229, § 4" ↔
"artikel 229, § 4, 1°", "2009/28" ↔ "2009/28/EG"), where they differ
only by a year written short ("883/2004" ↔ "883/04"), where they are of
different kinds, or where a bare number of another size or a point
(12°) stands against an article ("artikel 44, § 2, 1)" ↔ "article 44,
§ 2, 1°"); a bare number of the same size is a warning ("les articles
174 et 274" ↔ "artikel 275").

  FR: … (2019/2610(RSP)) …
  NL: … (2019/2611(RSP)) …  → NL has 2019/2611(RSP) where FR has 2019/2610(RSP)`,
	Requires: []*check.Analysis{Comparisons},
	Run:      reportRefMismatches,
}

// reportRefMismatches reports each reference the two sides of a pair give
// differently, and an article reference one side gives where the other
// writes a bare number.
func reportRefMismatches(p *check.Pass) {
	eachComparison(p, func(key string, fu, nu *align.Unit, c comparison) {
		for _, x := range c.cross {
			if x.refFR {
				r, n := c.fr.refs[x.ref], c.nl.nums[x.num]
				p.Report(check.Finding{Unit: key, Severity: crossSeverity(r, nu.Text.S[n.Start:n.End]),
					Message: fmt.Sprintf("NL has %s where FR has %s", token.Squash(nu.Text.S[n.Start:n.End]), token.Squash(fu.Text.S[r.Start:r.End])),
					FR:      check.At(fu, r.Start, r.End), NL: check.At(nu, n.Start, n.End)})
			} else {
				n, r := c.fr.nums[x.num], c.nl.refs[x.ref]
				p.Report(check.Finding{Unit: key, Severity: crossSeverity(r, fu.Text.S[n.Start:n.End]),
					Message: fmt.Sprintf("NL has %s where FR has %s", token.Squash(nu.Text.S[r.Start:r.End]), token.Squash(fu.Text.S[n.Start:n.End])),
					FR:      check.At(fu, n.Start, n.End), NL: check.At(nu, r.Start, r.End)})
			}
		}
		for _, d := range c.refs {
			if d.fr < 0 || d.nl < 0 {
				continue
			}
			f, n := c.fr.refs[d.fr], c.nl.refs[d.nl]
			sev := refSeverity(f, n)
			if !c.confident() {
				sev = check.Info
			}
			p.Report(check.Finding{Unit: key, Severity: sev,
				Message: fmt.Sprintf("NL has %s where FR has %s", token.Squash(nu.Text.S[n.Start:n.End]), token.Squash(fu.Text.S[f.Start:f.End])),
				FR:      check.At(fu, f.Start, f.End), NL: check.At(nu, n.Start, n.End)})
		}
	})
}
