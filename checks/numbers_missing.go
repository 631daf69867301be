package checks

// NumbersMissing reports a number given in one language only.
var NumbersMissing = &Check{
	ID:       "numbers/missing",
	Severity: Info,
	Doc: `number given in one language only

A number of one side with no counterpart on the other: neither the same
value anywhere in the unit nor a left-over number at about the same
place. French "un"/"une" and Dutch "een" count as one only where they
mean it ("un an" ↔ "één jaar"), never as articles. The numbers of a
list's items and of names (COVID-19, 4G) are not counted.

A value on one side only is weak evidence: a translation often implies
it ("les cinq dernières années" ↔ "de betrokken periode") or writes it
another way ("50 %" ↔ "de helft"), so it is information. It is a
warning where the other side has, at about the same place, a number
word of another value that may not count ("les trois Chambres" ↔
"beide Kamers").

  FR: … au moins 80 cas de persécutions …
  NL: … gevallen van vervolging …     → FR has 80, NL has none`,
	Requires: []*Analysis{Comparisons},
	Run:      func(p *Pass) { runNumbers(p, false) },
}
