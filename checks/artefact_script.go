package checks

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/concord-bilingual/concord/checks/token"
)

// findMixedScripts returns the words of s that mix Latin letters with
// Cyrillic or Greek ones, each with its all-Latin form.
func findMixedScripts(s string) []hit {
	if !mayMixScripts(s) {
		return nil
	}
	return scanMixedScripts(s)
}

// scanMixedScripts is findMixedScripts without its filter.
func scanMixedScripts(s string) []hit {
	var out []hit
	for w := range token.EachLetterRun(s) {
		latin, foreign := false, false
		for _, r := range w.S {
			switch {
			case unicode.Is(unicode.Latin, r):
				latin = true
			case unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r):
				foreign = true
			}
		}
		if !latin || !foreign {
			continue
		}
		script := "Cyrillic"
		if strings.IndexFunc(w.S, func(r rune) bool { return unicode.Is(unicode.Greek, r) }) >= 0 {
			script = "Greek"
		}
		out = append(out, hit{w.Start, w.End,
			fmt.Sprintf("%q mixes Latin with %s letters; write %q", w.S, script, latinForm(w.S))})
	}
	return out
}

// latinForm returns w with its Cyrillic and Greek letters made Latin. When
// every such letter has a Latin look-alike (Cyrillic "е" for "e"), the
// look-alikes are used, since the word was meant to be typed in Latin;
// otherwise the letters are transliterated ("Utепова" gives "Utepova").
func latinForm(w string) string {
	lookAlike := true
	for _, r := range w {
		if unicode.Is(unicode.Latin, r) || !(unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r)) {
			continue
		}
		if _, ok := homoglyphs[r]; !ok {
			lookAlike = false
			break
		}
	}
	var b strings.Builder
	for _, r := range w {
		switch {
		case unicode.Is(unicode.Latin, r):
			b.WriteRune(r)
		case lookAlike:
			b.WriteRune(homoglyphs[r])
		default:
			b.WriteString(transliterate(r))
		}
	}
	return b.String()
}

// transliterate returns the Latin spelling of a Cyrillic or Greek letter,
// keeping its case; letters it does not know are kept as they are.
func transliterate(r rune) string {
	l := unicode.ToLower(r)
	t, ok := translit[l]
	if !ok {
		return string(r)
	}
	if l != r && t != "" {
		return strings.ToUpper(t[:1]) + t[1:]
	}
	return t
}

// homoglyphs maps Cyrillic and Greek letters to the Latin letters they
// look like.
var homoglyphs = map[rune]rune{
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x',
	'і': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'ӏ': 'l', 'һ': 'h',
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O',
	'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X', 'У': 'Y', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S',
	'ο': 'o', 'α': 'a', 'ν': 'v', 'ι': 'i', 'κ': 'k', 'ρ': 'p', 'τ': 't', 'υ': 'u',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K',
	'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
}

// translit is a plain transliteration of lower-case Cyrillic and Greek
// letters.
var translit = map[rune]string{
	// Cyrillic (Russian, with the Kazakh and Ukrainian letters).
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ә': "a", 'ғ': "g", 'қ': "q",
	'ң': "n", 'ө': "o", 'ұ': "u", 'ү': "u", 'һ': "h",
	// Greek.
	'α': "a", 'β': "b", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i",
	'θ': "th", 'ι': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x",
	'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y",
	'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o",
}

// ArtefactScript reports a word that mixes Latin with Cyrillic or Greek
// letters.
var ArtefactScript = textArtefactCheck("artefact/script", `word mixing Latin with Cyrillic or Greek letters

A Cyrillic or Greek letter inside a Latin word looks the same on screen
but no search finds the word. The message gives the all-Latin form: a
look-alike letter is replaced by the Latin letter it imitates, otherwise
the word is transliterated.

  FR/NL: Aigul Utепова   → Utepova`,
	findMixedScripts)
