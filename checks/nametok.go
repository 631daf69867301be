package checks

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

// word is one word of a text: a run of letters and digits in which inner
// hyphens, apostrophes and ampersands are kept (Nour-Otan, d'Alexandre,
// CD&V). Start and End are byte offsets in the text.
type tword struct {
	Start, End int
	S          string
	// Gap is the text between the previous word and this one, spaces
	// included; "" for the first word.
	Gap string
	// SentStart reports whether the word opens the text or a sentence.
	SentStart bool
}

// isNameRune reports whether r belongs to a word. Invisible format
// characters (zero-width space, soft hyphen) stay inside the word; foldKey
// drops them.
func isNameRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r)
}

// asciiAlnums marks the ASCII letters and digits, the ASCII runes of
// isNameRune.
var asciiAlnums = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = isNameRune(rune(c))
	}
	return t
}()

// isJoiner reports whether r joins two parts of one word when it stands
// between letters: hyphens, apostrophes and the ampersand.
func isJoiner(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\'', '\u2019', '\u02bc', '&':
		return true
	}
	return false
}

// splitWords splits s into words. It never fails: any input gives words
// whose offsets lie inside s, in order, without overlap.
func splitWords(s string) []tword {
	return appendWords(make([]tword, 0, len(s)/8+1), s)
}

// appendWords appends the words of s to out.
func appendWords(out []tword, s string) []tword {
	eachWord(s, func(w tword) { out = append(out, w) })
	return out
}

// eachWord calls f with each word of s in order, the words splitWords
// returns, without keeping them.
func eachWord(s string, f func(tword)) {
	var prev tword
	first := true
	prevEnd := 0
	for i := 0; i < len(s); {
		start, end := nextNameWord(s, i)
		if start == end {
			break
		}
		w := tword{Start: start, End: end, S: s[start:end], Gap: s[prevEnd:start]}
		w.SentStart = first || endsSentence(prev, w.Gap)
		f(w)
		prev, first = w, false
		prevEnd, i = end, end
	}
}

// nextNameWord returns the bounds of the first word of s (as eachWord
// reads words) at or after i, or start == end == len(s) if there is none.
func nextNameWord(s string, i int) (start, end int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && !asciiAlnums[c] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isNameRune(r) {
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
			if isNameRune(r) {
				i += n
				continue
			}
			if isJoiner(r) && i+n < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+n:]); isNameRune(r2) {
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
func endsSentence(prev tword, gap string) bool {
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
	k := foldKey(prev.S)
	return !langdata.TitleWords[k] && !nameAbbrevs[k]
}

// nameAbbrevs end in a period that does not close a sentence.
var nameAbbrevs = langdata.NewWordSet(`art al cf etc nr no n p pp vol ed eds resp bijv vgl zgn enz dr prof st doc parl fl vl`)

// part is a piece of a word split at its joiners: VN-Verdrag gives VN and
// Verdrag, l'OSCE gives l and OSCE.
type part struct {
	Start, End int
	S          string
	Word       int // index of the tword it comes from
}

// parts splits words into their parts.
func parts(s string, ws []tword) []part {
	return appendParts(nil, s, ws)
}

// appendPart appends s[start:end], a part of word wi, to out; an acronym
// of three capitals or more glued to a number (a footnote's, a code's
// year: ASCVD19, WIB92) is two parts, the acronym and the number.
func appendPart(out []part, s string, start, end, wi int) []part {
	k := start
	for k < end && 'A' <= s[k] && s[k] <= 'Z' {
		k++
	}
	if k-start >= 3 && k < end {
		d := k
		for d < end && isDigit(s[d]) {
			d++
		}
		if d == end {
			return append(out, part{start, k, s[start:k], wi}, part{k, end, s[k:end], wi})
		}
	}
	return append(out, part{start, end, s[start:end], wi})
}

// appendParts appends the parts of words ws of s to out.
func appendParts(out []part, s string, ws []tword) []part {
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
			if isJoiner(r) {
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

// foldKey returns the comparison key of s: NFKC, no accents, case folded,
// hyphens and apostrophes unified. It is safe for concurrent use.
func foldKey(s string) string { return keyFolder.key(s) }

// letterCase classifies a word by its capitals.
type letterCase uint8

const (
	lowerCase   letterCase = iota // kazakhes, d'une
	titleCase                     // Loukachenko, Nour-Otan, O'Brien, McDonald
	upperCase                     // OSCE, ROHONYI, CD&V
	mixedCase                     // YouTube, DéFI, électORALES
	unknownCase                   // not yet classified
)

// caseOf classifies w. Each hyphen- or apostrophe-separated part of a title
// case word is capitalised or a particle (Nour-Otan, d'Artagnan);
// Mc and Mac prefixes are allowed.
func caseOf(w string) letterCase {
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
		return lowerCase
	case uppers == letters && letters >= 2:
		return upperCase
	}
	first := true
	ok := true
	for rest := w; rest != ""; {
		// The next segment between joiners, as strings.FieldsFunc(w, isJoiner) gives them.
		seg := rest
		if j := strings.IndexFunc(rest, isJoiner); j >= 0 {
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
		if first && !unicode.IsUpper(r) && !langdata.NameParticles[foldKey(seg)] {
			ok = false
		}
		first = false
	}
	if ok && uppers > 0 {
		return titleCase
	}
	if uppers == 1 && letters == 1 {
		return titleCase
	}
	return mixedCase
}
