package align

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// scorePlain is Score written plainly, each word lowered by
// strings.ToLower and looked up in both word sets: the reference its fast
// paths must agree with.
func scorePlain(s string) int {
	score := 0
	forWords(s, func(w string) {
		lw := strings.ToLower(w)
		switch {
		case frWords[lw]:
			score += 2
			return
		case nlWords[lw]:
			score -= 2
			return
		}
		r, _ := utf8.DecodeRuneInString(w)
		upper := unicode.IsUpper(r)
		if upper && !allUpper(w) {
			return
		}
		if utf8.RuneCountInString(w) < 4 || (upper && utf8.RuneCountInString(w) < 5) {
			return
		}
		score += spellingCue(lw)
	})
	return score
}

// FuzzScore checks Score against its plain reference.
func FuzzScore(f *testing.F) {
	for _, s := range []string{
		"considérant que la Chambre des représentants", "OVERWEGENDE DAT de Kamer van volksvertegenwoordigers",
		"LES DROITS de l'HOMME", "Het WETSVOORSTEL", "MENSENRECHTEN en RÉSOLUTION", "İSTANBUL ÉTAT", "\xffLOI", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Score(s), scorePlain(s); got != want {
			t.Fatalf("Score(%q) = %d, want %d", s, got, want)
		}
	})
}
