package checks

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/checks/token"
)

// clause is one clause of a unit: Text.S[Start:End], with what the
// clause aligner compares.
type clause struct {
	Start, End int
	Len        int             // length in runes
	Labels     map[string]bool // numbers of list item labels: the one opening the clause ("5. de …" → "5") and those inside it ("d’examiner 1. la procédure")
	// Numbers, Names and Keys are sorted, each once, so that the aligner
	// merges those of a run of clauses.
	Numbers []string // digit strings: "2019", "14", "177000"
	Names   []string // folded capitalised words not at the clause start
	Keys    []string // folded five-letter prefixes of long words, for cognates
	// src is the text the clause was split from. Names and Keys are read
	// from it when the aligner first needs them (featured): most pairs
	// have as many clauses on both sides and lengths that agree, and are
	// never aligned.
	src      string
	featured bool
}

// text returns the clause's text in s, the text it was split from.
func (c clause) text(s string) string {
	return s[c.Start:c.End]
}

// splitClauses splits s[from:] into clauses: at semicolons, and at a full
// stop that ends a sentence (followed by a space and a capital, not after
// an abbreviation or an initial). A semicolon or full stop inside
// parentheses or quotation marks does not split. Leading and trailing
// spaces are not part of a clause; empty clauses are dropped.
func splitClauses(s string, from int) []clause {
	var out []clause
	depth := 0
	inQuote := false
	start := from
	var scratch clauseScratch
	emit := func(end int) {
		a, b := trimSpan(s, start, end)
		if a < b {
			out = append(out, scratch.newClause(s, a, b))
		}
	}
	enumerated := strings.Contains(s[from:], "1° ") && strings.Contains(s[from:], "2° ")
	for i := from; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if enumerated && r >= '0' && r <= '9' && i > start && s[i-1] == ' ' && depth == 0 && !inQuote && degreeLabelAt(s[i:]) {
			// "…: 1° l’ASCVD est …, 2° le diagnostic … et 3° les
			// facteurs …": each item of an enumeration is a clause.
			emit(i)
			start = i
		}
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case '"', '“', '”', '«', '»':
			switch r {
			case '"':
				inQuote = !inQuote && shortQuote(s[i+n:], '"')
			case '“':
				inQuote = shortQuote(s[i+n:], '”')
			case '«':
				inQuote = shortQuote(s[i+n:], '»')
			default:
				inQuote = false
			}
		case ';':
			if depth == 0 && !inQuote {
				emit(i + n)
				start = i + n
			}
		case '.':
			if depth == 0 && !inQuote {
				if sentenceEnd(s, i) {
					emit(i + n)
					start = i + n
				} else if k := callAfterStop(s[i+n:]); k > 0 {
					emit(i + n + k)
					start = i + n + k
				}
			}
		}
		i += n
	}
	emit(len(s))
	return out
}

// maxQuote is the length in bytes of the longest quotation inside which
// clauses are not split: a title or a quoted phrase. A longer one (an
// inserted article, a quoted provision) is running text of its own.
const maxQuote = 300

// shortQuote reports whether the quotation opened just before s closes
// with the mark close within maxQuote bytes.
func shortQuote(s string, close rune) bool {
	j := strings.IndexRune(s, close)
	return j >= 0 && j <= maxQuote
}

// sentenceEnd reports whether the full stop at s[i] ends a sentence: a
// space and a capital or a list item label follow ("… procedure. 8. De
// commissie", "… modération. d) de rédiger"), and the word before it is no
// abbreviation, single-letter initial ("M.", "Mme.", "art.", "nr.") or
// list item number ("1. la procédure").
func sentenceEnd(s string, i int) bool {
	rest := s[i+1:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	next, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(next) && !itemLabelAt(rest) {
		return false
	}
	tok := tokenBefore(s, i)
	if strings.HasSuffix(tok, ")") || strings.HasSuffix(tok, "”") || strings.HasSuffix(tok, "»") || strings.HasSuffix(tok, "%") {
		return true // "… hoge bloeddruk). Dat maakt …", "… van 16,08 %. Het aandeel …"
	}
	if strings.ContainsAny(tok, "0123456789") {
		// A number or a footnote call ends the sentence ("en 2023.",
		// "des ASCVD19."), unless it is a list item's own number.
		return !(len(tok) <= 2 && isDigits(tok) && labelPosition(s, i-len(tok)))
	}
	ws := i
	for ws > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:ws])
		if !token.IsLetterRune(r) {
			break
		}
		ws -= n
	}
	prev := s[ws:i]
	if runeLen(prev) <= 1 {
		return false
	}
	prev = strings.ToLower(prev)
	if prev == "op" {
		// "op. cit." is an abbreviation; "op." is otherwise a Dutch
		// verb's particle ending its sentence ("Ze stelt daar een
		// verslag over op. 10. Het Bureau …").
		return !strings.HasPrefix(strings.ToLower(rest), "cit")
	}
	return !abbreviations[prev]
}

