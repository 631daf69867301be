package checks

import (
	"math"
	"slices"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/langdata"
	"github.com/concord-bilingual/concord/checks/token"
)

// Lexical evidence for the clause aligner, learned from the document
// itself. Lengths alone cannot see a short sentence missing from a long
// paragraph: the pair's lengths stay within the noise, and merging the
// orphan with its neighbour costs little. The words can: every sentence of
// a faithful translation shares some words with its counterpart (cognates
// such as "procédure"/"procedure" or "démocratique"/"democratisch",
// numbers, and the word pairs that recur together in the document's
// aligned pairs, such as "cependant"/"echter"), and a sentence left
// without counterpart shares none with the sentences around its gap.

// Limits of the document's association table. Only content words count:
// at least lexMinWord letters, in at most lexMaxShare of the pairs that
// teach the table (the others are function words, found with everything).
// A pair teaches the table when its lengths agree within lexTeachZ
// deviations and each side has at most lexMaxTokens distinct words, so
// the table costs at most lexMaxTokens² per pair: linear in the document.
// A word pair is associated when it occurs together in at least lexMinCo
// pairs with a Dice coefficient of at least lexMinDice, and no other pair
// of either word has a higher one.
const (
	lexMinWord   = 4
	lexMaxShare  = 0.25
	lexMinPairs  = 8 // below this, frequencies tell nothing: cognates and numbers only
	lexTeachZ    = 1.5
	lexMaxTokens = 60
	lexMinCo     = 2
	lexMinDice   = 0.5
)

// lexTable holds the content words of a document's pairs and the FR/NL
// word pairs its aligned pairs associate, by token number (lexWords).
type lexTable struct {
	w        *lexWords
	frequent [3][]bool // by language, by token: words too common to tell sentences apart
	assoc    [][]int32 // by FR token: the NL tokens associated with it
	scratch  lexScratch
}

// lexWords numbers the comparison tokens of one document: each letter
// run is folded once, however often the document writes it, and a
// token's number stands for it in every comparison.
type lexWords struct {
	raw    map[string]int32 // letter run as written → token, or -1 if shorter than lexMinWord
	ids    map[string]int32 // token → number
	words  []string         // number → token
	pre    []uint32         // the first four bytes of each token, or 0 if it is shorter
	digits []bool           // whether each token is a number
	tx     []int32          // each token's number in the translation table, or -1
	seen   []uint32         // stamp of the last tokens call that found each token
	stamp  uint32
}

func newLexWords() *lexWords {
	return &lexWords{raw: map[string]int32{}, ids: map[string]int32{}}
}

// intern returns the number of token t.
func (w *lexWords) intern(t string) int32 {
	if id, ok := w.ids[t]; ok {
		return id
	}
	id := int32(len(w.words))
	w.ids[t] = id
	w.words = append(w.words, t)
	var pre uint32
	if len(t) >= 4 {
		pre = uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16 | uint32(t[3])<<24
	}
	w.pre = append(w.pre, pre)
	w.digits = append(w.digits, isDigits(t))
	tx := int32(-1)
	if !isDigits(t) {
		tx = langdata.LoadTranslex().Lookup(t)
	}
	w.tx = append(w.tx, tx)
	w.seen = append(w.seen, 0)
	return id
}

// word returns the token of the letter run s, or -1 if it has fewer than
// lexMinWord letters.
func (w *lexWords) word(s string) int32 {
	if len(s) < lexMinWord {
		return -1 // fewer bytes, so fewer runes
	}
	if id, ok := w.raw[s]; ok {
		return id
	}
	id := int32(-1)
	if utf8.RuneCountInString(s) >= lexMinWord {
		id = w.intern(token.Fold(s))
	}
	w.raw[s] = id
	return id
}

// tokens appends to out the comparison tokens of s, each once, in order
// of first occurrence: the folded words of at least lexMinWord letters,
// then the numbers.
func (w *lexWords) tokens(s string, out []int32) []int32 {
	w.stamp++
	if w.stamp == 0 {
		clear(w.seen)
		w.stamp = 1
	}
	add := func(id int32) {
		if w.seen[id] != w.stamp {
			w.seen[id] = w.stamp
			out = append(out, id)
		}
	}
	for r := range token.EachLetterRun(s) {
		if id := w.word(r.S); id >= 0 {
			add(id)
		}
	}
	for _, n := range numbersIn(s) {
		add(w.intern(n))
	}
	return out
}

