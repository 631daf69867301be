package checks

import "github.com/concord-bilingual/concord/checks/check"

// NamesMissing reports a person named in one language only.
var NamesMissing = &check.Check{
	ID:       ruleNamesMissing,
	Severity: check.Warning,
	Sees:     ByContent,
	Doc: `person named in one language only

A person named on one side of a pair whose name does not appear on the
other, neither as written nor in a transliteration. Names inside lists are
paired one to one, so a dropped name among similar ones is found. A name
whose surname the other side writes (Cercle Brugge, Cercle de Bruges; la
tour Grenfell, de Grenfelltoren) or misspells (names/spelling) is not
missing. One side only is weak evidence: a warning for a given name and
a surname, or a surname after a title (général Haftar, de heren Jambon en
Francken) unless the other side refers to the person there by a pronoun
or as the speaker (Elle, l'intervenant); info for a surname alone, a run
that holds a common noun or follows an article (la Seconde Guerre), for
a run the other side writes in part or translates (Crossrail,
Crossrail Benelux; Limbourg Nord-Sud, het Limburgse Noord-Zuid-project),
for the tail of a body's name (Paleis voor Schone Kunsten), and, in a
pair the pairing is unsure of, for a person the other language names as
often elsewhere in the document (the extraction or the pairing moved the
mention), and for a run whose first word the document writes in lower
case elsewhere (a legend or heading in capitals: Hypothèses
Economischegroei). A surname the other side writes for another person
both sides name (Patrice Lumumba) does not answer it (Juliana Lumumba).

  FR: … Nazira Lesova et Nazira Lepesova …
  NL: … Nazira Lepesova …                    (Nazira Lesova is missing)`,
	Requires: []*check.Analysis{NamesAndTerms},
	Run:      runNames,
}
