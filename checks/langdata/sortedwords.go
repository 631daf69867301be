package langdata

import "strings"

// SortedWords is a word list searched in place: its words in byte order,
// each followed by a newline, as it is embedded in the binary. Nothing is
// built when it is first used; a look-up is a binary search over its
// lines.
type SortedWords string

// Has reports whether w is one of the words.
func (s SortedWords) Has(w string) bool {
	// lo and hi are always at the start of a line (or the end).
	lo, hi := 0, len(s)
	for lo < hi {
		m := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(string(s[lo:m]), '\n') + 1
		end := start + strings.IndexByte(string(s[start:hi]), '\n')
		if end < start {
			return false // the last line has no newline: not a list
		}
		switch line := string(s[start:end]); {
		case line == w:
			return true
		case line < w:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}
