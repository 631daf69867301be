package checks

import (
	"strings"

	"github.com/concord-bilingual/concord/align"
)

// In a flowing document (a column stream per language), the paragraphs of
// running text are paired by their lengths alone (intro:N, para:N), and
// each language may cut its sentences at other places: a sentence that
// stands without counterpart in its own pair often has it in the pair
// before or after (merged into the next sentence, after a semicolon, in a
// neighbour the pairing formed differently). Read on the five long real
// documents, none of the 15 clauses and lone sentences drawn among those
// reported there at warning had lost its translation. So there, as in
// freely translated prose, the lengths alone make information, and the
// lengths with the words a warning: a clause of at least coverMinWords
// content words of its own (used by no sentence of its language nearby),
// of which the other language's text of its pair and of the pairs next to
// it renders at most nearMaxHit. On those documents this leaves 3 of 13
// such warnings; on generated documents 23 of 30 dropped clauses are still
// warnings (25 before).

// nearPairs is how many pairs before and after a pair are read for the
// counterpart of a clause.
const nearPairs = 1

// nearMaxHit is the share of a clause's own words the text nearby may
// render while the clause still counts as lost: more than coverMaxHit of
// a pair alone, since the neighbours bring words of their own.
const nearMaxHit = 0.25

// nearText reads, for the pairs of a document, the text of the other
// language around each pair. The clause, sentence and length checks of a
// Run share one (Pass.near).
type nearText struct {
	doc   *align.Document
	index map[string]int // pair key → index in doc.Pairs, made on first lost
	tab   *lexTable
}

// near returns the nearText of the pass's document, made once per Run.
func (p *Pass) near() *nearText {
	m := p.shared()
	if m.near == nil || m.near.doc != p.Doc {
		m.near = &nearText{doc: p.Doc}
	}
	return m.near
}

// lengthPaired reports whether the pair key of the document was paired by
// lengths in a flow, where sentences may be cut elsewhere.
func (n *nearText) lengthPaired(key string) bool {
	return n.doc.Layout == "flow" && isUnlabelled(key)
}

// lost reports whether text s of language l, without counterpart in the
// pair key, has its own words rendered nowhere near: of coverMinWords
// content words at least that no sentence of its own language nearby
// uses (the words of the subject recur there and are rendered by those
// sentences), the other language's text of the pairs around it (its own
// pair included) renders at most coverMaxHit.
func (n *nearText) lost(key string, l align.Lang, s string) bool {
	return n.lostIn(key, l, s, 0, len(s))
}

// lostIn is lost for the clause text[start:end] of the pair key's side in
// language l, whose text is text: the rest of that side counts among the
// sentences nearby, so that a word the clause shares with the sentence
// before it in its own paragraph ("24 heures sur 24" and "vingt-quatre
// heures sur vingt-quatre") is no word of its own.
func (n *nearText) lostIn(key string, l align.Lang, text string, start, end int) bool {
	if n.index == nil {
		n.index = make(map[string]int, len(n.doc.Pairs))
		for i := range n.doc.Pairs {
			if _, ok := n.index[n.doc.Pairs[i].Key]; !ok {
				n.index[n.doc.Pairs[i].Key] = i
			}
		}
	}
	i, ok := n.index[key]
	if !ok {
		return false
	}
	var own, o strings.Builder
	for j := max(i-nearPairs, 0); j <= min(i+nearPairs, len(n.doc.Pairs)-1); j++ {
		if u := n.doc.Pairs[j].Side(l.Other()); u != nil {
			o.WriteString(u.Text.S)
			o.WriteByte(' ')
		}
		if j == i {
			own.WriteString(text[:start])
			own.WriteByte(' ')
			own.WriteString(text[end:])
			own.WriteByte(' ')
		} else if u := n.doc.Pairs[j].Side(l); u != nil {
			own.WriteString(u.Text.S)
			own.WriteByte(' ')
		}
	}
	// The sentences of its language nearby, then the clause as one.
	sc := sentenceClauses(own.String())
	at := own.Len()
	own.WriteString(text[start:end])
	sc = append(sc, clause{Start: at, End: own.Len()})
	if n.tab == nil {
		n.tab = newCoverTable()
	}
	c := n.tab.coverage(l, own.String(), sc, o.String())[len(sc)-1]
	return c.words >= coverMinWords && float64(c.hit) <= nearMaxHit*float64(c.words)
}
