package checks

// NamesSpelling reports a name spelled differently, beyond the usual
// transliteration conventions.
var NamesSpelling = &Check{
	ID:       ruleNamesSpelling,
	Severity: Warning,
	Sees:     ByContent,
	Doc: `name spelled differently in the two languages

The same person, but a letter dropped, added, doubled, replaced or two
letters swapped, which no French or Dutch transliteration convention
explains.

  FR: Daniyar Khassenov      NL: Daniyar Khasenov`,
	Requires: []*Analysis{NamesAndTerms},
	Run:      runNames,
}
