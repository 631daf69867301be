package token

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/langdata"
)

// Ref is a reference found in a unit's text: a procedure or document
// number, an article, a law by its date, an EU act, an ECLI or CELEX
// identifier, a Council of State opinion.
type Ref struct {
	Start, End int
	Kind       string // "article", "law", "doc", "number", "ecli", …
	Key        string // what must be equal on both sides, e.g. "art 3 §2 1°"
	// Num is the article number, for an article; -1 otherwise. A number
	// that one side writes as an article reference and the other as a bare
	// number in a list ("les articles 174 (…) et 274") is one value.
	Num float64
	// date is the date of an act named by its date, zero otherwise.
	Date Date
}

// lawKinds maps the words that name a kind of act, before "du"/"van" and a
// date, to a language-neutral kind.
var lawKinds = []struct {
	words []string
	kind  string
}{
	{[]string{"loi", "speciale"}, "special law"},
	{[]string{"bijzondere", "wet"}, "special law"},
	{[]string{"loi", "programme"}, "programme law"},
	{[]string{"programmawet"}, "programme law"},
	{[]string{"arrete", "royal"}, "royal decree"},
	{[]string{"koninklijk", "besluit"}, "royal decree"},
	{[]string{"arrete", "loi"}, "decree-law"},
	{[]string{"besluitwet"}, "decree-law"},
	{[]string{"arrete", "ministeriel"}, "ministerial decree"},
	{[]string{"ministerieel", "besluit"}, "ministerial decree"},
	{[]string{"loi"}, "law"},
	{[]string{"wet"}, "law"},
	{[]string{"decret"}, "decree"},
	{[]string{"decreet"}, "decree"},
	{[]string{"ordonnance"}, "ordinance"},
	{[]string{"ordonnantie"}, "ordinance"},
}

// lawFirstWords are the first words of lawKinds.
var lawFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, lk := range lawKinds {
		m[lk.words[0]] = true
	}
	return m
}()

// ScanRefs returns the references of t.S[from:] in language lang.
func ScanRefs(t *align.Text, lang align.Lang, from int) []Ref {
	s := t.S
	var out []Ref
	for i := from; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && !asciiAlnums[c] {
			i++ // no letter, digit or §
			continue
		}
		if IsDigit(s[i]) {
			if AlnumBefore(s, i) || afterNumberPunct(s, i) {
				i = alnumEnd(s, i)
				continue
			}
			if d, ok := numericDate(s, i); ok {
				i = d.End // 15/10/2020 is a date
				continue
			}
			if r, ok := numberRef(s, i); ok {
				out = append(out, r)
				i = r.End
				continue
			}
			i = DigitsEnd(s, i)
			continue
		}
		if !AlnumAt(s, i) && !strings.HasPrefix(s[i:], "§") {
			i++
			continue
		}
		if AlnumBefore(s, i) && AlnumAt(s, i) {
			i = alnumEnd(s, i)
			continue
		}
		if rs, end, ok := wordRef(s, i, lang); ok && end > i {
			out = append(out, rs...)
			i = end
			continue
		}
		if strings.HasPrefix(s[i:], "§") {
			i += len("§")
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i = max(alnumEnd(s, i), i+n)
	}
	return out
}

