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

// spellingCuePlain is spellingCue written plainly, one search per ending
// and per cue: the reference its one-pass form must agree with.
func spellingCuePlain(w string) int {
	if !isASCII(w) && strings.ContainsAny(w, "éèêàçôûîœ") && !strings.ContainsAny(w, "ë") {
		return 1
	}
	for _, suf := range []string{"ment", "tion", "tions", "ique", "iques", "eux", "euse", "ité", "ités", "aux", "ées", "eur", "eurs", "ois", "ais", "ait", "aient"} {
		if strings.HasSuffix(w, suf) {
			return 1
		}
	}
	for _, cue := range []string{"ij", "oe", "aa", "uu", "sch", "cht", "heid", "lijk", "ë", "kk"} {
		if strings.Contains(w, cue) {
			return -1
		}
	}
	if strings.HasPrefix(w, "ge") && (strings.HasSuffix(w, "d") || strings.HasSuffix(w, "t")) && len(w) >= 7 {
		return -1
	}
	for _, suf := range []string{"ing", "ingen", "en", "den", "ten", "tie", "ties", "isch", "ische", "eerd", "eert"} {
		if strings.HasSuffix(w, suf) {
			return -1
		}
	}
	return 0
}

// FuzzSpellingCue checks spellingCue against its plain reference.
func FuzzSpellingCue(f *testing.F) {
	for _, w := range []string{"gouvernement", "eerlijkheid", "gevraagd", "schrijven", "recht", "qualité", "naïeve", "ë", "\xc3", "ch", "hei", "aient", "leden"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := spellingCue(w), spellingCuePlain(w); got != want {
			t.Fatalf("spellingCue(%q) = %d, want %d", w, got, want)
		}
	})
}

// FuzzForWords checks forWords against a plain split at every rune that
// is not a letter.
func FuzzForWords(f *testing.F) {
	for _, s := range []string{"l'OSCE et l’Union", "Ａｂｃ déjà-vu", "\xffab\xc3", "mensen\u00adrechten", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got, want []string
		forWords(s, func(w string) { got = append(got, w) })
		start := -1
		for i, r := range s {
			if unicode.IsLetter(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				want = append(want, s[start:i])
				start = -1
			}
		}
		if start >= 0 {
			want = append(want, s[start:])
		}
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("%q: got %q, want %q", s, got, want)
		}
	})
}

// FuzzLangKeys checks that the prefilter of Score never passes over a
// lower-case ASCII word that is a known word.
func FuzzLangKeys(f *testing.F) {
	for _, w := range []string{"le", "het", "considérant", "overwegende", "x", "zzz", "a", "d", "belgique"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if !langKeys.maybe(w) && langWords[w] != 0 {
			t.Fatalf("%q is a known word, but the filter passes over it", w)
		}
	})
}
