package checks

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"concord/align"
)

// Thresholds of the missing-clause check. A clause is looked for only when
// the whole pair is too long on one side by at least missingZ standard
// deviations of the length model and by at least missingRel of the
// expected length (correct pairs of the seed stay within 2.5 deviations).
// The clause left without counterpart must then explain the excess: with
// it removed the pair must come within fitZ deviations.
const (
	missingZ   = 2.5
	missingRel = 0.12
	fitZ       = 2.0
	minClause  = 40 // runes; shorter clauses are connectors and tails
	maxClauses = 60 // longer units are left alone: the search is quadratic
	ambiguity  = 1.0
)

// ClausesMissing reports a clause of a paired unit that has no
// counterpart in the other language.
var ClausesMissing = &Check{
	ID:       "clauses/missing",
	Severity: Error,
	Doc: `clause with no counterpart in the other language

Each side of a pair is split into clauses (at semicolons, as in the
"considérant que …; considérant que …" and "dat …; dat …" chains, and at
sentence ends); the clauses are aligned in order by length, numbers, names
and cognate words, allowing one clause to stand for two. A clause is
reported when it is left without counterpart and the pair is too long on
its side by about that clause's length.

  FR: N. considérant que la nouvelle loi … a été adoptée …; considérant
      que la nouvelle loi précitée ne répond pas aux normes …;
  NL: N. vestigt er de aandacht op dat de nieuwe wet … werd aangenomen …;
      (no "dat voormelde nieuwe wet …")`,
	Run: runClauses,
}

// runClauses compares the clauses of the pairs by content, so that after
// a label shift a recital is compared with its own translation.
func runClauses(p *Pass) {
	for _, cp := range contentPairsOf(p.Doc, p.shifts()) {
		pr := &cp
		if !isProse(pr.Key) {
			continue
		}
		for _, m := range missingClauses(pr.FR, pr.NL) {
			u, other := pr.FR, "NL"
			if m.lang == align.NL {
				u, other = pr.NL, "FR"
			}
			f := Finding{Unit: pr.Key,
				Message: fmt.Sprintf("%s clause has no counterpart in %s: %q", sideName(m.lang), other, quote(u.Text.S[m.c.Start:m.c.End]))}
			if m.alt != nil {
				// Two clauses fit almost equally well: say so, and lower
				// the severity, since the quoted one may be the wrong one.
				f.Severity = Warning
				f.Message += fmt.Sprintf(" (or %q)", quote(u.Text.S[m.alt.Start:m.alt.End]))
			}
			if m.lang == align.FR {
				f.FR = At(u, m.c.Start, m.c.End)
			} else {
				f.NL = At(u, m.c.Start, m.c.End)
			}
			p.Report(f)
		}
	}
}

// missing is a clause of one side without counterpart. Alt, when not
// nil, is another clause of the same side that fits almost as well.
type missing struct {
	lang align.Lang
	c    clause
	alt  *clause
}

// missingClauses returns the clause of fr or nl that has no counterpart,
// if the pair shows one. The pair must be too long on one side (by
// missingZ deviations and missingRel of the expected length); each clause
// of that side is then tried as the missing one: the rest of the side is
// aligned with the other side, and the clause whose removal gives the
// cheapest alignment and brings the lengths back within fitZ wins. A
// clause that carries a number the other side has is never missing.
func missingClauses(fr, nl *align.Unit) []missing {
	lf, ln := proseLen(fr), proseLen(nl)
	if lf == 0 || ln == 0 {
		return nil
	}
	z := lengthZ(lf, ln, unitVar)
	rel := float64(ln) / (nlPerFR * float64(lf))
	var side align.Lang
	fe, ne := proseEnd(fr), proseEnd(nl)
	fc, nc := splitClauses(fr.Text.S[:fe], fr.Body), splitClauses(nl.Text.S[:ne], nl.Body)
	switch {
	case z >= missingZ && rel >= 1+missingRel:
		side = align.NL
	case z <= -missingZ && rel <= 1-missingRel:
		side = align.FR
	default:
		return anchoredMissing(fr, nl, fc, nc, lf, ln)
	}
	long, short, otherText, text := nc, fc, fr.Text.S[fr.Body:fe], nl.Text.S
	if side == align.FR {
		long, short, otherText, text = fc, nc, nl.Text.S[nl.Body:ne], fr.Text.S
	}
	if len(long) < 2 || len(long) > maxClauses || len(short) > maxClauses {
		return nil
	}
	if len(long) == len(short) && !hasOrphan(fc, nc) {
		// As many clauses on both sides, and their numbers, names and
		// cognates line every one up: the text is wordier, not short of
		// a clause.
		return nil
	}
	otherNums := setOf(numbersIn(otherText))
	type candidate struct {
		k    int
		cost float64
	}
	var cands []candidate
	for k, c := range long {
		if c.Len < minClause || sharesNumber(c, otherNums) {
			continue
		}
		lf2, ln2 := lf, ln
		if side == align.FR {
			lf2 -= c.Len
		} else {
			ln2 -= c.Len
		}
		z2 := lengthZ(lf2, ln2, unitVar)
		if math.Abs(z2) > fitZ || math.Abs(z)-math.Abs(z2) < fitZ {
			continue
		}
		rest := append(append([]clause(nil), long[:k]...), long[k+1:]...)
		var cost float64
		if side == align.FR {
			cost = alignCost(rest, short)
		} else {
			cost = alignCost(short, rest)
		}
		cands = append(cands, candidate{k, cost + z2*z2/2})
	}
	if len(cands) == 0 {
		// No clause alone explains the excess (the translation is also
		// wordier or terser elsewhere): the content alignment may still
		// show the clause left over.
		return anchoredMissing(fr, nl, fc, nc, lf, ln)
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].cost < cands[j].cost })
	m := missing{lang: side, c: long[cands[0].k]}
	if len(cands) > 1 && cands[1].cost-cands[0].cost < ambiguity &&
		long[cands[1].k].text(text) != long[cands[0].k].text(text) {
		alt := long[cands[1].k]
		m.alt = &alt
	}
	return []missing{m}
}

