package checks

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// Thresholds of the missing-clause check. A clause is looked for only when
// the whole pair is too long on one side by at least missingZ standard
// deviations of the length model and by at least missingRel of the
// expected length (correct pairs of the seed stay within 2.5 deviations).
// The clause left without counterpart must then explain the excess: with
// it removed the pair must come within fitZ deviations, and the length
// model must find the pair without it more likely by fitGain in z² (a
// likelihood ratio of e³): at the threshold, z = 2.5 must come down to
// 0.5; a pair further off may keep more of its deviation, since a
// translator's wordiness elsewhere in the unit stays when the clause goes.
const (
	missingZ   = 2.5
	missingRel = 0.12
	fitZ       = 2.0
	fitGain    = 6.0
	minClause  = 40 // runes; shorter clauses are connectors and tails
	maxClauses = 60 // longer units are left alone: the search is quadratic
	ambiguity  = 1.0
)

// runClauses compares the clauses of the pairs by content, so that after
// a label shift a recital is compared with its own translation.
func runClauses(p *check.Pass) {
	reported := map[string]bool{}
	sev := check.Warning
	if !tight(p) {
		sev = check.Info
	}
	var lex lexSearch
	var cov *lexTable
	near := nearbyText(p)
	for _, cp := range contentPairs(p) {
		pr := &cp
		if !isProse(pr.Key) {
			continue
		}
		// The searches read the same clauses: split each side once.
		fc, nc := proseClauses(pr.FR), proseClauses(pr.NL)
		// A clause whose own words the other side renders has its
		// counterpart there, however the lengths look; the next search
		// may still find the one that has none.
		found := lex.confirmed(p.Doc, pr.FR, pr.NL, missingClausesOf(pr.FR, pr.NL, fc, nc))
		if len(found) == 0 {
			found = lex.confirmed(p.Doc, pr.FR, pr.NL, lex.missing(p.Doc, pr.FR, pr.NL, fc, nc))
		}
		if len(found) == 0 {
			found = lex.confirmed(p.Doc, pr.FR, pr.NL, lex.commaMissing(p.Doc, pr.FR, pr.NL, fc, nc))
		}
		for _, m := range found {
			if besideOrphan(p.Doc, pr.Key, m.lang.Other()) {
				continue
			}
			u := pr.FR
			if m.lang == align.NL {
				u = pr.NL
			}
			msev := sev
			if sev == check.Info {
				// Free prose: the lengths alone do not make a warning,
				// the lengths and the words together do.
				if cov == nil {
					cov = newCoverTable()
				}
				if cov.lostWordsOf(pr.FR, pr.NL, m).lost() {
					msev = check.Warning
				}
			}
			if msev > check.Info && near.lengthPaired(pr.Key) && !near.lostIn(pr.Key, m.lang, u.Text.S, m.c.Start, m.c.End) {
				msev = check.Info // cut elsewhere, perhaps: see clausenear.go
			}
			reportMissing(p, pr.Key, u, m, msev)
			reported[pr.Key] = true
		}
	}
	// Around a paragraph with one side only, the neighbours read together.
	for i := range p.Doc.Pairs {
		pr := &p.Doc.Pairs[i]
		if pr.Shared || (pr.FR == nil) == (pr.NL == nil) || !isUnlabelled(pr.Key) {
			continue
		}
		for _, w := range windowMissing(p.Doc.Pairs, i) {
			if !reported[w.key] {
				wsev := sev
				if wsev > check.Info && near.lengthPaired(w.key) && !near.lostIn(w.key, w.m.lang, w.unit.Text.S, w.m.c.Start, w.m.c.End) {
					wsev = check.Info
				}
				reportMissing(p, w.key, w.unit, w.m, wsev)
				reported[w.key] = true
			}
		}
	}
}

// reportMissing reports clause m of unit u, a side of the pair key, as
// without counterpart, at severity sev.
func reportMissing(p *check.Pass, key string, u *align.Unit, m missing, sev check.Severity) {
	other := "FR"
	if m.lang == align.FR {
		other = "NL"
	}
	f := check.Finding{Unit: key, Severity: sev,
		Message: fmt.Sprintf("%s clause has no counterpart in %s: %q", sideName(m.lang), other, quote(u.Text.S[m.c.Start:m.c.End]))}
	if m.alt != nil {
		// Two clauses fit almost equally well: say so; the quoted one
		// may be the wrong one.
		f.Message += fmt.Sprintf(" (or %q)", quote(u.Text.S[m.alt.Start:m.alt.End]))
	}
	if m.lang == align.FR {
		f.FR = check.At(u, m.c.Start, m.c.End)
	} else {
		f.NL = check.At(u, m.c.Start, m.c.End)
	}
	p.Report(f)
}

