package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// frWords and nlWords are function words, frequent words of parliamentary
// texts and month names that belong to one language only. Words shared by
// both languages ("de", "en", "in" as a French prefix) are left out.
var frWords = wordSet(`le la les des du un une et est sont été être avoir ont que qui quoi dont
	dans pour par sur au aux avec ce cet cette ces il elle ils elles nous vous on leur leurs
	son sa ses mon ma mes notre nos votre vos pas ne ni plus mais ou où d l qu n s c j
	considérant considérants demande demandé gouvernement fédéral fédérale chambre représentants
	résolution proposition projet loi lois article articles alinéa paragraphe
	entre depuis sans sous vers chez également ainsi notamment tous toutes tout toute très
	mesdames messieurs développements résumé annexe avis commission rapport
	janvier février mars avril mai juin juillet août septembre octobre novembre décembre
	lundi mardi mercredi jeudi vendredi samedi dimanche
	déposée déposé déposées déposés belgique belges droits homme selon lors afin contre
	aussi encore déjà comme si fait faire peut doit doivent avait avaient était étaient
	quatre cinq sept huit neuf dix vingt trente cent mille deux trois
	à premier première deuxième troisième fédérales nationale européenne européen
	texte adopté séance plénière cours conseil état années année ans an
	partie parties chapitre tableau tableaux graphique constitution renouveau
	institutionnel institutionnelle institutionnels institutionnelles note`)

var nlWords = wordSet(`het een van op is zijn wordt worden werd werden dat die dit deze niet met voor
	aan bij door naar om te tot uit over ook nog al heeft hebben had hadden zal zullen kan
	kunnen moet moeten wij we zij ze hun haar er of als maar dan toen wanneer waar wat wie
	welke overwegende gelet verzoekt verzoekte regering federale kamer volksvertegenwoordigers
	resolutie voorstel wetsvoorstel wetsontwerp wet artikel artikelen lid toelichting
	samenvatting bijlage advies commissie verslag dames heren mevrouw heer ingediend
	januari februari maart mei juni juli augustus oktober december
	maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	belgië belgische rechten mens tussen sinds zonder onder tegen volgens tijdens waarbij
	verwijst wijst erop geeft merkt stelt vast attendeert vestigt aandacht
	vier vijf zes zeven acht negen tien twintig dertig honderd duizend twee drie
	eerste tweede derde europese unie nationale tekst aangenomen plenaire vergadering
	raad staat jaar jaren ons onze uw mijn zich wordt hem hij jij jullie nu reeds zo
	bovendien eveneens evenals namelijk inzake betreffende houdende
	deel delen hoofdstuk afdeling tabel tabellen grafiek bron beleidsnota grondwet
	institutionele vernieuwing`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Score returns evidence for French (positive) against Dutch (negative) in
// s. Known words count 2; for lower-case words and words in capitals that
// are not known, spelling cues count 1 (accents and -ment, -tion, -ique for
// French; ij, oe, aa, sch, -heid, -lijk for Dutch). Capitalised words
// (names) carry only known-word evidence.
func Score(s string) int {
	score := 0
	var buf [32]byte
	forWords(s, func(w string) {
		// lw is w in lower case; a capitalised ASCII word is lowered into
		// buf and made a string only when its spelling is read.
		lw, lower := w, []byte(nil)
		ascii, hasUpper := asciiCase(w)
		switch {
		case !ascii:
			lw = strings.ToLower(w)
		case hasUpper:
			lower = asciiLower(buf[:0], w)
		}
		var v int
		switch {
		case lower != nil:
			v = langWords[string(lower)]
		case !ascii || langKeys.maybe(w):
			v = langWords[lw]
		}
		if v != 0 {
			score += v
			return
		}
		if ascii {
			// The same tests as below, read from the bytes.
			upper := 'A' <= w[0] && w[0] <= 'Z'
			if upper && hasASCIILower(w) {
				return // a name
			}
			if len(w) < 4 || upper && len(w) < 5 {
				return
			}
			if lower != nil {
				lw = string(lower)
			}
			score += spellingCueOf(lw, true)
			return
		}
		r, _ := utf8.DecodeRuneInString(w)
		upper := unicode.IsUpper(r)
		if upper && !allUpper(w) {
			return // a name
		}
		if utf8.RuneCountInString(w) < 4 || (upper && utf8.RuneCountInString(w) < 5) {
			return
		}
		score += spellingCue(lw)
	})
	return score
}

// hasASCIILower reports whether ASCII w holds a small letter.
func hasASCIILower(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return true
		}
	}
	return false
}

// langWords gives each word of frWords 2 and each other word of nlWords
// -2, the evidence Score counts for a known word.
var langWords = func() map[string]int {
	m := make(map[string]int, len(frWords)+len(nlWords))
	for w := range nlWords {
		m[w] = -2
	}
	for w := range frWords {
		m[w] = 2
	}
	return m
}()

// langKeys tells apart the lower-case ASCII words that are not in
// langWords, so that most words of a text are passed over without a
// look-up.
var langKeys = newASCIIFilter(langWords)

