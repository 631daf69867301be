package checks

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/token"
)

// listMismatch returns the one item number that differs between the
// numbered lists of two texts ("1. … 7. a) …" ↔ "1. … 2. a) …"): both
// sides number as many items, two or more, and all but one agree. Lists
// whose lengths differ are not compared: one side glued or split an item.
func listMismatch(fr, nl []token.Num) (f, n token.Num, ok bool) {
	var fl, nlist []token.Num
	for _, x := range fr {
		if x.List {
			fl = append(fl, x)
		}
	}
	for _, x := range nl {
		if x.List {
			nlist = append(nlist, x)
		}
	}
	if len(fl) < 2 || len(fl) != len(nlist) {
		return token.Num{}, token.Num{}, false
	}
	for k := range fl {
		if fl[k].Val == nlist[k].Val {
			continue
		}
		if ok {
			return token.Num{}, token.Num{}, false // two or more: the lists do not correspond
		}
		f, n, ok = fl[k], nlist[k], true
	}
	return f, n, ok
}

// furnitureMin is how many times the words around a number must stand,
// the same, in one language's text for them to be page furniture: a
// running header or footer ("Avenue des Arts 30, 1040 Brussels" on every
// slide of a report's annex, 25 times). A bill repeats an article in its
// draft, its text and its coordinated text, three or four times.
const furnitureMin = 5

// furnitureContext is how many bytes before or after a number, cut to
// whole words, are looked for again with it: a footer's number stands in
// the same words on one side at least ("Debt Agency –Avenue des Arts 30"),
// whatever the page's text that follows.
const furnitureContext = 32

// languageStreams returns the text of each language's units, one unit a
// line.
func languageStreams(doc *align.Document) map[align.Lang]string {
	var b [3]strings.Builder
	for i := range doc.Units {
		u := &doc.Units[i]
		if int(u.Lang) < len(b) {
			b[u.Lang].WriteString(u.Text.S)
			b[u.Lang].WriteByte('\n')
		}
	}
	return map[align.Lang]string{align.FR: b[align.FR].String(), align.NL: b[align.NL].String()}
}

// inFurniture reports whether the number at text[start:end] stands in
// words that stream, its language's text, repeats at least furnitureMin
// times: the words before it and the number, or the number and the words
// after it.
func inFurniture(stream, text string, start, end int) bool {
	if ws := start - furnitureContext; ws > 0 {
		for ws > 0 && text[ws-1] != ' ' {
			ws-- // back to the start of the word
		}
		if strings.Count(stream, text[ws:end]) >= furnitureMin {
			return true
		}
	}
	if we := end + furnitureContext; we < len(text) {
		for we < len(text) && text[we] != ' ' {
			we++
		}
		if strings.Count(stream, text[start:we]) >= furnitureMin {
			return true
		}
	}
	return false
}

