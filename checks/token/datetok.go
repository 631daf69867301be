package token

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/langdata"
)

// Date is a date found in a unit's text. A part that the text does not
// give is zero: "mars 2019" has no Day, "en 2019" only a Year.
type Date struct {
	Start, End int
	Day        int // 1–31, or 32–99 mistyped before a month name (dayOrTypo)
	Month      int // 1–12
	Year       int
	Year2      int // the second year of a session ("2020-2021")
	Weekday    int // 1 = Monday … 7 = Sunday
	// ranged marks the first day of a range, whose month and year are the
	// range end's.
	Ranged bool
}

// Key returns the calendar value as a string, for exact comparison.
func (d Date) Key() string {
	return fmt.Sprintf("%d-%d-%d-%d-%d", d.Year, d.Year2, d.Month, d.Day, d.Weekday)
}

// dateWords tells apart the ASCII words that cannot be a weekday, a month,
// a month abbreviation or "premier" in either language, so that most
// words of a text are passed over without being folded.
var dateWords = langdata.NewKeyFilter(langdata.FrenchMonths, langdata.DutchMonths, langdata.FrenchMonthAbbrevs, langdata.DutchMonthAbbrevs, langdata.FrenchWeekdays, langdata.DutchWeekdays, map[string]int{"premier": 1})

// rangeWords join the first day of a range or list to the next one:
// "entre le 11 et le 25 septembre", "tussen 11 en 25 september". Dutch
// "op" joins the nights of "in de nacht van 16 op 17 november".
var rangeWords = map[string]bool{"et": true, "au": true, "a": true, "en": true, "tot": true, "op": true}

// month reads a month name at s[i:] and returns its number and end. An
// abbreviation needs strict true context (a day before or a year after),
// which the caller checks with abbrev.
func month(s string, i int, lang align.Lang) (m, end int, abbrev bool) {
	we := LettersEnd(s, i)
	if we == i {
		return 0, 0, false
	}
	w := Fold(s[i:we])
	full, abbr := langdata.FrenchMonths, langdata.FrenchMonthAbbrevs
	if lang == align.NL {
		full, abbr = langdata.DutchMonths, langdata.DutchMonthAbbrevs
	}
	if AlnumAt(s, we) {
		return 0, 0, false
	}
	if m, ok := full[w]; ok {
		return m, we, false
	}
	if m, end, ok := brokenMonth(s, i, we, full); ok {
		return m, end, false
	}
	if m, ok := abbr[w]; ok && we < len(s) && s[we] == '.' {
		return m, we + 1, true
	}
	return 0, 0, false
}

// brokenMonth reads a month name that extraction left cut by its
// line-break hyphen ("no‑ vember", "sep- tembre"): the word at s[i:we], a
// hyphen, spaces and the rest of the name.
func brokenMonth(s string, i, we int, full map[string]int) (m, end int, ok bool) {
	j := we
	switch {
	case strings.HasPrefix(s[j:], "-"):
		j++
	case strings.HasPrefix(s[j:], "\u2011"), strings.HasPrefix(s[j:], "\u00ad"):
		_, n := utf8.DecodeRuneInString(s[j:])
		j += n
	default:
		return 0, 0, false
	}
	k := skipSpaces(s, j)
	if k == j || k >= len(s) || !AlnumAt(s, k) {
		return 0, 0, false
	}
	e := LettersEnd(s, k)
	m, ok = full[Fold(s[i:we]+s[k:e])]
	return m, e, ok
}

// year reads a four-digit year after the spaces at i.
func year(s string, i int) (y, end int, ok bool) {
	j := skipSpaces(s, i)
	e := DigitsEnd(s, j)
	if e-j != 4 || AlnumAt(s, e) || s[j] == '0' {
		return 0, 0, false
	}
	y, _ = strconv.Atoi(s[j:e])
	return y, e, true
}

// day reads a day of the month at s[i:]: 1–31, "1er", "1re", or the word
// "premier".
func day(s string, i int) (d, end int, ok bool) {
	d, end, ok = dayOrTypo(s, i)
	return d, end, ok && d <= 31
}

// dayOrTypo reads a day as day does, and also two digits from 32 to 99:
// before a month name ("le 45 mai 2020") they are a day mistyped, which
// the other side's date shows ("25 mei 2020"), not a count of months.
func dayOrTypo(s string, i int) (d, end int, ok bool) {
	e := DigitsEnd(s, i)
	if e > i {
		if e-i > 2 {
			return 0, 0, false
		}
		d, _ = strconv.Atoi(s[i:e])
		if we := LettersEnd(s, e); we > e {
			switch Fold(s[e:we]) {
			case "er", "re", "ere", "e":
				e = we
			default:
				return 0, 0, false
			}
		}
		return d, e, d >= 1
	}
	we := LettersEnd(s, i)
	if Fold(s[i:we]) == "premier" {
		return 1, we, true
	}
	return 0, 0, false
}