// numberRef reads a reference that starts with a digit: a procedure
// "2019/2610(RSP)", an opinion "73.488/1", an act number "2016/679" or
// "2006/123/CE", a CELEX number "32016R0679".
func numberRef(s string, i int) (Ref, bool) {
	e := DigitsEnd(s, i)
	// CELEX: sector digit, year, type letters, number.
	if e-i == 5 {
		k := e
		for k < len(s) && k-e < 2 && s[k] >= 'A' && s[k] <= 'Z' {
			k++
		}
		if k > e && DigitsEnd(s, k)-k == 4 && !AlnumAt(s, DigitsEnd(s, k)) {
			end := DigitsEnd(s, k)
			return Ref{Start: i, End: end, Kind: "celex", Key: s[i:end], Num: -1}, true
		}
	}
	// Opinion of the Council of State: 73.488/1.
	if e-i >= 2 && e-i <= 3 && e < len(s) && s[e] == '.' {
		k := DigitsEnd(s, e+1)
		if k-(e+1) == 3 && k < len(s) && s[k] == '/' {
			m := DigitsEnd(s, k+1)
			if m > k+1 && !AlnumAt(s, m) {
				return Ref{Start: i, End: m, Kind: "opinion", Key: s[i:m], Num: -1}, true
			}
		}
	}
	if e >= len(s) || s[e] != '/' {
		return Ref{}, false
	}
	k := DigitsEnd(s, e+1)
	if k == e+1 {
		return Ref{}, false
	}
	// A session "2021/2022" is a pair of years, for the date check.
	if e-i == 4 && k-(e+1) == 4 {
		y1, _ := strconv.Atoi(s[i:e])
		y2, _ := strconv.Atoi(s[e+1 : k])
		if y2 == y1+1 {
			return Ref{}, false
		}
	}
	key := s[i:k]
	end := k
	// "24/7", "7/7": round the clock, no reference (see weakenRoundTheClock).
	if (key == "24/7" || key == "24/24" || key == "7/7") && (k >= len(s) || s[k] != '/') {
		return Ref{}, false
	}
	// Procedure code: 2019/2610(RSP).
	if p := skipSpaces(s, k); p < len(s) && s[p] == '(' {
		q := p + 1
		for q < len(s) && s[q] >= 'A' && s[q] <= 'Z' {
			q++
		}
		if q-p-1 == 3 && q < len(s) && s[q] == ')' {
			key += s[p : q+1]
			end = q + 1
			return Ref{Start: i, End: end, Kind: "procedure", Key: key, Num: -1}, true
		}
	}
	// EU act with its institution: 2006/123/CE ↔ 2006/123/EG.
	if k < len(s) && s[k] == '/' {
		we := LettersEnd(s, k+1)
		if inst, ok := euInstitutions[s[k+1:we]]; ok {
			key += "/" + inst
			end = we
		}
	}
	if AlnumAt(s, end) {
		return Ref{}, false
	}
	return Ref{Start: i, End: end, Kind: "number", Key: key, Num: -1}, true
}

var euInstitutions = map[string]string{
	"CE": "EC", "EG": "EC", "UE": "EU", "EU": "EU", "CEE": "EEC", "EEG": "EEC",
	"JAI": "JHA", "JBZ": "JHA", "PESC": "CFSP", "GBVB": "CFSP", "Euratom": "Euratom",
}

