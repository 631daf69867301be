package checks

// DatesMissing reports a date given in one language only.
var DatesMissing = &Check{
	ID:       "dates/missing",
	Severity: Info,
	Doc: `date given in one language only

A date of one side with no counterpart on the other, neither equal nor
at about the same place. A date on one side only is weak evidence, so it
is information: on real published translations the other side nearly
always implies it ("2017, 2018 en 2019" ↔ "au cours de la période
concernée", "op 1 januari 2024" ↔ "à cette date").

  FR: … l'élection présidentielle du 9 juin 2019 …
  NL: … de presidentsverkiezingen …   → FR has 9 juin 2019, NL has none`,
	Requires: []*Analysis{Comparisons},
	Run:      func(p *Pass) { runDates(p, false) },
}
