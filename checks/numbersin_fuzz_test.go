package checks

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// plainNumbersIn is numbersIn as first written, copying every number.
func plainNumbersIn(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case (r == ' ' || r == '.' || r == '\u00a0' || r == '\u202f') && b.Len() > 0 && b.Len() <= 3 &&
			thousandsGroup(s[i+n:]):
		default:
			flush()
		}
		i += n
	}
	flush()
	return out
}

// FuzzNumbersIn checks numbersIn against the plain code.
func FuzzNumbersIn(f *testing.F) {
	for _, s := range []string{"177 000 personnes en 2023", "27.297 et 1 000 000", "12\u00a0345,6", "1.2.3 999.9999 4 5678", "\xff12 345\xfe", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := numbersIn(s), plainNumbersIn(s); !slices.Equal(got, want) {
			t.Fatalf("numbersIn(%q) = %q, the plain code %q", s, got, want)
		}
	})
}