// wordRef reads a reference that starts with a word or "§".
func wordRef(s string, i int, lang align.Lang) ([]Ref, int, bool) {
	if strings.HasPrefix(s[i:], "§") {
		key, end, ok := paragraph(s, i)
		if !ok {
			return nil, 0, false
		}
		return []Ref{{Start: i, End: end, Kind: "paragraph", Key: key, Num: -1}}, end, true
	}
	we := LettersEnd(s, i)
	if !refWords.Maybe(s[i:we]) {
		return nil, 0, false // no reference starts with a word written so
	}
	w := Fold(s[i:we])
	switch {
	case w == "doc":
		// DOC 55 3396/001, Doc 55 2657/, and the Senate's DOC 8-127/1.
		j := skipSpaces(s, we)
		leg := DigitsEnd(s, j)
		if leg-j >= 1 && leg-j <= 2 && leg+1 < len(s) && s[leg] == '-' && IsDigit(s[leg+1]) {
			num := DigitsEnd(s, leg+1)
			if num < len(s) && s[num] == '/' && num+1 < len(s) && IsDigit(s[num+1]) {
				end := DigitsEnd(s, num+1)
				if !AlnumAt(s, end) {
					return []Ref{{Start: i, End: end, Kind: "doc", Key: "DOC " + s[j:end], Num: -1}}, end, true
				}
			}
		}
		k := skipSpaces(s, leg)
		num := DigitsEnd(s, k)
		if leg-j != 2 || k == leg || num-k != 4 || num >= len(s) || s[num] != '/' {
			return nil, 0, false
		}
		end := DigitsEnd(s, num+1)
		key := "DOC " + s[j:leg] + " " + s[k:end]
		return []Ref{{Start: i, End: end, Kind: "doc", Key: key, Num: -1}}, end, true
	case s[i:we] == "ECLI" && we < len(s) && s[we] == ':':
		end := we
		for end < len(s) && (AlnumAt(s, end) || s[end] == ':' || s[end] == '.' && AlnumAt(s, end+1)) {
			end++
		}
		return []Ref{{Start: i, End: end, Kind: "ecli", Key: s[i:end], Num: -1}}, end, true
	case w == "n" && (strings.HasPrefix(s[we:], "°") || strings.HasPrefix(s[we:], "º")),
		w == "no" || w == "nr" || w == "numero" || w == "nummer" || w == "nos" || w == "nrs":
		// n° 2252 (2019) ↔ nr. 2252 (2019): the number is the reference.
		j := we
		for _, p := range []string{"°", "º", "s", "."} {
			j += len(p) * boolInt(strings.HasPrefix(s[j:], p))
		}
		j = skipSpaces(s, j)
		if j == we && w != "n" || j >= len(s) || !IsDigit(s[j]) {
			return nil, 0, false
		}
		if r, ok := numberRef(s, j); ok {
			r.Start = i
			return []Ref{r}, r.End, true
		}
		end := j
		for end < len(s) && (IsDigit(s[end]) || (s[end] == '.' || s[end] == '/' || s[end] == '-') && end+1 < len(s) && IsDigit(s[end+1])) {
			end++
		}
		if AlnumAt(s, end) {
			return nil, 0, false
		}
		key := s[j:end]
		// A year in brackets belongs to the number: n° 2252 (2019).
		if p := skipSpaces(s, end); strings.HasPrefix(s[p:], "(") {
			if y, ye, ok := year(s, p+1); ok && ye < len(s) && s[ye] == ')' {
				key += fmt.Sprintf(" (%d)", y)
				end = ye + 1
			}
		}
		return []Ref{{Start: i, End: end, Kind: "number", Key: key, Num: -1}}, end, true
	case paragraphWords[w]:
		// "paragraaf 2", "paragraphe 1er": the word for "§".
		j := skipSpaces(s, we)
		if j == we || j >= len(s) || !IsDigit(s[j]) {
			return nil, 0, false
		}
		e := DigitsEnd(s, j)
		end := e
		if ws := LettersEnd(s, e); ws > e {
			if suf := Fold(s[e:ws]); suf != "er" && suf != "e" {
				return nil, 0, false
			}
			end = ws
		}
		return []Ref{{Start: i, End: end, Kind: "paragraph", Key: "§" + s[j:e], Num: -1}}, end, true
	case w == "article" || w == "articles" || w == "artikel" || w == "artikelen" || w == "art" || w == "artt":
		return articles(s, i, we)
	}
	if !lawFirstWords[w] {
		return nil, 0, false
	}
	if rs, end, ok := lawRef(s, i, lang); ok {
		return rs, end, true
	}
	return nil, 0, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// refWords tells apart the ASCII words that cannot start a reference (the
// words wordRef knows), so that most words are passed over unfolded.
var refWords = langdata.NewKeyFilter(paragraphWords, lawFirstWords, refLeadWords)

// refLeadWords are the other words wordRef reads a reference after.
var refLeadWords = langdata.NewWordSet("doc ecli n no nr numero nummer nos nrs article articles artikel artikelen art artt")

// paragraphWords are the words that stand for "§" before a number.
var paragraphWords = map[string]bool{"paragraphe": true, "paragraaf": true}

// paragraph reads "§ 2" and returns "§2".
func paragraph(s string, i int) (string, int, bool) {
	j := skipSpaces(s, i+len("§"))
	e := DigitsEnd(s, j)
	if e == j {
		return "", 0, false
	}
	if we := LettersEnd(s, e); we > e && (Fold(s[e:we]) == "er" || Fold(s[e:we]) == "e") {
		return "§" + s[j:e], we, true // § 1er
	}
	return "§" + s[j:e], e, true
}

// articleSuffixes are the Latin suffixes of inserted articles.
var articleSuffixes = map[string]bool{
	"bis": true, "ter": true, "quater": true, "quinquies": true, "sexies": true,
	"septies": true, "octies": true, "novies": true, "decies": true,
}

// articles reads "article 174", "Art. 3, § 2, 1°", "Article 1er", and lists
// "articles 3, 4 et 7", from the keyword at s[i:we].
func articles(s string, i, we int) ([]Ref, int, bool) {
	j := we
	if j < len(s) && s[j] == '.' {
		j++
	}
	var out []Ref
	first := true
	for {
		k := skipSpaces(s, j)
		e := DigitsEnd(s, k)
		if e == k {
			break
		}
		num, _ := strconv.ParseFloat(s[k:e], 64)
		key := "art " + s[k:e]
		// A numbered part of a code or an inserted article: "article
		// 7:228" of the Code of companies, "article 47/1".
		if e+1 < len(s) && (s[e] == ':' || s[e] == '/') && IsDigit(s[e+1]) {
			e2 := DigitsEnd(s, e+1)
			key += s[e:e2]
			e = e2
		}
		// A numbered section of a circular or a code: "article 5.1.4";
		// not the label of the next item glued to the sentence
		// ("l'article 35.3. Quel", "article 35.3) le").
		for e+1 < len(s) && s[e] == '.' && IsDigit(s[e+1]) {
			e2 := DigitsEnd(s, e+1)
			if e2 < len(s) && (s[e2] == ')' || s[e2] == '.' && !(e2+1 < len(s) && IsDigit(s[e2+1]))) {
				break
			}
			key += s[e:e2]
			e = e2
		}
		end := e
		if ws := LettersEnd(s, e); ws > e {
			suf := Fold(s[e:ws])
			switch {
			case suf == "er" || suf == "e":
				end = ws
			case articleSuffixes[suf]:
				key += suf
				end = ws
			default:
				return out, j, len(out) > 0
			}
		} else if ns, ne, ok := NextLetters(s, e); ok && articleSuffixes[Fold(s[ns:ne])] {
			key += Fold(s[ns:ne])
			end = ne
		}
		// Paragraph and point: ", § 2, 1°".
		if key2, end2, ok := paraPoint(s, end); ok {
			key += key2
			end = end2
		}
		out = append(out, Ref{Start: i, End: end, Kind: "article", Key: key, Num: num})
		if !first {
			out[len(out)-1].Start = k
		}
		first = false
		j = end
		// List: ", 4", " et 7", " en 7". A digit glued to the comma is a
		// footnote call that lost its superscript ("§ 2,7 et").
		c := skipSpaces(s, j)
		if c < len(s) && s[c] == ',' && !(c+1 < len(s) && IsDigit(s[c+1])) {
			j = c + 1
			continue
		}
		if ws, we2, ok := NextLetters(s, j); ok {
			switch Fold(s[ws:we2]) {
			case "et", "en":
				n := skipSpaces(s, we2)
				if n < len(s) && IsDigit(s[n]) {
					j = we2
					continue
				}
			}
		}
		break
	}
	if len(out) == 0 {
		return nil, 0, false
	}
	return out, out[len(out)-1].End, true
}

// paraPoint reads what follows an article number: ", § 2" and ", 1°".
func paraPoint(s string, i int) (string, int, bool) {
	key, end := "", i
	for {
		// The comma may stand after a space the extraction left
		// ("artikel 18 , § 1, 12°").
		j := end
		if c := skipSpaces(s, j); c < len(s) && s[c] == ',' {
			j = c + 1
		}
		j = skipSpaces(s, j)
		if strings.HasPrefix(s[j:], "§") {
			k, e, ok := paragraph(s, j)
			if !ok {
				break
			}
			key += " " + k
			end = e
			continue
		}
		e := DigitsEnd(s, j)
		if e > j && strings.HasPrefix(s[e:], "°") {
			key += " " + s[j:e] + "°"
			end = e + len("°")
			continue
		}
		break
	}
	return key, end, end > i
}

// lawRef reads an act named by its date: "loi du 15 décembre 1980" ↔ "wet
// van 15 december 1980", "arrêté royal du …" ↔ "koninklijk besluit van …".
func lawRef(s string, i int, lang align.Lang) ([]Ref, int, bool) {
	first := Fold(s[i:LettersEnd(s, i)]) // folded once: it is tried against every kind
	for _, lk := range lawKinds {
		if first != lk.words[0] {
			continue
		}
		j := i
		ok := true
		for n, w := range lk.words {
			if n > 0 {
				if j < len(s) && s[j] == '-' {
					j++
				} else {
					j = skipSpaces(s, j)
				}
			}
			e := LettersEnd(s, j)
			if e == j || n > 0 && Fold(s[j:e]) != w {
				ok = false
				break
			}
			j = e
		}
		if !ok {
			continue
		}
		// "du"/"van" before the date; some texts leave it out ("van de wet 26
		// januari 2018").
		if ws, we, ok := NextLetters(s, j); ok {
			if w := Fold(s[ws:we]); w == "du" || w == "van" {
				j = we
			}
		}
		d, ok := dayMonth(s, skipSpaces(s, j), lang)
		if !ok || d.Year == 0 {
			return nil, 0, false
		}
		key := fmt.Sprintf("%s %04d-%02d-%02d", lk.kind, d.Year, d.Month, d.Day)
		return []Ref{{Start: i, End: d.End, Kind: "law", Key: key, Num: -1, Date: d}}, d.End, true
	}
	return nil, 0, false
}
