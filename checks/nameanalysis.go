package checks

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/langdata"
	"github.com/concord-bilingual/concord/checks/token"
)

// sideAnalysis is what the names and terms checks find in one unit.
type sideAnalysis struct {
	unit    *align.Unit
	lang    align.Lang
	tb      *termbase
	parts   []token.Part
	terms   []termMatch  // termbase mentions after the label
	names   []personName // person names after the label
	acros   []token.Part // acronyms the termbase does not know
	italics [][2]int     // italic spans
	quotes  [][2]int     // quoted spans
	// words are the unit's words, valid as long as parts
	words []token.Word
	// textLang is the language the unit's function words show, Neutral
	// when they do not tell; textLangOK reports whether it is known yet.
	textLang   align.Lang
	textLangOK bool
	// partKeys holds the fold keys of parts, made on first use by a unit
	// of many parts (see hasPartKey).
	partKeys map[string]bool
}

// hasPartKey reports whether a part of the unit has the fold key k. A
// unit of many parts reads them into a set once: scanning them for each
// unknown acronym of the other side was quadratic, and 45 MB of labels
// past ZZZ. (one unit of 20 MB) ran for more than 8 minutes.
func (sa *sideAnalysis) hasPartKey(k string) bool {
	if len(sa.parts) <= 64 {
		for _, p := range sa.parts {
			if token.FoldKey(p.S) == k {
				return true
			}
		}
		return false
	}
	if sa.partKeys == nil {
		sa.partKeys = make(map[string]bool, len(sa.parts))
		for _, p := range sa.parts {
			sa.partKeys[token.FoldKey(p.S)] = true
		}
	}
	return sa.partKeys[k]
}

// language returns the language the unit's function words show, Neutral
// when they do not tell. It reads the words on first use: only a unit
// that writes a term in the other language's form asks.
func (sa *sideAnalysis) language() align.Lang {
	if !sa.textLangOK {
		sa.textLang, sa.textLangOK = textLangOf(sa.words), true
	}
	return sa.textLang
}

// pairAnalysis holds both sides of a pair that has both.
type pairAnalysis struct {
	key    string
	fr, nl *sideAnalysis
	tb     *termbase
	// findings of the names, terms and foreign-phrase comparisons, each
	// check keeping those of its rule
	names, terms, foreign []check.Finding
	// slips are pairs of acronyms unknown to the termbase, one per side,
	// that differ by one letter or two swapped letters (ASCVD, ASCDV):
	// the document decides which side slipped.
	slips []acronymSlip
}

// docAnalysis holds the analysis of every two-sided pair of a document
// that has findings. It is read-only once built and safe for concurrent
// use.
type docAnalysis struct {
	doc   *align.Document
	tb    *termbase
	pairs map[*align.Pair]*pairAnalysis
}

func buildDocAnalysis(doc *align.Document, tb *termbase) *docAnalysis {
	a := &docAnalysis{doc: doc, tb: tb, pairs: map[*align.Pair]*pairAnalysis{}}
	var frTexts, nlTexts []string
	for i := range doc.Pairs {
		p := &doc.Pairs[i]
		if p.FR != nil {
			frTexts = append(frTexts, p.FR.Text.S)
		}
		if p.NL != nil {
			nlTexts = append(nlTexts, p.NL.Text.S)
		}
	}
	common := map[align.Lang]langdata.WordSet{align.FR: commonWords(frTexts...), align.NL: commonWords(nlTexts...)}
	// Each pair is done before the next starts, so its sides' words and
	// parts can be written over by the next pair's.
	var frBuf, nlBuf sideBuffers
	acros := docAcronyms{}
	for i := range doc.Pairs {
		p := &doc.Pairs[i]
		if p.Shared || p.FR == nil || p.NL == nil {
			continue
		}
		pa := &pairAnalysis{
			key: p.Key,
			fr:  analyzeSideWith(p.FR, align.FR, tb, common[align.FR], &frBuf),
			nl:  analyzeSideWith(p.NL, align.NL, tb, common[align.NL], &nlBuf),
			tb:  tb,
		}
		pa.names, pa.terms, pa.foreign = nameFindings(pa), termFindings(pa), foreignFindings(pa)
		acros.add(pa)
		// The checks read only the findings: let the words and parts go, so
		// that a long document does not hold them all at once, and keep
		// only the pairs that have findings or acronym slips (pair
		// returns nil for the others, which the checks skip).
		pa.fr, pa.nl = nil, nil
		if len(pa.names)+len(pa.terms)+len(pa.foreign)+len(pa.slips) > 0 {
			a.pairs[p] = pa
		}
	}
	for p, pa := range a.pairs {
		pa.terms = acros.swap(p, pa.terms)
		acros.soften(pa.terms)
		pa.terms = append(pa.terms, acros.slipFindings(pa)...)
	}
	return a
}

