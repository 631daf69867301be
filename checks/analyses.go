package checks

import (
	"sync"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// The analyses the checks share. Each runs at most once per Run, on first
// use; a check names those it reads in its Requires, and the view of the
// pairs it reads in Sees.
var (
	// ByLabel is the pairs as labelled, without the stretches the pairing
	// could not align (structure/unaligned reports them, once).
	ByLabel = &check.Analysis{
		Name: "by-label",
		Doc:  "the pairs as labelled, the stretches the pairing could not align left out",
		Run:  func(p *check.Pass) any { return alignedView(p.Doc) },
	}
	// ByContent is the pairs by content: where labels have shifted after a
	// unit missing in one language, each unit is paired with its
	// counterpart, so that the shift is reported once (by
	// structure/shifted) and not as a difference in every later pair. The
	// view of every check that compares contents.
	ByContent = &check.Analysis{
		Name:     "by-content",
		Doc:      "the pairs by content where labels shifted, the unaligned stretches left out",
		Sees:     ByLabel,
		Requires: []*check.Analysis{LabelShifts},
		Run:      func(p *check.Pass) any { return contentView(p.Doc, p.ResultOf(LabelShifts).([]shift)) },
	}
	// UnitFacts reads the numbers, dates and references of each unit once:
	// the label shifts read them, the comparisons of the pairs read them
	// again and then let them go.
	UnitFacts = &check.Analysis{
		Name: "facts",
		Doc:  "the numbers, dates and references of each unit",
		Sees: ByLabel,
		Run:  func(*check.Pass) any { return &factCache{} },
	}
	// LabelShifts finds the stretches where labels have shifted after a
	// unit missing in one language (shift.go).
	LabelShifts = &check.Analysis{
		Name:     "shifts",
		Doc:      "the stretches where labels shifted after a unit missing in one language",
		Sees:     ByLabel,
		Requires: []*check.Analysis{UnitFacts},
		Run: func(p *check.Pass) any {
			return shiftsWith(p.Doc, p.ResultOf(UnitFacts).(*factCache).get)
		},
	}
	// PairsByContent lists the units that stand for each other: the pairs
	// by key, and where labels shifted, the units that correspond by
	// content (contentPairsOf).
	PairsByContent = &check.Analysis{
		Name:     "content-pairs",
		Sees:     ByContent,
		Doc:      "the units that stand for each other, by content where labels shifted",
		Requires: []*check.Analysis{LabelShifts},
		Run: func(p *check.Pass) any {
			return contentPairsOf(p.Doc, p.ResultOf(LabelShifts).([]shift))
		},
	}
	// Comparisons compares the facts of every content pair and keeps the
	// pairs whose facts differ, for the number, date and reference checks.
	// The facts of every unit are let go once compared, so that a document
	// of a million units does not hold them all until the end of the Run.
	Comparisons = &check.Analysis{
		Name:     "comparisons",
		Sees:     ByContent,
		Doc:      "the content pairs whose numbers, dates or references differ",
		Requires: []*check.Analysis{PairsByContent, UnitFacts},
		Run: func(p *check.Pass) any {
			fc := p.ResultOf(UnitFacts).(*factCache)
			var out []comparedPair
			for _, cp := range p.ResultOf(PairsByContent).([]ContentPair) {
				if c := comparePair(cp.FR, cp.NL, fc.stored); c.differs() {
					out = append(out, comparedPair{cp, c})
				}
			}
			fc.drop()
			return out
		},
	}
	// WordCounts counts the words of the document (lexicon.go).
	WordCounts = &check.Analysis{
		Name: "lexicon",
		Sees: ByContent,
		Doc:  "the words of the document and how often each is written",
		Run:  func(p *check.Pass) any { return newLexicon(p.Doc) },
	}
	// NamesAndTerms analyses the names, institutions and acronyms of every
	// two-sided pair (nameanalysis.go); the names and terms checks report
	// from it.
	NamesAndTerms = &check.Analysis{
		Name: "names-terms",
		Sees: ByContent,
		Doc:  "the person names, institutions and acronyms of every pair, matched across the languages",
		Run:  func(p *check.Pass) any { return buildDocAnalysis(p.Doc, termbaseOf(p.Env)) },
	}
	// LengthFit tells whether the document's pairs follow the length model
	// closely enough for a clause the lengths single out to be worth a
	// warning (tightDocument).
	LengthFit = &check.Analysis{
		Name: "length-fit",
		Doc:  "whether the pairs follow the length model closely (a translation sentence by sentence, not a free rewrite)",
		Sees: ByContent,
		Run:  func(p *check.Pass) any { return tightDocument(p.Doc) },
	}
	// NearbyText reads, for a pair, the other language's text around it
	// (clausenear.go).
	NearbyText = &check.Analysis{
		Name: "near",
		Sees: ByContent,
		Doc:  "the other language's text around each pair",
		Run:  func(p *check.Pass) any { return &nearText{doc: p.Doc} },
	}
)

// Analyses lists every analysis, for the catalogue test.
var Analyses = []*check.Analysis{ByLabel, ByContent, UnitFacts, LabelShifts, PairsByContent, Comparisons, WordCounts, NamesAndTerms, LengthFit, NearbyText}

// factCache holds the facts of the units read so far. The analyses that
// read it may run side by side: mu guards it.
type factCache struct {
	mu      sync.Mutex
	m       map[*align.Unit]facts
	dropped bool
}

// get returns the facts of u, read once and kept.
func (c *factCache) get(u *align.Unit) facts {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.m[u]
	if !ok {
		f = unitFacts(u)
		if !c.dropped {
			if c.m == nil {
				c.m = map[*align.Unit]facts{}
			}
			c.m[u] = f
		}
	}
	return f
}

// stored returns the facts of u that get kept, or reads them without
// keeping them: the pairs are compared once, so the facts of a unit the
// shifts did not read are not read again.
func (c *factCache) stored(u *align.Unit) facts {
	c.mu.Lock()
	f, ok := c.m[u]
	c.mu.Unlock()
	if ok {
		return f
	}
	return unitFacts(u)
}

// drop lets the kept facts go.
func (c *factCache) drop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m, c.dropped = nil, true
}

