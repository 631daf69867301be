package checks

import (
	"strings"

	"concord/align"
)

// docAcronyms holds the acronyms the termbase does not know that each
// language of a document writes somewhere (ASCVD, PHM in a resolution on
// heart disease).
type docAcronyms map[align.Lang]map[string]bool

// add records the acronyms of both sides of a pair.
func (d docAcronyms) add(pa *pairAnalysis) {
	for _, sa := range []*sideAnalysis{pa.fr, pa.nl} {
		if d[sa.lang] == nil {
			d[sa.lang] = map[string]bool{}
		}
		for _, p := range sa.acros {
			d[sa.lang][foldKey(p.S)] = true
		}
	}
}

// soften lowers to Info the findings of an acronym on one side of a pair
// that the other language writes elsewhere in the document: both
// versions know the acronym, and the other side of this pair says the
// thing in words or with a pronoun ("ASCVD" against "la maladie"). An
// acronym one language never writes stays a warning.
func (d docAcronyms) soften(fs []Finding) {
	for i := range fs {
		f := &fs[i]
		if f.Rule != ruleTermsMissing || f.Severity != Warning || !strings.Contains(f.Message, " has the acronym ") {
			continue
		}
		switch {
		case f.FR != nil && f.NL == nil && d[align.NL][foldKey(f.FR.Text)]:
			f.Severity, f.Message = Info, f.Message+" here (NL writes it elsewhere)"
		case f.NL != nil && f.FR == nil && d[align.FR][foldKey(f.NL.Text)]:
			f.Severity, f.Message = Info, f.Message+" here (FR writes it elsewhere)"
		}
	}
}
