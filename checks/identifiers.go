package checks

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/checks/token"
)

// An identifier is a word that mixes letters and digits and carries at
// least minIdentLetters letters: a file name in a link
// ("report_hes_masterfile_nl_final_1"), a code ("COVID-19"), a product.
// Its digits are no number of the text, so the number checks leave them
// out; but the same identifier is written alike in both languages, so an
// identifier with the same letters and other digits on each side (and the
// only one of that shape on each side) is one changed identifier.
const minIdentLetters = 4

// ident is one identifier of a unit's text.
type ident struct {
	start, end int
	shape      string // the identifier with each run of digits as '#'
}

// identByte reports whether c may stand inside an identifier.
func identByte(c byte) bool {
	return token.IsASCIILetter(c) || token.IsDigit(c) || strings.IndexByte("_-./", c) >= 0
}

// identifiers returns the identifiers of s.
func identifiers(s string) []ident {
	var out []ident
	for i := 0; i < len(s); {
		if !identByte(s[i]) {
			i++
			continue
		}
		j, digit := i, false
		for j < len(s) && identByte(s[j]) {
			digit = digit || token.IsDigit(s[j])
			j++
		}
		// A run that goes on in letters outside ASCII (élection2) is a word
		// of the text, not an identifier.
		glued := j < len(s) && token.AlnumAt(s, j)
		if i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			glued = glued || r >= utf8.RuneSelf && token.AlnumAt(s, i-n)
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
func identOf(s string, start, end int) (ident, bool) {
	w := s[start:end]
	letters, digits, lower := 0, 0, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case token.IsDigit(c):
			digits++
		case token.IsASCIILetter(c):
			letters++
			lower = lower || 'a' <= c && c <= 'z'
		}
	}
	if digits == 0 || letters < minIdentLetters {
		return ident{}, false
	}
	if k := strings.IndexAny(w, "0123456789"); !lower && k > 0 && strings.Trim(w[k:], "0123456789") == "" && strings.Trim(w[:k], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		return ident{}, false
	}
	var shape strings.Builder
	for i := 0; i < len(w); i++ {
		if c := w[i]; !token.IsDigit(c) {
			shape.WriteByte(c)
		} else if i == 0 || !token.IsDigit(w[i-1]) {
			shape.WriteByte('#')
		}
	}
	return ident{start: start, end: end, shape: shape.String()}, true
}

// identifierMismatches reports each identifier written with the same
// letters and other digits in the two texts of a pair.
func identifierMismatches(p *Pass, cps []ContentPair) {
	for _, cp := range cps {
		fu, nu := cp.FR, cp.NL
		if fu == nil || nu == nil {
			continue
		}
		fs, ns := fu.Text.S[fu.Body:], nu.Text.S[nu.Body:]
		frIDs := identifiers(fs)
		if len(frIDs) == 0 {
			continue
		}
		fr, nl := onlyShapes(fs, frIDs), onlyShapes(ns, identifiers(ns))
		for _, f := range frIDs {
			n, ok := nl[f.shape]
			if !ok || fr[f.shape] != f || fs[f.start:f.end] == ns[n.start:n.end] {
				continue
			}
			p.Report(Finding{Unit: cp.Key, Severity: Warning,
				Message: fmt.Sprintf("NL writes %s where FR writes %s (the same identifier with other digits)", ns[n.start:n.end], fs[f.start:f.end]),
				FR:      At(fu, fu.Body+f.start, fu.Body+f.end), NL: At(nu, nu.Body+n.start, nu.Body+n.end)})
		}
	}
}

// onlyShapes returns the first of the identifiers ids of s by shape,
// keeping only the shapes written by one identifier (however often): two
// different identifiers of one shape ("rapport_2020", "rapport_2021")
// could pair either way.
func onlyShapes(s string, ids []ident) map[string]ident {
	by := map[string]ident{}
	mixed := map[string]bool{}
	for _, id := range ids {
		first, ok := by[id.shape]
		switch {
		case !ok:
			by[id.shape] = id
		case s[first.start:first.end] != s[id.start:id.end]:
			mixed[id.shape] = true
		}
	}
	for k := range mixed {
		delete(by, k)
	}
	return by
}
