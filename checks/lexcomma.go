package checks

import (
	"math"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/token"
)

// Limits of the lexical search inside a sentence. A run of at most
// lexMaxRun parts between commas, of a sentence cut into at most
// lexMaxParts, is looked at; it must hold at least lexMinRunTokens
// content words.
const (
	lexMaxParts     = 16
	lexMaxRun       = 4
	lexMinRunTokens = 4
	// lexCommaZ is how far off the pair's lengths must be for the words
	// of a part of a sentence to be read at all: beyond every correct
	// pair of the seed and the corpus (885 pairs of 100 characters or
	// more, the largest deviation 3.4). Words are weaker evidence inside a
	// sentence than between sentences: Dutch compounds
	// ("langetermijnrente", "productiecapaciteit") leave a correctly
	// translated part without a matching word.
	lexCommaZ = 4.0
	// lexCommaWork bounds the word comparisons of one pair (words of one
	// side against words of the other, for every run): a pair too long
	// for it is not searched, so that a document of one endless line
	// costs time in proportion to its length.
	lexCommaWork = 1 << 22
)

// commaMissing returns the part of a sentence of fr or nl, between commas,
// that has no counterpart by its words, when the pair is far too long on
// that side (lexCommaZ) and no whole clause explains it: a sentence of one language dropped
// where the other says the same in one sentence with commas ("…, leur
// permettre de débattre directement avec les députés et de s’exprimer sur
// certains sujets et d’émettre ensemble des recommandations."). fc and nc
// are the clauses of the pair (proseClauses).
//
// A run of consecutive parts is the missing text when none of its words
// (at most lexOrphanSim of them) matches a word of the other side that
// the rest of its own side does not match as well, when the rest shares
// a word with the other side (the lengths are far off already, and the
// words a document teaches are few: "kosten" is "coût" to it, not
// "coûts"), and when taking
// it out brings the lengths within lexFitZ deviations and closer by
// fitGain in z². Of such runs the one that fits the lengths best is
// returned: a dropped passage may span several parts.
func (t *lexTable) commaMissing(fr, nl *align.Unit, fc, nc []clause) []missing {
	lf, ln := proseLen(fr), proseLen(nl)
	if lf == 0 || ln == 0 {
		return nil
	}
	side, z, ok := longSide(lf, ln, lexCommaZ)
	if !ok {
		return nil
	}
	long, short, own, other := nc, fc, nl, fr
	if side == align.FR {
		long, short, own, other = fc, nc, fr, nl
	}
	if len(long) > maxClauses || len(short) > maxClauses || len(short) == 0 {
		return nil
	}
	match := func(a, b int32) bool { // a of side's language, b of the other
		if side == align.FR {
			return t.matches(a, b)
		}
		return t.matches(b, a)
	}
	toks := func(l align.Lang, s string) []int32 {
		return t.content(l, t.w.tokens(s, nil))
	}
	// The parts between commas of every clause of both sides, and their
	// words.
	partsOf := func(l align.Lang, s string, cs []clause) [][]commaPart {
		var out [][]commaPart // by clause
		for _, c := range cs {
			var ps []commaPart
			for _, pc := range commaParts(s, c) {
				ps = append(ps, commaPart{pc, toks(l, pc.text(s))})
			}
			if len(ps) == 0 {
				ps = []commaPart{{c, toks(l, c.text(s))}}
			}
			out = append(out, ps)
		}
		return out
	}
	parts, shortParts := partsOf(side, own.Text.S, long), partsOf(side.Other(), other.Text.S, short)
	var otherToks []int32
	for _, ps := range shortParts {
		for _, p := range ps {
			otherToks = append(otherToks, p.toks...)
		}
	}
	// A note citing "op. cit." on one side stands for the full reference
	// on the other: that reference has its counterpart.
	var cited token.Span
	if fs, ns, ok := opCitNotes(fr.Text.S, nl.Text.S); ok {
		cited = fs
		if side == align.NL {
			cited = ns
		}
	}
	var longToks []int32
	for _, ps := range parts {
		for _, p := range ps {
			longToks = append(longToks, p.toks...)
		}
	}
	runs := 1 // and the look at the short side's parts
	for _, ps := range parts {
		if len(ps) >= 2 && len(ps) <= lexMaxParts {
			runs += len(ps) * lexMaxRun
		}
	}
	if len(longToks)*len(otherToks)*runs > lexCommaWork {
		return nil
	}
	if hasUnmatchedPart(shortParts, longToks, match) {
		// The short side has a passage of its own that no word of the
		// long side matches: the two passages may well translate each
		// other in words the document has not taught ("en mesurant leur
		// innocuité et leur efficacité" for "door de onschadelijkheid en
		// de doeltreffendheid ervan te meten").
		return nil
	}
	var best *clause
	bestZ := math.Inf(1)
	for ci, ps := range parts {
		if len(ps) < 2 || len(ps) > lexMaxParts {
			continue // a whole clause is the other searches' to find
		}
		for a := range ps {
			for b := a + 1; b <= len(ps) && b-a <= lexMaxRun; b++ {
				if b-a == len(ps) {
					continue
				}
				run := newClause(own.Text.S, ps[a].c.Start, ps[b-1].c.End)
				if run.Len < minClause || run.Start < cited.End && cited.Start < run.End {
					continue
				}
				z2 := lengthZWithout(lf, ln, side, run.Len)
				if math.Abs(z2) > lexFitZ || z*z-z2*z2 < fitGain || math.Abs(z2) >= bestZ {
					continue
				}
				var runToks, rest []int32
				for k, p := range ps {
					if k >= a && k < b {
						runToks = append(runToks, p.toks...)
					} else {
						rest = append(rest, p.toks...)
					}
				}
				if len(runToks) < lexMinRunTokens {
					continue
				}
				for k, qs := range parts {
					if k != ci {
						for _, q := range qs {
							rest = append(rest, q.toks...)
						}
					}
				}
				if !t.runUnmatched(runToks, rest, otherToks, match) {
					continue
				}
				best, bestZ = &run, math.Abs(z2)
			}
		}
	}
	if best == nil {
		return nil
	}
	return []missing{{lang: side, c: *best}}
}

