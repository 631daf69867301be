package checks

import (
	"testing"
	"unicode/utf8"
)

// FuzzRuneLen checks runeLen, which passes over ASCII eight bytes at a
// time, against utf8.RuneCountInString, invalid bytes included.
func FuzzRuneLen(f *testing.F) {
	for _, s := range []string{"", "considérant que", "abcdefgh", "abcdefg\xe2\x82", "\x80\x80\x80\x80\x80\x80\x80\x80\x80", "Loukachenko — l’OSCE, 18ᵉ", "\xf0\x9f\x98"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := runeLen(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeLen(%q) = %d, want %d", s, got, want)
		}
	})
}