// dayMonth reads "DAY MONTH [YEAR]" at s[i:]. The day may be a typo of
// two digits (see dayOrTypo): the month after it makes it a date.
func dayMonth(s string, i int, lang align.Lang) (Date, bool) {
	d, e, ok := dayOrTypo(s, i)
	if !ok {
		return Date{}, false
	}
	j := skipSpaces(s, e)
	if j == e {
		return Date{}, false
	}
	m, me, _ := month(s, j, lang)
	if m == 0 {
		return Date{}, false
	}
	dt := Date{Start: i, End: me, Day: d, Month: m}
	if y, ye, ok := year(s, me); ok {
		dt.Year, dt.End = y, ye
	} else if y, ye, ok := yearWithCall(s, me); ok {
		dt.Year, dt.End = y, ye
	}
	return dt, true
}

// yearWithCall reads, after a day and a month, a year with a footnote
// call glued to it by the extraction: "10 novembre 20066" is 2006 and
// footnote 6. The span covers the call, which is no number of the text.
func yearWithCall(s string, i int) (y, end int, ok bool) {
	j := skipSpaces(s, i)
	e := DigitsEnd(s, j)
	if j == i || e-j < 5 || e-j > 6 || AlnumAt(s, e) || s[j] == '0' {
		return 0, 0, false
	}
	y, _ = strconv.Atoi(s[j : j+4])
	if y < 1800 || y > 2099 || e < len(s) && (s[e] == ',' || s[e] == '.') && e+1 < len(s) && IsDigit(s[e+1]) {
		return 0, 0, false
	}
	return y, e, true
}

// ScanDates returns the dates of t.S[from:] in language lang, leaving out
// the spans in skip (references that hold a date, such as "loi du 15
// décembre 1980").
func ScanDates(t *align.Text, lang align.Lang, from int, skip Spans) []Date {
	s := t.S
	weekdays := langdata.FrenchWeekdays
	if lang == align.NL {
		weekdays = langdata.DutchWeekdays
	}
	var out []Date
	add := func(d Date) {
		if !skip.Overlaps(d.Start, d.End) {
			out = append(out, d)
		}
	}
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
		if IsDigit(c) {
			if AlnumBefore(s, i) || afterNumberPunct(s, i) {
				i = alnumEnd(s, i)
				continue
			}
			if d, ok := numericDate(s, i); ok {
				add(d)
				i = d.End
				continue
			}
			if ds, ok := dayRange(s, i, lang); ok {
				for _, d := range ds {
					add(d)
				}
				i = ds[len(ds)-1].End
				continue
			}
			if d, ok := dayMonth(s, i, lang); ok {
				add(d)
				i = d.End
				continue
			}
			if ds, ok := years(s, i); ok {
				for _, d := range ds {
					add(d)
				}
				i = ds[len(ds)-1].End
				continue
			}
			i = alnumEnd(s, i)
			continue
		}
		if !AlnumAt(s, i) {
			i++
			continue
		}
		we := LettersEnd(s, i)
		if we == i { // a digit that is not ASCII
			i = alnumEnd(s, i)
			continue
		}
		if AlnumBefore(s, i) {
			i = we
			continue
		}
		if !dateWords.Maybe(s[i:we]) {
			i = we // no weekday, month or "premier" is written so
			continue
		}
		w := Fold(s[i:we])
		if wd, ok := weekdays[w]; ok {
			j := skipSpaces(s, we)
			if ns, ne, ok := NextLetters(s, we); ok && (Fold(s[ns:ne]) == "le") {
				j = skipSpaces(s, ne)
			}
			if d, ok := dayMonth(s, j, lang); ok {
				d.Start, d.Weekday = i, wd
				add(d)
				i = d.End
				continue
			}
			i = we
			continue
		}
		if w == "premier" && lang == align.FR {
			if d, ok := dayMonth(s, i, lang); ok {
				add(d)
				i = d.End
				continue
			}
		}
		if m, me, abbrev := month(s, i, lang); m != 0 {
			d := Date{Start: i, End: me, Month: m}
			y, ye, ok := year(s, me)
			if ok {
				d.Year, d.End = y, ye
			}
			if ok || !abbrev {
				add(d)
			}
			i = d.End
			continue
		}
		i = we
	}
	inheritYears(s, out)
	return out
}

// numericDate reads 15/10/2020, 15.10.2020 or 15-10-2020.
func numericDate(s string, i int) (Date, bool) {
	var parts [3]int
	j := i
	var sep byte
	for k := range 3 {
		e := DigitsEnd(s, j)
		n := e - j
		if k < 2 && (n < 1 || n > 2) || k == 2 && n != 4 {
			return Date{}, false
		}
		parts[k], _ = strconv.Atoi(s[j:e])
		j = e
		if k < 2 {
			if j >= len(s) || (s[j] != '/' && s[j] != '.' && s[j] != '-') || sep != 0 && s[j] != sep {
				return Date{}, false
			}
			sep = s[j]
			j++
		}
	}
	if AlnumAt(s, j) || parts[0] < 1 || parts[0] > 31 || parts[1] < 1 || parts[1] > 12 {
		return Date{}, false
	}
	return Date{Start: i, End: j, Day: parts[0], Month: parts[1], Year: parts[2]}, true
}

