package checks

import (
	"strings"

	"github.com/concord-bilingual/concord/align"
)

// windowPart is one unit of a window side, at Off in the joined text.
type windowPart struct {
	key string
	u   *align.Unit
	off int
}

// windowMissing looks for clauses without counterpart around the
// unlabelled paragraph pairs[i], which has one side only: the paragraphs
// were cut differently in the two languages, so its text may well be
// inside a neighbour's other side, and a clause dropped next to it shows
// only when the neighbours are read together. Each side of the window (the
// paired neighbours before and after, and the lone paragraph) is joined
// into one text and the two are compared like one pair. A clause found
// missing inside a neighbour is returned with that neighbour's key; one
// inside the lone paragraph is not (the paragraph is reported as missing
// already).
func windowMissing(pairs []align.Pair, i int) []windowFinding {
	lone := &pairs[i]
	l := align.FR
	if lone.FR == nil {
		l = align.NL
	}
	if languageOf(lone.Side(l).Text.S) == l.Other() {
		return nil // a paragraph left in the other language: pasted, not cut differently
	}
	prefix, _, _ := strings.Cut(lone.Key, ":")
	var before, after *align.Pair
	if i > 0 && fullPair(&pairs[i-1], prefix) {
		before = &pairs[i-1]
	}
	if i+1 < len(pairs) && fullPair(&pairs[i+1], prefix) {
		after = &pairs[i+1]
	}
	if before == nil || after == nil {
		// With one neighbour, the pairing gone astray may run on past
		// the window: the window's lengths show that, not a clause.
		return nil
	}
	var lp, op []windowPart // the parts of the lone paragraph's side and of the other
	if before != nil {
		lp = append(lp, windowPart{key: before.Key, u: before.Side(l)})
		op = append(op, windowPart{key: before.Key, u: before.Side(l.Other())})
	}
	lp = append(lp, windowPart{key: lone.Key, u: lone.Side(l)})
	if after != nil {
		lp = append(lp, windowPart{key: after.Key, u: after.Side(l)})
		op = append(op, windowPart{key: after.Key, u: after.Side(l.Other())})
	}
	lu, ou := joinParts(lp), joinParts(op)
	fr, nl := lu, ou
	if l == align.NL {
		fr, nl = ou, lu
	}
	var out []windowFinding
	for _, m := range missingClauses(fr, nl) {
		parts, u := lp, lu
		if m.lang != l {
			parts, u = op, ou
		}
		if atEdge(u, m.c) {
			// A pairing gone astray moves clauses across the window's
			// ends: the counterpart may lie just outside.
			continue
		}
		k := partAt(parts, m.c.Start)
		if k < 0 || parts[k].key == lone.Key || m.c.End > parts[k].off+len(parts[k].u.Text.S) {
			continue // in the lone paragraph, or across two paragraphs
		}
		m.c.Start -= parts[k].off
		m.c.End -= parts[k].off
		if m.alt != nil {
			// The other suspect may lie in another paragraph: name the
			// one found only.
			m.alt = nil
		}
		out = append(out, windowFinding{key: parts[k].key, unit: parts[k].u, m: m})
	}
	return out
}

// windowFinding is a clause without counterpart found by windowMissing,
// located in unit, the side of pair key that holds it.
type windowFinding struct {
	key  string
	unit *align.Unit
	m    missing
}

// fullPair reports whether p is an unlabelled paragraph pair of prefix
// with both sides of its own.
func fullPair(p *align.Pair, prefix string) bool {
	return !p.Shared && p.FR != nil && p.NL != nil && strings.HasPrefix(p.Key, prefix+":")
}

// joinParts joins the texts of the parts' units into one unit and sets
// each part's offset in it.
func joinParts(ps []windowPart) *align.Unit {
	u := *ps[0].u
	u.Text = align.Text{}
	for k := range ps {
		if k == 0 {
			u.Text.AppendText(ps[k].u.Text)
		} else {
			u.Text.Join(ps[k].u.Text)
		}
		ps[k].off = len(u.Text.S) - len(ps[k].u.Text.S)
	}
	return &u
}

// partAt returns the index of the part that holds byte offset off, or -1.
func partAt(ps []windowPart, off int) int {
	for k := len(ps) - 1; k >= 0; k-- {
		if off >= ps[k].off {
			return k
		}
	}
	return -1
}

// atEdge reports whether clause c of unit u holds the first or the last
// clause of u's prose.
func atEdge(u *align.Unit, c clause) bool {
	cs := splitClauses(u.Text.S[:proseEnd(u)], u.Body)
	return len(cs) == 0 || c.Start <= cs[0].Start || c.End >= cs[len(cs)-1].End
}