// sharesNumber reports whether clause c has a number of set nums. The
// number of a list item's label ("5. de eventuele hiaten …") does not
// count: the other side has its own item 5 whether or not this one was
// translated.
func sharesNumber(c clause, nums map[string]bool) bool {
	for n := range c.Numbers {
		if nums[n] && n != c.Label {
			return true
		}
	}
	return false
}

// setOf returns the set of the strings of list.
func setOf(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[s] = true
	}
	return m
}

// quote shortens a clause for a message: at most 120 characters, the
// middle cut out.
func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= 120 {
		return s
	}
	return string(r[:80]) + " … " + string(r[len(r)-35:])
}

// Thresholds of the anchored search, for pairs whose lengths are within
// the noise. The clauses are aligned with a price of anchorDelete for a
// clause left without counterpart, the price groupPairCost puts on merging
// two clauses; such a clause is reported when that alignment beats the best
// one without it by as much again, when the whole pair is longer on its
// side by anchorZ deviations, and when taking it out brings the lengths
// closer. With these values the seed and the corpus raise nothing.
const (
	anchorDelete = 2.0
	anchorMargin = 2.0
	anchorZ      = 1.0
)

// anchoredMissing returns the clause of fr or nl that has no counterpart
// when the clauses, aligned by their numbers, names, cognates and
// lengths, show one although the pair's lengths alone do not: a list item
// or a short sentence dropped from a long unit.
func anchoredMissing(fr, nl *align.Unit, fc, nc []clause, lf, ln int) []missing {
	if len(fc) < 2 && len(nc) < 2 || len(fc) > maxClauses || len(nc) > maxClauses || len(fc) == 0 || len(nc) == 0 {
		return nil
	}
	links, cost := alignDP(fc, nc, anchorDelete, anchorDelete)
	if links == nil || alignCost(fc, nc)-cost < anchorMargin {
		return nil
	}
	z := lengthZ(lf, ln, unitVar)
	var out []missing
	for _, l := range links {
		var m missing
		switch {
		case l.NL[0] == l.NL[1] && l.FR[1]-l.FR[0] == 1 && z <= -anchorZ:
			m = missing{lang: align.FR, c: fc[l.FR[0]]}
			lf -= m.c.Len
		case l.FR[0] == l.FR[1] && l.NL[1]-l.NL[0] == 1 && z >= anchorZ:
			m = missing{lang: align.NL, c: nc[l.NL[0]]}
			ln -= m.c.Len
		default:
			continue
		}
		if m.lang == align.FR && len(fc) <= len(nc) || m.lang == align.NL && len(nc) <= len(fc) {
			continue // the side said to lack a clause has as many: they only line up differently
		}
		other, text := nl.Text.S[nl.Body:proseEnd(nl)], fr.Text.S
		if m.lang == align.NL {
			other, text = fr.Text.S[fr.Body:proseEnd(fr)], nl.Text.S
		}
		if m.c.Len < minClause || sharesNumber(m.c, setOf(numbersIn(other))) || sharedText(m.c.text(text), other) {
			continue
		}
		if z2 := lengthZ(lf, ln, unitVar); math.Abs(z2) >= math.Abs(z) {
			continue
		}
		out = append(out, m)
	}
	if len(out) != 1 {
		return nil // several orphans: the clauses do not line up
	}
	return out
}

// sharedText reports whether clause text c stands verbatim in other: a
// quotation or a title kept in the original language has a counterpart.
func sharedText(c, other string) bool {
	return len(c) >= 20 && strings.Contains(other, c)
}

// hasOrphan reports whether the content alignment of the clauses leaves a
// clause of either side without counterpart.
func hasOrphan(fc, nc []clause) bool {
	links, _ := alignDP(fc, nc, anchorDelete, anchorDelete)
	for _, l := range links {
		if l.FR[0] == l.FR[1] || l.NL[0] == l.NL[1] {
			return true
		}
	}
	return links == nil
}
