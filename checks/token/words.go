package token

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// Run is a run of letters in a unit's text: S is Text.S[Start:End]. See
// Word for the other kind of word and why both exist.
type Run struct {
	S          string
	Start, End int
}

// IsLetterRune reports whether r belongs inside a word: a letter or a
// combining mark.
func IsLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// LetterRuns splits s into maximal runs of letters and combining marks.
// Everything else (digits, hyphens, apostrophes, invisible characters)
// separates runs, so "CD&V" gives "CD" and "V", and "mensen\u00adrechten"
// gives "mensen" and "rechten".
func LetterRuns(s string) []Run {
	out := make([]Run, 0, len(s)/6+1)
	for w := range EachLetterRun(s) {
		out = append(out, w)
	}
	return out
}

// EachLetterRun yields the runs of LetterRuns(s) one by one, without
// keeping them. It passes over the ASCII letters of a run eight at a time.
func EachLetterRun(s string) iter.Seq[Run] {
	return func(yield func(Run) bool) {
		start := -1
		for i := 0; i < len(s); {
			letter, n := false, 1
			if c := s[i]; c < utf8.RuneSelf {
				letter = asciiLetters[c]
			} else {
				letter, n = decodeWordRune(s[i:])
			}
			if letter {
				if start < 0 {
					start = i
				}
				i += n
				for i+8 <= len(s) { // the rest of an ASCII word, eight bytes at a time
					k := asciiLetters8(s[i : i+8])
					i += k
					if k < 8 {
						break
					}
				}
				continue
			}
			if start >= 0 {
				if !yield(Run{s[start:i], start, i}) {
					return
				}
				start = -1
			}
			i += n
		}
		if start >= 0 {
			yield(Run{s[start:], start, len(s)})
		}
	}
}

// decodeWordRune reports whether s starts with a word rune, and its
// length.
func decodeWordRune(s string) (bool, int) {
	r, n := utf8.DecodeRuneInString(s)
	return IsLetterRune(r), n
}

// asciiLetters marks the ASCII letters, the ASCII word runes.
var asciiLetters = func() (t [utf8.RuneSelf]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// EachRunPair yields each two neighbouring runs of LetterRuns(s).
func EachRunPair(s string) iter.Seq2[Run, Run] {
	return func(yield func(Run, Run) bool) {
		var prev Run
		have := false
		for w := range EachLetterRun(s) {
			if have && !yield(prev, w) {
				return
			}
			prev, have = w, true
		}
	}
}

// CountLetterRuns returns len(LetterRuns(s)) without making the runs.
func CountLetterRuns(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		w, size := false, 1
		if c := s[i]; c < utf8.RuneSelf {
			w = asciiLetters[c]
		} else {
			w, size = decodeWordRune(s[i:])
		}
		if w && !in {
			n++
		}
		in = w
		i += size
		for w && i+8 <= len(s) { // the rest of an ASCII word, eight bytes at a time
			k := asciiLetters8(s[i : i+8])
			i += k
			if k < 8 {
				break
			}
		}
	}
	return n
}