// newLexTable learns the association table of doc from its pairs whose
// lengths agree.
func newLexTable(doc *align.Document) *lexTable {
	w := newLexWords()
	t := &lexTable{w: w}
	type taught struct{ fr, nl []int32 }
	var pairs []taught
	var df [3][]int32 // by language, by token: the pairs it occurs in
	count := func(l align.Lang, ts []int32) {
		if n := len(w.words) - len(df[l]); n > 0 {
			df[l] = append(df[l], make([]int32, n)...)
		}
		for _, id := range ts {
			df[l][id]++
		}
	}
	for i := range doc.Pairs {
		pr := &doc.Pairs[i]
		if pr.Shared || pr.FR == nil || pr.NL == nil || !isProse(pr.Key) {
			continue
		}
		lf, ln := proseLen(pr.FR), proseLen(pr.NL)
		if lf == 0 || ln == 0 || math.Abs(lengthZ(lf, ln, unitVar)) > lexTeachZ {
			continue
		}
		if sameText(pr.FR, pr.NL) {
			// A unit left untranslated pairs each word with itself and
			// teaches no translation; counted, it makes its words look
			// frequent and takes their partners from them.
			continue
		}
		fr := w.tokens(pr.FR.Text.S[pr.FR.Body:proseEnd(pr.FR)], nil)
		nl := w.tokens(pr.NL.Text.S[pr.NL.Body:proseEnd(pr.NL)], nil)
		count(align.FR, fr)
		count(align.NL, nl)
		pairs = append(pairs, taught{fr, nl})
	}
	if len(pairs) < lexMinPairs {
		return t
	}
	words := len(w.words)
	for _, l := range []align.Lang{align.FR, align.NL} {
		df[l] = append(df[l], make([]int32, words-len(df[l]))...)
	}
	limit := int32(lexMaxShare * float64(len(pairs)))
	for _, l := range []align.Lang{align.FR, align.NL} {
		t.frequent[l] = make([]bool, words)
		for id, n := range df[l] {
			t.frequent[l][id] = n > limit
		}
	}
	// Only words seen in lexMinCo pairs can reach lexMinCo together.
	keep := func(l align.Lang, ts []int32) []int32 {
		out := ts[:0:0]
		for _, id := range ts {
			if n := df[l][id]; n >= lexMinCo && n <= limit && !w.digits[id] {
				out = append(out, id)
			}
		}
		if len(out) > lexMaxTokens {
			out = out[:lexMaxTokens]
		}
		return out
	}
	// Co-occurrences are counted word by word: the pairs that keep an FR
	// word, then the NL words each of them keeps, in an array by token.
	frPairs := make([][]int32, words) // FR token → the taught pairs that keep it
	nlKept := make([][]int32, len(pairs))
	for k, p := range pairs {
		for _, f := range keep(align.FR, p.fr) {
			frPairs[f] = append(frPairs[f], int32(k))
		}
		nlKept[k] = keep(align.NL, p.nl)
	}
	// Each word keeps only its best partners, and a pair is kept when each
	// word is among the other's best: a function word found with
	// everything is no one's best.
	type assoc struct {
		f, n int32
		d    float64
	}
	var found []assoc
	bestFR, bestNL := make([]float64, words), make([]float64, words)
	co := make([]int32, words)
	var touched []int32
	for f, ps := range frPairs {
		touched = touched[:0]
		for _, k := range ps {
			for _, n := range nlKept[k] {
				if co[n] == 0 {
					touched = append(touched, n)
				}
				co[n]++
			}
		}
		for _, n := range touched {
			c := co[n]
			co[n] = 0
			if c < lexMinCo {
				continue
			}
			d := 2 * float64(c) / float64(df[align.FR][f]+df[align.NL][n])
			if d < lexMinDice {
				continue
			}
			found = append(found, assoc{int32(f), n, d})
			bestFR[f] = max(bestFR[f], d)
			bestNL[n] = max(bestNL[n], d)
		}
	}
	t.assoc = make([][]int32, words)
	for _, a := range found {
		if a.d >= bestFR[a.f] && a.d >= bestNL[a.n] {
			t.assoc[a.f] = append(t.assoc[a.f], a.n)
		}
	}
	return t
}

