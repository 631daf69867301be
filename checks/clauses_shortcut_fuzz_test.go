package checks

import (
	"testing"

	"github.com/concord-bilingual/concord/align"
)

// FuzzAnchoredShortcut checks the shortcut of anchoredMissing: when both
// sides have as many clauses, the search it skips finds nothing, and
// otherwise anchoredMissing is the search itself.
func FuzzAnchoredShortcut(f *testing.F) {
	f.Add("considérant que la loi a été adoptée en 2019; considérant que la loi ne répond pas aux normes de l'OSCE; considérant que M. Tokayev a été élu.",
		"overwegende dat de wet in 2019 werd aangenomen; overwegende dat president Tokayev werd verkozen.")
	f.Add("Un. Deux trois quatre cinq six sept huit neuf dix onze douze. Treize.", "Een twee drie vier vijf zes zeven acht negen tien elf twaalf. Dertien; veertien.")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, fr, nl string) {
		fu := &align.Unit{Lang: align.FR, Text: align.Text{S: fr}}
		nu := &align.Unit{Lang: align.NL, Text: align.Text{S: nl}}
		fc, nc := proseClauses(fu), proseClauses(nu)
		if len(fc) > 12 || len(nc) > 12 {
			return // keep the quadratic aligner fast under fuzzing
		}
		lf, ln := proseLen(fu), proseLen(nu)
		if lf == 0 || ln == 0 {
			return
		}
		plain := anchoredSearch(fu, nu, fc, nc, lf, ln)
		if len(fc) == len(nc) && plain != nil {
			t.Fatalf("as many clauses (%d), yet the search finds %+v", len(fc), plain)
		}
		if got := anchoredMissing(fu, nu, fc, nc, lf, ln); len(fc) != len(nc) && len(got) != len(plain) {
			t.Fatalf("anchoredMissing %+v, the search %+v", got, plain)
		}
	})
}