// abbreviations are words written with a full stop that does not end a
// sentence.
var abbreviations = map[string]bool{
	"mme": true, "mmes": true, "mm": true, "dr": true, "prof": true, "art": true, "arts": true,
	"nr": true, "nrs": true, "no": true, "blz": true, "p": true, "pp": true, "cf": true, "vgl": true,
	"al": true, "par": true, "sq": true, "bijv": true, "bv": true,
	"ca": true, "resp": true, "dhr": true, "mevr": true, "st": true, "ste": true, "doc": true,
	"vol": true, "chap": true, "hfdst": true, "ibid": true, "cit": true, "jo": true,
}

// trimSpan narrows s[a:b] to exclude spaces at either end.
func trimSpan(s string, a, b int) (int, int) {
	for a < b && (s[a] == ' ' || s[a] == '\t') {
		a++
	}
	for b > a && (s[b-1] == ' ' || s[b-1] == '\t') {
		b--
	}
	return a, b
}

// newClause builds the clause s[a:b] with its comparison features.
func newClause(s string, a, b int) clause {
	var scratch clauseScratch
	return scratch.newClause(s, a, b)
}

// clauseScratch holds the names and keys of a clause while they are
// gathered, reused from clause to clause of a split.
type clauseScratch struct{ names, keys []string }

// newClause is newClause with the scratch x; the clause's names and
// keys are left for features.
func (x *clauseScratch) newClause(s string, a, b int) clause {
	c := clause{Start: a, End: b, Len: runeLen(s[a:b]), src: s}
	text := s[a:b]
	c.Numbers = sortedSet(numbersIn(text))
	c.Labels = itemLabels(text)
	return c
}

// features fills in c's names and keys, gathering into x; the clause
// keeps copies of exactly the size needed.
func (x *clauseScratch) features(c *clause) {
	if c.featured {
		return
	}
	c.featured = true
	text := c.src[c.Start:c.End]
	i := 0
	names, keys := x.names[:0], x.keys[:0]
	for w := range token.EachLetterRun(text) {
		r, _ := utf8.DecodeRuneInString(w.S)
		name := unicode.IsUpper(r) && i > 0 && runeLen(w.S) >= 3 && !allUpperWord(w.S)
		i++
		if !name && len(w.S) < 6 && isASCII(w.S) {
			continue // its fold, its lower case, is too short to be a key
		}
		f := token.Fold(w.S)
		if name {
			names = append(names, f)
		}
		if runeLen(f) >= 6 {
			keys = append(keys, prefixRunes(f, 5))
		}
	}
	x.names, x.keys = names, keys
	c.Names, c.Keys = clonedSet(names), clonedSet(keys)
}

// clonedSet returns a copy of sortedSet(ss), nil when ss is empty.
func clonedSet(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	return slices.Clone(sortedSet(ss))
}

// sortedSet sorts ss and drops its repeated strings, in place.
func sortedSet(ss []string) []string {
	slices.Sort(ss)
	return slices.Compact(ss)
}

