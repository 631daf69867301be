package checks

// NumbersMismatch reports a number that one language changed.
var NumbersMismatch = &Check{
	ID:       "numbers/mismatch",
	Severity: Error,
	Doc: `number differs between the languages

Numbers are compared as values, whatever their writing: digits with French
or Dutch grouping (177 000, 177.000), decimals (2,5), percentages, amounts,
spelled-out numbers (neuf, negen), ordinals (18e, achttiende) and Roman
numerals that number a part (titre II). A number left over on each side
at about the same place is one changed number: an error for two numbers
in digits, a warning otherwise (number words, or the same figures with
two different multipliers). It is information where one side only has a
multiplier ("2,4 millards" ↔ "2,4 miljard": misspelt or said once), where
the two are one duration in two units ("dix-huit mois" ↔ "anderhalf
jaar"), where they are one apart after a bound word ("plus de 25 ans" ↔
"+26 jaar"), where the two are of different kinds (a percentage against
a count, an ordinal against a cardinal), where one is "un"/"une"/"een"
or one of two words is one, where one number is a part of the other
("9243, 349" ↔ "9243,349"), and in a pair most of whose facts differ
(values paired by position there are often two different things).
In a document of freely rewritten prose, whose pairs' lengths do not
follow each other (written questions; see clauses/missing), two numbers
in digits are a warning: left-over values pair up by accident there.
Numbers inside dates and references are compared by their own checks.
The numbers of a list's items ("1. … 2. a) …") are compared as one
sequence: where both sides number as many items and one differs, a
warning. A count and the ordinal after it are one fraction ("quatre
cinquièmes" ↔ "vier vijfde"), and a half after a number counts in its
value ("deux ans et demi" ↔ "twee en een half jaar"). An identifier
(a word of at least four letters and some digits: a file name in a
link, COVID-19) written with the same letters and other digits on the
two sides is a warning, where each side writes one identifier of that
shape.

  FR: … 208 persécutions ont eu lieu …
  NL: … 209 vervolgingen …            → NL has 209 where FR has 208`,
	Requires: []*Analysis{Comparisons, PairsByContent},
	Run: func(p *Pass) {
		runNumbers(p, true)
		identifierMismatches(p, p.contentPairs())
	},
}