// changedSeverity is the severity of a number f of the French text fr
// paired with a number n of the Dutch text nl as one changed value. Two
// numbers in digits are an error, the strong evidence of a changed
// figure; information where one is a part of the other ("9243, 349" ↔
// "9243,349"), a warning where they have the same figures at another
// scale (a unit or a multiplier on one side only). Otherwise a warning.
// In a pair
// whose numbers
// mostly differ (see comparison.confident), the numbers paired by
// position are information. With a number word ("trois" ↔ "twee", "17e"
// ↔ "achttiende"), it is information where
// the two are of different kinds (a percentage against a count: "20 %" ↔
// "een vijfde"; an ordinal against a cardinal: "le deuxième" ↔ "de op
// één na"), where one is "un", "une" or "een", which is as often the
// article ("d'une semaine" ↔ "een week" leaves "deux semaines" against
// "een jaar"), where one of two words is one ("l'une des deux" ↔
// "één van beide"), and where a value the other side also gives stands
// far from the number it was paired with (a restatement).
func changedSeverity(f, n token.Num, fr, nl string, c *comparison) check.Severity {
	fDigits, nDigits := token.IsDigit(fr[f.Start]), token.IsDigit(nl[n.Start])
	switch {
	case !c.confident():
		return check.Info
	case fDigits && nDigits:
		fw, nw := fr[f.Start:f.End], nl[n.Start:n.End]
		switch {
		case splitFrom(fw, nw), splitFrom(nw, fw):
			return check.Info
		case sameFigures(f.Val, n.Val) && hasLetter(fw) != hasLetter(nw):
			// A multiplier on one side only: the other side said it once
			// for several values, or misspelt it ("2,4 millards").
			return check.Info
		case sameFigures(f.Val, n.Val):
			return check.Warning // two different multipliers
		case boundOtherwise(f, n, fr, nl):
			return check.Info
		}
		if sameDuration(f, n, fr, nl) {
			return check.Info
		}
		return check.Error
	case sameDuration(f, n, fr, nl):
		return check.Info
	case math.Abs(c.fr.pos(f.Start)-c.nl.pos(n.Start)) >= nearby && (c.nl.hasKey(f.Key()) || c.fr.hasKey(n.Key())):
		// A value the other side gives elsewhere, said once more on one
		// side and left over far from the other side's number, is a
		// restatement the other side implies, not that number changed:
		// "deux types … ces deux médicaments … ces deux médicaments" ↔
		// "twee soorten … die twee geneesmiddelen … die geneesmiddelen",
		// a third of the unit before "jaren 90".
		return check.Info
	case !fDigits && !nDigits && (f.Val == 1 && f.Den == 0 || n.Val == 1 && n.Den == 0):
		return check.Info // "l'une des deux" ↔ "één van beide"; not "vijf vijfde"
	case isPercent(f, fr) != isPercent(n, nl), isOrdinal(f, fr) != isOrdinal(n, nl):
		return check.Info
	case articleOne(fr[f.Start:f.End]), articleOne(nl[n.Start:n.End]):
		return check.Info
	}
	return check.Warning
}

// hasKey reports whether f has a number of that key.
func (f *facts) hasKey(key string) bool {
	for _, n := range f.nums {
		if n.Key() == key {
			return true
		}
	}
	return false
}

// hasLetter reports whether w holds a letter: a number written with a
// multiplier word ("2,4 miljard").
func hasLetter(w string) bool { return strings.IndexFunc(w, unicode.IsLetter) >= 0 }

// durationUnits gives, for a French or Dutch word of a unit of time, the
// smaller unit it is counted in and how many of those it makes: "dix-huit
// mois" and "anderhalf jaar" are both 18 months.
var durationUnits = map[string]struct {
	base   string
	factor float64
}{
	"an": {"month", 12}, "ans": {"month", 12}, "annee": {"month", 12}, "annees": {"month", 12},
	"jaar": {"month", 12}, "jaren": {"month", 12},
	"mois": {"month", 1}, "maand": {"month", 1}, "maanden": {"month", 1},
	"decennie": {"month", 120}, "decennies": {"month", 120}, "decennium": {"month", 120}, "decennia": {"month", 120},
	"semaine": {"day", 7}, "semaines": {"day", 7}, "week": {"day", 7}, "weken": {"day", 7},
	"jour": {"day", 1}, "jours": {"day", 1}, "dag": {"day", 1}, "dagen": {"day", 1},
	"heure": {"minute", 60}, "heures": {"minute", 60}, "uur": {"minute", 60}, "uren": {"minute", 60},
	"minute": {"minute", 1}, "minutes": {"minute", 1}, "minuut": {"minute", 1}, "minuten": {"minute", 1},
}

// rangeAdjectives may stand between a number and its unit of time: "les
// deux dernières décennies" ↔ "de afgelopen twintig jaar".
var rangeAdjectives = map[string]bool{
	"dernier": true, "derniers": true, "derniere": true, "dernieres": true,
	"prochain": true, "prochains": true, "prochaine": true, "prochaines": true,
	"laatste": true, "komende": true, "volgende": true, "afgelopen": true, "voorbije": true,
}

