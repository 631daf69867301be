package checks

import "github.com/concord-bilingual/concord/checks/check"

// TermsMismatch reports an institution or acronym where the other language
// names another one.
var TermsMismatch = &check.Check{
	ID:       ruleTermsMismatch,
	Severity: check.Warning,
	Sees:     ByContent,
	Doc: `different institution or acronym in the two languages

An acronym of the termbase on one side has no counterpart on the other,
which has an unmatched acronym or termbase name of its own instead: a
swap. Counted mentions tell it too: where the other side names an entry
more often (SPF Finances twice against FOD Financiën once, and BNI
Financiën where the second stood), or writes an acronym the termbase
does not know more often than this side (ASCVD), the extra mention at
the same place is the counterpart. An acronym in brackets right after
the name of another entry ("accord de partenariat et de coopération
renforcée (OCDE)") labels it wrongly. An acronym glued to a number
(ASCVD19, WIB92) is read apart from it. A warning, also for an acronym
misspelled (CDNA where both sides write CNDA); info between two full
names, where a paraphrase is as likely as a swap, and where the other
language writes the acronym elsewhere. The built-in termbase knows
that OSCE is OVSE in Dutch, BIDDH is ODIHR, ONU is VN; a user termbase
(--terms, CSV or TBX) adds entries.

An acronym the text defines in brackets after the words it abbreviates,
which no termbase name matches ("l'Aide publique au développement
(APD)"), is the text's own body, not the termbase's entry of the same
letters: it is answered by the other side's own acronym and is no swap.
An acronym the other side names in full (EHRM, "la Cour européenne des
droits de l'homme") is answered too.

  FR: … en Europe (OSCE) …     NL: … in Europa (OESO) …`,
	Requires: []*check.Analysis{NamesAndTerms},
	Run:      runTerms,
}
