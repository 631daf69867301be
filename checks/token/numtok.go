package token

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/internal/roman"
)

// Num is a number found in a unit's text: digits, spelled-out words, an
// ordinal or a Roman numeral, with its value.
type Num struct {
	Start, End int     // byte span in the text
	Val        float64 // the value; ordinals count as their number
	// Weak marks a token that may not be a number at all: French "un",
	// "une" and Dutch "een" as articles, "neuf" meaning new. A weak token
	// never causes a finding; it may stand for a number of the other side.
	Weak bool
	// OrdinalWord marks an ordinal spelled out in words ("première",
	// "tweede"). Such words often stand where the other language has no
	// number at all ("la première cause" ↔ "de belangrijkste oorzaak",
	// "l'autre langue" ↔ "de tweede taal"), so one on one side only is
	// reported for information.
	OrdinalWord bool
	// List marks the number of a list's item ("…ce cas?3. Combien", "2)
	// le"), which is weak: the items of the two sides are compared as one
	// sequence instead (see listMismatch).
	List bool
	// Word marks a number written in words or Roman numerals, not
	// digits: a weak word may be no number at all ("un" the article), a
	// weak number in digits is one ("24/7", a list's "2.").
	Word bool
	// Whole marks the whole of a period that a count of days or hours is
	// part of: the restating second number of "7 jours sur 7" (weak) or
	// the week of "zeven dagen per week" (see impliedWholes). The wholes
	// of the two sides pair with each other first.
	Whole bool
	// Den is the denominator of a fraction in words ("deux tiers", Val
	// 2/3, Den 3), or 0.
	Den float64
}

// Key returns the value as a canonical string ("208", "2.5").
func (n Num) Key() string { return strconv.FormatFloat(n.Val, 'f', -1, 64) }

// Shown returns the value as a message shows it: the key, or a fraction
// as a count over its denominator ("2/3").
func (n Num) Shown() string {
	if n.Den > 0 {
		f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
		return f(math.Round(n.Val*n.Den*1e6)/1e6) + "/" + f(n.Den)
	}
	return n.Key()
}

// ScanFacts returns the references, dates and numbers of t.S[from:] in
// language lang, each in text order: the references first, then the dates
// outside them, then the numbers outside both, so that a number is read
// once, as the fact it belongs to.
func ScanFacts(t *align.Text, lang align.Lang, from int) (nums []Num, dates []Date, refs []Ref) {
	from = min(max(from, 0), len(t.S))
	refs = ScanRefs(t, lang, from)
	var skip Spans
	for _, r := range refs {
		skip = append(skip, Span{r.Start, r.End})
	}
	dates = ScanDates(t, lang, from, skip)
	for _, d := range dates {
		skip = append(skip, Span{d.Start, d.End})
	}
	slices.SortFunc(skip, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
	nums = ScanNumbers(t, lang, from, skip)
	return nums, dates, refs
}

// ScanNumbers returns the numbers of t.S[from:] in language lang, leaving
// out the spans in skip (dates and references, which their own checks
// compare) and digits set as superscript (footnote calls).
func ScanNumbers(t *align.Text, lang align.Lang, from int, skip Spans) []Num {
	s := t.S
	var out []Num
	for i := from; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && !asciiAlnums[c] {
			i++ // neither a letter nor a digit, in a skipped span or not
			continue
		}
		if e := skip.At(i); e >= 0 {
			i = e
			continue
		}
		c := s[i]
		switch {
		case IsDigit(c):
			// A call glued to a sentence's end and followed by a full stop
			// or a parenthesis is the next item's number ("aanverwanten.1.
			// a) Hoeveel").
			// So is one glued to a date or a reference that ends the
			// sentence ("a vu le jour en 2016.1. a) Combien").
			list := listNumber(s, i, from)
			call := footnoteCall(s, i) && !list
			glued := afterNumberPunct(s, i) && !(list && s[i-1] == '.' && skip.At(i-1) < 0 && skip.Overlaps(i-2, i-1))
			if AlnumBefore(s, i) || glued || call || capsCall(s, i) || afterLeader(s, i) || pathPart(s, i) {
				i = alnumEnd(s, i)
				continue
			}
			if list := listNumber(s, i, from); list || identifierTail(s, i) {
				// Part of a name or a list's numbering: it may stand for a
				// number of the other side but never causes a finding.
				e := DigitsEnd(s, i)
				out = append(out, Num{Start: i, End: e, Val: digitsValue(s[i:e]), Weak: true, List: list})
				i = e
				continue
			}
			n, end := scanDigits(s, i)
			if skip.Overlaps(i, end) {
				i = DigitsEnd(s, i)
				continue
			}
			if !superscript(t, i, DigitsEnd(s, i)) {
				out = append(out, n)
			}
			i = end
		case c < utf8.RuneSelf && !IsASCIILetter(c):
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isLetterRune(r) {
				i += size
				continue
			}
			we := LettersEnd(s, i)
			if AlnumBefore(s, i) {
				i = we
				continue
			}
			var n Num
			var end int
			var ok bool
			if lang == align.NL {
				n, end, ok = scanDutch(s, i)
			} else {
				n, end, ok = scanFrench(s, i)
			}
			if !ok {
				n, end, ok = scanRoman(s, i)
			}
			if ok && !skip.Overlaps(i, end) {
				n.Word = true
				out = append(out, n)
				i = end
				continue
			}
			i = we
		}
	}
	out = weakenRoundTheClock(s, out)
	out = impliedWholes(s, out)
	return fractions(s, out, lang)
}

