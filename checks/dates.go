package checks

import (
	"fmt"
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/token"
)

// DatesMismatch reports a date that differs between the languages.
var DatesMismatch = &Check{
	ID:       "dates/mismatch",
	Severity: Warning,
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
	Run: func(p *Pass) { runDates(p, true) },
}

// DatesMissing reports a date given in one language only.
var DatesMissing = &Check{
	ID:       "dates/missing",
	Severity: Info,
	Doc: `date given in one language only

A date of one side with no counterpart on the other, neither equal nor
at about the same place. A date on one side only is weak evidence, so it
is information: on real published translations the other side nearly
always implies it ("2017, 2018 en 2019" ↔ "au cours de la période
concernée", "op 1 januari 2024" ↔ "à cette date").

  FR: … l'élection présidentielle du 9 juin 2019 …
  NL: … de presidentsverkiezingen …   → FR has 9 juin 2019, NL has none`,
	Run: func(p *Pass) { runDates(p, false) },
}

func runDates(p *Pass, changed bool) {
	eachComparison(p, func(key string, fu, nu *align.Unit, c comparison) {
		frN, nlN := keyCounts[token.Date]{xs: c.fr.dates}, keyCounts[token.Date]{xs: c.nl.dates}
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
					Message: fmt.Sprintf("NL has %s where FR has %s (%s)", token.Squash(nu.Text.S[n.Start:n.End]), token.Squash(fu.Text.S[f.Start:f.End]), strings.Join(parts, ", ")),
					FR:      At(fu, f.Start, f.End), NL: At(nu, n.Start, n.End)})
			case d.nl < 0 && !changed:
				f := c.fr.dates[d.fr]
				p.Report(Finding{Unit: key, Severity: Info,
					Message: oneSidedMessage("FR", "NL", token.Squash(fu.Text.S[f.Start:f.End]), "", frN.of(f.Key()), nlN.of(f.Key()), ""),
					FR:      At(fu, f.Start, f.End)})
			case d.fr < 0 && !changed:
				n := c.nl.dates[d.nl]
				p.Report(Finding{Unit: key, Severity: Info,
					Message: oneSidedMessage("NL", "FR", token.Squash(nu.Text.S[n.Start:n.End]), "", nlN.of(n.Key()), frN.of(n.Key()), ""),
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
func dateSeverity(parts []string, f, n token.Date, c *comparison) Severity {
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