// isUnlabelled reports whether key is that of an unlabelled paragraph
// (intro:N, para:N), whose pairing rests on lengths alone.
func isUnlabelled(key string) bool {
	return strings.HasPrefix(key, "intro:") || strings.HasPrefix(key, "para:")
}

// orphanReach is how many paragraphs on either side besideOrphan looks at.
const orphanReach = 3

// besideOrphan reports whether the unlabelled paragraph key stands within
// orphanReach paragraphs of a paragraph of language l alone: the
// paragraphs were cut differently in the two languages and the pairing
// went astray there, so a clause of the other language without
// counterpart in this pair may well have it in a neighbour. The lone
// paragraph is reported as missing already.
func besideOrphan(doc *align.Document, key string, l align.Lang) bool {
	if !isUnlabelled(key) {
		return false
	}
	prefix, _, _ := strings.Cut(key, ":")
	for i := range doc.Pairs {
		if doc.Pairs[i].Key != key {
			continue
		}
		for _, step := range []int{-1, 1} {
			// The nearest paragraphs of the same kind (a heading may stand
			// between them): a boundary cut differently shifts the pairing
			// of the next few ones until a paragraph is left alone.
			seen := 0
			for j := i + step; j >= 0 && j < len(doc.Pairs) && seen < orphanReach; j += step {
				nb := &doc.Pairs[j]
				if !strings.HasPrefix(nb.Key, prefix+":") {
					continue
				}
				seen++
				if !nb.Shared && nb.Side(l) != nil && nb.Side(l.Other()) == nil {
					return true
				}
			}
		}
		return false
	}
	return false
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
	return missingClausesOf(fr, nl, proseClauses(fr), proseClauses(nl))
}

// proseClauses returns the clauses of u's running text, or nil when it
// has none (see proseLen).
func proseClauses(u *align.Unit) []clause {
	if proseLen(u) == 0 {
		return nil
	}
	return splitClauses(u.Text.S[:proseEnd(u)], u.Body)
}

