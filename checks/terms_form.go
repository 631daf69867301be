package checks

import "github.com/concord-bilingual/concord/checks/check"

// TermsForm reports a mention written in the other language's form.
var TermsForm = &check.Check{
	ID:       ruleTermsForm,
	Severity: check.Info,
	Sees:     ByContent,
	Doc: `institution written in the other language's form

A Dutch text that writes the French acronym or name of an institution
(or the reverse) outside italics and quotes, where the termbase knows the
Dutch form. Info: on published text the other form is mostly part of a
name or a quotation.

  FR: … de l'OSCE …            NL: … van de OSCE …   (Dutch: OVSE)`,
	Requires: []*check.Analysis{NamesAndTerms},
	Run:      runTerms,
}