// comparedPair is a content pair with its facts compared.
type comparedPair struct {
	ContentPair
	c comparison
}

// labelShifts returns the label shifts of the pass's document.
func labelShifts(p *check.Pass) []shift { return p.ResultOf(LabelShifts).([]shift) }

// contentPairs returns the content pairs of the pass's document.
func contentPairs(p *check.Pass) []ContentPair { return p.ResultOf(PairsByContent).([]ContentPair) }

// wordCounts returns the word counts of the pass's document.
func wordCounts(p *check.Pass) *lexicon { return p.ResultOf(WordCounts).(*lexicon) }

// namesAndTerms returns the names and terms analysis of the pass's
// document.
func namesAndTerms(p *check.Pass) *docAnalysis { return p.ResultOf(NamesAndTerms).(*docAnalysis) }

// tight reports whether the pass's document follows the length model
// closely (LengthFit).
func tight(p *check.Pass) bool { return p.ResultOf(LengthFit).(bool) }

// nearbyText returns the text around the pairs of the pass's document.
func nearbyText(p *check.Pass) *nearText { return p.ResultOf(NearbyText).(*nearText) }

// eachComparison calls fn with the facts compared for every pair of units
// that stand for each other and whose facts differ: fn is not called for a
// pair whose numbers, dates and references all match.
func eachComparison(p *check.Pass, fn func(key string, fu, nu *align.Unit, c comparison)) {
	for _, cp := range p.ResultOf(Comparisons).([]comparedPair) {
		fn(cp.Key, cp.FR, cp.NL, cp.c)
	}
}