// content returns the tokens of ts that tell sentences apart: not the
// document's function words of language l. It filters ts in place.
func (t *lexTable) content(l align.Lang, ts []int32) []int32 {
	out := ts[:0]
	freq := t.frequent[l]
	for _, id := range ts {
		if int(id) >= len(freq) || !freq[id] {
			out = append(out, id)
		}
	}
	return out
}

// matchesFrom reports whether word a of language l and word b of the other
// language render each other.
func (t *lexTable) matchesFrom(l align.Lang, a, b int32) bool {
	if l == align.FR {
		return t.matches(a, b)
	}
	return t.matches(b, a)
}

// matches reports whether FR token f and NL token n stand for each other:
// the same token, cognates, a word pair the document associates, or one
// the built-in translation table knows (translex).
func (t *lexTable) matches(f, n int32) bool {
	if f == n {
		return true
	}
	w := t.w
	// Cognates share their first four bytes at least.
	if p := w.pre[f]; p != 0 && p == w.pre[n] && cognate(w.words[f], w.words[n]) {
		return true
	}
	if int(f) < len(t.assoc) {
		for _, a := range t.assoc[f] {
			if a == n {
				return true
			}
		}
	}
	// Tokens carry their table numbers (intern loaded the table).
	if a, b := w.tx[f], w.tx[n]; a >= 0 && b >= 0 {
		return langdata.LoadTranslex().Translates(a, b)
	}
	return false
}

// cognate reports whether the folded words a and b look alike: a common
// prefix of at least five letters covering 55% of the longer word
// ("democratique"/"democratisch", "procedure"/"procedure"), or of four
// letters covering 80% of the shorter, itself of five letters at least
// ("crise"/"crisis", not "pour"/"poursuite").
func cognate(a, b string) bool {
	if isDigits(a) || isDigits(b) {
		return false
	}
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	p = utf8.RuneCountInString(a[:p])
	switch {
	case p >= 5:
		return float64(p) >= 0.55*float64(max(la, lb))
	case p == 4:
		return min(la, lb) >= 5 && float64(p) >= 0.8*float64(min(la, lb))
	}
	return false
}

// lexClauses are the content tokens of a pair's clauses and which of them
// match across: fm[i][j] counts the tokens of FR clause i with a match in
// NL clause j, nm[i][j] those of NL clause j with a match in FR clause i.
type lexClauses struct {
	t      *lexTable
	ft, nt [][]int32
	fm, nm [][]int
}

// newLexClauses compares the clauses fc of FR text fs with the clauses nc
// of NL text ns.
func (t *lexTable) newLexClauses(fs string, fc []clause, ns string, nc []clause) *lexClauses {
	x := &lexClauses{t: t, ft: make([][]int32, len(fc)), nt: make([][]int32, len(nc))}
	for i, c := range fc {
		x.ft[i] = t.content(align.FR, t.w.tokens(c.text(fs), nil))
	}
	for j, c := range nc {
		x.nt[j] = t.content(align.NL, t.w.tokens(c.text(ns), nil))
	}
	x.fm, x.nm = make([][]int, len(fc)), make([][]int, len(fc))
	cells := make([]int, 2*len(fc)*len(nc))
	for i := range fc {
		x.fm[i], x.nm[i] = cells[:len(nc):len(nc)], cells[len(nc):2*len(nc):2*len(nc)]
		cells = cells[2*len(nc):]
	}
	t.countMatches(x)
	return x
}

