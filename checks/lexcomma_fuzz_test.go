package checks

import (
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
)

// FuzzCommaMissing runs the search for a missing part of a sentence on
// the fuzzer's pair among pairs of the sample, one of them with half a
// sentence cut: it must not panic, and what it reports must be a stretch
// of the long side's running text that starts and ends on a character
// boundary.
func FuzzCommaMissing(f *testing.F) {
	f.Add("La création d’espaces de dialogue, d’une part, de panels, pourrait constituer une réponse, leur permettre de débattre directement avec les députés.", "Een formele ruimte voor dialoog kan tot stand worden gebracht.", uint8(0))
	f.Add("a, b, c, d.", "", uint8(7))
	f.Add("", ",,,", uint8(1))
	base := kazakhstanWithout(f, "")
	f.Fuzz(func(t *testing.T, fr, nl string, cut uint8) {
		doc, err := sampleWith(base, fr, nl, func(s string) string {
			if i := strings.Index(s[len(s)/2:], ","); i >= 0 {
				return s[:len(s)/2+i] + "."
			}
			return s
		}, cut)
		if err != nil {
			t.Skip(err)
		}
		var lex lexSearch
		for i := range doc.Pairs {
			pr := &doc.Pairs[i]
			if pr.FR == nil || pr.NL == nil {
				continue
			}
			for _, m := range lex.commaMissing(doc, pr.FR, pr.NL, proseClauses(pr.FR), proseClauses(pr.NL)) {
				u := pr.FR
				if m.lang == align.NL {
					u = pr.NL
				}
				s := u.Text.S
				if m.c.Start < u.Body || m.c.End > proseEnd(u) || m.c.Start >= m.c.End {
					t.Fatalf("%s: part %d–%d outside the running text %d–%d", pr.Key, m.c.Start, m.c.End, u.Body, proseEnd(u))
				}
				if s[m.c.Start]&0xC0 == 0x80 || m.c.End < len(s) && s[m.c.End]&0xC0 == 0x80 {
					t.Fatalf("%s: part %d–%d not on character boundaries", pr.Key, m.c.Start, m.c.End)
				}
			}
		}
	})
}
