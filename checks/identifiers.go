package checks

import (
	"fmt"

	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/token"
)

// identifierMismatches reports each identifier written with the same
// letters and other digits in the two texts of a pair.
func identifierMismatches(p *check.Pass, cps []ContentPair) {
	for _, cp := range cps {
		fu, nu := cp.FR, cp.NL
		if fu == nil || nu == nil {
			continue
		}
		fs, ns := fu.Text.S[fu.Body:], nu.Text.S[nu.Body:]
		frIDs := token.Identifiers(fs)
		if len(frIDs) == 0 {
			continue
		}
		fr, nl := onlyShapes(fs, frIDs), onlyShapes(ns, token.Identifiers(ns))
		for _, f := range frIDs {
			n, ok := nl[f.Shape]
			if !ok || fr[f.Shape] != f || fs[f.Start:f.End] == ns[n.Start:n.End] {
				continue
			}
			p.Report(check.Finding{Unit: cp.Key, Severity: check.Warning,
				Message: fmt.Sprintf("NL writes %s where FR writes %s (the same identifier with other digits)", ns[n.Start:n.End], fs[f.Start:f.End]),
				FR:      check.At(fu, fu.Body+f.Start, fu.Body+f.End), NL: check.At(nu, nu.Body+n.Start, nu.Body+n.End)})
		}
	}
}

// onlyShapes returns the first of the identifiers ids of s by shape,
// keeping only the shapes written by one identifier (however often): two
// different identifiers of one shape ("rapport_2020", "rapport_2021")
// could pair either way.
func onlyShapes(s string, ids []token.Ident) map[string]token.Ident {
	by := map[string]token.Ident{}
	mixed := map[string]bool{}
	for _, id := range ids {
		first, ok := by[id.Shape]
		switch {
		case !ok:
			by[id.Shape] = id
		case s[first.Start:first.End] != s[id.Start:id.End]:
			mixed[id.Shape] = true
		}
	}
	for k := range mixed {
		delete(by, k)
	}
	return by
}