// countMatches fills x.fm and x.nm: for each FR clause i and NL clause j,
// how many tokens of x.ft[i] match a token of x.nt[j], and how many of
// x.nt[j] match one of x.ft[i]. Comparing every FR token with every NL
// token costs the product of their numbers; instead each distinct FR
// token finds the NL tokens it matches (matches) in indexes of the pair's
// NL tokens: by token, by first four bytes (cognates), by translation
// table number. The pairs found are exactly those matches accepts
// (TestCountMatchesPlain).
func (t *lexTable) countMatches(x *lexClauses) {
	s := &t.scratch
	w := t.w
	for _, loc := range []*[]int32{&s.nLoc, &s.fLoc} {
		if n := len(w.words) - len(*loc); n > 0 {
			*loc = append(*loc, make([]int32, n)...)
		}
	}
	s.nTok, s.nOff, s.nCl = s.number(x.nt, s.nLoc, s.nTok, s.nOff, s.nCl)
	s.fTok, s.fOff, s.fCl = s.number(x.ft, s.fLoc, s.fTok, s.fOff, s.fCl)
	if s.byPre == nil {
		s.byPre, s.byTx = map[uint32][]int32{}, map[int32][]int32{}
	}
	clear(s.byPre)
	clear(s.byTx)
	for l, n := range s.nTok {
		if p := w.pre[n]; p != 0 {
			s.byPre[p] = append(s.byPre[p], int32(l))
		}
		if tx := w.tx[n]; tx >= 0 {
			s.byTx[tx] = append(s.byTx[tx], int32(l))
		}
	}
	// The NL tokens each FR token matches, by number: mList[mOff[k]:mOff[k+1]].
	mark := resized(&s.mark, len(s.nTok))
	mOff, mList := s.mOff[:0], s.mList[:0]
	for k, f := range s.fTok {
		mOff = append(mOff, int32(len(mList)))
		stamp := int32(k + 1)
		add := func(l int32) {
			if mark[l] != stamp {
				mark[l] = stamp
				mList = append(mList, l)
			}
		}
		if v := s.nLoc[f]; v > 0 {
			add(v - 1)
		}
		if p := w.pre[f]; p != 0 {
			for _, l := range s.byPre[p] {
				if cognate(w.words[f], w.words[s.nTok[l]]) {
					add(l)
				}
			}
		}
		if int(f) < len(t.assoc) {
			for _, a := range t.assoc[f] {
				if v := s.nLoc[a]; v > 0 {
					add(v - 1)
				}
			}
		}
		if tx := w.tx[f]; tx >= 0 {
			s.trans = langdata.LoadTranslex().TranslationsOf(tx, s.trans[:0])
			for _, b := range s.trans {
				for _, l := range s.byTx[b] {
					add(l)
				}
			}
		}
	}
	mOff = append(mOff, int32(len(mList)))
	// The same pairs from the NL side: rList[rOff[l]:rOff[l+1]] are the FR
	// tokens NL token l matches.
	rOff := resized(&s.rOff, len(s.nTok)+1)
	for _, l := range mList {
		rOff[l+1]++
	}
	for l := 1; l < len(rOff); l++ {
		rOff[l] += rOff[l-1]
	}
	rList := resized(&s.rList, len(mList))
	fill := append(s.fill[:0], rOff[:len(s.nTok)]...)
	for k := range s.fTok {
		for _, l := range mList[mOff[k]:mOff[k+1]] {
			rList[fill[l]] = int32(k)
			fill[l]++
		}
	}
	s.mOff, s.mList, s.fill = mOff, mList, fill
	// Count each token once per clause of the other side it has a match in.
	seen := resized(&s.seen, max(len(x.ft), len(x.nt)))
	stamp := int32(0)
	for i, ts := range x.ft {
		for _, f := range ts {
			stamp++
			k := s.fLoc[f] - 1
			for _, l := range mList[mOff[k]:mOff[k+1]] {
				for _, j := range s.nCl[s.nOff[l]:s.nOff[l+1]] {
					if seen[j] != stamp {
						seen[j] = stamp
						x.fm[i][j]++
					}
				}
			}
		}
	}
	clear(seen)
	stamp = 0
	for j, ts := range x.nt {
		for _, n := range ts {
			stamp++
			l := s.nLoc[n] - 1
			for _, k := range rList[rOff[l]:rOff[l+1]] {
				for _, i := range s.fCl[s.fOff[k]:s.fOff[k+1]] {
					if seen[i] != stamp {
						seen[i] = stamp
						x.nm[i][j]++
					}
				}
			}
		}
	}
	for _, n := range s.nTok {
		s.nLoc[n] = 0
	}
	for _, f := range s.fTok {
		s.fLoc[f] = 0
	}
}