// missingClausesOf is missingClauses on the clauses fc of fr and nc of nl
// (proseClauses).
func missingClausesOf(fr, nl *align.Unit, fc, nc []clause) []missing {
	lf, ln := proseLen(fr), proseLen(nl)
	if lf == 0 || ln == 0 {
		return nil
	}
	side, z, tooLong := longSide(lf, ln, missingZ)
	if !tooLong {
		return anchoredMissing(fr, nl, fc, nc, lf, ln)
	}
	fe, ne := proseEnd(fr), proseEnd(nl)
	long, short, otherText, text, ownText := nc, fc, fr.Text.S[fr.Body:fe], nl.Text.S, nl.Text.S[nl.Body:ne]
	if side == align.FR {
		long, short, otherText, text, ownText = fc, nc, nl.Text.S[nl.Body:ne], fr.Text.S, fr.Text.S[fr.Body:fe]
	}
	if len(long) > maxClauses || len(short) > maxClauses {
		return nil
	}
	if len(long) < 2 {
		return commaMissing(side, long, text, ownText, otherText, lf, ln, z)
	}
	if len(long) == len(short) && !hasOrphan(fc, nc) {
		// As many clauses on both sides, and their numbers, names and
		// cognates line every one up: the text is wordier, not short of
		// a whole clause. A part between commas may still be missing
		// from a sentence that the other side cut in two.
		return commaMissing(side, long, text, ownText, otherText, lf, ln, z)
	}
	// The candidates below align copies of the clauses: gather the
	// names and keys once, on the originals.
	var x clauseScratch
	for i := range long {
		x.features(&long[i])
	}
	for i := range short {
		x.features(&short[i])
	}
	ownNums, otherNums := countOf(numbersIn(ownText)), countOf(numbersIn(otherText))
	type candidate struct {
		k, n int // long[k:k+n] is the clause (or the two) said missing
		c    clause
		cost float64
	}
	var cands []candidate
	var longG, shortG [][3]clauseGroup
	for k := range long {
		// One clause, or two in a row: a sentence left out of one side
		// is often two on the other.
		for n := 1; n <= 2 && k+n <= len(long); n++ {
			if n == 2 && len(long)-len(short) < 2 && len(short) > 1 {
				break // one clause more: a single one is missing
			}
			c := spanClause(text, long[k:k+n])
			if c.Len < minClause || sharesNumber(c, text, ownNums, otherNums) {
				continue
			}
			z2 := lengthZWithout(lf, ln, side, c.Len)
			if math.Abs(z2) > fitZ || z*z-z2*z2 < fitGain {
				continue
			}
			// The runs of clauses of the side without the candidate are
			// those of the whole side, but for the runs across the gap.
			if longG == nil {
				longG, shortG = groupsOf(long), groupsOf(short)
			}
			restG := groupsWithout(long, longG, k, n)
			frG, nlG := restG, shortG
			if side != align.FR {
				frG, nlG = shortG, restG
			}
			_, cost := groupCostsOf(frG, nlG).align(math.Inf(1), math.Inf(1))
			cands = append(cands, candidate{k, n, c, cost + z2*z2/2})
		}
	}
	if len(cands) == 0 {
		// No clause alone explains the excess (the translation is also
		// wordier or terser elsewhere): the content alignment may still
		// show the clause left over, or a part of a sentence between
		// commas may.
		if m := anchoredMissing(fr, nl, fc, nc, lf, ln); m != nil {
			return m
		}
		return commaMissing(side, long, text, ownText, otherText, lf, ln, z)
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].cost < cands[j].cost })
	byWords := false
	if len(cands) > 1 {
		// The lengths fit each candidate; the alignment's preference may
		// rest on a number the other side spells out ("3 à 1" / "drie op
		// één"). The words decide where they speak clearly: a cheapest
		// candidate whose own words the other side renders gives way to
		// the cheapest one whose words it does not.
		var tab *lexTable
		verdict := func(c clause) (rendered, lost bool) {
			if tab == nil {
				tab = newCoverTable()
			}
			rest := text[:c.Start] + " " + text[c.End:]
			words, hit := tab.ownCoverage(side, c.text(text), rest, rest, otherText)
			return hit >= 2 && float64(hit) > lostVetoShare*float64(words),
				words >= lostMinWords && float64(hit) <= coverMaxHit*float64(words)
		}
		if rendered, _ := verdict(cands[0].c); rendered {
			for k := 1; k < len(cands); k++ {
				if _, lost := verdict(cands[k].c); lost && !overlaps(cands[k].c, cands[0].c) {
					cands[0], cands[k] = cands[k], cands[0]
					byWords = true
					break
				}
			}
		}
	}
	m := missing{lang: side, c: cands[0].c}
	if len(cands) > 1 && !byWords && cands[1].cost-cands[0].cost < ambiguity &&
		cands[1].c.text(text) != cands[0].c.text(text) && !overlaps(cands[0].c, cands[1].c) {
		alt := cands[1].c
		m.alt = &alt
	}
	return []missing{m}
}

// longSide returns the side of a pair of lf and ln runes that is too
// long for the other, by at least minZ deviations of the length model
// and missingRel of the expected length, with the pair's deviation z;
// long is false when neither side is.
func longSide(lf, ln int, minZ float64) (side align.Lang, z float64, long bool) {
	z = lengthZ(lf, ln, unitVar)
	rel := float64(ln) / (nlPerFR * float64(lf))
	switch {
	case z >= minZ && rel >= 1+missingRel:
		return align.NL, z, true
	case z <= -minZ && rel <= 1-missingRel:
		return align.FR, z, true
	}
	return align.Neutral, z, false
}

// overlaps reports whether clauses a and b share text: a clause and the
// run of two that holds it are one suspect, not two.
func overlaps(a, b clause) bool {
	return a.Start < b.End && b.Start < a.End
}

// sharesNumber reports whether clause c of text has a number that the
// other side writes more often than the rest of c's side does (own and
// other count the numbers of each side): that number has its counterpart
// on the other side, unless c also holds a value of three digits or
// more that the other side writes nowhere. A number the rest of the side holds as often is
// accounted for there ("l’alinéa 1er" in a long article whose other side
// has its own "1"s for its own paragraph 1). The number of a list item's
// label ("5. de eventuele hiaten …", "… te onderzoeken: 1. de procedure
// …") does not count: the other side has its own item 5 whether or not
// this one was translated.
func sharesNumber(c clause, text string, own, other map[string]int) bool {
	for _, n := range c.Numbers {
		if !c.Labels[n] && other[n] == 0 && len(n) >= 3 {
			// A value of three digits or more (a year, an amount) that
			// the other side writes nowhere: the clause's content is
			// not there, whatever its small numbers ("§ 1", "article 4")
			// meet among the other side's labels and paragraph numbers.
			return false
		}
	}
	var in map[string]int
	for _, n := range c.Numbers {
		if c.Labels[n] || other[n] == 0 {
			continue
		}
		if in == nil {
			in = countOf(numbersIn(c.text(text)))
		}
		if other[n] > own[n]-in[n] {
			return true
		}
	}
	return false
}

