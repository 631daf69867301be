package checks

import "github.com/concord-bilingual/concord/checks/check"

// TermsMissing reports an institution or acronym named in one language
// only.
var TermsMissing = &check.Check{
	ID:       ruleTermsMissing,
	Severity: check.Info,
	Sees:     ByContent,
	Doc: `institution or acronym named in one language only

An institution, body, text or acronym of the termbase, or an acronym it
does not know, on one side of a pair with no counterpart on the other.
Elided forms (l'OSCE, d'ONU) and Dutch compounds (VN-Mensenrechtenraad,
EU-Kazachstan) count. One side only is weak evidence (a pronoun, a
paraphrase or an acronym of the other language often answers it): info.
An acronym swapped for another is terms/mismatch.

  FR: … du BIDDH de l'OSCE …   NL: … van het ODIHR …   (no OVSE)`,
	Requires: []*check.Analysis{NamesAndTerms},
	Run:      runTerms,
}