// impliedWholes adds the whole that a count of days or hours is a part
// of where the text gives it as a period, not a number: "zeven dagen per
// week" is seven days out of 7, "8 heures par jour" eight hours out of
// 24, as the other language may write "sept jours sur sept", "8 uur op
// 24". The whole is a number in words at the period's noun, so that "sept
// jours sur neuf" against "zeven dagen per week" is a changed number, and
// "par semaine" against "per week" agree.
func impliedWholes(s string, ns []Num) []Num {
	var added []Num
	for _, a := range ns {
		us, ue, ok := NextLetters(s, a.End)
		if !ok {
			continue
		}
		whole := periodWholes[Fold(s[us:ue])]
		if whole.val == 0 {
			continue
		}
		e, matched := ue, 0
		var ws, we int
		for _, want := range whole.by {
			if ws, we, ok = NextLetters(s, e); !ok || Fold(s[ws:we]) != want {
				break
			}
			e, matched = we, matched+1
		}
		if matched < len(whole.by) {
			continue
		}
		if p, _, ok := NextLetters(s, e); ok && p == e {
			continue // a word glued to the period's noun: no period
		}
		added = append(added, Num{Start: ws, End: we, Val: whole.val, Word: true, Whole: true})
	}
	if len(added) == 0 {
		return ns
	}
	ns = append(ns, added...)
	slices.SortStableFunc(ns, func(a, b Num) int { return cmp.Compare(a.Start, b.Start) })
	return ns
}

// periodWholes gives, for a unit of time counted by a number, the words of
// the period after it and how many units the period has: "jours par
// semaine" 7, "uur per dag" 24.
var periodWholes = map[string]struct {
	by  []string
	val float64
}{
	"jours": {[]string{"par", "semaine"}, 7}, "dagen": {[]string{"per", "week"}, 7},
	"heures": {[]string{"par", "jour"}, 24}, "uur": {[]string{"per", "dag"}, 24}, "uren": {[]string{"per", "dag"}, 24},
}

