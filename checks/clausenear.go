package checks

import (
	"strings"
	"sync"
	"unicode"

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
// such warnings; on generated documents 23 of 30 dropped clauses were
// still warnings (25 before). lostIn reads the pair's own paragraph and
// only the facing edge of a neighbour, and leaves a clause no sentence can
// have crossed to the lengths: 27 of 30, the long documents unchanged.

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
	doc *align.Document
	// mu guards index and tab, which lostIn makes on first use and tab
	// reuses its buffers: the checks that share a nearText run side by
	// side.
	mu    sync.Mutex
	index map[string]int // pair key → index in doc.Pairs, made on first lost
	tab   *lexTable
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
// language l, whose text is text. The rest of that side counts among the
// sentences nearby, so that a word the clause shares with the sentence
// before it in its own paragraph ("24 heures sur 24" and "vingt-quatre
// heures sur vingt-quatre") is no word of its own.
//
// A sentence is cut elsewhere at an edge of its paragraph only: the
// first one may have gone to the end of the paragraph before, the last
// one to the start of the paragraph after. So a clause with running text
// of its own paragraph on both sides of it is left to the pair's own
// lengths and words (lost), and of the neighbours' other side only the
// edge that faces the clause is read, as much of it as the clause is long
// twice over: the far sentences of a long neighbour render some words of
// any sentence by chance.
//
// An edge where both languages open a paragraph with the same item label
// ("2. La Chambre nomme …" / "2. De Kamer wijst …") is fixed: no sentence
// crossed it.
func (n *nearText) lostIn(key string, l align.Lang, text string, start, end int) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
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
	first := !proseIn(text[:start]) && !labelledEdge(&n.doc.Pairs[i])
	last := !proseIn(text[end:]) && (i+1 == len(n.doc.Pairs) || !labelledEdge(&n.doc.Pairs[i+1]))
	reach := 2 * (end - start)
	var own, o strings.Builder
	pa, pb := 0, 0 // the rest of the clause's own paragraph in own
	for j := max(i-nearPairs, 0); j <= min(i+nearPairs, len(n.doc.Pairs)-1); j++ {
		if u := n.doc.Pairs[j].Side(l.Other()); u != nil {
			switch {
			case j == i:
				o.WriteString(u.Text.S)
			case j < i && first:
				o.WriteString(edgeText(u.Text.S, reach, false))
			case j > i && last:
				o.WriteString(edgeText(u.Text.S, reach, true))
			}
			o.WriteByte(' ')
		}
		if j == i {
			pa = own.Len()
			own.WriteString(text[:start])
			own.WriteByte(' ')
			own.WriteString(text[end:])
			pb = own.Len()
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
	cov := n.tab.coverage(l, own.String(), sc, o.String())
	words, hit := cov[len(cov)-1].words, cov[len(cov)-1].hit
	if words < coverMinWords {
		// Too few words of its own to show it lost: unless they show it
		// rendered, a clause that no sentence can have crossed to a
		// neighbour is left to the pair's lengths.
		rendered := hit >= 2 && float64(hit) > lostVetoShare*float64(words)
		return !rendered && !first && !last
	}
	if float64(hit) <= nearMaxHit*float64(words) {
		return true
	}
	// In a long pair the other side renders some words of any sentence
	// by chance: the clause is lost too when the other side renders its
	// own words at most half as well as those of the other sentences of
	// its paragraph, which it translates.
	var rw, rh int
	for _, c := range cov[:len(cov)-1] {
		if c.c.Start >= pa && c.c.End <= pb {
			rw += c.words
			rh += c.hit
		}
	}
	return rw >= coverMinWords && float64(hit)*float64(rw) <= nearRelHit*float64(rh)*float64(words)
}

// nearRelHit is the most, relative to the other sentences of its
// paragraph, that the other side may render of a clause's own words while
// the clause still counts as lost.
const nearRelHit = 0.5

// ownCoverage returns how many own content words clause c of language l
// has (written by no sentence of rest, the text of its language around
// it) and how many of them the other language's text o renders by a word
// that taken, the rest of the clause's own paragraph, does not render
// already: the other side's rendering of the sentences beside the clause
// is theirs, and a word of the clause it happens to match ("terme" for
// the "termijn" of another sentence) is no counterpart.
func (t *lexTable) ownCoverage(l align.Lang, c, rest, taken, o string) (words, hit int) {
	keep := t.contentWords
	match := func(a, b int32) bool { return t.matchesFrom(l, a, b) }
	other := keep(t.w.tokens(o, nil))
	inRest := map[int32]bool{}
	for _, id := range keep(t.w.tokens(rest, nil)) {
		inRest[id] = true
	}
	beside := keep(t.w.tokens(taken, nil))
	free := other[:0:0]
	for _, b := range other {
		used := false
		for _, a := range beside {
			if match(a, b) {
				used = true
				break
			}
		}
		if !used {
			free = append(free, b)
		}
	}
	for _, a := range keep(t.w.tokens(c, nil)) {
		if inRest[a] {
			continue
		}
		words++
		for _, b := range free {
			if match(a, b) {
				hit++
				break
			}
		}
	}
	return words, hit
}

// proseMinLetters is the number of letters that make running text beside
// a clause: fewer are a label, a footnote call or a closing quotation.
const proseMinLetters = 20

// proseIn reports whether s holds proseMinLetters letters at least.
func proseIn(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if n++; n >= proseMinLetters {
				return true
			}
		}
	}
	return false
}

// edgeText returns the sentences at the start (head) or the end of s that
// make up at least n bytes, whole sentences, or all of s.
func edgeText(s string, n int, head bool) string {
	sc := sentenceClauses(s)
	if len(sc) == 0 {
		return s
	}
	if head {
		for _, c := range sc {
			if c.End >= n {
				return s[:c.End]
			}
		}
		return s
	}
	for k := len(sc) - 1; k >= 0; k-- {
		if len(s)-sc[k].Start >= n {
			return s[sc[k].Start:]
		}
	}
	return s
}

// labelledEdge reports whether both sides of pr open with the same list
// item label ("2. ", "b) ", "3° ").
func labelledEdge(pr *align.Pair) bool {
	if pr.FR == nil || pr.NL == nil {
		return false
	}
	a, b := leadLabel(pr.FR.Text.S), leadLabel(pr.NL.Text.S)
	return a != "" && a == b
}

// leadLabel returns the list item label s opens with, or "".
func leadLabel(s string) string {
	s = strings.TrimLeft(s, " ")
	switch {
	case listLabel(s) != "":
		return s[:len(listLabel(s))+1]
	case degreeLabelAt(s):
		return s[:strings.Index(s, "°")]
	case len(s) >= 3 && s[0] >= 'a' && s[0] <= 'z' && s[1] == ')' && s[2] == ' ':
		return s[:2]
	}
	return ""
}