// lexScratch holds the working arrays of countMatches, reused from pair
// to pair of a document.
type lexScratch struct {
	// By token: its number among the pair's NL (FR) tokens + 1, or 0.
	nLoc, fLoc []int32
	// The pair's distinct NL (FR) tokens, and the clauses each occurs in:
	// nCl[nOff[l]:nOff[l+1]] for NL token number l.
	nTok, nOff, nCl []int32
	fTok, fOff, fCl []int32
	// The NL tokens by first four bytes and by translation table number.
	byPre map[uint32][]int32
	byTx  map[int32][]int32
	// The matching pairs by FR token and by NL token, and stamps.
	mOff, mList, rOff, rList []int32
	mark, seen, fill, trans  []int32
}

// number numbers the distinct tokens of the clauses side in order of
// first occurrence, recording each token's number + 1 in loc, and lists
// the clauses each occurs in: cls[off[k]:off[k+1]] for token number k.
func (s *lexScratch) number(side [][]int32, loc, toks, off, cls []int32) ([]int32, []int32, []int32) {
	toks = toks[:0]
	n := 0
	for _, ts := range side {
		for _, id := range ts {
			if loc[id] == 0 {
				toks = append(toks, id)
				loc[id] = int32(len(toks))
			}
		}
		n += len(ts)
	}
	off = resized(&off, len(toks)+1)
	for _, ts := range side {
		for _, id := range ts {
			off[loc[id]]++
		}
	}
	for k := 1; k < len(off); k++ {
		off[k] += off[k-1]
	}
	cls = resized(&cls, n)
	fill := append(s.fill[:0], off[:len(toks)]...)
	for c, ts := range side {
		for _, id := range ts {
			k := loc[id] - 1
			cls[fill[k]] = int32(c)
			fill[k]++
		}
	}
	s.fill = fill
	return toks, off, cls
}

// resized sets *b to n zeros, reusing its array when it is large enough.
func resized(b *[]int32, n int) []int32 {
	if cap(*b) < n {
		*b = make([]int32, n)
	} else {
		*b = (*b)[:n]
		clear(*b)
	}
	return *b
}

// sim returns the share of the tokens of FR clauses fr[0]..fr[1]-1 and NL
// clauses nl[0]..nl[1]-1 that match a token of the other run, and how
// many tokens the two runs hold.
func (x *lexClauses) sim(fr, nl [2]int) (float64, int) {
	var hits, total int
	for i := fr[0]; i < fr[1]; i++ {
		h := 0
		for j := nl[0]; j < nl[1]; j++ {
			h += x.fm[i][j]
		}
		hits += min(h, len(x.ft[i]))
		total += len(x.ft[i])
	}
	for j := nl[0]; j < nl[1]; j++ {
		h := 0
		for i := fr[0]; i < fr[1]; i++ {
			h += x.nm[i][j]
		}
		hits += min(h, len(x.nt[j]))
		total += len(x.nt[j])
	}
	if total == 0 {
		return 0, 0
	}
	return float64(hits) / float64(total), total
}

// Thresholds of the lexical search. The clauses are aligned by lengths
// and by lexSimWeight times their lexical similarity, a clause left
// without counterpart costing lexDelete. An orphan is reported when it has
// at least lexMinOrphan tokens and lexMinClause runes, none of its tokens
// (at most lexOrphanSim of them) match the clauses next to its gap where
// their own counterparts do not (aroundShare), every
// aligned link shares at least lexLinkSim of its tokens, and taking the
// orphan out leaves the pair's lengths within lexFitZ deviations.
const (
	lexSimWeight = 8.0
	lexDelete    = 2.0
	lexMinOrphan = 2
	lexMinClause = 30
	lexOrphanSim = 0.1
	lexLinkSim   = 0.15
	lexMaxLinks  = 30
	// lexFitZ bounds the pair's length deviation once the orphan is out:
	// that of the correct pairs of the seed (missingZ). The words have
	// shown the orphan; the lengths need only not contradict them. A
	// wordy rendering of the rest ("Rekening houdend met een indexering
	// van de gezondheidszorgkosten – uitgaande van het feit dat …" for
	// "Compte tenu d’une indexation des soins de santé, sur la base de …")
	// can leave the other side long once the orphan is out.
	lexFitZ = missingZ
	// lexLoneLink is the similarity the one aligned link must reach when
	// a unit of two clauses against one leaves no second link to confirm
	// the alignment; the orphan must then share no word with the other
	// side at all.
	lexLoneLink = 2 * lexLinkSim
)

