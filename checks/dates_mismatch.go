package checks

import (
	"fmt"
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/token"
)

// DatesMismatch reports a date that differs between the languages.
var DatesMismatch = &check.Check{
	ID:       "dates/mismatch",
	Severity: check.Warning,
	Sees:     ByContent,
	Doc: `date differs between the languages

Dates are compared as calendar values: French and Dutch month names and
abbreviations, "1er", weekdays, numeric dates (15/10/2020), ranges that
share their month and year (entre le 11 et le 25 septembre 2020, in de
nacht van 16 op 17 november), years alone and session years
(2020-2021). Two digits past 31 before a month name are a day mistyped
("45 mei 2020"). An act named by its date on one side is compared as a
date with a plain date of the other. The message names the part that differs: a warning, or
information where most facts of the pair differ. A date that only lacks a part the other side gives is written
more briefly ("le 9 mai dernier" ↔ "op 9 mei 2020"): information; a
span against one of its years ("2026-2027" ↔ "2026") is a warning.

  FR: … du 14 mars 2019 …
  NL: … van 14 mei 2019 …  → NL has 14 mei 2019 where FR has 14 mars 2019 (month differs)`,
	Requires: []*check.Analysis{Comparisons},
	Run:      reportDateMismatches,
}

// reportDateMismatches reports each date the two sides of a pair give
// differently.
func reportDateMismatches(p *check.Pass) {
	eachComparison(p, func(key string, fu, nu *align.Unit, c comparison) {
		for _, d := range c.dates {
			if d.fr < 0 || d.nl < 0 {
				continue
			}
			f, n := c.fr.dates[d.fr], c.nl.dates[d.nl]
			parts := dateParts(f, n)
			if len(parts) == 0 {
				continue // a weekday given on one side only
			}
			sev := dateSeverity(parts, f, n, &c)
			p.Report(check.Finding{Unit: key, Severity: sev,
				Message: fmt.Sprintf("NL has %s where FR has %s (%s)", token.Squash(nu.Text.S[n.Start:n.End]), token.Squash(fu.Text.S[f.Start:f.End]), strings.Join(parts, ", ")),
				FR:      check.At(fu, f.Start, f.End), NL: check.At(nu, n.Start, n.End)})
		}
	})
}
