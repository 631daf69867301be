package checks

import "github.com/concord-bilingual/concord/checks/check"

// NamesVariant notes a name written by each language's own convention.
var NamesVariant = &check.Check{
	ID:       ruleNamesVariant,
	Severity: check.Info,
	Sees:     ByContent,
	Doc: `name transliterated by each language's convention

French and Dutch transliterate names by their own rules (ou/oe, ch/sj,
ï/i, ski/sky, x/ks); the spellings differ but name the same person.

  FR: Alexandre Loukachenko   NL: Aleksandr Loekasjenko
  FR: Sergueï Magnitski       NL: Sergei Magnitsky`,
	Requires: []*check.Analysis{NamesAndTerms},
	Run:      runNames,
}
