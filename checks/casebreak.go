package checks

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// findCaseBreaks returns the words of s whose case breaks in the middle,
// each with its repaired form.
func findCaseBreaks(s string) []hit {
	if !mayBreakCase(s) {
		return nil
	}
	return scanCaseBreaks(s)
}

// scanCaseBreaks is findCaseBreaks without its filter.
func scanCaseBreaks(s string) []hit {
	var out []hit
	for w := range eachLetterRun(s) {
		if !caseBroken(w.S) || hasMojibake(s, w.Start, w.End) {
			continue
		}
		out = append(out, hit{w.Start, w.End,
			fmt.Sprintf("%q has its case broken inside the word; write %q", w.S, caseRepaired(w.S))})
	}
	return out
}

// caseBroken reports whether w turns from lower case to capitals in the
// middle: a run of at least three lower-case letters followed by a
// capital, in a word that starts in lower case, or followed by at least two
// capitals in a capitalised word. So "électORALES", "systéMIques" and
// "volKsvertegenwoordigers" are broken, while "DéFI", "cdH", "McDonald",
// "iPhone", "YouTube" and "PowerPoint" are not.
func caseBroken(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	startsLower := unicode.IsLower(first)
	rs := []rune(w)
	low := 0
	for i, r := range rs {
		switch {
		case unicode.IsLower(r):
			low++
			continue
		case unicode.IsUpper(r) && low >= 3:
			up := 0
			for _, q := range rs[i:] {
				if !unicode.IsUpper(q) {
					break
				}
				up++
			}
			if startsLower || up >= 2 {
				return true
			}
		}
		low = 0
	}
	return false
}

// caseRepaired returns w in lower case, keeping a capital first letter.
func caseRepaired(w string) string {
	first, n := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(first) {
		return string(first) + strings.ToLower(w[n:])
	}
	return strings.ToLower(w)
}

// hasMojibake reports whether a mojibake sequence starts inside
// s[start:end]: "sociÃ©tÃ©" is mojibake, not a case break.
func hasMojibake(s string, start, end int) bool {
	for i := start; i < end; i++ {
		if _, ok := mojibakeAt(s, i); ok {
			return true
		}
	}
	return false
}