// sameDuration reports whether f and n are one duration counted in two
// units of time: "dix-huit mois" ↔ "anderhalf jaar", "deux semaines" ↔
// "14 dagen".
func sameDuration(f, n token.Num, fr, nl string) bool {
	unit := func(s string, e int) (string, float64, bool) {
		ws, we, ok := token.NextLetters(s, e)
		if ok && rangeAdjectives[token.Fold(s[ws:we])] {
			ws, we, ok = token.NextLetters(s, we) // "deux dernières décennies"
		}
		if !ok {
			return "", 0, false
		}
		u, ok := durationUnits[token.Fold(s[ws:we])]
		return u.base, u.factor, ok
	}
	fb, ff, ok1 := unit(fr, f.End)
	nb, nf, ok2 := unit(nl, n.End)
	return ok1 && ok2 && fb == nb && ff != nf && math.Abs(f.Val*ff-n.Val*nf) < 1e-9
}

// exclusiveBounds open a bound that leaves its number out ("plus de 25
// ans": 26 and more), inclusiveBounds one that takes it in ("+26 jaar",
// "vanaf 26 jaar").
var (
	exclusiveBounds = []string{"plus de", "plus d'", "moins de", "moins d'", "au-delà de", "meer dan", "minder dan", "boven", "onder", ">", "<"}
	inclusiveBounds = []string{"à partir de", "au moins", "vanaf", "minstens", "ten minste", "+", "≥", "≤"}
)

// boundOtherwise reports whether f and n, one apart, are one bound of a
// range written exclusive on one side and inclusive, or bare, on the
// other: "plus de 25 ans" ↔ "+26 jaar". The same kind of bound on both
// sides ("plus de 200" ↔ "meer dan 201") is a changed number.
func boundOtherwise(f, n token.Num, fr, nl string) bool {
	if math.Abs(f.Val-n.Val) != 1 {
		return false
	}
	kind := func(s string, i int) int {
		b := strings.ToLower(strings.TrimRight(s[max(0, i-16):i], " \u00a0"))
		for k, list := range [][]string{exclusiveBounds, inclusiveBounds} {
			for _, w := range list {
				if strings.HasSuffix(b, w) && (len(b) == len(w) || !isLetterByte(b[len(b)-len(w)-1]) || !isLetterByte(w[0])) {
					return k + 1 // 1 exclusive, 2 inclusive
				}
			}
		}
		return 0
	}
	a, b := kind(fr, f.Start), kind(nl, n.Start)
	return a != b && (a == 1 || b == 1)
}

// isLetterByte reports whether c is an ASCII letter or the byte of a
// character beyond ASCII (an accented letter).
func isLetterByte(c byte) bool { return token.IsASCIILetter(c) || c >= utf8.RuneSelf }

// splitFrom reports whether number a is one part of number b that the
// other side wrote as one ("9243, 349" ↔ "9243,349"; "1.1" ↔ "1.1. Er
// was", "550.1. Quel" ↔ "550"): a has no decimal part, and its digits
// are those of b before or after b's mark.
func splitFrom(a, b string) bool {
	ad := digitsOf(a)
	if ad == "" || strings.Count(strings.Map(keepDigit, a), "") != len(ad)+1 {
		return false // a has a decimal part of its own
	}
	for _, sep := range []string{",", "."} {
		if x, y, ok := strings.Cut(b, sep); ok && (digitsOf(x) == ad || digitsOf(strings.TrimSpace(y)) == ad) {
			return true
		}
	}
	return false
}

// keepDigit maps a digit to itself and drops every other rune.
func keepDigit(r rune) rune {
	if r >= '0' && r <= '9' {
		return r
	}
	return -1
}

// sameFigures reports whether a and b have the same significant figures
// at another scale (2,4 against 2,4 milliards).
func sameFigures(a, b float64) bool {
	if a == 0 || b == 0 || a == b {
		return false
	}
	r := math.Log10(math.Abs(a / b))
	return math.Abs(r-math.Round(r)) < 1e-9
}

