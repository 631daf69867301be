package checks

import "github.com/concord-bilingual/concord/checks/check"

// NamesSpelling reports a name spelled differently, beyond the usual
// transliteration conventions.
var NamesSpelling = &check.Check{
	ID:       ruleNamesSpelling,
	Severity: check.Warning,
	Sees:     ByContent,
	Doc: `name spelled differently in the two languages

The same person, but a letter dropped, added, doubled, replaced or two
letters swapped, which no French or Dutch transliteration convention
explains.

  FR: Daniyar Khassenov      NL: Daniyar Khasenov`,
	Requires: []*check.Analysis{NamesAndTerms},
	Run:      runNames,
}