// pair returns the analysis of p, or nil for a shared or one-sided pair
// and for a pair without findings.
func (a *docAnalysis) pair(p *align.Pair) *pairAnalysis { return a.pairs[p] }

// sideBuffers hold the words and parts of one side of a pair, to be
// reused for the next pair once the findings of this one are made.
type sideBuffers struct {
	words, names []token.Word
	parts        []token.Part
	infos        []wordInfo
}

// analyzeSide finds the terms, names and acronyms of u.
func analyzeSide(u *align.Unit, lang align.Lang, tb *termbase, common langdata.WordSet) *sideAnalysis {
	return analyzeSideWith(u, lang, tb, common, &sideBuffers{})
}

// analyzeSideWith is analyzeSide writing its words and parts into buf,
// which the result uses until buf is passed again.
func analyzeSideWith(u *align.Unit, lang align.Lang, tb *termbase, common langdata.WordSet, buf *sideBuffers) *sideAnalysis {
	s := u.Text.S
	body := min(max(u.Body, 0), len(s))
	buf.words = token.AppendWords(buf.words[:0], s)
	ws := buf.words
	buf.parts = token.AppendParts(buf.parts[:0], s, ws)
	ps := buf.parts
	sa := &sideAnalysis{unit: u, lang: lang, tb: tb, parts: ps, words: ws}
	for _, m := range u.Text.Marks {
		if m.Kind == align.Italic && m.Start < m.End && m.End <= len(s) {
			sa.italics = append(sa.italics, [2]int{m.Start, m.End})
		}
	}
	sa.quotes = quotedSpans(s)
	for _, m := range tb.match(s, ps) {
		if m.Start >= body {
			sa.terms = append(sa.terms, m)
		}
	}
	var maskIndex *spanSet
	if len(sa.terms)+len(sa.italics) > spanSetFrom {
		maskIndex = newSpanSet(len(sa.terms) + len(sa.italics))
		for _, t := range sa.terms {
			maskIndex.add(t.Start, t.End)
		}
		for _, sp := range sa.italics {
			maskIndex.add(sp[0], sp[1])
		}
		maskIndex.sort()
	}
	masked := func(start, end int) bool {
		if maskIndex != nil {
			return maskIndex.overlaps(start, end)
		}
		for _, t := range sa.terms {
			if start < t.End && t.Start < end {
				return true
			}
		}
		for _, sp := range sa.italics {
			if start < sp[1] && sp[0] < end {
				return true
			}
		}
		return false
	}
	if !strings.HasPrefix(u.Key, "table:") && !strings.HasPrefix(u.Key, "heading:") {
		sa.names = extractNames(s, body, nameScan{masked: masked, common: common, words: ws, buf: &buf.names, infos: &buf.infos})
	}
	var nameIndex *spanSet
	if len(sa.names) > spanSetFrom {
		nameIndex = newSpanSet(len(sa.names))
		for _, n := range sa.names {
			nameIndex.add(n.Start, n.End)
		}
		nameIndex.sort()
	}
	inName := func(start, end int) bool {
		if nameIndex != nil {
			return nameIndex.overlaps(start, end)
		}
		for _, n := range sa.names {
			if start < n.End && n.Start < end {
				return true
			}
		}
		return false
	}
	for i, p := range ps {
		if p.Start < body || startsLower(p.S) || !isAcronym(p.S) || masked(p.Start, p.End) || inName(p.Start, p.End) {
			continue
		}
		if !isProse(u.Key) || utf8.RuneCountInString(p.S) > 7 || isRoman(p.S) || hasDigit(p.S) || capsWords[p.S] {
			continue
		}
		if i > 0 && p.Start == ps[i-1].End+1 && hasDigit(ps[i-1].S) {
			continue // part of a reference: 2019/2610(RSP)
		}
		// In a run of capitals (a heading, a shouted title) words are not acronyms.
		if (i > 0 && isCapsWord(ps[i-1].S) && softGap(s[ps[i-1].End:p.Start])) ||
			(i+1 < len(ps) && isCapsWord(ps[i+1].S) && softGap(s[p.End:ps[i+1].Start])) {
			continue
		}
		sa.acros = append(sa.acros, p)
	}
	return sa
}

