package checks

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FuzzEditDistanceWithin checks the bounded edit distance against the
// full one, and the plain-phrase shortcut of phraseKey against its
// definition.
func FuzzEditDistanceWithin(f *testing.F) {
	f.Add("Koshe Partiyasy", "Koshe Partiyassy")
	f.Add("ab", "ba")
	f.Add("", "abc")
	f.Add("a  b", " a b")
	f.Add("l’État", "l'Etat")
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 64 || len(b) > 64 {
			return
		}
		d := editDistance(a, b)
		if d < 0 || d > max(utf8.RuneCountInString(a), utf8.RuneCountInString(b)) {
			t.Fatalf("editDistance(%q, %q) = %d", a, b, d)
		}
		for limit := 0; limit <= 4; limit++ {
			got := editDistanceWithin(a, b, limit)
			if (d <= limit && got != d) || (d > limit && got <= limit) {
				t.Fatalf("editDistanceWithin(%q, %q, %d) = %d, distance %d", a, b, limit, got, d)
			}
		}
		want := strings.Join(strings.Fields(strings.NewReplacer("’", "'", "ʼ", "'").Replace(norm.NFKC.String(a))), " ")
		if got := phraseKey(a); got != want {
			t.Fatalf("phraseKey(%q) = %q, want %q", a, got, want)
		}
	})
}

// FuzzLowerIs checks lowerIs against its definition.
func FuzzLowerIs(f *testing.F) {
	f.Add("Effi", "effi")
	f.Add("İstanbul", "istanbul")
	f.Add("\xff", "\ufffd")
	f.Add("KELVIN", "kelvin")
	f.Fuzz(func(t *testing.T, s, w string) {
		if got, want := lowerIs(s, w), strings.ToLower(s) == w; got != want {
			t.Fatalf("lowerIs(%q, %q) = %v, want %v", s, w, got, want)
		}
		if !lowerIs(s, strings.ToLower(s)) {
			t.Fatalf("lowerIs(%q, lower of it) is false", s)
		}
	})
}