// asciiFilter holds, per first letter of a set of lower-case ASCII words,
// the lengths of the words, and the first two letters of the words.
type asciiFilter struct {
	lens [26]uint64    // bit n: a word of n bytes, bit 63: of 63 or more
	two  [26 * 26]bool // words starting with these two letters
}

func newASCIIFilter[V any](set map[string]V) *asciiFilter {
	f := &asciiFilter{}
	for w := range set {
		if !isASCII(w) || w == "" || w[0] < 'a' || w[0] > 'z' {
			continue // no lower-case ASCII word is written so
		}
		f.lens[w[0]-'a'] |= 1 << min(len(w), 63)
		if len(w) >= 2 && 'a' <= w[1] && w[1] <= 'z' {
			f.two[int(w[0]-'a')*26+int(w[1]-'a')] = true
		}
	}
	return f
}

// maybe reports whether lower-case ASCII word w, letters only, may be in
// the set: false when no word of the set has its first letter and length,
// or its first two letters.
func (f *asciiFilter) maybe(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return true
	}
	a := int(w[0] - 'a')
	if f.lens[a]>>min(len(w), 63)&1 == 0 {
		return false
	}
	if len(w) < 2 || w[1] < 'a' || w[1] > 'z' {
		return true
	}
	return f.two[a*26+int(w[1]-'a')]
}

// asciiCase reports whether w is ASCII and whether it holds an ASCII
// capital.
func asciiCase(w string) (ascii, upper bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	return true, upper
}

// asciiLower appends ASCII w in lower case to b.
func asciiLower(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// Detect returns the language of s, or Neutral when there is no clear
// evidence either way.
func Detect(s string) Lang {
	sc := Score(s)
	switch {
	case sc >= 2:
		return FR
	case sc <= -2:
		return NL
	}
	return Neutral
}

func spellingCue(w string) int {
	return spellingCueOf(w, isASCII(w))
}

// spellingCueOf is spellingCue of w, which is ASCII when ascii is true.
func spellingCueOf(w string, ascii bool) int {
	// The accented letters are not ASCII: most words skip the search.
	if !ascii && strings.ContainsAny(w, "éèêàçôûîœ") && !strings.ContainsAny(w, "ë") {
		return 1
	}
	if w == "" {
		return 0
	}
	last := w[len(w)-1]
	for _, suf := range frSuffixes[last] {
		if strings.HasSuffix(w, suf) {
			return 1
		}
	}
	if hasDutchCue(w) {
		return -1
	}
	if strings.HasPrefix(w, "ge") && (last == 'd' || last == 't') && len(w) >= 7 {
		return -1 // a Dutch participle: gevraagd, geformuleerd
	}
	for _, suf := range nlSuffixes[last] {
		if strings.HasSuffix(w, suf) {
			return -1
		}
	}
	return 0
}

// frSuffixes and nlSuffixes are the French and Dutch word endings
// spellingCue counts, listed by their last byte.
var (
	frSuffixes = suffixesByEnd("ment", "tion", "tions", "ique", "iques", "eux", "euse", "ité", "ités", "aux", "ées", "eur", "eurs", "ois", "ais", "ait", "aient")
	nlSuffixes = suffixesByEnd("ing", "ingen", "en", "den", "ten", "tie", "ties", "isch", "ische", "eerd", "eert")
)

// suffixesByEnd returns the word endings listed by their last byte.
func suffixesByEnd(sufs ...string) (t [256][]string) {
	for _, suf := range sufs {
		t[suf[len(suf)-1]] = append(t[suf[len(suf)-1]], suf)
	}
	return t
}

// hasDutchCue reports whether w contains one of the Dutch spellings "ij",
// "oe", "aa", "uu", "sch", "cht", "heid", "lijk", "ë" or "kk", in one pass
// over its bytes ("lijk" holds "ij"; "ë" is the bytes C3 AB).
func hasDutchCue(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		next := w[i+1]
		switch w[i] {
		case 'i':
			if next == 'j' {
				return true
			}
		case 'o':
			if next == 'e' {
				return true
			}
		case 'a', 'u', 'k':
			if next == w[i] {
				return true
			}
		case 0xc3:
			if next == 0xab {
				return true
			}
		case 's':
			if next == 'c' && i+2 < len(w) && w[i+2] == 'h' {
				return true
			}
		case 'c':
			if next == 'h' && i+2 < len(w) && w[i+2] == 't' {
				return true
			}
		case 'h':
			if next == 'e' && strings.HasPrefix(w[i+2:], "id") {
				return true
			}
		}
	}
	return false
}

func allUpper(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// forWords calls f for each word of s: a run of letters, with inner
// apostrophes splitting elisions ("l'OSCE" gives "l" and "OSCE").
func forWords(s string, f func(string)) {
	start := -1
	for i := 0; i < len(s); {
		letter, n := false, 1
		if c := s[i]; c < utf8.RuneSelf {
			letter = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			letter = unicode.IsLetter(r)
		}
		if letter {
			if start < 0 {
				start = i
			}
			i += n
			continue
		}
		if start >= 0 {
			f(s[start:i])
			start = -1
		}
		i += n
	}
	if start >= 0 {
		f(s[start:])
	}
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
