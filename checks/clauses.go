package checks

import (
	"fmt"
	"math"
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
	fitZ       = 1.5
	minClause  = 40 // runes; shorter clauses are connectors and tails
	cheapDel   = 1.0
	dearDel    = 8.0
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

func runClauses(p *Pass) {
	for i := range p.Doc.Pairs {
		pr := &p.Doc.Pairs[i]
		if pr.Shared || !isProse(pr.Key) || pr.FR == nil || pr.NL == nil {
			continue
		}
		for _, m := range missingClauses(pr.FR, pr.NL) {
			f := Finding{Unit: pr.Key}
			if m.lang == align.FR {
				f.Message = fmt.Sprintf("FR clause has no counterpart in NL: %q", quote(pr.FR.Text.S[m.c.Start:m.c.End]))
				f.FR = At(pr.FR, m.c.Start, m.c.End)
			} else {
				f.Message = fmt.Sprintf("NL clause has no counterpart in FR: %q", quote(pr.NL.Text.S[m.c.Start:m.c.End]))
				f.NL = At(pr.NL, m.c.Start, m.c.End)
			}
			p.Report(f)
		}
	}
}

// missing is a clause of one side without counterpart.
type missing struct {
	lang align.Lang
	c    clause
}

// missingClauses returns the clauses of fr or nl that have no counterpart.
func missingClauses(fr, nl *align.Unit) []missing {
	lf, ln := runeLen(fr.Text.S[fr.Body:]), runeLen(nl.Text.S[nl.Body:])
	if lf == 0 || ln == 0 {
		return nil
	}
	z := lengthZ(lf, ln, unitVar)
	rel := float64(ln) / (nlPerFR * float64(lf))
	delFR, delNL := dearDel, dearDel
	switch {
	case z >= missingZ && rel >= 1+missingRel:
		delNL = cheapDel
	case z <= -missingZ && rel <= 1-missingRel:
		delFR = cheapDel
	default:
		return nil
	}
	fc, nc := splitClauses(fr.Text.S, fr.Body), splitClauses(nl.Text.S, nl.Body)
	var out []missing
	removed := 0
	for _, l := range alignClauses(fc, nc, delFR, delNL) {
		switch {
		case l.NL[0] == l.NL[1] && delFR == cheapDel:
			for _, c := range fc[l.FR[0]:l.FR[1]] {
				out = append(out, missing{align.FR, c})
				removed += c.Len
			}
		case l.FR[0] == l.FR[1] && delNL == cheapDel:
			for _, c := range nc[l.NL[0]:l.NL[1]] {
				out = append(out, missing{align.NL, c})
				removed += c.Len
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	// The clauses found must explain the excess length, each be long
	// enough to be a clause, and carry no number the other side has.
	if delFR == cheapDel {
		lf -= removed
	} else {
		ln -= removed
	}
	z2 := lengthZ(lf, ln, unitVar)
	if math.Abs(z2) > fitZ || math.Abs(z)-math.Abs(z2) < fitZ {
		return nil
	}
	other := map[align.Lang]map[string]bool{
		align.FR: setOf(numbersIn(nl.Text.S[nl.Body:])),
		align.NL: setOf(numbersIn(fr.Text.S[fr.Body:])),
	}
	for _, m := range out {
		if m.c.Len < minClause {
			return nil
		}
		for n := range m.c.Numbers {
			if other[m.lang][n] {
				return nil
			}
		}
	}
	return out
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
