package checks

import "github.com/concord-bilingual/concord/checks/check"

// ClausesMissing reports a clause of a paired unit that has no
// counterpart in the other language.
var ClausesMissing = &check.Check{
	ID:       "clauses/missing",
	Severity: check.Warning,
	Sees:     ByContent,
	Doc: `clause with no counterpart in the other language

Each side of a pair is split into clauses (at semicolons, as in the
"considérant que …; considérant que …" and "dat …; dat …" chains, at
sentence ends and at the items of an enumeration "1° …, 2° …"); the
clauses are aligned in order by length, numbers, names and cognate
words, allowing one clause to stand for two. A clause is reported when it
is left without counterpart and the pair is too long on its side by about
that clause's length, or when the words the document pairs show it alone.
Where one language says in one sentence what the other says in two, a
part of a sentence between commas is reported when it holds the numbers
or the words the other side lacks and the lengths show it missing.

  FR: N. considérant que la nouvelle loi … a été adoptée …; considérant
      que la nouvelle loi précitée ne répond pas aux normes …;
  NL: N. vestigt er de aandacht op dat de nieuwe wet … werd aangenomen …;
      (no "dat voormelde nieuwe wet …")

The lengths speak only where the document's pairs follow the length
model: a warning where they do (resolutions, bills and reports, whose
two versions follow each other sentence by sentence), information where
many of its pairs lie far from it (freely rewritten prose such as
written questions, where a clause the lengths single out is almost
always a paraphrase). There a clause is still a warning when its words
agree with the lengths: of five words of its own at least, the other side
renders almost none (by the same word, a cognate or the built-in
translation table), while it renders the rest of the pair as a
translation does.
The same holds for the paragraphs of a flowing document (column streams),
which are paired by their lengths and whose sentences each language may
cut elsewhere: there a clause is a warning only when the other language's
text of its pair, and of the edge of the next or previous pair its own
paragraph edge faces, renders almost none of its own words, or renders
them at most half as well as those of the paragraph's other sentences.
A clause in the middle of its paragraph, or at an edge where both
languages open the next paragraph with the same item label, cannot have
crossed to a neighbour: with too few words to tell, the lengths decide.`,
	Requires: []*check.Analysis{NearbyText, PairsByContent, LengthFit},
	Run:      runClauses,
}