// fractions joins a count and the ordinal after it into one fraction:
// "quatre cinquièmes" ↔ "vier vijfde" is 0.8, "deux tiers" ↔ "twee derde"
// two thirds, so that "vijf vijfde" against "quatre cinquièmes" is one
// changed value, not a count paired with an ordinal. The count is two or
// more: "un tiers" is as often "een op drie" as "een derde", and its
// ordinal alone matches both. The ordinal must be a word of three or more
// (not "premier", not "seconde", a unit of time) and follow the count
// after spaces only.
func fractions(s string, ns []Num, lang align.Lang) []Num {
	out := ns[:0]
	for k := 0; k < len(ns); k++ {
		a := ns[k]
		if den, end, ok := dutchPluralDen(s, a, lang); ok {
			// "twee derden": the plural ordinal is no number of its own
			// ("aan derden", third parties).
			out = append(out, Num{Start: a.Start, End: end, Val: a.Val / den, Weak: a.Weak, Den: den})
			continue
		}
		if k+1 < len(ns) {
			b := ns[k+1]
			if !a.OrdinalWord && !a.List && b.OrdinalWord && b.Val >= 3 && a.Val >= 2 &&
				a.End < b.Start && strings.TrimSpace(s[a.End:b.Start]) == "" {
				out = append(out, Num{Start: a.Start, End: b.End, Val: a.Val / b.Val, Weak: a.Weak && b.Weak, Den: b.Val, Word: true})
				k++
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// weakenRoundTheClock marks weak the second number of "7 jours sur 7",
// "vingt-quatre heures sur vingt-quatre", "24 sur 24" (Dutch "24 uur op
// 24", "24.00 op 24.00 uur"): it
// restates the first, and the other language says "per week", "per dag".
// Both numbers of "24/7", "24h/24" and "7j/7" are weak: the phrase means
// "round the clock", which the other language writes with other numbers
// ("24/7" ↔ "24 heures sur 24") or none ("tous les jours").
func weakenRoundTheClock(s string, ns []Num) []Num {
	var seconds []Num // second numbers of "24/7" that were no token
	for k := range ns {
		a := ns[k]
		if a.Val != 24 && a.Val != 7 {
			continue
		}
		// "24/7", "24h/24", "7j/7": the second number may be no token; it
		// is added, weak, so that it may stand for the other side's "7
		// jours sur 7".
		rest := strings.TrimLeft(s[a.End:], "hjuHJU")
		if d, ok := strings.CutPrefix(rest, "/"); ok {
			e := DigitsEnd(d, 0)
			date := e < len(d) && d[e] == '/' // 24/7/2020
			if v := d[:e]; !date && (v == "7" || v == "24" && a.Val == 24) {
				ns[k].Weak = true
				at := len(s) - len(d)
				if k+1 < len(ns) && ns[k+1].Start == at {
					ns[k+1].Weak = true
				} else {
					seconds = append(seconds, Num{Start: at, End: at + e, Val: digitsValue(v), Weak: true})
				}
			}
		}
		if k == 0 {
			continue
		}
		b := ns[k-1]
		if a.Val != b.Val || b.End >= a.Start {
			continue
		}
		between := strings.Fields(s[b.End:a.Start])
		if n := len(between); (n == 1 || n == 2) && (between[n-1] == "sur" || between[n-1] == "op") && s[b.End] == ' ' {
			ns[k].Weak, ns[k].Whole = true, true
		}
	}
	if len(seconds) == 0 {
		return ns
	}
	ns = append(ns, seconds...)
	slices.SortStableFunc(ns, func(a, b Num) int { return cmp.Compare(a.Start, b.Start) })
	return ns
}

// IsASCIILetter reports whether c is an ASCII letter.
func IsASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isLetterRune(r rune) bool { return unicode.IsLetter(r) }

// alnumEnd returns the end of the run of letters and digits at i.
func alnumEnd(s string, i int) int {
	for i < len(s) && s[i] < utf8.RuneSelf && asciiAlnums[s[i]] {
		i++
	}
	for i < len(s) && AlnumAt(s, i) {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return i
}

// digitsValue returns the value of a run of ASCII digits.
func digitsValue(d string) float64 {
	v, _ := strconv.ParseFloat(d, 64)
	return v
}

// identifierTail reports whether the digits at i end a name joined by a
// hyphen to a word: "COVID-19", "covid-19", "SARS-CoV-2", "F-35". The other
// language often names the thing otherwise ("la crise du COVID-19" ↔ "de
// coronacrisis"), so the number is no fact of its own.
func identifierTail(s string, i int) bool {
	if i < 2 || s[i-1] != '-' {
		return false
	}
	ws, we, ok := PrevLetters(s, i-1)
	if !ok || we != i-1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[ws:])
	return unicode.IsUpper(r) || utf8.RuneCountInString(s[ws:we]) >= 2
}

// listNumber reports whether the one or two digits at i number an item of
// a list: followed by "." or ")" and a space or a letter, and standing at
// the start of the text or right after the punctuation that ends a
// sentence, often with no space ("…dans ce cas?3. Combien…", "…par
// an. 3. De quelle…"). Published translations glue and number the items
// of a question each in their own way.
func listNumber(s string, i, from int) bool {
	e := DigitsEnd(s, i)
	if e-i > 2 || e+1 >= len(s) || s[e] != '.' && s[e] != ')' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[e+1:]); !isSpace(r) && !unicode.IsLetter(r) {
		return false
	}
	k := i
	for k > from {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !isSpace(r) {
			break
		}
		k -= n
	}
	if k <= from {
		return true
	}
	switch s[k-1] {
	case '.', '?', '!', ';', ':':
		return true
	}
	return k < i && afterSentenceCall(s, k, from)
}

// afterSentenceCall reports whether the digits ending at k are a footnote
// call glued to the end of a sentence ("…met een ASCVD.18 7. De
// uitdagingen"): what follows them starts as it would after the full stop.
func afterSentenceCall(s string, k, from int) bool {
	b := k
	for b > from && IsDigit(s[b-1]) {
		b--
	}
	if b == k || b <= from || !footnoteCall(s, b) {
		return false
	}
	switch s[b-1] {
	case '.', '?', '!':
		return true
	}
	return false
}

// afterNumberPunct reports whether the digit at i continues a number
// through a separator ("3.4", "2/3") that the tokenizer did not take.
func afterNumberPunct(s string, i int) bool {
	if i < 2 {
		return false
	}
	p := s[i-1]
	if p == '-' && rangeEnd(s, i) {
		return false
	}
	return (p == '.' || p == ',' || p == '/' || p == '-') && IsDigit(s[i-2])
}

// rangeEnd reports whether the digits at i, after a hyphen, end a range of
// small numbers ("45-54", "15-25 jaar"), which the other language may write
// "45 à 54": one to three digits on each side, and no further part after
// them, as a code or a telephone number would have.
func rangeEnd(s string, i int) bool {
	b := i - 1
	for b > 0 && IsDigit(s[b-1]) {
		b--
	}
	e := DigitsEnd(s, i)
	if i-1-b > 3 || e-i > 3 || b > 0 && (s[b-1] == '-' || s[b-1] == '/' || s[b-1] == '.' || AlnumBefore(s, b)) {
		return false
	}
	return e >= len(s) || !(s[e] == '-' || s[e] == '/' || AlnumAt(s, e) || (s[e] == '.' || s[e] == ',') && e+1 < len(s) && IsDigit(s[e+1]))
}

// footnoteCall reports whether the digits at i are a footnote call that
// lost its superscript in extraction: one to three digits glued to the
// punctuation that ends a word or a sentence ("in België.3 Bovendien",
// "van de rechtsgrond,1 alsmede",
// "(ASCVD)4", "22 %17.", "22 %.17"), with a space or the end of the text after them.
func footnoteCall(s string, i int) bool {
	e := DigitsEnd(s, i)
	if e-i > 3 || i == 0 || AlnumAt(s, e) || e < len(s) && (s[e] == ',' || s[e] == '.') && e+1 < len(s) && IsDigit(s[e+1]) {
		return false
	}
	p, n := utf8.DecodeLastRuneInString(s[:i])
	switch p {
	case '%':
		return true
	case '.', ',', ';', ':', ')', ']', '”', '»', '’':
	default:
		return false
	}
	q, _ := utf8.DecodeLastRuneInString(s[:i-n])
	if p == '.' && (countFollows(s, e) || numberAbbreviationBefore(s, i-n)) {
		return false // "l'Occupation.75 ans après", "p.384": no call
	}
	return unicode.IsLetter(q) || q == ')' || q == '”' || q == '»' || q == '’' || q == '%'
}

// countFollows reports whether what follows the digits ending at e makes
// them a count, not a footnote call: a percent sign or a word in lower
// case ("…toegestuurd.337 personen betaalden", "…afgestemd.44 % van").
func countFollows(s string, e int) bool {
	k := skipSpaces(s, e)
	if k >= len(s) {
		return false
	}
	if s[k] == '%' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return k > e && unicode.IsLower(r)
}

// numberAbbreviationBefore reports whether the word ending at i is a short
// abbreviation a number follows: "p.384", "blz.12", "nr.5".
func numberAbbreviationBefore(s string, i int) bool {
	ws, we, ok := PrevLetters(s, i)
	return ok && we == i && numberAbbreviations[strings.ToLower(s[ws:we])]
}

// numberAbbreviations are the abbreviations, written before a dot, that
// a number follows.
var numberAbbreviations = map[string]bool{
	"p": true, "pp": true, "blz": true, "nr": true, "nrs": true, "n": true, "no": true, "art": true, "al": true, "vol": true,
}

// capsCall reports whether the digits at i are a footnote call on a title
// set in capitals, the last thing in the unit ("EN REMPLACEMENT DU
// DOCUMENT DISTRIBUÉ PRÉCÉDEMMENT 2"): one digit or two after a space and
// a capitalised word that does not number things (ARTICLE 2, CHAPITRE 3
// and HOOFDSTUK 4 keep their number).
func capsCall(s string, i int) bool {
	e := DigitsEnd(s, i)
	if e-i > 2 || strings.TrimRight(s[e:], " \u00a0") != "" || i < 5 || s[i-1] != ' ' {
		return false
	}
	ws, we, ok := PrevLetters(s, i)
	w := s[ws:we]
	if !ok || we+1 > i || utf8.RuneCountInString(w) < 4 || numberingWords[w] {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// numberingWords are the capitalised words a number belongs to.
var numberingWords = map[string]bool{
	"ARTICLE": true, "ARTIKEL": true, "CHAPITRE": true, "HOOFDSTUK": true,
	"TITRE": true, "TITEL": true, "SECTION": true, "AFDELING": true,
	"LIVRE": true, "BOEK": true, "PARTIE": true, "DEEL": true,
	"ANNEXE": true, "BIJLAGE": true, "PROGRAMME": true, "PROGRAMMA": true,
	"SOUS-SECTION": true, "ONDERAFDELING": true, "TABLEAU": true, "TABEL": true,
}

// pathPart reports whether the digits at i name a part of an address or
// a file ("/20171019_advies_ bipt", "decision_pricing_2017_"): a slash
// that no number precedes, or an underscore, touches them.
func pathPart(s string, i int) bool {
	e := DigitsEnd(s, i)
	if e < len(s) && s[e] == '_' || i > 0 && s[i-1] == '_' {
		return true
	}
	return i > 0 && s[i-1] == '/' && (i < 2 || !IsDigit(s[i-2]))
}

// afterLeader reports whether the digits at i follow a leader of dots, as
// the page number of a table of contents does ("Discussion des articles
// et vote........6"): the pages of the two language versions differ.
func afterLeader(s string, i int) bool {
	t := strings.TrimRight(s[:i], " \t\u00a0")
	return strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")
}

// superscript reports whether t.S[start:end] lies inside a Super mark.
func superscript(t *align.Text, start, end int) bool {
	for _, m := range t.Marks {
		if m.Kind == align.Super && m.Start <= start && end <= m.End {
			return true
		}
	}
	return false
}

// scanDigits reads a number written in digits at s[i:]: groups of three
// separated by a space, a no-break space or a dot; a decimal comma; an
// ordinal suffix (1er, 18e, 18de); a multiplier word (7 millions, 7
// miljoen).
func scanDigits(s string, i int) (Num, int) {
	start := i
	j := DigitsEnd(s, i)
	if n, end, ok := clockTime(s, i, j); ok {
		return n, end
	}
	var b strings.Builder
	b.WriteString(s[i:j])
	grouped := false
	if j-i <= 3 {
		for {
			sep, n := utf8.DecodeRuneInString(s[j:])
			if j >= len(s) || !(IsGroupSpace(sep) || sep == '.') {
				break
			}
			k := j + n
			e := DigitsEnd(s, k)
			if e-k != 3 || e < len(s) && s[e] == '/' {
				break
			}
			b.WriteString(s[k:e])
			j = e
			grouped = true
		}
	}
	if j+1 < len(s) && (s[j] == ',' || s[j] == '.') && IsDigit(s[j+1]) {
		e := DigitsEnd(s, j+1)
		// A dot after dot groups, or a dot with three digits, is a group
		// separator handled above; what is left is a decimal mark.
		if s[j] == ',' || !grouped && !listAfter(s, j, e) {
			b.WriteByte('.')
			b.WriteString(s[j+1 : e])
			j = e
		}
	}
	v, _ := strconv.ParseFloat(b.String(), 64)
	// Ordinal or other suffix glued to the digits: 1er, 18e, 18de, 3bis.
	// Letters and digits mixed ("3ea096…") make an identifier, not a number.
	if AlnumAt(s, j) {
		e := alnumEnd(s, j)
		if strings.ContainsAny(s[j:e], "0123456789") {
			return Num{Start: start, End: e, Val: v, Weak: true}, e
		}
		if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsUpper(r) {
			// "4G", "3D": a name, not a count.
			return Num{Start: start, End: e, Val: v, Weak: true}, e
		}
		j = e
	} else if strings.HasPrefix(s[j:], "°") {
		j += len("°")
	}
	end := j
	// Multiplier word: 7 millions, 2,5 milliards, 7 miljoen.
	if ws, we, ok := NextLetters(s, j); ok {
		if m, ok := multipliers[Fold(s[ws:we])]; ok {
			v *= m
			end = we
		}
	}
	// Percent sign: 3,5 %.
	k := skipSpaces(s, end)
	if k < len(s) && s[k] == '%' {
		end = k + 1
	}
	return Num{Start: start, End: end, Val: v}, end
}

// clockTime reads a time of day or a duration written with "h" at s[i:],
// j being the end of its hours: "20 h 41", "7h36", "15u30". Its value is
// the one the other language writes with a dot ("20.41 uur" is 20.41);
// hours alone ("13 h") are left to the plain number.
func clockTime(s string, i, j int) (Num, int, bool) {
	if j-i > 2 {
		return Num{}, 0, false
	}
	k := j
	glued := k < len(s) && (s[k] == 'h' || s[k] == 'u')
	if !glued {
		k = skipSpaces(s, k)
		switch {
		case k == j || k >= len(s):
			return Num{}, 0, false
		case strings.HasPrefix(s[k:], "uur ") && minutesAfter(s, k+len("uur")):
			k += len("uur") - 1 // "3 uur 11 minuten"
		case s[k] != 'h':
			return Num{}, 0, false
		}
	}
	k++ // the "h"
	m := k
	if !glued {
		m = skipSpaces(s, k)
	}
	me := DigitsEnd(s, m)
	if me-m != 2 || AlnumAt(s, me) || glued && m != k {
		return Num{}, 0, false
	}
	h, _ := strconv.Atoi(s[i:j])
	if h > 24 || s[m] > '5' {
		return Num{}, 0, false
	}
	v, _ := strconv.ParseFloat(s[i:j]+"."+s[m:me], 64)
	return Num{Start: i, End: me, Val: v}, me, true
}

// listAfter reports whether the dot at s[j] and the digits up to e number
// an item glued to the number before it ("…au maximum de 550.1. Quel
// est…", "Doel 1 et 2.1. Un incident"): one or two digits, a dot and a
// space or a letter.
func listAfter(s string, j, e int) bool {
	if s[j] != '.' || e-j-1 > 2 || e+1 >= len(s) || s[e] != '.' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[e+1:])
	return isSpace(r) || unicode.IsLetter(r)
}

// minutesAfter reports whether two digits and the word "minuten" or "min"
// follow the spaces at s[i:].
func minutesAfter(s string, i int) bool {
	m := skipSpaces(s, i)
	e := DigitsEnd(s, m)
	if e-m != 2 {
		return false
	}
	ws, we, ok := NextLetters(s, e)
	return ok && ws > e && (s[ws:we] == "minuten" || s[ws:we] == "min")
}

var multipliers = map[string]float64{
	"million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
	"miljoen": 1e6, "miljard": 1e9, "mio": 1e6, "mrd": 1e9,
	"millier": 1000, "milliers": 1000, "duizend": 1000,
}

// timeUnits are the nouns after which French "un"/"une" and Dutch "een"
// mean one: "un an" ↔ "één jaar".
var timeUnits = map[string]bool{
	"an": true, "ans": true, "annee": true, "mois": true, "jour": true, "semaine": true,
	"heure": true, "siecle": true, "jaar": true, "maand": true, "week": true, "dag": true,
	"uur": true, "eeuw": true,
}

// frWords are French cardinal number words and their values.
var frWords = map[string]float64{
	"zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
	"six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
	"treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20,
	"trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
	"huitante": 80, "octante": 80, "nonante": 90, "cent": 100, "cents": 100,
	"mille": 1000, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
	"millier": 1000, "milliers": 1000, "nul": 0, "nulle": 0,
}

// FrenchApprox are the French words for about a number ("une dizaine" ↔ "een
// tiental" or "tien") and for a number of times ("double" ↔ "dubbel",
// "twee keer"); a translation may render them with or without a number, so
// they are weak.
var FrenchApprox = map[string]float64{
	"dizaine": 10, "dizaines": 10, "douzaine": 12, "douzaines": 12, "quinzaine": 15, "vingtaine": 20,
	"trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "centaines": 100,
	"double": 2, "triple": 3, "quadruple": 4,
}

// frOrdinalStems are the stems of French ordinals in -ième.
var frOrdinalStems = map[string]float64{
	"un": 1, "deux": 2, "trois": 3, "quatr": 4, "cinqu": 5, "six": 6, "sept": 7,
	"huit": 8, "neuv": 9, "dix": 10, "onz": 11, "douz": 12, "treiz": 13,
	"quatorz": 14, "quinz": 15, "seiz": 16, "vingt": 20, "trent": 30,
	"quarant": 40, "cinquant": 50, "soixant": 60, "septant": 70, "huitant": 80,
	"octant": 80, "nonant": 90, "cent": 100, "mill": 1000, "million": 1e6, "milliard": 1e9,
}

// frWord returns the value of one French number word and whether it is an
// ordinal.
func frWord(w string) (v float64, ordinal, ok bool) {
	switch w {
	case "premier", "premiere", "premiers", "premieres", "premierement":
		return 1, true, true
	case "tiers":
		return 3, true, true // "un tiers" ↔ "een derde"
	case "quart", "quarts":
		return 4, true, true // "trois quarts" ↔ "drie kwart"
	case "second", "seconde", "seconds", "secondes":
		return 2, true, true // "la seconde vague" ↔ "de tweede golf"; also a unit of time
	}
	if v, ok := frWords[w]; ok {
		return v, false, true
	}
	if v, ok := FrenchApprox[w]; ok {
		return v, false, true
	}
	for _, suf := range []string{"iemes", "ieme", "iemement"} {
		if stem, ok := strings.CutSuffix(w, suf); ok {
			if v, ok := frOrdinalStems[stem]; ok {
				return v, true, true
			}
		}
	}
	return 0, false, false
}

// scanFrench reads a French spelled-out number at s[i:]: words joined by
// spaces, hyphens and "et" (vingt et un, quatre-vingt-dix, deux millions).
func scanFrench(s string, i int) (Num, int, bool) {
	we := LettersEnd(s, i)
	if !frNumberWords.maybe(s[i:we]) {
		return Num{}, 0, false
	}
	w := Fold(s[i:we])
	v, ord, ok := frWord(w)
	if !ok {
		return Num{}, 0, false
	}
	var acc accumulator
	acc.add(v, w)
	end, last := we, w
	for !ord {
		// Next word after a space or a hyphen, optionally "et".
		j := end
		if h := hyphenAt(s, j); h > 0 {
			j += h
		} else {
			j = skipSpaces(s, j)
			if j == end {
				break
			}
		}
		ne := LettersEnd(s, j)
		if ne == j {
			break
		}
		nw := Fold(s[j:ne])
		if nw == "et" && tens(last) {
			k := ne
			if h := hyphenAt(s, k); h > 0 {
				k += h
			} else {
				k = skipSpaces(s, k)
			}
			ke := LettersEnd(s, k)
			w2 := Fold(s[k:ke])
			if w2 == "un" || w2 == "une" || w2 == "onze" || w2 == "unieme" || w2 == "onzieme" {
				j, ne, nw = k, ke, w2
			} else {
				break
			}
		}
		nv, nord, ok := frWord(nw)
		if !ok || nv == 1 && nw[0] == 'p' || !acc.add(nv, nw) {
			break
		}
		end, last, ord = ne, nw, nord
	}
	val := acc.value()
	if !ord {
		// "un million et demi" ↔ "anderhalf miljoen", "deux et demi".
		if ds, de, ok := NextLetters(s, end); ok && Fold(s[ds:de]) == "et" {
			if hs, he, ok := NextLetters(s, de); ok && (Fold(s[hs:he]) == "demi" || Fold(s[hs:he]) == "demie") {
				val += acc.half()
				end = he
			}
		} else if ok && timeUnits[strings.TrimSuffix(Fold(s[ds:de]), "s")] && halfAfter(s, de) {
			// "une heure et demie" ↔ "anderhalf uur", "deux ans et demi":
			// the number keeps its unit after it, for sameDuration.
			val += 0.5
		}
	}
	n := Num{Start: i, End: end, Val: val, OrdinalWord: ord}
	prev := ""
	if ps, pe, ok := PrevLetters(s, i); ok {
		prev = Fold(s[ps:pe])
	}
	next := ""
	if ns, ne, ok := NextLetters(s, end); ok {
		next = Fold(s[ns:ne])
	}
	switch {
	case end == we && (w == "cent" || w == "cents" || w == "mille") && prev == "pour":
		return Num{}, 0, false // "50 pour cent", "1,8 pour mille": the percent sign
	case end == we && FrenchApprox[w] != 0:
		n.Weak = true
	case end == we && (w == "deux" || w == "trois") && (prev == "tous" || prev == "toutes" || prev == "les" && tousBefore(s, i)):
		n.Weak = true // "toutes deux", "tous les deux": "beide", "zowel … als"
	case prev == "sur" && (n.Val == 7 || n.Val == 24) && isDayOrHour(s, i):
		n.Weak, n.Whole = true, true // "sept jours sur sept" ↔ "zeven dagen per week"
	case end == we && (w == "un" || w == "une"):
		n.Weak = !timeUnits[next] || (i > 0 && (s[i-1] == '\'' || strings.HasSuffix(s[:i], "’")))
	case end == we && w == "neuf":
		_, _, word := NextLetters(s, end)
		n.Weak = !word || prev == "tout" || prev == "flambant" || prev == "a" && newAfter[next] // "remise à neuf des quais"
	case end == we && strings.HasPrefix(w, "premier"):
		// "le Premier ministre", "pour la première fois", "les premiers
		// mois": first in rank or time, which the other language often
		// says without a number ("voor het eerst", "de voorbije maanden").
		n.Weak = true
	case ord && frRankNouns[next]:
		n.Weak = true // "banques de deuxième rang" ↔ "secundaire banken"
	case end == we && (w == "second" || w == "seconde" || w == "seconds" || w == "secondes"):
		n.Weak = true // "trente secondes", "une seconde": the unit of time
	case end == we && (w == "nul" || w == "nulle" || w == "zero"):
		// "une contribution nulle" ↔ "een nulbijdrage", "le risque zéro" ↔
		// "het nulrisico"; "nul" ↔ "nul".
		n.Weak = true
	case end == we && (w == "millier" || w == "milliers" || w == "millions" || w == "milliards"):
		// A unit or an amount without its count: "(en milliers d'euros)"
		// ↔ "(in duizend euro)", "des milliers" ↔ "duizenden", "en millions
		// d'heures" ↔ "in miljoenen uren".
		n.Weak = true
	case w == "tiers" || w == "quart" || w == "quarts":
		// A fraction after a count ("un tiers", "deux tiers"); otherwise a
		// third party or a set phrase ("pays tiers", "un quart d'heure"
		// ↔ "een kwartier") that the other side may word differently.
		n.Weak = !countBefore(s, i, align.FR) || next == "d" && w != "tiers"
	}
	return n, end, true
}

// dutchPluralDen reads, after the count a of a Dutch text, the plural of
// an ordinal that makes it a fraction ("twee derden", "drie vierden"),
// and returns the denominator and the fraction's end.
func dutchPluralDen(s string, a Num, lang align.Lang) (den float64, end int, ok bool) {
	if lang != align.NL || a.OrdinalWord || a.List || a.Val < 2 {
		return 0, 0, false
	}
	ws, we, ok := NextLetters(s, a.End)
	if !ok || strings.TrimSpace(s[a.End:ws]) != "" {
		return 0, 0, false
	}
	w := Fold(s[ws:we])
	if !strings.HasSuffix(w, "den") {
		return 0, 0, false
	}
	v, ord, ok := nlWord(w[:len(w)-1])
	if !ok || !ord || v < 3 {
		return 0, 0, false
	}
	return v, we, true
}

// dutchHalf reads "en een half" or "en half" after s[:i] and returns its
// end.
func dutchHalf(s string, i int) (int, bool) {
	ws, we, ok := NextLetters(s, i)
	if !ok || Fold(s[ws:we]) != "en" {
		return 0, false
	}
	ws, we, ok = NextLetters(s, we)
	if ok && Fold(s[ws:we]) == "een" {
		ws, we, ok = NextLetters(s, we)
	}
	if !ok || Fold(s[ws:we]) != "half" {
		return 0, false
	}
	return we, true
}

// halfAfter reports whether "et demi" or "et demie" follows s[:i].
func halfAfter(s string, i int) bool {
	ds, de, ok := NextLetters(s, i)
	if !ok || Fold(s[ds:de]) != "et" {
		return false
	}
	hs, he, ok := NextLetters(s, de)
	return ok && (Fold(s[hs:he]) == "demi" || Fold(s[hs:he]) == "demie")
}

// newAfter are the words after which "à neuf" means "as new": "remise à
// neuf des quais".
var newAfter = map[string]bool{"des": true, "du": true, "de": true, "d": true, "la": true, "le": true, "les": true, "et": true, "": true}

// tousBefore reports whether "tous" or "toutes" comes two words before
// s[i:], as in "tous les deux".
func tousBefore(s string, i int) bool {
	ps, _, ok := PrevLetters(s, i)
	if !ok {
		return false
	}
	qs, qe, ok := PrevLetters(s, ps)
	return ok && (Fold(s[qs:qe]) == "tous" || Fold(s[qs:qe]) == "toutes")
}

// countBefore reports whether the word before s[i:] is a cardinal number,
// in digits or in words of lang: the count of a fraction.
func countBefore(s string, i int, lang align.Lang) bool {
	k := i
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !isSpace(r) {
			break
		}
		k -= n
	}
	if k > 0 && IsDigit(s[k-1]) {
		return true
	}
	ps, pe, ok := PrevLetters(s, i)
	if !ok {
		return false
	}
	w := Fold(s[ps:pe])
	if lang == align.NL {
		v, ord, ok := nlWord(w)
		return ok && !ord && v >= 1
	}
	v, ord, ok := frWord(w)
	return ok && !ord && v >= 1
}

// frRankNouns are the nouns that make a French ordinal part of a set
// phrase a translation need not render as a number: "de deuxième rang",
// "de premier ordre", "au premier plan", "au premier degré".
var frRankNouns = map[string]bool{
	"rang": true, "ordre": true, "plan": true, "degre": true, "main": true,
}

// isDayOrHour reports whether the word "sur" before s[i:] follows
// "jours" or "heures", as in "sept jours sur sept", "vingt-quatre heures
// sur vingt-quatre".
func isDayOrHour(s string, i int) bool {
	ps, _, ok := PrevLetters(s, i)
	if !ok {
		return false
	}
	qs, qe, ok := PrevLetters(s, ps)
	if !ok {
		return false
	}
	w := Fold(s[qs:qe])
	return w == "jours" || w == "heures" || w == "jour" || w == "heure"
}

// hyphenAt returns the length of the hyphen at s[i:] (hyphen-minus,
// hyphen or no-break hyphen), or 0.
func hyphenAt(s string, i int) int {
	for _, h := range []string{"-", "\u2010", "\u2011"} {
		if strings.HasPrefix(s[i:], h) {
			return len(h)
		}
	}
	return 0
}

// tens reports whether w is a French tens word that "et un" may follow.
func tens(w string) bool {
	switch w {
	case "vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante", "nonante":
		return true
	}
	return false
}

// accumulator sums number words: additive parts below a hundred, "cent"
// multiplying what precedes it, and thousands and millions closing a
// group. French "quatre-vingt" is 80.
type accumulator struct {
	total, cur float64
	last       float64 // the last additive word, 0 after a multiplier
	lastMult   float64 // the last multiplier of a thousand or more
	n          int
}

// add adds a word's value and reports whether it continues the number.
func (a *accumulator) add(v float64, w string) bool {
	switch {
	case v == 100:
		if a.cur >= 100 {
			return false
		}
		a.cur = max(a.cur, 1) * 100
		a.last = 0
	case v >= 1000:
		if a.n > 0 && a.cur == 0 {
			return false
		}
		a.total += max(a.cur, 1) * v
		a.cur, a.last, a.lastMult = 0, 0, v
	case v == 20 && a.last == 4 && w != "" && (w == "vingt" || w == "vingts"):
		a.cur += 76
		a.last = 80
	default:
		if a.n > 0 && a.last != 0 && (v >= a.last || a.last < 10) {
			return false
		}
		if a.n > 0 && a.last == 0 && int(a.cur)%100 != 0 {
			return false
		}
		a.cur += v
		a.last = v
	}
	a.n++
	return true
}

func (a *accumulator) value() float64 { return a.total + a.cur }

// half returns half of the unit the number ends with: 500000 for "un
// million", 0.5 for "deux".
func (a *accumulator) half() float64 {
	if a.cur == 0 && a.lastMult > 0 {
		return a.lastMult / 2
	}
	return 0.5
}

// nlBasic are the Dutch number words that are not compounds.
var nlBasic = map[string]float64{
	"nul": 0, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
	"zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
	"dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
	"achttien": 18, "negentien": 19,
}

var nlTens = []struct {
	w string
	v float64
}{
	{"twintig", 20}, {"dertig", 30}, {"veertig", 40}, {"vijftig", 50},
	{"zestig", 60}, {"zeventig", 70}, {"tachtig", 80}, {"negentig", 90},
}

var nlMult = []struct {
	w string
	v float64
}{
	{"miljard", 1e9}, {"miljoen", 1e6}, {"duizend", 1000}, {"honderd", 100},
}

// nlCompound returns the value of a Dutch cardinal written as one word
// (eenentwintig, honderdvijftig, tweeduizend), accents removed.
func nlCompound(w string) (float64, bool) {
	if w == "" {
		return 0, false
	}
	for _, m := range nlMult {
		k := strings.Index(w, m.w)
		if k < 0 {
			continue
		}
		left, right := 1.0, 0.0
		if k > 0 {
			l, ok := nlCompound(w[:k])
			if !ok || l >= m.v {
				return 0, false
			}
			left = l
		}
		rest := w[k+len(m.w):]
		if rest == "en" {
			return 0, false // "duizenden", "honderden": an amount, not a number
		}
		if rest != "" {
			rest = strings.TrimPrefix(rest, "en") // honderdeneen
		}
		if rest != "" {
			r, ok := nlCompound(rest)
			if !ok || r >= m.v {
				return 0, false
			}
			right = r
		}
		return left*m.v + right, true
	}
	if v, ok := nlBasic[w]; ok {
		return v, true
	}
	for _, t := range nlTens {
		p, ok := strings.CutSuffix(w, t.w)
		if !ok {
			continue
		}
		if p == "" {
			return t.v, true
		}
		if u, ok := strings.CutSuffix(p, "en"); ok {
			if v, ok := nlBasic[u]; ok && v >= 1 && v <= 9 {
				return t.v + v, true
			}
		}
		return 0, false
	}
	return 0, false
}

// nlWord returns the value of one Dutch number word, cardinal or ordinal.
func nlWord(w string) (v float64, ordinal, ok bool) {
	switch w {
	case "eerste":
		return 1, true, true
	case "derde":
		return 3, true, true
	case "kwart":
		return 4, true, true // "een kwart" ↔ "un quart"
	case "beide", "allebei":
		return 2, false, true // "beide Kamers" ↔ "les deux Chambres"
	case "anderhalf":
		return 1.5, false, true
	}
	if base, ok := strings.CutSuffix(w, "enhalf"); ok { // "vijfenhalf miljoen"
		if v, ok := nlCompound(base); ok {
			return v + 0.5, false, true
		}
	}
	if v, ok := nlCompound(w); ok {
		return v, false, true
	}
	for _, irr := range []struct {
		suf string
		v   float64
	}{{"eerste", 1}, {"derde", 3}} { // honderdeerste, duizenddrieëntwintigste
		if base, ok := strings.CutSuffix(w, irr.suf); ok && base != "" {
			if b, ok := nlCompound(strings.TrimSuffix(base, "en")); ok && b >= 100 {
				return b + irr.v, true, true
			}
		}
	}
	for _, suf := range []string{"ste", "de"} {
		if stem, ok := strings.CutSuffix(w, suf); ok {
			if v, ok := nlCompound(stem); ok && v != 1 {
				return v, true, true
			}
		}
	}
	return 0, false, false
}

// scanDutch reads a Dutch spelled-out number at s[i:]: one compound word,
// optionally followed by "miljoen", "miljard" or "duizend".
func scanDutch(s string, i int) (Num, int, bool) {
	we := LettersEnd(s, i)
	orig := s[i:we]
	if !nlNumberWords.maybe(orig) {
		return Num{}, 0, false
	}
	w := Fold(orig)
	v, ord, ok := nlWord(w)
	if !ok {
		return scanDutchCompound(w, i, we)
	}
	end := we
	if !ord {
		if ns, ne, ok := NextLetters(s, we); ok {
			switch Fold(s[ns:ne]) {
			case "miljoen", "miljard", "duizend":
				m, _ := nlCompound(Fold(s[ns:ne]))
				if v < m {
					v *= m
					end = ne
				}
			}
		}
	}
	if !ord {
		// "twee en een half jaar" ↔ "deux ans et demi", "twee jaar en een
		// half": the number keeps its unit after it, for sameDuration.
		if e, ok := dutchHalf(s, end); ok {
			v += 0.5
			end = e
		} else if us, ue, ok := NextLetters(s, end); ok && timeUnits[Fold(s[us:ue])] {
			if _, ok := dutchHalf(s, ue); ok {
				v += 0.5
			}
		}
	}
	n := Num{Start: i, End: end, Val: v, OrdinalWord: ord}
	prev, next := "", ""
	if ps, pe, ok := PrevLetters(s, i); ok {
		prev = Fold(s[ps:pe])
	}
	if ns, ne, ok := NextLetters(s, end); ok {
		next = Fold(s[ns:ne])
	}
	switch {
	case end == we && w == "een":
		// "één" is one; "een" is the article unless a time unit follows.
		n.Weak = !strings.ContainsAny(orig, "éÉ") && !timeUnits[next]
	case w == "acht" && (prev == "in" || next == "het" || next == "dat" || next == "te" || next == "zich" || next == "deze" || judgedAdjectives[prev] || subjectPronouns[next] || prev == "geen" || next == "geslagen" || next == "slaan" || next == "sloeg" || next == "slaat"):
		// "in acht nemen", "hij acht het nodig", "telkens als zij dat
		// nodig acht", "Acht u het passend": the verb; "geen acht slaan
		// op": the noun.
		return Num{}, 0, false
	case w == "nul" && end == we:
		// "tot nul beperkt" ↔ "éliminant tout contact", "nultolerantie":
		// may be worded without a number.
		n.Weak = true
	case w == "derde" && (next == "land" || next == "landen" || next == "lidstaten"):
		n.Weak = true // "derde landen" ↔ "pays tiers"
	case w == "eerste":
		n.Weak = true // "eerste minister", "voor het eerst": as "premier"
	case w == "kwart":
		n.Weak = !countBefore(s, i, align.NL)
	case w == "beide" || w == "allebei":
		// "Both" stands for a French "deux" but need not: "les
		// Chambres" ↔ "beide Kamers".
		n.Weak = true
	}
	return n, end, true
}

// subjectPronouns are the Dutch subject pronouns that follow a verb
// opening a question: "Acht u het passend …?".
var subjectPronouns = map[string]bool{
	"u": true, "hij": true, "zij": true, "ze": true, "men": true, "je": true, "jij": true, "ge": true, "gij": true, "ik": true, "we": true, "wij": true,
}

// judgedAdjectives are the adjectives after which Dutch "acht" is the
// verb "to deem": "zo vaak als zij dat nodig acht".
var judgedAdjectives = map[string]bool{
	"nodig": true, "noodzakelijk": true, "wenselijk": true, "raadzaam": true, "nuttig": true,
	"passend": true, "gepast": true, "geschikt": true, "aangewezen": true, "opportuun": true,
	"mogelijk": true, "verantwoord": true, "redelijk": true, "belangrijk": true,
}

// romanKeywords are the words after which a Roman numeral numbers a part
// of a text: "titre II" ↔ "titel II".
var romanKeywords = map[string]bool{
	"titre": true, "chapitre": true, "section": true, "livre": true, "partie": true,
	"annexe": true, "tome": true, "titel": true, "hoofdstuk": true, "afdeling": true,
	"boek": true, "deel": true, "bijlage": true, "onderafdeling": true, "sous-section": true,
}

// scanRoman reads a Roman numeral at s[i:] where it numbers something: after
// a keyword such as "titre" or "hoofdstuk", or with an ordinal suffix
// ("XXIe siècle").
func scanRoman(s string, i int) (Num, int, bool) {
	if i >= len(s) || strings.IndexByte("IVXLCDM", s[i]) < 0 {
		return Num{}, 0, false // not even the first letter is a numeral's
	}
	we := LettersEnd(s, i)
	w := s[i:we]
	j := 0
	for j < len(w) && strings.IndexByte("IVXLCDM", w[j]) >= 0 {
		j++
	}
	if j == 0 {
		return Num{}, 0, false
	}
	v, ok := roman.Value(w[:j])
	if !ok || j == 1 && strings.IndexByte("IVX", w[0]) < 0 {
		return Num{}, 0, false // "C", "D", "L", "M" alone are letters: "annexe C", "Le"
	}
	switch rest := w[j:]; {
	case rest == "":
		ps, pe, ok := PrevLetters(s, i)
		if !ok || !romanKeywords[Fold(s[ps:pe])] {
			return Num{}, 0, false
		}
	case rest == "e" || rest == "er" || rest == "ème" || rest == "eme":
	default:
		return Num{}, 0, false
	}
	return Num{Start: i, End: we, Val: float64(v)}, we, true
}

// nlCountSuffixes end Dutch words made of a number and what it counts:
// "zevenjarige" (of seven years: "de sept ans"), "tweemaal" (twice: "deux
// fois"), "drievoudig" (threefold).
var nlCountSuffixes = []string{"jarigen", "jarige", "jarig", "maal", "voudige", "voudig", "ledige", "delige", "dagse", "daagse", "daags", "tal"}

// scanDutchCompound reads a number that leads such a compound, w being the
// folded word at s[i:we].
func scanDutchCompound(w string, i, we int) (Num, int, bool) {
	for _, suf := range nlCountSuffixes {
		base, ok := strings.CutSuffix(w, suf)
		if !ok || base == "" {
			continue
		}
		v, ord, ok := nlWord(base)
		if !ok || ord {
			continue
		}
		// "eenmaal" is also "once and for all": one that may not count; "een
		// achttal" is about eight ("huit" or "une dizaine"); "drievoudige"
		// is a number of times, weak as French "triple" is (frApprox).
		weak := base == "een" || suf == "tal" || strings.HasPrefix(suf, "voudig")
		return Num{Start: i, End: we, Val: v, Weak: weak}, we, true
	}
	return Num{}, 0, false
}
