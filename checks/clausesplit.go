package checks

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clause is one clause of a unit: Text.S[Start:End], with what the
// clause aligner compares.
type clause struct {
	Start, End int
	Len        int             // length in runes
	Numbers    map[string]bool // digit strings: "2019", "14", "177000"
	Label      string          // the number of a list item label opening the clause ("5." → "5"), or ""
	Names      map[string]bool // folded capitalised words not at the clause start
	Keys       map[string]bool // folded five-letter prefixes of long words, for cognates
	// The keys of Numbers, Names and Keys in order, for the aligner.
	sortedNumbers, sortedNames, sortedKeys []string
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
	emit := func(end int) {
		a, b := trimSpan(s, start, end)
		if a < b {
			out = append(out, newClause(s, a, b))
		}
	}
	for i := from; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
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
				inQuote = !inQuote
			case '“', '«':
				inQuote = true
			default:
				inQuote = false
			}
		case ';':
			if depth == 0 && !inQuote {
				emit(i + n)
				start = i + n
			}
		case '.':
			if depth == 0 && !inQuote && sentenceEnd(s, i) {
				emit(i + n)
				start = i + n
			}
		}
		i += n
	}
	emit(len(s))
	return out
}

// sentenceEnd reports whether the full stop at s[i] ends a sentence: a
// space and a capital follow, and the word before it is no abbreviation
// or single-letter initial ("M.", "Mme.", "art.", "nr.").
func sentenceEnd(s string, i int) bool {
	rest := s[i+1:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	if !unicode.IsUpper(next) {
		return false
	}
	ws := i
	for ws > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:ws])
		if !isWordRune(r) {
			break
		}
		ws -= n
	}
	prev := s[ws:i]
	if runeLen(prev) <= 1 {
		return false
	}
	return !abbreviations[strings.ToLower(prev)]
}

// abbreviations are words written with a full stop that does not end a
// sentence.
var abbreviations = map[string]bool{
	"mme": true, "mmes": true, "mm": true, "dr": true, "prof": true, "art": true, "arts": true,
	"nr": true, "nrs": true, "no": true, "blz": true, "p": true, "pp": true, "cf": true, "vgl": true,
	"al": true, "par": true, "sq": true, "etc": true, "enz": true, "bijv": true, "bv": true,
	"ca": true, "resp": true, "dhr": true, "mevr": true, "st": true, "ste": true, "doc": true,
	"vol": true, "chap": true, "hfdst": true, "ibid": true, "op": true, "cit": true, "jo": true,
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
	c := clause{Start: a, End: b, Len: runeLen(s[a:b]),
		Numbers: map[string]bool{}, Names: map[string]bool{}, Keys: map[string]bool{}}
	text := s[a:b]
	for _, n := range numbersIn(text) {
		c.Numbers[n] = true
	}
	c.Label = listLabel(text)
	i := 0
	for w := range eachLetterRun(text) {
		r, _ := utf8.DecodeRuneInString(w.S)
		name := unicode.IsUpper(r) && i > 0 && runeLen(w.S) >= 3 && !allUpperWord(w.S)
		i++
		if !name && len(w.S) < 6 && isASCII(w.S) {
			continue // its fold, its lower case, is too short to be a key
		}
		f := fold(w.S)
		if name {
			c.Names[f] = true
		}
		if runeLen(f) >= 6 {
			c.Keys[prefixRunes(f, 5)] = true
		}
	}
	c.sortedNumbers, c.sortedNames, c.sortedKeys = sortedKeys(c.Numbers), sortedKeys(c.Names), sortedKeys(c.Keys)
	return c
}

// numbersIn returns the digit strings of s, with the thousands separators
// of "177 000" and "27.297" removed.
func numbersIn(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case (r == ' ' || r == '.' || r == '\u00a0' || r == '\u202f') && b.Len() > 0 && b.Len() <= 3 &&
			thousandsGroup(s[i+n:]):
			// "177 000": a separator followed by exactly three digits.
		default:
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
