package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/checks/langdata"
	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Word is one word of a text: a run of letters and digits in which inner
// hyphens, apostrophes and ampersands are kept (Nour-Otan, d'Alexandre,
// CD&V). Start and End are byte offsets in the text.
//
// A Word is not a Run: a Run is letters only and ends at a digit, a hyphen
// or an apostrophe, which suits the checks that look inside words
// (ligatures, mojibake, hyphenation); a Word keeps what joins the parts of
// a name or a term, and digits, and knows where sentences start, which the
// name and term analyses need. The two split the same text differently,
// so both exist.
type Word struct {
	Start, End int
	S          string
	// Gap is the text between the previous word and this one, spaces
	// included; "" for the first word.
	Gap string
	// SentStart reports whether the word opens the text or a sentence.
	SentStart bool
}

// IsWordRune reports whether r belongs to a word. Invisible format
// characters (zero-width space, soft hyphen) stay inside the word; FoldKey
// drops them.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r)
}

// asciiAlnums marks the ASCII letters and digits, the ASCII runes of
// IsWordRune.
var asciiAlnums = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = IsWordRune(rune(c))
	}
	return t
}()

// IsJoiner reports whether r joins two parts of one word when it stands
// between letters: hyphens, apostrophes and the ampersand.
func IsJoiner(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\'', '\u2019', '\u02bc', '&':
		return true
	}
	return false
}

// SplitWords splits s into words. It never fails: any input gives words
// whose offsets lie inside s, in order, without overlap.
func SplitWords(s string) []Word {
	return AppendWords(make([]Word, 0, len(s)/8+1), s)
}

// AppendWords appends the words of s to out.
func AppendWords(out []Word, s string) []Word {
	EachWord(s, func(w Word) { out = append(out, w) })
	return out
}

// EachWord calls f with each word of s in order, the words SplitWords
// returns, without keeping them.
func EachWord(s string, f func(Word)) {
	var prev Word
	first := true
	prevEnd := 0
	for i := 0; i < len(s); {
		start, end := NextWord(s, i)
		if start == end {
			break
		}
		w := Word{Start: start, End: end, S: s[start:end], Gap: s[prevEnd:start]}
		w.SentStart = first || endsSentence(prev, w.Gap)
		f(w)
		prev, first = w, false
		prevEnd, i = end, end
	}
}

// NextWord returns the bounds of the first word of s (as EachWord
// reads words) at or after i, or start == end == len(s) if there is none.
func NextWord(s string, i int) (start, end int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && !asciiAlnums[c] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !IsWordRune(r) {
			i += n
			continue
		}
		start = i
		i += n
		for i < len(s) {
			if i+8 <= len(s) {
				if k := asciiLetters8(s[i : i+8]); k > 0 {
					i += k // letters, eight at a time
					continue
				}
			}
			if c := s[i]; c < utf8.RuneSelf && asciiAlnums[c] {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if IsWordRune(r) {
				i += n
				continue
			}
			if IsJoiner(r) && i+n < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+n:]); IsWordRune(r2) {
					i += n
					continue
				}
			}
			break
		}
		return start, i
	}
	return len(s), len(s)
}

// endsSentence reports whether gap, following word prev, closes a sentence.
// A period after an abbreviation, a title or an initial does not.
func endsSentence(prev Word, gap string) bool {
	g := strings.TrimSpace(gap)
	if g == "" {
		return false
	}
	if strings.ContainsAny(g, "!?") {
		return true
	}
	if !strings.HasPrefix(g, ".") {
		return false
	}
	if utf8.RuneCountInString(prev.S) == 1 {
		return false // an initial or a unit label
	}
	k := FoldKey(prev.S)
	return !langdata.TitleWords[k] && !langdata.NameAbbrevs[k]
}

// Part is a piece of a word split at its joiners: VN-Verdrag gives VN and
// Verdrag, l'OSCE gives l and OSCE.
type Part struct {
	Start, End int
	S          string
	Word       int // index of the Word it comes from
}

// Parts splits words into their parts.
func Parts(s string, ws []Word) []Part {
	return AppendParts(nil, s, ws)
}

