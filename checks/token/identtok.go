package token

import (
	"strings"
	"unicode/utf8"
)

// An identifier is a word that mixes letters and digits and carries at
// least minIdentLetters letters: a file name in a link
// ("report_hes_masterfile_nl_final_1"), a code ("COVID-19"), a product.
// Its digits are no number of the text, so the number checks leave them
// out (package checks); but the same identifier is written alike in both languages, so an
// identifier with the same letters and other digits on each side (and the
// only one of that shape on each side) is one changed identifier.
const minIdentLetters = 4

// Ident is one identifier of a unit's text.
type Ident struct {
	Start, End int
	Shape      string // the identifier with each run of digits as '#'
}

// isIdentByte reports whether c may stand inside an identifier.
func isIdentByte(c byte) bool {
	return IsASCIILetter(c) || IsDigit(c) || strings.IndexByte("_-./", c) >= 0
}

// Identifiers returns the identifiers of s.
func Identifiers(s string) []Ident {
	var out []Ident
	for i := 0; i < len(s); {
		if !isIdentByte(s[i]) {
			i++
			continue
		}
		j, digit := i, false
		for j < len(s) && isIdentByte(s[j]) {
			digit = digit || IsDigit(s[j])
			j++
		}
		// A run that goes on in letters outside ASCII (élection2) is a word
		// of the text, not an identifier.
		glued := j < len(s) && AlnumAt(s, j)
		if i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			glued = glued || r >= utf8.RuneSelf && AlnumAt(s, i-n)
		}
		if digit && !glued {
			start, end := i, j
			for start < end && strings.IndexByte("_-./", s[start]) >= 0 {
				start++
			}
			for end > start && strings.IndexByte("_-./", s[end-1]) >= 0 {
				end--
			}
			if id, ok := identOf(s, start, end); ok {
				out = append(out, id)
			}
		}
		i = j
	}
	return out
}

// identOf returns s[start:end] as an identifier, if it is one: letters and
// digits, at least minIdentLetters letters, and not an acronym glued to its
// number ("ASCVD19"), which the number checks read as the two.
func identOf(s string, start, end int) (Ident, bool) {
	w := s[start:end]
	letters, digits, lower := 0, 0, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case IsDigit(c):
			digits++
		case IsASCIILetter(c):
			letters++
			lower = lower || 'a' <= c && c <= 'z'
		}
	}
	if digits == 0 || letters < minIdentLetters {
		return Ident{}, false
	}
	if k := strings.IndexAny(w, "0123456789"); !lower && k > 0 && strings.Trim(w[k:], "0123456789") == "" && strings.Trim(w[:k], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		return Ident{}, false
	}
	var shape strings.Builder
	for i := 0; i < len(w); i++ {
		if c := w[i]; !IsDigit(c) {
			shape.WriteByte(c)
		} else if i == 0 || !IsDigit(w[i-1]) {
			shape.WriteByte('#')
		}
	}
	return Ident{Start: start, End: end, Shape: shape.String()}, true
}
