package checks

import (
	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/langdata"
)

// Coverage: how much of a sentence the other side renders, word by word.
// A faithful translation renders a sentence's own words somewhere on the
// other side, however freely it rewrites it: by the same word, a cognate,
// or a translation of the built-in table (translex). A sentence left out of
// the translation has its own words rendered nowhere, while the sentences
// around it, translated, have theirs. Only a sentence's own words count
// (written by no other sentence of its side): the words of the pair's
// subject recur in every sentence and are rendered by the others.

// sentCover is the coverage of one sentence of a side: how many of its own
// content words it has, and how many of them the other side renders.
type sentCover struct {
	c          clause
	words, hit int
}

// newCoverTable returns a table for coverage: the document's words, the
// built-in translations and cognates, no association learned from the
// document (coverage must not depend on how the rest of it pairs).
func newCoverTable() *lexTable {
	return &lexTable{w: newLexWords()}
}

// contentWords keeps, in place, the words of ts that are neither digits
// nor function words of the word-translation table.
func (t *lexTable) contentWords(ts []int32) []int32 {
	tl := langdata.LoadTranslex()
	out := ts[:0]
	for _, id := range ts {
		if !t.w.digits[id] && !tl.Function(t.w.words[id]) {
			out = append(out, id)
		}
	}
	return out
}

// coverage returns the coverage of each sentence sc of text s, in language
// l, by the other side's text o.
func (t *lexTable) coverage(l align.Lang, s string, sc []clause, o string) []sentCover {
	keep := t.contentWords
	other := keep(t.w.tokens(o, nil))
	sents := make([][]int32, len(sc))
	count := map[int32]int{}
	for i, c := range sc {
		sents[i] = keep(t.w.tokens(s[c.Start:c.End], nil))
		for _, id := range sents[i] {
			count[id]++
		}
	}
	match := func(a, b int32) bool { return t.matchesFrom(l, a, b) }
	out := make([]sentCover, len(sc))
	for i, c := range sc {
		out[i].c = c
		for _, a := range sents[i] {
			if count[a] > 1 {
				continue
			}
			out[i].words++
			for _, b := range other {
				if match(a, b) {
					out[i].hit++
					break
				}
			}
		}
	}
	return out
}

// lostWords is the word evidence on clause m of a pair, found without
// counterpart by the length or the lexical search: how many own content
// words the clause has and how many the other side renders, and the share
// of own words left unrendered in the rest of its side (without m) and in
// the other side (against the side without m).
type lostWords struct {
	words, hit           int
	ownMiss, otherMiss   float64
	ownWords, otherWords int
}

// lostWordsOf measures the word evidence on clause m of the pair fr, nl.
func (t *lexTable) lostWordsOf(fr, nl *align.Unit, m missing) lostWords {
	u, other := fr, nl
	if m.lang == align.NL {
		u, other = nl, fr
	}
	return t.lostWordsIn(m.lang, u.Text.S[:proseEnd(u)], m.c, other.Text.S[:proseEnd(other)])
}

// lostWordsIn measures the word evidence on clause c of text s, in
// language l, against the other side's text o.
func (t *lexTable) lostWordsIn(l align.Lang, s string, c clause, o string) lostWords {
	if c.End > len(s) {
		c.End = len(s)
	}
	// The sentences before the clause, the clause, the sentences after.
	sc := sentenceClauses(s[:c.Start])
	k := len(sc)
	sc = append(sc, clause{Start: c.Start, End: c.End})
	for _, x := range sentenceClauses(s[c.End:]) {
		x.Start += c.End
		x.End += c.End
		sc = append(sc, x)
	}
	var ev lostWords
	for i, x := range t.coverage(l, s, sc, o) {
		if i == k {
			ev.words, ev.hit = x.words, x.hit
			continue
		}
		ev.ownWords += x.words
		ev.ownMiss += float64(x.words - x.hit)
	}
	rest := s[:c.Start] + " " + s[c.End:]
	for _, x := range t.coverage(l.Other(), o, sentenceClauses(o), rest) {
		ev.otherWords += x.words
		ev.otherMiss += float64(x.words - x.hit)
	}
	if ev.ownWords > 0 {
		ev.ownMiss /= float64(ev.ownWords)
	}
	if ev.otherWords > 0 {
		ev.otherMiss /= float64(ev.otherWords)
	}
	return ev
}

// Thresholds of the word evidence on a clause the lengths show without
// counterpart in freely translated prose (see lostWords.lost). Measured on
// the held-out half of the written questions with one sentence dropped
// from a side: a clause of coverMinWords own words at least, of which at
// most coverMaxHit find a rendering, while the other side is rendered by
// the rest about as well as that rest by it (coverSlack), was raised on
// none of the 3,030 clean pairs.
const (
	coverMinWords = 5
	coverMaxHit   = 0.1
	coverSlack    = 0.1
)

// lost reports whether the words show the clause without counterpart: it
// has coverMinWords own words at least and the other side renders almost
// none of them, while the rest of the pair renders each other as a
// translation does (the other side leaves no more of its words
// unrendered than the rest of the clause's side, within coverSlack). A
// paraphrase fails the last test: the other side's wording of the clause
// is left unrendered too.
func (ev lostWords) lost() bool {
	return ev.words >= coverMinWords && float64(ev.hit) <= coverMaxHit*float64(ev.words) &&
		ev.otherMiss <= ev.ownMiss+coverSlack
}