// countOf returns how many times each string of list occurs.
func countOf(list []string) map[string]int {
	m := make(map[string]int, len(list))
	for _, s := range list {
		m[s]++
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
	localZ       = 2.5
)

// windowLens returns the lengths in runes of the FR and NL clauses of
// links[i] and of the links on either side of it.
func windowLens(links []link, i int, fc, nc []clause) (lf, ln int) {
	for k := max(0, i-1); k < min(len(links), i+2); k++ {
		for _, c := range fc[links[k].FR[0]:links[k].FR[1]] {
			lf += c.Len
		}
		for _, c := range nc[links[k].NL[0]:links[k].NL[1]] {
			ln += c.Len
		}
	}
	return lf, ln
}

// anchoredMissing returns the clause of fr or nl that has no counterpart
// when the clauses, aligned by their numbers, names, cognates and
// lengths, show one although the pair's lengths alone do not: a list item
// or a short sentence dropped from a long unit.
func anchoredMissing(fr, nl *align.Unit, fc, nc []clause, lf, ln int) []missing {
	if len(fc) == len(nc) {
		// The side said to lack a clause must have fewer: with as many
		// on both sides every orphan is passed over below, and the
		// alignment need not be made.
		return nil
	}
	return anchoredSearch(fr, nl, fc, nc, lf, ln)
}

// anchoredSearch is anchoredMissing without its shortcut.
func anchoredSearch(fr, nl *align.Unit, fc, nc []clause, lf, ln int) []missing {
	if len(fc) < 2 && len(nc) < 2 || len(fc) > maxClauses || len(nc) > maxClauses || len(fc) == 0 || len(nc) == 0 {
		return nil
	}
	// Both alignments weigh the same runs of clauses: one table.
	costs := newGroupCosts(fc, nc)
	links, cost := costs.align(anchorDelete, anchorDelete)
	if links == nil || !slices.ContainsFunc(links, link.orphan) {
		return nil // every clause has its counterpart: no orphan to report below
	}
	if _, strict := costs.align(math.Inf(1), math.Inf(1)); strict-cost < anchorMargin {
		return nil
	}
	z := lengthZ(lf, ln, unitVar)
	var out []missing
	merged := mergeOrphans(links)
	for i, l := range merged {
		var m missing
		// The clauses next to the orphan and their counterparts: in a
		// long unit the whole pair's lengths hide a clause, the stretch
		// around it does not.
		wf, wn := windowLens(merged, i, fc, nc)
		local := lengthZ(wf, wn, unitVar)
		switch {
		case l.NL[0] == l.NL[1] && l.FR[1] > l.FR[0] && (z <= -anchorZ || local <= -localZ):
			m = missing{lang: align.FR, c: spanClause(fr.Text.S, fc[l.FR[0]:l.FR[1]])}
		case l.FR[0] == l.FR[1] && l.NL[1] > l.NL[0] && (z >= anchorZ || local >= localZ):
			m = missing{lang: align.NL, c: spanClause(nl.Text.S, nc[l.NL[0]:l.NL[1]])}
		default:
			continue
		}
		if m.lang == align.FR && len(fc) <= len(nc) || m.lang == align.NL && len(nc) <= len(fc) {
			continue // the side said to lack a clause has as many: they only line up differently
		}
		other, text, own := nl.Text.S[nl.Body:proseEnd(nl)], fr.Text.S, fr.Text.S[fr.Body:proseEnd(fr)]
		if m.lang == align.NL {
			other, text, own = fr.Text.S[fr.Body:proseEnd(fr)], nl.Text.S, nl.Text.S[nl.Body:proseEnd(nl)]
		}
		if m.c.Len < minClause || sharesNumber(m.c, text, countOf(numbersIn(own)), countOf(numbersIn(other))) || sharedText(m.c.text(text), other) {
			continue
		}
		lf2, ln2, wf2, wn2 := lf, ln, wf, wn
		if m.lang == align.FR {
			lf2, wf2 = lf-m.c.Len, wf-m.c.Len
		} else {
			ln2, wn2 = ln-m.c.Len, wn-m.c.Len
		}
		unitFits := math.Abs(z) >= anchorZ && math.Abs(lengthZ(lf2, ln2, unitVar)) < math.Abs(z)
		localFits := math.Abs(local) >= localZ && math.Abs(lengthZ(wf2, wn2, unitVar)) < math.Abs(local)
		if !unitFits && !localFits {
			continue
		}
		out = append(out, m)
	}
	if len(out) != 1 {
		return nil // several orphans: the clauses do not line up
	}
	return out
}

// mergeOrphans joins runs of consecutive links that leave clauses of the
// same side without counterpart into one link: a sentence left out of one
// side is often two on the other.
func mergeOrphans(links []link) []link {
	var out []link
	for _, l := range links {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.NL[0] == p.NL[1] && l.NL[0] == l.NL[1] && p.FR[1] == l.FR[0] && l.FR[1] > l.FR[0] && p.FR[1] > p.FR[0] {
				p.FR[1] = l.FR[1]
				continue
			}
			if p.FR[0] == p.FR[1] && l.FR[0] == l.FR[1] && p.NL[1] == l.NL[0] && l.NL[1] > l.NL[0] && p.NL[1] > p.NL[0] {
				p.NL[1] = l.NL[1]
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// spanClause returns the clauses cs of text s as one clause.
func spanClause(s string, cs []clause) clause {
	if len(cs) == 1 {
		return cs[0]
	}
	return newClause(s, cs[0].Start, cs[len(cs)-1].End)
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
	return links == nil || slices.ContainsFunc(links, link.orphan)
}

// orphan reports whether l leaves the clauses of one side without
// counterpart.
func (l link) orphan() bool {
	return l.FR[0] == l.FR[1] || l.NL[0] == l.NL[1]
}

// commaMissing returns the part of a sentence between commas of side's
// clauses long (of text) that has no counterpart, when the pair is too
// long on that side (lf, ln, z) and no whole clause explains it: a
// relative clause or an apposition left out ("…, qui concernent au moins
// 750.000 patients."). Commas cut sentences in too many places for their
// lengths alone to tell which part is missing, so the part must also
// carry a number the other side writes less often than this side
// (ownText, otherText), and none that the other side has its own
// counterpart of (sharesNumber: "1,01 euro en 2023 contre 96 centimes en
// 2022" is translated although "2023" and "2022" stand twice in French);
// of such parts, the one whose removal fits the lengths best is returned.
func commaMissing(side align.Lang, long []clause, text, ownText, otherText string, lf, ln int, z float64) []missing {
	own, other := countOf(numbersIn(ownText)), countOf(numbersIn(otherText))
	var best *clause
	bestZ := math.Inf(1)
	for _, c := range long {
		for _, pc := range commaParts(text, c) {
			if pc.Len < minClause || pc.Len == c.Len || !lacksNumber(pc, other, own) || sharesNumber(pc, text, own, other) {
				continue
			}
			z2 := lengthZWithout(lf, ln, side, pc.Len)
			if math.Abs(z2) > fitZ || z*z-z2*z2 < fitGain || math.Abs(z2) >= bestZ {
				continue
			}
			pc := pc
			best, bestZ = &pc, math.Abs(z2)
		}
	}
	if best == nil {
		return nil
	}
	return []missing{{lang: side, c: *best}}
}

// lacksNumber reports whether part c carries a number (not a list item's
// label) that the other side writes fewer times than c's side (other and
// own count them).
func lacksNumber(c clause, other, own map[string]int) bool {
	for _, n := range c.Numbers {
		if !c.Labels[n] && other[n] < own[n] {
			return true
		}
	}
	return false
}

// commaParts returns the parts of clause c of text between the commas
// outside parentheses, each running to its comma or to the clause's end.
func commaParts(text string, c clause) []clause {
	var out []clause
	depth, start := 0, c.Start
	for i := c.Start; i < c.End; i++ {
		switch text[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 && i+1 < c.End && text[i+1] == ' ' {
				if a, b := trimSpan(text, start, i+1); a < b {
					out = append(out, newClause(text, a, b))
				}
				start = i + 1
			}
		}
	}
	if a, b := trimSpan(text, start, c.End); a < b && len(out) > 0 {
		out = append(out, newClause(text, a, b))
	}
	return out
}
