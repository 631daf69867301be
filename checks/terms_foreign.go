package checks

import "github.com/concord-bilingual/concord/checks/check"

// TermsForeign reports a foreign phrase that is not carried over unchanged.
var TermsForeign = &check.Check{
	ID:       ruleTermsForeign,
	Severity: check.Warning,
	Sees:     ByContent,
	Doc: `foreign phrase not carried over unchanged

A phrase in italics or quotes written in neither French nor Dutch (an
English title, a transliterated party name) must stand identically on
both sides. A near copy is a warning; a phrase on one side only may be a
translation and is not reported.

  FR: (*Koshe Partiyasy*)      NL: *Koshe Partiyasi*`,
	Requires: []*check.Analysis{NamesAndTerms},
	Run:      runTerms,
}
