package checks

import (
	"strings"
	"testing"
)

// FuzzSameFields checks sameFields against its definition: the words of
// each text, joined by single spaces and lowered, are equal.
func FuzzSameFields(f *testing.F) {
	f.Add("Considérant que", "considérant  que ")
	f.Add("a b", "ab")
	f.Add("a ", "a b")
	f.Add("\tÉTAT\u00a0de droit", "état de\ndroit")
	f.Add("\xff x", "\ufffd X")
	f.Add("İstanbul", "i̇stanbul")
	f.Fuzz(func(t *testing.T, s, u string) {
		norm := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
		if got, want := sameFields(s, u), norm(s) == norm(u); got != want {
			t.Fatalf("sameFields(%q, %q) = %v, want %v", s, u, got, want)
		}
	})
}