// numbersIn returns the digit strings of s, with the thousands separators
// of "177 000" and "27.297" removed. A number written without separator
// is a slice of s; only one with separators is copied.
func numbersIn(s string) []string {
	var out []string
	var b []byte         // the digits of the current number once a separator was dropped
	start, end := -1, -1 // the current number is s[start:end] while b is nil
	flush := func() {
		switch {
		case b != nil:
			out = append(out, string(b))
		case start >= 0:
			out = append(out, s[start:end])
		}
		b, start = nil, -1
	}
	digits := func() int {
		if b != nil {
			return len(b)
		}
		if start >= 0 {
			return end - start
		}
		return 0
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			switch {
			case b != nil:
				b = append(b, c)
			case start < 0:
				start, end = i, i+1
			case end == i:
				end++
			default:
				// Digits again after a dropped separator: copy.
				b = append(append(make([]byte, 0, 16), s[start:end]...), c)
			}
			i++
			continue
		}
		if b == nil && start < 0 {
			// No number to end or to separate: on to the next byte (a
			// digit is one byte, never part of another rune's).
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if d := digits(); (r == ' ' || r == '.' || r == '\u00a0' || r == '\u202f') && d > 0 && d <= 3 && thousandsGroup(s[i+n:]) {
			// "177 000": a separator followed by exactly three digits.
		} else {
			flush()
		}
		i += n
	}
	flush()
	return out
}

// thousandsGroup reports whether s starts with exactly three digits.
func thousandsGroup(s string) bool {
	if len(s) < 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) == 3 || s[3] < '0' || s[3] > '9'
}

// allUpperWord reports whether w has no lower-case letter.
func allUpperWord(w string) bool {
	return !hasLower(w)
}

// prefixRunes returns the first n runes of s.
func prefixRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// listLabel returns the number of the list item label text opens with
// ("5. de eventuele …", "3) le …"), or "" if it opens with none. The
// number may have one or two digits and must be followed by a space.
func listLabel(text string) string {
	i := 0
	for i < len(text) && i < 2 && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(text) || (text[i] != '.' && text[i] != ')') || text[i+1] != ' ' {
		return ""
	}
	return text[:i]
}

// tokenBefore returns the run of non-space bytes that ends at s[i].
func tokenBefore(s string, i int) string {
	j := strings.LastIndexByte(s[:i], ' ')
	return s[j+1 : i]
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// labelPosition reports whether a token starting at s[i] stands where a
// list item label stands: at the start, or after a colon, semicolon or
// full stop.
func labelPosition(s string, i int) bool {
	t := strings.TrimRight(s[:i], " ")
	return t == "" || strings.ContainsAny(t[len(t)-1:], ":;.")
}

// degreeLabelAt reports whether s opens with the label of an item of an
// enumeration in degrees, one or two digits, "°" and a space ("3° les
// facteurs").
func degreeLabelAt(s string) bool {
	k := 0
	for k < len(s) && k < 3 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	return k > 0 && k <= 2 && strings.HasPrefix(s[k:], "° ")
}

// itemLabelAt reports whether s opens with a list item label followed by
// a space: one or two digits and a full stop or a parenthesis ("8. ",
// "3) "), or one lower-case letter and a parenthesis ("d) ").
func itemLabelAt(s string) bool {
	if listLabel(s) != "" {
		return true
	}
	return len(s) >= 3 && s[0] >= 'a' && s[0] <= 'z' && s[1] == ')' && s[2] == ' '
}

// itemLabels returns the numbers of the list item labels of text: the one
// it opens with, and those inside it that are followed by a lower-case
// word ("… d’examiner 1. la procédure …", "… suivants: 2) le …").
func itemLabels(text string) map[string]bool {
	var out map[string]bool
	add := func(n string) {
		if out == nil {
			out = map[string]bool{}
		}
		out[n] = true
	}
	if l := listLabel(text); l != "" {
		add(l)
	}
	for i := 1; i < len(text); i++ {
		if text[i-1] != ' ' || text[i] < '0' || text[i] > '9' {
			continue
		}
		l := listLabel(text[i:])
		if l == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[i+len(l)+2:])
		if unicode.IsLower(r) {
			add(l)
		}
	}
	return out
}

// callAfterStop returns the length of the footnote call that follows a
// sentence's full stop at the start of s ("… te beheersen.19 De heel …"):
// one to three digits, a space and a capital. It returns 0 if there is
// none.
func callAfterStop(s string) int {
	k := 0
	for k < len(s) && k < 4 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 0 || k > 3 || k >= len(s) || s[k] != ' ' {
		return 0
	}
	next, _ := utf8.DecodeRuneInString(s[k+1:])
	if !unicode.IsUpper(next) {
		return 0
	}
	return k
}
