package checks

// TermsForeign reports a foreign phrase that is not carried over unchanged.
var TermsForeign = &Check{
	ID:       ruleTermsForeign,
	Severity: Warning,
	Sees:     ByContent,
	Doc: `foreign phrase not carried over unchanged

A phrase in italics or quotes written in neither French nor Dutch (an
English title, a transliterated party name) must stand identically on
both sides. A near copy is a warning; a phrase on one side only may be a
translation and is not reported.

  FR: (*Koshe Partiyasy*)      NL: *Koshe Partiyasi*`,
	Requires: []*Analysis{NamesAndTerms},
	Run:      runTerms,
}