// isOrdinal reports whether n of text is an ordinal: a word ("troisième")
// or digits with a suffix ("17e", "18de").
func isOrdinal(n token.Num, text string) bool {
	if n.OrdinalWord {
		return true
	}
	w := text[n.Start:n.End]
	switch w[token.DigitsEnd(w, 0):] {
	case "e", "er", "re", "ère", "ème", "eme", "ième", "de", "ste", "me":
		return true
	}
	return false
}

// isPercent reports whether n of text is a percentage.
func isPercent(n token.Num, text string) bool {
	return strings.HasSuffix(text[n.Start:n.End], "%")
}

// articleOne reports whether w is French "un", "une" or Dutch "een"
// without accents: the same word as the article.
func articleOne(w string) bool {
	switch strings.ToLower(w) {
	case "un", "une", "een":
		return true
	}
	return false
}

// missingSeverity is the severity of a number n of text given on one
// side only, and a note for the message. A value on one side only is weak
// evidence: read on real published translations, most are implied by the
// other side ("les cinq dernières années" ↔ "de betrokken periode"),
// written another way ("multiplié par 12" ↔ "vertwaalfvoudigd", "50 %" ↔
// "de helft") or a name's number, so such a number is information. Where
// the other side has a number word of another value at about the same
// place that may not count (near, its text: "les trois Chambres" against
// "beide Kamers"), the two are one changed number, a warning. The note
// names digits the other side has in a form not read as a number ("COP15",
// "p.384") and the word for "all" that stands for "100 %".
func missingSeverity(n token.Num, text string, other *otherText, near string) (check.Severity, string) {
	written := text[n.Start:n.End]
	if !n.OrdinalWord && near != "" {
		return check.Warning, fmt.Sprintf(" (the other side says %q)", near)
	}
	if n.Val == 100 && strings.Contains(written, "%") {
		if w := other.totalityWord(); w != "" {
			return check.Info, fmt.Sprintf(" (the other side says %q)", w)
		}
	}
	if digits := digitsOf(written); n.Val == math.Trunc(n.Val) && digits != "" && other.hasDigitRun(digits) {
		return check.Info, " (the other side writes " + digits + " otherwise)"
	}
	return check.Info, ""
}

// otherText is the text of the side that lacks a number, with what
// missingSeverity asks of it read once: a long unit lacks thousands of
// numbers, and reading the other side's whole text again for each made
// the check quadratic.
type otherText struct {
	s         string
	runs      map[string]bool // the digit runs of a long s, read at the first question
	total     string          // totalityWord(s), once read
	totalRead bool
}

// otherTextRunsFrom is the length from which otherText reads the digit
// runs of its text into a set instead of scanning the text per question.
const otherTextRunsFrom = 4 << 10

func (o *otherText) hasDigitRun(d string) bool {
	if len(o.s) < otherTextRunsFrom {
		return hasDigitRun(o.s, d)
	}
	if o.runs == nil {
		o.runs = map[string]bool{}
		eachDigitRun(o.s, func(run string) bool { o.runs[run] = true; return false })
	}
	return o.runs[d]
}

func (o *otherText) totalityWord() string {
	if !o.totalRead {
		o.total, o.totalRead = totalityWord(o.s), true
	}
	return o.total
}

// weakNear returns the text of a weak word for two of f ("beide", "toutes
// deux"), within nearby of relative position pos, when val is not two, or
// "". Other weak words do not count: the articles that may mean one are
// everywhere, and a word for about or times a number ("une dizaine",
// "doublé") stands for another value on read text as often as not.
func weakNear(f *facts, text string, pos, val float64) string {
	for _, n := range f.nums {
		if n.Weak && n.Val == 2 && val != 2 && !token.IsDigit(text[n.Start]) && !approximate(text[n.Start:n.End]) && math.Abs(f.pos(n.Start)-pos) < nearby {
			return text[n.Start:n.End]
		}
	}
	return ""
}