// runUnmatched reports whether at most lexOrphanSim of the words run
// match a word of other that no word of rest matches, and a word of rest
// matches one of other.
func (t *lexTable) runUnmatched(run, rest, other []int32, match func(a, b int32) bool) bool {
	if len(rest) == 0 {
		return false
	}
	explained := make([]bool, len(other))
	hits := 0
	for _, a := range rest {
		hit := false
		for j, b := range other {
			if match(a, b) {
				explained[j], hit = true, true
			}
		}
		if hit {
			hits++
		}
	}
	if hits == 0 {
		return false
	}
	found := 0
	for _, a := range run {
		for j, b := range other {
			if !explained[j] && match(a, b) {
				found++
				break
			}
		}
	}
	return float64(found) <= lexOrphanSim*float64(len(run))
}

// commaMissing is lexTable.commaMissing on the table of doc, learned on
// first use.
func (s *lexSearch) commaMissing(doc *align.Document, fr, nl *align.Unit, fc, nc []clause) []missing {
	if fr == nil || nl == nil || len(fc) == 0 || len(nc) == 0 {
		return nil
	}
	if lf := proseLen(fr); lf == 0 {
		return nil
	} else if _, _, long := longSide(lf, proseLen(nl), lexCommaZ); !long {
		return nil // most pairs: the table need not be learned
	}
	if s.t == nil {
		s.t = newLexTable(doc)
	}
	return s.t.commaMissing(fr, nl, fc, nc)
}

// commaPart is a part between commas of a clause, and its content words.
type commaPart struct {
	c    clause
	toks []int32
}

// hasUnmatchedPart reports whether one of parts (by clause), of
// minClause runes at least, has at least lexMinRunTokens words and none
// of them (at most lexOrphanSim) matches a word of other, the words of
// the other side; match takes a word of the other side first.
func hasUnmatchedPart(parts [][]commaPart, other []int32, match func(a, b int32) bool) bool {
	for _, ps := range parts {
		for _, p := range ps {
			if p.c.Len < minClause || len(p.toks) < lexMinRunTokens {
				continue
			}
			found := 0
			for _, b := range p.toks {
				for _, a := range other {
					if match(a, b) {
						found++
						break
					}
				}
			}
			if float64(found) <= lexOrphanSim*float64(len(p.toks)) {
				return true
			}
		}
	}
	return false
}
