package checks

import (
	"fmt"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/token"
)

// NumbersMismatch reports a number that one language changed.
var NumbersMismatch = &check.Check{
	ID:       "numbers/mismatch",
	Severity: check.Error,
	Sees:     ByContent,
	Doc: `number differs between the languages

Numbers are compared as values, whatever their writing: digits with French
or Dutch grouping (177 000, 177.000), decimals (2,5), percentages, amounts,
spelled-out numbers (neuf, negen), ordinals (18e, achttiende) and Roman
numerals that number a part (titre II). A number left over on each side
at about the same place is one changed number: an error for two numbers
in digits, a warning otherwise (number words, or the same figures with
two different multipliers). It is information where one side only has a
multiplier ("2,4 millards" ↔ "2,4 miljard": misspelt or said once), where
the two are one duration in two units ("dix-huit mois" ↔ "anderhalf
jaar"), where they are one apart after a bound word ("plus de 25 ans" ↔
"+26 jaar"), where the two are of different kinds (a percentage against
a count, an ordinal against a cardinal), where one is "un"/"une"/"een"
or one of two words is one, where one number is a part of the other
("9243, 349" ↔ "9243,349"), and in a pair most of whose facts differ
(values paired by position there are often two different things).
In a document of freely rewritten prose, whose pairs' lengths do not
follow each other (written questions; see clauses/missing), two numbers
in digits are a warning: left-over values pair up by accident there.
Numbers inside dates and references are compared by their own checks.
The numbers of a list's items ("1. … 2. a) …") are compared as one
sequence: where both sides number as many items and one differs, a
warning. A count and the ordinal after it are one fraction ("quatre
cinquièmes" ↔ "vier vijfde"), and a half after a number counts in its
value ("deux ans et demi" ↔ "twee en een half jaar"). An identifier
(a word of at least four letters and some digits: a file name in a
link, COVID-19) written with the same letters and other digits on the
two sides is a warning, where each side writes one identifier of that
shape.

  FR: … 208 persécutions ont eu lieu …
  NL: … 209 vervolgingen …            → NL has 209 where FR has 208`,
	Requires: []*check.Analysis{Comparisons, PairsByContent, LengthFit},
	Run: func(p *check.Pass) {
		reportNumberMismatches(p)
		identifierMismatches(p, contentPairs(p))
	},
}

// reportNumberMismatches reports each number the two sides of a pair give
// differently, and an item numbered differently in the two sides' lists.
func reportNumberMismatches(p *check.Pass) {
	// In freely rewritten prose the values left over by the matching pair
	// up by accident ("24 heures sur 24" against "70 %"): two differing
	// numbers there are worth a look, not an error (see tightDocument).
	free := !tight(p)
	var streams map[align.Lang]string
	var replaced map[[2]float64]bool
	furniture := func(u *align.Unit, start, end int) bool {
		if !token.IsDigit(u.Text.S[start]) {
			// A header or footer writes its numbers in digits; a number
			// word repeated in the same words is the text's own ("au
			// cours des cinq dernières années" at every question).
			return false
		}
		if streams == nil {
			streams = languageStreams(p.Doc)
		}
		return inFurniture(streams[u.Lang], u.Text.S, start, end)
	}
	amended := func(a, b float64) bool {
		if replaced == nil {
			if streams == nil {
				streams = languageStreams(p.Doc)
			}
			replaced = replacedValues(streams)
		}
		return replaced[[2]float64{min(a, b), max(a, b)}]
	}
	eachComparison(p, func(key string, fu, nu *align.Unit, c comparison) {
		if f, n, ok := listMismatch(c.fr.nums, c.nl.nums); ok {
			p.Report(check.Finding{Unit: key, Severity: check.Warning,
				Message: fmt.Sprintf("NL numbers an item %s where FR numbers it %s", nu.Text.S[n.Start:n.End], fu.Text.S[f.Start:f.End]),
				FR:      check.At(fu, f.Start, f.End), NL: check.At(nu, n.Start, n.End)})
		}
		for _, d := range c.nums {
			if d.fr < 0 || d.nl < 0 {
				continue
			}
			f, n := c.fr.nums[d.fr], c.nl.nums[d.nl]
			sev := changedSeverity(f, n, fu.Text.S, nu.Text.S, &c)
			if free && sev == check.Error {
				sev = check.Warning
			}
			if sev > check.Info && (furniture(fu, f.Start, f.End) || furniture(nu, n.Start, n.End) || amended(f.Val, n.Val)) {
				// A page header or footer, not the text's figure; or the
				// old law paired with the amended one.
				sev = check.Info
			}
			p.Report(check.Finding{Unit: key, Severity: sev,
				Message: fmt.Sprintf("NL has %s where FR has %s", shown(nu.Text.S[n.Start:n.End], n.Shown()), shown(fu.Text.S[f.Start:f.End], f.Shown())),
				FR:      check.At(fu, f.Start, f.End), NL: check.At(nu, n.Start, n.End)})
		}
	})
}