// weakTwos answers weakNear for one side's facts, with its words for two
// gathered once and looked up by position: a long unit lacks thousands of
// numbers, and scanning all of the other side's numbers for each made the
// check quadratic.
type weakTwos struct {
	f      *facts
	text   string
	read   bool
	sorted bool        // twos in increasing position: looked up by bisection
	twos   []token.Num // the numbers weakNear may return, in f's order
}

func (w *weakTwos) near(pos, val float64) string {
	if len(w.f.nums) < 64 {
		return weakNear(w.f, w.text, pos, val)
	}
	if val == 2 {
		return ""
	}
	if !w.read {
		for _, n := range w.f.nums {
			if n.Weak && n.Val == 2 && !token.IsDigit(w.text[n.Start]) && !approximate(w.text[n.Start:n.End]) {
				w.twos = append(w.twos, n)
			}
		}
		w.read = true
		w.sorted = slices.IsSortedFunc(w.twos, func(a, b token.Num) int { return cmp.Compare(a.Start, b.Start) })
	}
	if !w.sorted {
		return weakNear(&facts{nums: w.twos, size: w.f.size, from: w.f.from}, w.text, pos, val)
	}
	// The distance grows with the position: the first two past pos −
	// nearby is the first within nearby, if any is.
	k := sort.Search(len(w.twos), func(k int) bool { return w.f.pos(w.twos[k].Start)-pos > -nearby })
	if k < len(w.twos) && math.Abs(w.f.pos(w.twos[k].Start)-pos) < nearby {
		return w.text[w.twos[k].Start:w.twos[k].End]
	}
	return ""
}

// digitsOf returns the digits of a number written with group separators
// ("1 700 000" → "1700000"), up to its decimal mark or its end.
func digitsOf(w string) string {
	var b strings.Builder
	for k := 0; k < len(w); {
		switch {
		case token.IsDigit(w[k]):
			b.WriteByte(w[k])
			k++
		case b.Len() > 0 && groupSeparator(w, k) > 0:
			k += groupSeparator(w, k)
		default:
			return b.String()
		}
	}
	return b.String()
}

// groupSeparator returns the length of the separator of groups of three
// digits at s[k:] (a dot, a space or a no-break space before three digits
// that no further digit follows), or 0.
func groupSeparator(s string, k int) int {
	r, n := utf8.DecodeRuneInString(s[k:])
	if r != '.' && !token.IsGroupSpace(r) {
		return 0
	}
	e := token.DigitsEnd(s, k+n)
	if e-(k+n) != 3 {
		return 0
	}
	return n
}

// hasDigitRun reports whether s has the run of digits d, not part of a
// longer run, once group separators are left out.
func hasDigitRun(s, d string) bool {
	return eachDigitRun(s, func(run string) bool { return run == d })
}

// eachDigitRun calls fn with each run of digits of s that is not part of
// a longer run, group separators left out, until fn returns true; it
// reports whether one did.
func eachDigitRun(s string, fn func(run string) bool) bool {
	for k := 0; k < len(s); {
		if !token.IsDigit(s[k]) || k > 0 && token.IsDigit(s[k-1]) {
			k++
			continue
		}
		run := digitsOf(s[k:])
		if fn(run) {
			return true
		}
		k += max(1, len(run))
	}
	return false
}

// totalityWords say "all of it" in either language.
var totalityWords = map[string]bool{
	"tout": true, "toute": true, "tous": true, "toutes": true, "totalité": true,
	"intégralement": true, "entièrement": true,
	"total": true, "totale": true, "totaal": true,
	"alle": true, "alles": true, "volledig": true, "geheel": true, "helemaal": true, "integraal": true,
}

// totalityWord returns the first word of s that says "all", or "".
func totalityWord(s string) string {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if totalityWords[strings.ToLower(w)] {
			return w
		}
	}
	return ""
}

// approximate reports whether w is a French word for about a number or
// for a number of times ("dizaine", "double"), or a Dutch one in "-tal"
// ("tiental").
func approximate(w string) bool {
	_, ok := token.FrenchApprox[token.Fold(w)]
	return ok || strings.HasSuffix(token.Fold(w), "tal")
}
