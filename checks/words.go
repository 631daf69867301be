package checks

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// word is a run of letters in a unit's text: S is Text.S[Start:End].
type word struct {
	S          string
	Start, End int
}

// isWordRune reports whether r belongs inside a word: a letter or a
// combining mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// letterRuns splits s into maximal runs of letters and combining marks.
// Everything else (digits, hyphens, apostrophes, invisible characters)
// separates runs, so "CD&V" gives "CD" and "V", and "mensen\u00adrechten"
// gives "mensen" and "rechten".
func letterRuns(s string) []word {
	out := make([]word, 0, len(s)/6+1)
	for w := range eachLetterRun(s) {
		out = append(out, w)
	}
	return out
}

// eachLetterRun yields the runs of letterRuns(s) one by one, without
// keeping them. It passes over the ASCII letters of a run eight at a time.
func eachLetterRun(s string) iter.Seq[word] {
	return func(yield func(word) bool) {
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
				if !yield(word{s[start:i], start, i}) {
					return
				}
				start = -1
			}
			i += n
		}
		if start >= 0 {
			yield(word{s[start:], start, len(s)})
		}
	}
}

// decodeWordRune reports whether s starts with a word rune, and its
// length.
func decodeWordRune(s string) (bool, int) {
	r, n := utf8.DecodeRuneInString(s)
	return isWordRune(r), n
}

// asciiLetters marks the ASCII letters, the ASCII word runes.
var asciiLetters = func() (t [utf8.RuneSelf]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// eachRunPair yields each two neighbouring runs of letterRuns(s).
func eachRunPair(s string) iter.Seq2[word, word] {
	return func(yield func(word, word) bool) {
		var prev word
		have := false
		for w := range eachLetterRun(s) {
			if have && !yield(prev, w) {
				return
			}
			prev, have = w, true
		}
	}
}

// countLetterRuns returns len(letterRuns(s)) without making the runs.
func countLetterRuns(s string) int {
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
