package checks

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
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

// lower returns w in lower case, for word-list look-ups.
func lower(w string) string {
	return strings.ToLower(w)
}

// runeLen returns the number of runes in s.
func runeLen(s string) int {
	return utf8.RuneCountInString(s)
}

// sideName returns "FR" or "NL" for a unit, and "FR/NL" for a
// language-neutral one, for use in messages.
func sideName(l align.Lang) string {
	switch l {
	case align.FR:
		return "FR"
	case align.NL:
		return "NL"
	}
	return "FR/NL"
}

// sideEvidence returns a finding with the evidence placed on the side of
// the document that unit u was read from.
func sideEvidence(doc *align.Document, u *align.Unit, start, end int) (fr, nl *Evidence) {
	ev := At(u, start, end)
	switch {
	case u.Lang == align.NL:
		return nil, ev
	case u.Lang == align.FR:
		return ev, nil
	case doc.NLPath != "" && u.File == doc.NLPath && doc.NLPath != doc.FRPath:
		return nil, ev
	}
	return ev, nil
}

// isProse reports whether a pair's key names running text (recitals,
// requests, articles, paragraphs) rather than a title-page line, a heading
// or a table row, whose short cells give length and clause comparisons
// nothing to go on.
func isProse(key string) bool {
	for _, p := range []string{"front:", "heading:", "table:", "closing:", "signature:"} {
		if strings.HasPrefix(key, p) {
			return false
		}
	}
	return true
}

// proseEnd returns where the running text of unit u ends: after its last
// sentence or clause terminator (. ; ! ?) when what follows holds none.
// Such an unterminated tail is extraction debris that landed in one
// language only — signatures, a printer's line, the cover table of
// parties — and says nothing about the translation. A unit without any
// terminator ends at its end.
func proseEnd(u *align.Unit) int {
	s := u.Text.S
	end := strings.LastIndexAny(s[u.Body:], ".;!?")
	if end < 0 {
		return len(s)
	}
	return u.Body + end + 1
}

// proseLen returns the length in runes of u's running text after its
// label, without an unterminated tail (see proseEnd).
func proseLen(u *align.Unit) int {
	return runeLen(u.Text.S[u.Body:proseEnd(u)])
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