// appendPart appends s[start:end], a part of word wi, to out; an acronym
// of three capitals or more glued to a number (a footnote's, a code's
// year: ASCVD19, WIB92) is two parts, the acronym and the number.
func appendPart(out []Part, s string, start, end, wi int) []Part {
	k := start
	for k < end && 'A' <= s[k] && s[k] <= 'Z' {
		k++
	}
	if k-start >= 3 && k < end {
		d := k
		for d < end && IsDigit(s[d]) {
			d++
		}
		if d == end {
			return append(out, Part{start, k, s[start:k], wi}, Part{k, end, s[k:end], wi})
		}
	}
	return append(out, Part{start, end, s[start:end], wi})
}

// AppendParts appends the parts of words ws of s to out.
func AppendParts(out []Part, s string, ws []Word) []Part {
	for wi, w := range ws {
		start := w.Start
		for i := w.Start; i < w.End; {
			if i+8 <= len(s) {
				if k := asciiLetters8(s[i : i+8]); k > 0 {
					i = min(i+k, w.End) // letters, eight at a time
					continue
				}
			}
			if c := s[i]; c < utf8.RuneSelf && c != '-' && c != '\'' && c != '&' {
				i++ // not an ASCII joiner
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if IsJoiner(r) {
				if i > start {
					out = appendPart(out, s, start, i, wi)
				}
				start = i + n
			}
			i += n
		}
		if start < w.End {
			out = appendPart(out, s, start, w.End, wi)
		}
	}
	return out
}

// keyFolder folds names and terms: NFKC, no accents or format
// characters, case folded, hyphens and apostrophes unified.
var keyFolder = newFolder(func() transform.Transformer {
	return transform.Chain(norm.NFKC, norm.NFD, runes.Remove(runes.In(unicode.Mn)), runes.Remove(runes.In(unicode.Cf)), norm.NFC, cases.Fold())
}, func(out string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u2019', '\u02bc':
			return '\''
		case '\u2010', '\u2011':
			return '-'
		case '\u00ad':
			return -1
		}
		return r
	}, out)
})

// FoldKey returns the comparison key of s: NFKC, no accents, case folded,
// hyphens and apostrophes unified. It is safe for concurrent use.
//
// It differs from Fold, the key of letter runs, in three ways: NFKC folds
// compatibility characters (the ligature "ﬁ" to "fi", full-width letters),
// invisible format characters and soft hyphens are dropped, and the
// typographic apostrophes and hyphens become ' and -. The name and term
// analyses compare Words with it; the checks that compare letter runs use
// Fold, and the word-translation table holds Fold's keys. Giving either
// group the other's key would change their findings, so both exist.
func FoldKey(s string) string { return keyFolder.key(s) }

// Case classifies a word by its capitals.
type Case uint8

const (
	LowerCase   Case = iota // kazakhes, d'une
	TitleCase               // Loukachenko, Nour-Otan, O'Brien, McDonald
	UpperCase               // OSCE, ROHONYI, CD&V
	MixedCase               // YouTube, DéFI, électORALES
	UnknownCase             // not yet classified
)

// CaseOf classifies w. Each hyphen- or apostrophe-separated part of a title
// case word is capitalised or a particle (Nour-Otan, d'Artagnan);
// Mc and Mac prefixes are allowed.
func CaseOf(w string) Case {
	letters, uppers := 0, 0
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				letters++
			} else if 'A' <= c && c <= 'Z' {
				letters++
				uppers++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
		}
		i += n
	}
	switch {
	case uppers == 0:
		return LowerCase
	case uppers == letters && letters >= 2:
		return UpperCase
	}
	first := true
	ok := true
	for rest := w; rest != ""; {
		// The next segment between joiners, as strings.FieldsFunc(w, IsJoiner) gives them.
		seg := rest
		if j := strings.IndexFunc(rest, IsJoiner); j >= 0 {
			_, n := utf8.DecodeRuneInString(rest[j:])
			seg, rest = rest[:j], rest[j+n:]
		} else {
			rest = ""
		}
		if seg == "" {
			continue
		}
		for i, r := range seg {
			if !unicode.IsUpper(r) || i == 0 {
				continue
			}
			if (strings.HasPrefix(seg, "Mc") && i == 2) || (strings.HasPrefix(seg, "Mac") && i == 3) {
				continue
			}
			ok = false
		}
		r, _ := utf8.DecodeRuneInString(seg)
		if first && !unicode.IsUpper(r) && !langdata.NameParticles[FoldKey(seg)] {
			ok = false
		}
		first = false
	}
	if ok && uppers > 0 {
		return TitleCase
	}
	if uppers == 1 && letters == 1 {
		return TitleCase
	}
	return MixedCase
}
