package checks

import "github.com/concord-bilingual/concord/align"

// memo holds what several checks of one Run compute about its document:
// the facts of each unit (until the pairs are compared), the content
// pairs, the comparisons of the pairs whose facts differ, the label
// shifts, the names and terms findings of every pair, the word counts. Each is computed on first use
// and lives as long as the Run, so a batch holds one document's worth at
// a time.
type memo struct {
	compared   []comparedPair
	comparedOK bool
	shifts     []shift
	shiftsOK   bool
	pairs      []ContentPair
	pairsOK    bool
	lexicon    *lexicon
	analysis   *docAnalysis
	near       *nearText
	facts      map[*align.Unit]facts
	tightDoc   *align.Document // the document tight was measured on
	tight      bool
}

// unitFacts returns the facts of u, read once per Run: the label shifts
// read them, and the number, date and reference checks compare them
// after (storedFacts).
func (m *memo) unitFacts(u *align.Unit) facts {
	f, ok := m.facts[u]
	if !ok {
		if m.facts == nil {
			m.facts = map[*align.Unit]facts{}
		}
		f = unitFacts(u)
		m.facts[u] = f
	}
	return f
}

// storedFacts returns the facts of u that unitFacts stored, or reads them
// without storing them: the pairs are compared once, so the facts of a
// unit the shifts did not read are not read again, and a document of a
// million units does not hold them all.
func (m *memo) storedFacts(u *align.Unit) facts {
	if f, ok := m.facts[u]; ok {
		return f
	}
	return unitFacts(u)
}

// comparedPair is a content pair with its facts compared.
type comparedPair struct {
	ContentPair
	c comparison
}

// shared returns the pass's memo, making one for a pass built outside Run.
func (p *Pass) shared() *memo {
	if p.memo == nil {
		p.memo = &memo{}
	}
	return p.memo
}

// shifts returns the label shifts of the pass's document.
func (p *Pass) shifts() []shift {
	m := p.shared()
	if !m.shiftsOK {
		m.shifts, m.shiftsOK = shiftsWith(p.Doc, m.unitFacts), true
	}
	return m.shifts
}

// contentPairs returns the content pairs of the pass's document
// (contentPairsOf), found once per Run.
func (p *Pass) contentPairs() []ContentPair {
	m := p.shared()
	if !m.pairsOK {
		m.pairs, m.pairsOK = contentPairsOf(p.Doc, p.shifts()), true
	}
	return m.pairs
}

// lexicon returns the word counts of the pass's document.
func (p *Pass) lexicon() *lexicon {
	m := p.shared()
	if m.lexicon == nil {
		m.lexicon = newLexicon(p.Doc)
	}
	return m.lexicon
}

// tight returns tightDocument of the pass's document, measured once per
// Run and document: the clause, negation and number checks each ask.
func (p *Pass) tight() bool {
	m := p.shared()
	if m.tightDoc != p.Doc {
		m.tightDoc, m.tight = p.Doc, tightDocument(p.Doc)
	}
	return m.tight
}
