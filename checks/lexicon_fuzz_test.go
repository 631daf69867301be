package checks

import (
	"testing"
	"unicode/utf8"
)

// FuzzHasHyphen checks the filter of hyphenated: a text it stops holds
// no hyphen rune, so hyphenated would find nothing in it.
func FuzzHasHyphen(f *testing.F) {
	for _, s := range []string{"celle-ci", "Noord\u2010Korea", "niet\u2011breekbaar", "geen streepje", "\xe2\x80", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			want = want || isHyphen(r)
			i += n
		}
		if got := hasHyphen(s); got != want {
			t.Fatalf("hasHyphen(%q) = %v, want %v", s, got, want)
		}
		if !want && len(scanHyphenated(s)) > 0 {
			t.Fatalf("hyphenated words %q in %q, which holds no hyphen", scanHyphenated(s), s)
		}
	})
}
