package checks

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/concord-bilingual/concord/align"
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
		frN, nlN := keyCounts[Num]{xs: c.fr.nums}, keyCounts[Num]{xs: c.nl.nums}
		for _, d := range c.nums {
			switch {
			case d.fr >= 0 && d.nl >= 0 && changed:
				f, n := c.fr.nums[d.fr], c.nl.nums[d.nl]
				p.Report(Finding{Unit: key,
					Message: fmt.Sprintf("NL has %s where FR has %s", shown(nu.Text.S[n.Start:n.End], n.Key()), shown(fu.Text.S[f.Start:f.End], f.Key())),
					FR:      At(fu, f.Start, f.End), NL: At(nu, n.Start, n.End)})
			case d.nl < 0 && !changed:
				f := c.fr.nums[d.fr]
				sev, note := missingSeverity(f, fu.Text.S, nu.Text.S)
				p.Report(Finding{Unit: key, Severity: sev,
					Message: oneSidedMessage("FR", "NL", shown(fu.Text.S[f.Start:f.End], f.Key()), f.Key(), frN.of(f.Key()), nlN.of(f.Key()), note),
					FR:      At(fu, f.Start, f.End)})
			case d.fr < 0 && !changed:
				n := c.nl.nums[d.nl]
				sev, note := missingSeverity(n, nu.Text.S, fu.Text.S)
				p.Report(Finding{Unit: key, Severity: sev,
					Message: oneSidedMessage("NL", "FR", shown(nu.Text.S[n.Start:n.End], n.Key()), n.Key(), nlN.of(n.Key()), frN.of(n.Key()), note),
					NL:      At(nu, n.Start, n.End)})
			}
		}
	})
}

// missingSeverity is the severity of a number n of text given on one
// side only, and a note for the message: information for an ordinal
// spelled out in words, which often renders a word that is no number on
// the other side, and for "100 %" where the other side says "all"
// ("toutes les désignations" against "100 % van de aanstellingen"); the
// check's own otherwise.
func missingSeverity(n Num, text, other string) (Severity, string) {
	if n.OrdinalWord {
		return Info, ""
	}
	if n.Val == 100 && strings.Contains(text[n.Start:n.End], "%") {
		if w := totalityWord(other); w != "" {
			return Info, fmt.Sprintf(" (the other side says %q)", w)
		}
	}
	return 0, ""
}

// totalityWords say "all of it" in either language.
var totalityWords = map[string]bool{
	"tout": true, "toute": true, "tous": true, "toutes": true, "totalité": true,
	"intégralement": true, "entièrement": true,
	"alle": true, "alles": true, "volledig": true, "geheel": true, "helemaal": true, "integraal": true,
}

// totalityWord returns the first word of s that says "all", or "".
func totalityWord(s string) string {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if totalityWords[strings.ToLower(w)] {
			return w
		}
	}
	return ""
}

// eachComparison calls fn with the facts compared for every pair of units
// that stand for each other: pairs by key, and where labels have shifted,
// the units that correspond by content.
func eachComparison(p *Pass, fn func(key string, fu, nu *align.Unit, c comparison)) {
	m := p.shared()
	if !m.comparedOK {
		cps := contentPairsOf(p.Doc, p.shifts())
		m.compared = make([]comparedPair, 0, len(cps))
		for _, cp := range cps {
			m.compared = append(m.compared, comparedPair{cp, comparePair(cp.FR, cp.NL, m.unitFacts)})
		}
		m.comparedOK = true
	}
	for _, cp := range m.compared {
		fn(cp.Key, cp.FR, cp.NL, cp.c)
	}
}
