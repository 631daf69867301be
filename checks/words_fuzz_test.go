package checks

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzLetterBefore checks letterBefore and letterAt, which read an ASCII
// byte without decoding it, against the plain decoding at every offset.
func FuzzLetterBefore(f *testing.F) {
	for _, s := range []string{"", "art. 3, §2", "l’État 18ᵉ", "ab\xc3", "\x80a9", "Ｄｏｃ ٣"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			want := false
			if i > 0 {
				r, _ := utf8.DecodeLastRuneInString(s[:i])
				want = unicode.IsLetter(r) || unicode.IsDigit(r)
			}
			if got := letterBefore(s, i); got != want {
				t.Fatalf("letterBefore(%q, %d) = %v, want %v", s, i, got, want)
			}
			want = false
			if i < len(s) {
				r, _ := utf8.DecodeRuneInString(s[i:])
				want = unicode.IsLetter(r) || unicode.IsDigit(r)
			}
			if got := letterAt(s, i); got != want {
				t.Fatalf("letterAt(%q, %d) = %v, want %v", s, i, got, want)
			}
		}
	})
}

// wordEndPlain is wordEnd one rune at a time: the reference its eight-byte
// steps must agree with.
func wordEndPlain(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return i
}

// FuzzWordEnd checks wordEnd against its plain reference at every offset.
func FuzzWordEnd(f *testing.F) {
	for _, s := range []string{"", "considérant", "Kazakhstanabcdefgh ijklmnop", "ABCDEFGH@[`{abcdefghijklmnopqrstuvwxyzZ", "verwijst\u00a0naar", "abcdefg\xffhijklmn", "Ｄｏｃｕｍｅｎｔ", "mensen\u00adrechten"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			if got, want := wordEnd(s, i), wordEndPlain(s, i); got != want {
				t.Fatalf("wordEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	})
}

// FuzzStartsLower checks that no word startsLower passes over is an
// acronym.
func FuzzStartsLower(f *testing.F) {
	for _, s := range []string{"OSCE", "oSCE", "a", "", "ÉU", "eU", "CD&V", "xY"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if startsLower(s) && isAcronym(s) {
			t.Fatalf("%q starts with a small letter but is an acronym", s)
		}
	})
}
