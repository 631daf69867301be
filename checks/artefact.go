package checks

import (
	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// hit is one artefact found in a text: the bytes s[Start:End] and the
// message that says what is wrong and what to write instead.
type hit struct {
	Start, End int
	Message    string
}

// textArtefactCheck builds a check that runs find on the text of every
// unit of the document, each language on its own: paired, one-language and
// shared units and the rows of the cover tables alike.
func textArtefactCheck(id, doc string, find func(s string) []hit) *check.Check {
	return newArtefactCheck(id, doc, false, func(u *align.Unit, _ func() string, _ *lexicon) []hit { return find(u.Text.S) })
}

// artefactCheck is textArtefactCheck for a finder that also reads the
// document's words (a word the document writes elsewhere is no artefact).
func artefactCheck(id, doc string, find func(u *align.Unit, lx *lexicon) []hit) *check.Check {
	return newArtefactCheck(id, doc, true, func(u *align.Unit, _ func() string, lx *lexicon) []hit { return find(u, lx) })
}

// pairedArtefactCheck is artefactCheck for a finder that also reads the
// text of the other language of the unit's pair ("" for a unit alone),
// through other, which pairs the units on first use.
func pairedArtefactCheck(id, doc string, find func(u *align.Unit, other func() string, lx *lexicon) []hit) *check.Check {
	return newArtefactCheck(id, doc, true, find)
}

// newArtefactCheck builds the artefact checks; with words, the check
// requires the document's word counts and gives them to find.
func newArtefactCheck(id, doc string, words bool, find func(u *align.Unit, other func() string, lx *lexicon) []hit) *check.Check {
	c := &check.Check{ID: id, Severity: check.Warning, Doc: doc, Sees: ByContent}
	if words {
		c.Requires = []*check.Analysis{WordCounts}
	}
	c.Run = func(p *check.Pass) {
		var lx *lexicon
		var others map[*align.Unit]string
		otherOf := func(u *align.Unit) string {
			if others == nil {
				others = map[*align.Unit]string{}
				for i := range p.Doc.Pairs {
					pr := &p.Doc.Pairs[i]
					if pr.FR != nil && pr.NL != nil && pr.FR != pr.NL {
						others[pr.FR], others[pr.NL] = pr.NL.Text.S, pr.FR.Text.S
					}
				}
			}
			return others[u]
		}
		if words && len(p.Doc.Units) > 0 {
			lx = wordCounts(p)
		}
		for i := range p.Doc.Units {
			u := &p.Doc.Units[i]
			for _, h := range find(u, func() string { return otherOf(u) }, lx) {
				fr, nl := sideEvidence(p.Doc, u, h.Start, h.End)
				p.Report(check.Finding{Unit: u.Key, Message: sideName(u.Lang) + " " + h.Message, FR: fr, NL: nl})
			}
		}
	}
	return c
}
