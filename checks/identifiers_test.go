package checks

import (
	"strings"
	"testing"
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
		for _, id := range identifiers(c.in) {
			got = append(got, c.in[id.start:id.end])
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
		for _, id := range identifiers(s) {
			if id.start < last || id.end <= id.start || id.end > len(s) {
				t.Fatalf("bad span %d:%d after %d in %q", id.start, id.end, last, s)
			}
			w := s[id.start:id.end]
			if !strings.ContainsAny(w, "0123456789") || strings.IndexByte("_-./", w[0]) >= 0 || strings.IndexByte("_-./", w[len(w)-1]) >= 0 {
				t.Fatalf("identifier %q in %q", w, s)
			}
			last = id.end
		}
	})
}
