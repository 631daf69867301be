package checks

import (
	"fmt"

	"concord/align"
)

// NumbersMismatch reports a number that one language changed.
var NumbersMismatch = &Check{
	ID:       "numbers/mismatch",
	Severity: Error,
	Doc: `number differs between the languages

Numbers are compared as values, whatever their writing: digits with French
or Dutch grouping (177 000, 177.000), decimals (2,5), percentages, amounts,
spelled-out numbers (neuf, negen), ordinals (18e, achttiende) and Roman
numerals that number a part (titre II). A number left over on each side
at about the same place is one changed number. Numbers inside dates and
references are compared by their own checks.

  FR: … 208 persécutions ont eu lieu …
  NL: … 209 vervolgingen …            → NL has 209 where FR has 208`,
	Run: func(p *Pass) { runNumbers(p, true) },
}

// NumbersMissing reports a number given in one language only.
var NumbersMissing = &Check{
	ID:       "numbers/missing",
	Severity: Error,
	Doc: `number given in one language only

A number of one side with no counterpart on the other: neither the same
value anywhere in the unit nor a left-over number at about the same
place. French "un"/"une" and Dutch "een" count as one only where they
mean it ("un an" ↔ "één jaar"), never as articles.

  FR: … au moins 80 cas de persécutions …
  NL: … gevallen van vervolging …     → FR has 80, NL has none`,
	Run: func(p *Pass) { runNumbers(p, false) },
}

func runNumbers(p *Pass, changed bool) {
	eachComparison(p, func(key string, fu, nu *align.Unit, c comparison) {
		for _, d := range c.nums {
			switch {
			case d.fr >= 0 && d.nl >= 0 && changed:
				f, n := c.fr.nums[d.fr], c.nl.nums[d.nl]
				p.Report(Finding{Unit: key,
					Message: fmt.Sprintf("NL has %s where FR has %s", shown(nu.Text.S[n.Start:n.End], n.Key()), shown(fu.Text.S[f.Start:f.End], f.Key())),
					FR:      At(fu, f.Start, f.End), NL: At(nu, n.Start, n.End)})
			case d.nl < 0 && !changed:
				f := c.fr.nums[d.fr]
				p.Report(Finding{Unit: key, Severity: missingSeverity(f),
					Message: fmt.Sprintf("FR has %s, NL has none", shown(fu.Text.S[f.Start:f.End], f.Key())),
					FR:      At(fu, f.Start, f.End)})
			case d.fr < 0 && !changed:
				n := c.nl.nums[d.nl]
				p.Report(Finding{Unit: key, Severity: missingSeverity(n),
					Message: fmt.Sprintf("NL has %s, FR has none", shown(nu.Text.S[n.Start:n.End], n.Key())),
					NL:      At(nu, n.Start, n.End)})
			}
		}
	})
}

// missingSeverity is the severity of a number given on one side only:
// information for an ordinal spelled out in words, which often renders a
// word that is no number on the other side; the check's own otherwise.
func missingSeverity(n Num) Severity {
	if n.OrdinalWord {
		return Info
	}
	return 0
}

// eachComparison calls fn with the facts compared for every pair of units
// that stand for each other: pairs by key, and where labels have shifted,
// the units that correspond by content.
func eachComparison(p *Pass, fn func(key string, fu, nu *align.Unit, c comparison)) {
	m := p.shared()
	if !m.comparedOK {
		for _, cp := range contentPairsOf(p.Doc, p.shifts()) {
			m.compared = append(m.compared, comparedPair{cp, comparePair(cp.FR, cp.NL, m.unitFacts)})
		}
		m.comparedOK = true
	}
	for _, cp := range m.compared {
		fn(cp.Key, cp.FR, cp.NL, cp.c)
	}
}
