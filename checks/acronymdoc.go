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

// swap makes one terms/mismatch of the two terms/missing findings of a
// pair that answer each other: an acronym of the document's own that one
// side writes here and the other side writes elsewhere but not here, and
// an acronym of the termbase that the other side writes here with no
// counterpart, in the same sentence. "l'ASCVD" against "OESO's", in a
// document whose Dutch writes ASCVD everywhere else: the Dutch would have
// written it here, and wrote another acronym instead, wherever the two
// languages put it in the sentence. Each must be its side's only term
// without counterpart in the pair, and the two sides must have as many
// sentences, the two acronyms standing in the same one, else the two
// need not belong together.
func (d docAcronyms) swap(p *align.Pair, fs []check.Finding) []check.Finding {
	var frOnly, nlOnly []int
	for i := range fs {
		if fs[i].Rule != ruleTermsMissing {
			continue
		}
		switch {
		case fs[i].FR != nil && fs[i].NL == nil:
			frOnly = append(frOnly, i)
		case fs[i].NL != nil && fs[i].FR == nil:
			nlOnly = append(nlOnly, i)
		}
	}
	if len(frOnly) != 1 || len(nlOnly) != 1 {
		return fs
	}
	f, n := fs[frOnly[0]], fs[nlOnly[0]]
	own := func(x check.Finding, ev *check.Evidence, other align.Lang) bool {
		return strings.Contains(x.Message, " has the acronym ") && d[other][token.FoldKey(ev.Text)]
	}
	known := func(x check.Finding, ev *check.Evidence) bool {
		return strings.Contains(x.Message, " names ") && isAcronym(ev.Text)
	}
	if !(own(f, f.FR, align.NL) && known(n, n.NL) || own(n, n.NL, align.FR) && known(f, f.FR)) {
		return fs
	}
	if !inSameSentence(p.FR.Text.S, f.FR.Text, p.NL.Text.S, n.NL.Text) {
		return fs
	}
	out := make([]check.Finding, 0, len(fs)-1)
	for i := range fs {
		if i != frOnly[0] && i != nlOnly[0] {
			out = append(out, fs[i])
		}
	}
	return append(out, check.Finding{Rule: ruleTermsMismatch, Unit: f.Unit, FR: f.FR, NL: n.NL,
		Message: fmt.Sprintf("NL has %s where FR has %s", n.NL.Text, f.FR.Text)})
}

// inSameSentence reports whether fr and nl have as many sentences and
// the sentence of fr that writes the word fw is, by its rank, one that
// writes nw in nl.
func inSameSentence(fr, fw, nl, nw string) bool {
	fs, ns := sentenceClauses(fr), sentenceClauses(nl)
	if len(fs) != len(ns) {
		return false
	}
	for i := range fs {
		if hasWords(fr[fs[i].Start:fs[i].End], fw) && hasWords(nl[ns[i].Start:ns[i].End], nw) {
			return true
		}
	}
	return false
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