// dayRange reads a day followed by a range or list word and a full date:
// "11 et le 25 septembre 2020", "11 en 25 september 2020", "19 et 20
// juillet". The first day takes the month and year of the second.
func dayRange(s string, i int, lang align.Lang) ([]Date, bool) {
	d, e, ok := day(s, i)
	if !ok {
		return nil, false
	}
	j := skipSpaces(s, e)
	switch {
	case j < len(s) && (s[j] == '-'):
		j++
	case strings.HasPrefix(s[j:], "–"):
		j += len("–")
	default:
		ws, we, ok := NextLetters(s, e)
		if !ok || !rangeWords[Fold(s[ws:we])] {
			return nil, false
		}
		j = we
		if ns, ne, ok := NextLetters(s, j); ok && Fold(s[ns:ne]) == "le" {
			j = ne
		}
	}
	j = skipSpaces(s, j)
	second, ok := dayMonth(s, j, lang)
	if !ok {
		return nil, false
	}
	first := Date{Start: i, End: e, Day: d, Month: second.Month, Year: second.Year, Ranged: true}
	return []Date{first, second}, true
}

// years reads a year alone ("en 2019"), a session ("2020-2021",
// "2021/2022") or a span of years ("2010 – 2021"). A four-digit number
// counts as a year from 1800 to 2099 when no amount sign follows it.
func years(s string, i int) ([]Date, bool) {
	y, e, ok := year(s, i)
	if !ok || y < 1800 || y > 2099 {
		return nil, false
	}
	if k := skipSpaces(s, e); k < len(s) && (s[k] == '%' || strings.HasPrefix(s[k:], "€")) ||
		strings.HasSuffix(strings.TrimRight(s[:i], " \u00a0"), "€") {
		return nil, false
	}
	if ws, we, ok := NextLetters(s, e); ok {
		switch Fold(s[ws:we]) {
		case "euro", "euros", "eur", "personnes", "personen":
			return nil, false
		}
	}
	d := Date{Start: i, End: e, Year: y}
	// Session or span: 2020-2021, 2021/2022, 2010 – 2021, and the short
	// session 2022-23 (with a hyphen, a no-break hyphen or a slash).
	j := skipSpaces(s, e)
	sep := ""
	for _, p := range yearSeps {
		if strings.HasPrefix(s[j:], p) {
			sep = p
		}
	}
	if sep != "" && j == e && sep != "–" {
		k := j + len(sep)
		for _, q := range []string{"'", "’"} { // "1984-'85"
			if strings.HasPrefix(s[k:], q) {
				k += len(q)
			}
		}
		if ke := DigitsEnd(s, k); ke-k == 2 && !AlnumAt(s, ke) && !(ke < len(s) && (s[ke] == '/' || s[ke] == '-')) {
			y2 := y - y%100 + int(s[k]-'0')*10 + int(s[k+1]-'0')
			if y2 <= y {
				y2 += 100
			}
			// The two digits only make sense with the first year: the
			// pair is one session, whatever its length.
			d.Year2, d.End = y2, ke
			return []Date{d}, true
		}
	}
	if sep != "" {
		if y2, e2, ok := year(s, j+len(sep)); ok && y2 > y && y2 < 2100 {
			if y2 == y+1 && sep != "–" || y2 == y+1 && j == e {
				d.Year2, d.End = y2, e2
				return []Date{d}, true
			}
			return []Date{d, {Start: skipSpaces(s, j+len(sep)), End: e2, Year: y2}}, true
		}
	}
	return []Date{d}, true
}

// yearSeps join the two years of a session or a span.
var yearSeps = []string{"-", "/", "–", "\u2010", "\u2011"}

// inheritYears gives a date without a year the year of the next date when
// only a range word stands between them: "du 11 septembre au 2 octobre
// 2020".
func inheritYears(s string, ds []Date) {
	for k := len(ds) - 2; k >= 0; k-- {
		a, b := &ds[k], ds[k+1]
		if a.Year != 0 || a.Month == 0 || b.Year == 0 || b.Start < a.End {
			continue
		}
		between := strings.Fields(Fold(strings.NewReplacer("–", " ", "-", " ").Replace(s[a.End:b.Start])))
		ok := len(between) <= 2
		for _, w := range between {
			if !rangeWords[w] && w != "le" {
				ok = false
			}
		}
		if ok {
			a.Year = b.Year
		}
	}
}
