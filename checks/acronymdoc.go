package checks

import (
	"fmt"
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/token"
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
			d[sa.lang][token.FoldKey(p.S)] = true
		}
	}
}

// soften lowers to Info (and says so) the findings of an acronym on one side of a pair
// that the other language writes elsewhere in the document: both
// versions know the acronym, and the other side of this pair says the
// thing in words or with a pronoun ("ASCVD" against "la maladie"). An
// acronym one language never writes stays a warning.
func (d docAcronyms) soften(fs []check.Finding) {
	for i := range fs {
		f := &fs[i]
		if f.Rule != ruleTermsMissing || !strings.Contains(f.Message, " has the acronym ") {
			continue
		}
		switch {
		case f.FR != nil && f.NL == nil && d[align.NL][token.FoldKey(f.FR.Text)]:
			f.Severity, f.Message = check.Info, f.Message+" here (NL writes it elsewhere)"
		case f.NL != nil && f.FR == nil && d[align.FR][token.FoldKey(f.NL.Text)]:
			f.Severity, f.Message = check.Info, f.Message+" here (FR writes it elsewhere)"
		}
	}
}

// acronymSlip is a pair of acronyms, one per side, that differ by a slip.
type acronymSlip struct {
	fr, nl *check.Evidence
}

// isAcronymSlip reports whether acronyms a and b, of four letters or more,
// differ by one letter or by two neighbouring letters swapped.
func isAcronymSlip(a, b string) bool {
	if len(a) != len(b) || len(a) < 4 || a == b {
		return false
	}
	var diff []int
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			diff = append(diff, i)
		}
	}
	switch len(diff) {
	case 1:
		return true
	case 2:
		i, j := diff[0], diff[1]
		return j == i+1 && a[i] == b[j] && a[j] == b[i]
	}
	return false
}

// slipFindings reports the slips of a pair whose right form the slipping
// language writes elsewhere in the document: NL "ASCDV-epidemie" where
// FR has "ASCVD" and NL writes "ASCVD" everywhere else.
func (d docAcronyms) slipFindings(pa *pairAnalysis) []check.Finding {
	var out []check.Finding
	for _, s := range pa.slips {
		f := check.Finding{Rule: ruleTermsMismatch, Unit: pa.key, FR: s.fr, NL: s.nl}
		switch {
		case d[align.NL][token.FoldKey(s.fr.Text)] && !d[align.FR][token.FoldKey(s.nl.Text)]:
			f.Message = fmt.Sprintf("NL writes %s where FR writes %s; NL writes %s elsewhere", s.nl.Text, s.fr.Text, s.fr.Text)
		case d[align.FR][token.FoldKey(s.nl.Text)] && !d[align.NL][token.FoldKey(s.fr.Text)]:
			f.Message = fmt.Sprintf("FR writes %s where NL writes %s; FR writes %s elsewhere", s.fr.Text, s.nl.Text, s.nl.Text)
		default:
			continue
		}
		out = append(out, f)
	}
	return out
}
