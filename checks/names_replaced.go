package checks

import "github.com/concord-bilingual/concord/checks/check"

// NamesReplaced reports a person named where the other language names
// another person.
var NamesReplaced = &check.Check{
	ID:       ruleNamesReplaced,
	Severity: check.Error,
	Sees:     ByContent,
	Doc: `another person named in the other language

Where one side names a person, the other names someone else at the same
place (between the same matched names). Reported once for the pair. A
warning where the pair shares no name at all (two stretches of a
bilingual table, one in each stream), info in a list in one language or
where neither reads as a person. A person against a run that is no
person (Tedros Adhanom Ghebreyesus, Exit Strategy) is two one-sided names.

  FR: … Medet Yeseneyev, Askar Ibrayev et Serik Idyryshev …
  NL: … Medet Yeseneyev, Askar Ibrayev en Serik Orazov …`,
	Requires: []*check.Analysis{NamesAndTerms},
	Run:      runNames,
}