// spanSet tells whether a stretch of text overlaps one of many spans (a
// unit's terms, italics or names) by bisection: a long unit has thousands
// of them, and scanning them all for every candidate word made the
// analysis quadratic. Lists of up to spanSetFrom spans are scanned.
type spanSet struct {
	spans  [][2]int // sorted by start
	starts []int
	maxEnd []int // maxEnd[k]: the largest end of spans[:k+1]
}

const spanSetFrom = 32

func newSpanSet(n int) *spanSet { return &spanSet{spans: make([][2]int, 0, n)} }

func (x *spanSet) add(start, end int) { x.spans = append(x.spans, [2]int{start, end}) }

// sort makes the set ready for overlaps, after the last add.
func (x *spanSet) sort() {
	slices.SortFunc(x.spans, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	x.starts, x.maxEnd = make([]int, len(x.spans)), make([]int, len(x.spans))
	for k, sp := range x.spans {
		x.starts[k], x.maxEnd[k] = sp[0], sp[1]
		if k > 0 {
			x.maxEnd[k] = max(sp[1], x.maxEnd[k-1])
		}
	}
}

// overlaps reports whether a span starts before end and ends after start.
func (x *spanSet) overlaps(start, end int) bool {
	k := sort.SearchInts(x.starts, end) // the spans that start before end
	return k > 0 && x.maxEnd[k-1] > start
}

// startsLower reports whether s starts with an ASCII small letter, which
// no acronym does: most parts are passed over without reading them whole.
func startsLower(s string) bool {
	return s != "" && 'a' <= s[0] && s[0] <= 'z'
}

// isCapsWord reports whether s is written in capitals, one letter or more.
func isCapsWord(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			has = true
		}
	}
	return has
}

func hasDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isRoman reports whether s is a Roman numeral (II, XIV, LXX). It only
// looks at the letters, unlike roman.Value, the one converter, which the
// number reader uses to read a numeral's value: a run of numeral letters
// that is no well-formed numeral (IIII) is no name either. CD, DC, CDM and
// MD are read as acronyms.
func isRoman(s string) bool {
	for _, r := range s {
		if !containsRune("IVXLCDM", r) {
			return false
		}
	}
	return s != "" && s != "CD" && s != "DC" && s != "CDM" && s != "MD"
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// capsWords are words written in capitals that are no acronyms: a
// currency code and the captions of tables and charts.
var capsWords = map[string]bool{
	"EUR": true, "TABEL": true, "TABLEAU": true, "GRAFIEK": true, "BRON": true,
	"SOURCE": true, "TOTAAL": true, "TOTAL": true, "BIJLAGE": true, "ANNEXE": true,
}
