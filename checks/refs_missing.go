package checks

// RefsMissing reports a reference given in one language only.
var RefsMissing = &Check{
	ID:       "refs/missing",
	Severity: Info,
	Doc: `reference given in one language only

A reference of one side with no counterpart on the other, neither equal
nor of the same kind at about the same place. A reference on one side
only is weak evidence, so it is information: on real published
translations the other side nearly always names the act otherwise
("cet arrêté royal du 22 avril" ↔ "koninklijk besluit van 22 april
2020", "24 heures sur 24" ↔ "24/7", "1/5" ↔ "1/5de").

  FR: … la résolution n° 2252 (2019) …
  NL: … de resolutie …     → FR has n° 2252 (2019), NL has none`,
	Requires: []*Analysis{Comparisons},
	Run:      func(p *Pass) { runRefs(p, false) },
}
