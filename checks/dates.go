package checks

import (
	"fmt"
	"strings"

	"github.com/concord-bilingual/concord/align"
)

func runDates(p *Pass, changed bool) {
	eachComparison(p, func(key string, fu, nu *align.Unit, c comparison) {
		frN, nlN := keyCounts[Date]{xs: c.fr.dates}, keyCounts[Date]{xs: c.nl.dates}
		for _, d := range c.dates {
			switch {
			case d.fr >= 0 && d.nl >= 0 && changed:
				f, n := c.fr.dates[d.fr], c.nl.dates[d.nl]
				parts := dateParts(f, n)
				if len(parts) == 0 {
					continue // a weekday given on one side only
				}
				sev := dateSeverity(parts, f, n, &c)
				p.Report(Finding{Unit: key, Severity: sev,
					Message: fmt.Sprintf("NL has %s where FR has %s (%s)", squash(nu.Text.S[n.Start:n.End]), squash(fu.Text.S[f.Start:f.End]), strings.Join(parts, ", ")),
					FR:      At(fu, f.Start, f.End), NL: At(nu, n.Start, n.End)})
			case d.nl < 0 && !changed:
				f := c.fr.dates[d.fr]
				p.Report(Finding{Unit: key, Severity: Info,
					Message: oneSidedMessage("FR", "NL", squash(fu.Text.S[f.Start:f.End]), "", frN.of(f.Key()), nlN.of(f.Key()), ""),
					FR:      At(fu, f.Start, f.End)})
			case d.fr < 0 && !changed:
				n := c.nl.dates[d.nl]
				p.Report(Finding{Unit: key, Severity: Info,
					Message: oneSidedMessage("NL", "FR", squash(nu.Text.S[n.Start:n.End]), "", nlN.of(n.Key()), frN.of(n.Key()), ""),
					NL:      At(nu, n.Start, n.End)})
			}
		}
	})
}

// dateSeverity is the severity of a French date f paired with a Dutch
// date n that differ in parts. A part that differs is a warning, unless
// the pair's facts mostly differ, which is information. So is a span against one of its years ("2026-2027" ↔
// "2026"). A date that only lacks other parts the other side gives is
// written more briefly ("le 9 mai dernier" ↔ "op 9 mei 2020", "fin
// décembre 2015" ↔ "eind 2015"): information.
func dateSeverity(parts []string, f, n Date, c *comparison) Severity {
	for _, p := range parts {
		if !strings.Contains(p, " lacks the ") || strings.HasSuffix(p, "lacks the second year") {
			if !c.confident() {
				return Info
			}
			return Warning
		}
	}
	return Info
}
