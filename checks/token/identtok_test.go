package token_test

import (
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/checks/token"
)

func TestIdentifiers(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"files/ report_hes_masterfile_nl_final_1 .pdf", "report_hes_masterfile_nl_final_1"},
		{"la pandémie de COVID-19.", "COVID-19"},
		{"Programmawet2020 en ASCVD19", "Programmawet2020"}, // an acronym glued to its number is two
		{"article 5, n° 55-2657/001, 4G", ""},               // fewer than four letters
		{"élection2020 et 2020élection", ""},                // glued to letters outside ASCII
		{"http://www.x.be/doc/rapport2021.pdf.", "www.x.be/doc/rapport2021.pdf"},
	} {
		var got []string
		for _, id := range token.Identifiers(c.in) {
			got = append(got, c.in[id.Start:id.End])
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("identifiers(%q) = %q, want %q", c.in, g, c.want)
		}
	}
}

// FuzzIdentifiers: every identifier is a slice of the text that starts and
// ends on an ASCII letter or digit and holds a digit.
func FuzzIdentifiers(f *testing.F) {
	f.Add("files/ report_hes_masterfile_nl_final_1 .pdf COVID-19 élection2020")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, id := range token.Identifiers(s) {
			if id.Start < last || id.End <= id.Start || id.End > len(s) {
				t.Fatalf("bad span %d:%d after %d in %q", id.Start, id.End, last, s)
			}
			w := s[id.Start:id.End]
			if !strings.ContainsAny(w, "0123456789") || strings.IndexByte("_-./", w[0]) >= 0 || strings.IndexByte("_-./", w[len(w)-1]) >= 0 {
				t.Fatalf("identifier %q in %q", w, s)
			}
			last = id.End
		}
	})
}