// unmerge splits a link of two clauses against one whose first or last
// clause shares no word of its own with the counterpart (at most
// lexOrphanSim of its tokens, exclusiveShare) while the other shares at
// least lexLinkSim: merging cost the
// aligner less than leaving the clause alone, but the words say the
// counterpart is the other clause's only.
func (x *lexClauses) unmerge(links []link) []link {
	out := make([]link, 0, len(links)+1)
	for _, l := range links {
		nf, nn := l.FR[1]-l.FR[0], l.NL[1]-l.NL[0]
		switch {
		case nf == 2 && nn == 1:
			a, b := l.FR[0], l.FR[0]+1
			sa := exclusiveShare(x.ft[a], x.ft[b], x.nt[l.NL[0]:l.NL[1]], x.t.matches)
			sb := exclusiveShare(x.ft[b], x.ft[a], x.nt[l.NL[0]:l.NL[1]], x.t.matches)
			if len(x.ft[b]) >= lexMinOrphan && sb <= lexOrphanSim && sa >= lexLinkSim {
				out = append(out, link{FR: [2]int{a, b}, NL: l.NL}, link{FR: [2]int{b, b + 1}, NL: [2]int{l.NL[1], l.NL[1]}})
				continue
			}
			if len(x.ft[a]) >= lexMinOrphan && sa <= lexOrphanSim && sb >= lexLinkSim {
				out = append(out, link{FR: [2]int{a, b}, NL: [2]int{l.NL[0], l.NL[0]}}, link{FR: [2]int{b, b + 1}, NL: l.NL})
				continue
			}
		case nf == 1 && nn == 2:
			a, b := l.NL[0], l.NL[0]+1
			nlFirst := func(n, f int32) bool { return x.t.matches(f, n) }
			sa := exclusiveShare(x.nt[a], x.nt[b], x.ft[l.FR[0]:l.FR[1]], nlFirst)
			sb := exclusiveShare(x.nt[b], x.nt[a], x.ft[l.FR[0]:l.FR[1]], nlFirst)
			if len(x.nt[b]) >= lexMinOrphan && sb <= lexOrphanSim && sa >= lexLinkSim {
				out = append(out, link{FR: l.FR, NL: [2]int{a, b}}, link{FR: [2]int{l.FR[1], l.FR[1]}, NL: [2]int{b, b + 1}})
				continue
			}
			if len(x.nt[a]) >= lexMinOrphan && sa <= lexOrphanSim && sb >= lexLinkSim {
				out = append(out, link{FR: [2]int{l.FR[0], l.FR[0]}, NL: [2]int{a, b}}, link{FR: l.FR, NL: [2]int{b, b + 1}})
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// exclusiveShare returns the share of the tokens own of a clause that
// match, by match(own token, other token), a token of the other side's
// clauses run which no token of sib, the clause merged with it, matches.
// A word the neighbour's own words already account for is no evidence
// that the clause has a counterpart there: "La crise ne s'arrête
// cependant pas là" merged with the sentence before it, whose "crise"
// and "coronavirus" stand for the Dutch "coronacrisis", shares nothing
// with the Dutch sentence of its own.
func exclusiveShare[T comparable](own, sib []T, run [][]T, match func(a, b T) bool) float64 {
	if len(own) == 0 {
		return 0
	}
	hits := 0
	for _, a := range own {
		hit := false
		for _, ts := range run {
			for _, b := range ts {
				if !match(a, b) {
					continue
				}
				taken := false
				for _, c := range sib {
					if match(c, b) {
						taken = true
						break
					}
				}
				if !taken {
					hit = true
					break
				}
			}
			if hit {
				break
			}
		}
		if hit {
			hits++
		}
	}
	return float64(hits) / float64(len(own))
}

// lexMoves are the link shapes of the lexical aligner.
var lexMoves = [][2]int{{1, 1}, {1, 2}, {2, 1}, {1, 0}, {0, 1}}

// lexMissing returns the clause of fr or nl that has no counterpart by
// the words of the pair's clauses fc and nc, when the lengths alone do not
// show it.
func (t *lexTable) lexMissing(fr, nl *align.Unit, fc, nc []clause) []missing {
	if len(fc)+len(nc) < 3 || len(fc) > lexMaxLinks || len(nc) > lexMaxLinks || len(fc) == 0 || len(nc) == 0 {
		return nil
	}
	x := t.newLexClauses(fr.Text.S, fc, nl.Text.S, nc)
	links := x.unmerge(x.align(fc, nc))
	orphan, aligned := -1, 0
	var total float64
	for k, l := range links {
		if l.FR[0] == l.FR[1] || l.NL[0] == l.NL[1] {
			if orphan >= 0 {
				return nil // several orphans: the clauses do not line up
			}
			orphan = k
			continue
		}
		s, _ := x.sim(l.FR, l.NL)
		if s == 0 {
			return nil // a link no word confirms: a free rendering
		}
		total += s
		aligned++
	}
	if orphan < 0 || aligned == 0 || total/float64(aligned) < lexLinkSim {
		return nil
	}
	lone := aligned == 1
	if lone && total < lexLoneLink {
		return nil
	}
	o := links[orphan]
	var m missing
	var own []int32
	ownText := fr.Text.S
	if o.FR[0] == o.FR[1] {
		m = missing{lang: align.NL, c: nc[o.NL[0]]}
		own, ownText = x.nt[o.NL[0]], nl.Text.S
	} else {
		m = missing{lang: align.FR, c: fc[o.FR[0]]}
		own = x.ft[o.FR[0]]
	}
	if len(own) < lexMinOrphan || m.c.Len < lexMinClause {
		return nil
	}
	if lone {
		// No second link confirms the alignment: the orphan must share
		// no word with the other side at all.
		for j := range nc {
			for i := range fc {
				if m.lang == align.FR && i == o.FR[0] && x.fm[i][j] > 0 || m.lang == align.NL && j == o.NL[0] && x.nm[i][j] > 0 {
					return nil
				}
			}
		}
	}
	// The clauses around the gap on the other side.
	otherRun := func(l link) [2]int {
		if m.lang == align.FR {
			return l.NL
		}
		return l.FR
	}
	around := [2]int{otherRun(o)[0], otherRun(o)[0]}
	if orphan > 0 {
		around[0] = otherRun(links[orphan-1])[0]
	}
	if orphan+1 < len(links) {
		around[1] = otherRun(links[orphan+1])[1]
	}
	if t.aroundShare(x, links, orphan, m.lang, around) > lexOrphanSim {
		return nil
	}
	if math.Abs(lengthZWithout(proseLen(fr), proseLen(nl), m.lang, m.c.Len)) > lexFitZ {
		return nil // the pair is short on the orphan's side already
	}
	other := otherProse(fr, nl, m.lang)
	if sharedText(m.c.text(ownText), other) {
		return nil
	}
	// A number the other side writes more often than the rest of the
	// orphan's side is the orphan's own, translated ("Dat gebeurde in 2023
	// voor geen enkel dossier." beside "Tussen 2008 en 2023 …", against
	// "En 2023, aucune décision n'a été annulée, et … 2008-2023"): as in
	// the length search, such a clause is never missing.
	if sharesNumber(m.c, ownText, countOf(numbersIn(otherProse(fr, nl, m.lang.Other()))), countOf(numbersIn(other))) {
		return nil
	}
	return []missing{m}
}

// aroundShare returns the share of the tokens of the orphan clause of
// links[orphan], of language l, that match a token of the other side's
// clauses around[0]..around[1]-1 which those clauses' own counterparts do
// not match. A word of the orphan found around its gap is evidence that
// the other side folded the clause into a neighbour, unless the
// neighbour's own counterpart has that word too: a name or a phrase the
// document repeats from clause to clause ("Mukhtar Ablyazov", "les
// autorités kazakhes") says nothing about where the orphan went.
func (t *lexTable) aroundShare(x *lexClauses, links []link, orphan int, l align.Lang, around [2]int) float64 {
	own, ownTok, otherTok := links[orphan].FR[0], x.ft, x.nt
	if l == align.NL {
		own, ownTok, otherTok = links[orphan].NL[0], x.nt, x.ft
	}
	match := func(a, b int32) bool { return t.matchesFrom(l, a, b) }
	toks := ownTok[own]
	if len(toks) == 0 {
		return 0
	}
	hit := make([]bool, len(toks))
	for _, lk := range links {
		run, partners := lk.NL, lk.FR
		if l == align.NL {
			run, partners = lk.FR, lk.NL
		}
		for j := max(run[0], around[0]); j < min(run[1], around[1]); j++ {
			for _, b := range otherTok[j] {
				explained := false
				for p := partners[0]; p < partners[1] && !explained; p++ {
					for _, a := range ownTok[p] {
						if match(a, b) {
							explained = true
							break
						}
					}
				}
				if explained {
					continue
				}
				for k, a := range toks {
					if !hit[k] && match(a, b) {
						hit[k] = true
					}
				}
			}
		}
	}
	n := 0
	for _, h := range hit {
		if h {
			n++
		}
	}
	return float64(n) / float64(len(toks))
}

// otherProse returns the running text of the side of fr/nl that is not l.
func otherProse(fr, nl *align.Unit, l align.Lang) string {
	u := nl
	if l == align.NL {
		u = fr
	}
	return u.Text.S[u.Body:proseEnd(u)]
}

// align aligns the clauses fc and nc in order by their lengths and
// lexical similarity, a clause without counterpart costing lexDelete.
func (x *lexClauses) align(fc, nc []clause) []link {
	m, n := len(fc), len(nc)
	inf := math.Inf(1)
	cost := make([]float64, (m+1)*(n+1))
	back := make([][2]int, (m+1)*(n+1))
	for k := range cost {
		cost[k] = inf
	}
	at := func(i, j int) int { return i*(n+1) + j }
	cost[0] = 0
	for i := 0; i <= m; i++ {
		for j := 0; j <= n; j++ {
			c0 := cost[at(i, j)]
			if c0 == inf {
				continue
			}
			for _, mv := range lexMoves {
				a, b := i+mv[0], j+mv[1]
				if a > m || b > n {
					continue
				}
				c := lexDelete
				if mv[0] > 0 && mv[1] > 0 {
					lf, ln := 0, 0
					for _, cl := range fc[i:a] {
						lf += cl.Len
					}
					for _, cl := range nc[j:b] {
						ln += cl.Len
					}
					z := lengthZ(lf, ln, clauseVar)
					s, _ := x.sim([2]int{i, a}, [2]int{j, b})
					c = z*z/2 + 2*float64(mv[0]+mv[1]-2) - lexSimWeight*s
				}
				if t := c0 + c; t < cost[at(a, b)] {
					cost[at(a, b)] = t
					back[at(a, b)] = mv
				}
			}
		}
	}
	var out []link
	for i, j := m, n; i > 0 || j > 0; {
		mv := back[at(i, j)]
		out = append(out, link{FR: [2]int{i - mv[0], i}, NL: [2]int{j - mv[1], j}})
		i, j = i-mv[0], j-mv[1]
	}
	slices.Reverse(out)
	return out
}

// lexSearch runs lexMissing on the pairs of one document, learning the
// document's table on first use.
type lexSearch struct{ t *lexTable }

// missing returns the clause of fr or nl without counterpart by their
// words, if any; fc and nc are their clauses (proseClauses).
func (s *lexSearch) missing(doc *align.Document, fr, nl *align.Unit, fc, nc []clause) []missing {
	if fr == nil || nl == nil || proseLen(fr) == 0 || proseLen(nl) == 0 {
		return nil
	}
	if len(fc)+len(nc) < 3 || !mayHoldOrphan(fr, nl, fc, nc) {
		return nil
	}
	if s.t == nil {
		s.t = newLexTable(doc)
	}
	return s.t.lexMissing(fr, nl, fc, nc)
}

// mayHoldOrphan reports whether one of the clauses fc of fr or nc of nl
// could be the orphan lexMissing reports: of lexMinClause runes at least,
// and leaving, when taken out, the pair's lengths within lexFitZ
// deviations. Most pairs of a faithful translation have no such clause,
// and lexMissing need not compare their words.
func mayHoldOrphan(fr, nl *align.Unit, fc, nc []clause) bool {
	lf, ln := proseLen(fr), proseLen(nl)
	for _, c := range fc {
		if c.Len >= lexMinClause && math.Abs(lengthZ(lf-c.Len, ln, unitVar)) <= lexFitZ {
			return true
		}
	}
	for _, c := range nc {
		if c.Len >= lexMinClause && math.Abs(lengthZ(lf, ln-c.Len, unitVar)) <= lexFitZ {
			return true
		}
	}
	return false
}
