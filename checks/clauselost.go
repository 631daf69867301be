package checks

import (
	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/langdata"
)

// The translation test: whether a clause said to have no counterpart has
// one by its own words. A clause's distinctive words are those the rest
// of its side does not write; a faithful translation renders them somewhere on the other
// side, by the same word, a cognate, a word the document's pairs associate
// or one of the translation table (lexTable.matches), where no other clause
// of the side accounts for that word already. A sentence left out of the
// translation has its distinctive words rendered nowhere. No length, no
// order: a paraphrase that reorders the sentence keeps its words. The
// test only takes findings away: measured on written questions, too few
// words of a faithful translation find their rendering for a clause
// without any to be shown missing by that alone (see docs/translex.md).

// Thresholds of the translation test. A clause another search reports is
// dropped when it has lostMinWords distinctive words at least and more
// than lostVetoShare of them find a rendering: the other side has its
// counterpart.
const (
	lostMinWords  = 3
	lostVetoShare = 0.34
)

// lostSide is one side of a pair as the translation search reads it: the
// content tokens of each clause, and for each token of the other side how
// many of this side's clauses render it.
type lostSide struct {
	toks   [][]int32     // by clause
	hits   [][]bool      // by clause, by token of the other side: rendered by the clause
	by     []int         // by token of the other side: how many clauses render it
	counts map[int32]int // token → how many clauses of the side write it
	other  []int32       // the other side's distinct content tokens
}

// newLostSide reads the clauses cs of text s in language l against the
// other side's prose, other.
func (t *lexTable) newLostSide(l align.Lang, s string, cs []clause, other string) *lostSide {
	x := &lostSide{counts: map[int32]int{}}
	x.other = t.content(l.Other(), t.w.tokens(other, nil))
	x.by = make([]int, len(x.other))
	match := func(a, b int32) bool { return t.matchesFrom(l, a, b) }
	for _, c := range cs {
		ts := t.content(l, t.w.tokens(c.text(s), nil))
		x.toks = append(x.toks, ts)
		for _, id := range ts {
			x.counts[id]++
		}
		h := make([]bool, len(x.other))
		for k, o := range x.other {
			for _, a := range ts {
				if match(a, o) {
					h[k] = true
					x.by[k]++
					break
				}
			}
		}
		x.hits = append(x.hits, h)
	}
	return x
}

// rendered returns how many of the distinctive words of clause k (written
// by no other clause of the side, not a function word of the table) find a rendering on the other side that
// no other clause of the side accounts for, and how many distinctive words
// the clause has.
func (x *lostSide) rendered(t *lexTable, l align.Lang, k int) (hit, words int) {
	match := func(a, b int32) bool { return t.matchesFrom(l, a, b) }
	tl := langdata.LoadTranslex()
	for _, a := range x.toks[k] {
		if x.counts[a] > 1 || t.w.digits[a] || tl.Function(t.w.words[a]) {
			continue
		}
		words++
		for j, o := range x.other {
			if x.by[j] == 1 && x.hits[k][j] && match(a, o) {
				hit++
				break
			}
		}
	}
	return hit, words
}

// lostConfirms reports whether the other side's words leave clause m,
// found by another search, without counterpart: false when it has
// lostMinWords distinctive words at least and more than lostVetoShare of
// them find a rendering there, however the lengths look.
func (t *lexTable) lostConfirms(fr, nl *align.Unit, m missing) bool {
	u, other := fr, nl
	if m.lang == align.NL {
		u, other = nl, fr
	}
	s := u.Text.S[:proseEnd(u)]
	// The side read as the clause and the rest of the side around it.
	cs := []clause{{Start: 0, End: m.c.Start}, m.c, {Start: m.c.End, End: len(s)}}
	if m.c.End > len(s) {
		cs[2] = clause{Start: len(s), End: len(s)}
	}
	x := t.newLostSide(m.lang, s, cs, other.Text.S[:proseEnd(other)])
	hit, words := x.rendered(t, m.lang, 1)
	return words < lostMinWords || float64(hit) <= lostVetoShare*float64(words)
}

// confirmed returns the clauses of ms, found by the other searches, that
// lostConfirms does not contradict.
func (s *lexSearch) confirmed(doc *align.Document, fr, nl *align.Unit, ms []missing) []missing {
	if len(ms) == 0 {
		return ms
	}
	if s.t == nil {
		s.t = newLexTable(doc)
	}
	out := ms[:0]
	for _, m := range ms {
		if s.t.lostConfirms(fr, nl, m) {
			out = append(out, m)
		}
	}
	return out
}
