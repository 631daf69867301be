package checks

import (
	"fmt"
	"strings"
	"unicode/utf8"
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

// identChar reports whether r may stand inside an identifier.
func identChar(r rune) bool {
	return r < utf8.RuneSelf && (isASCIILetter(byte(r)) || isDigit(byte(r)) || strings.ContainsRune("_-./", r))
}

// identifiers returns the identifiers of s.
func identifiers(s string) []ident {
	var out []ident
	for i := 0; i < len(s); {
		if !identChar(rune(s[i])) || s[i] >= utf8.RuneSelf {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		j := i
		for j < len(s) && s[j] < utf8.RuneSelf && identChar(rune(s[j])) {
			j++
		}
		// A run that goes on in letters outside ASCII (élection2) is a word
		// of the text, not an identifier.
		glued := j < len(s) && letterAt(s, j)
		if i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			glued = glued || r >= utf8.RuneSelf && letterAt(s, i-n)
		}
		start, end := i, j
		for start < end && strings.IndexByte("_-./", s[start]) >= 0 {
			start++
		}
		for end > start && strings.IndexByte("_-./", s[end-1]) >= 0 {
			end--
		}
		if id, ok := identOf(s, start, end); ok && !glued {
			out = append(out, id)
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
	var shape strings.Builder
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isDigit(c):
			digits++
			if i == 0 || !isDigit(w[i-1]) {
				shape.WriteByte('#')
			}
			continue
		case isASCIILetter(c):
			letters++
			lower = lower || 'a' <= c && c <= 'z'
		}
		shape.WriteByte(c)
	}
	if digits == 0 || letters < minIdentLetters {
		return ident{}, false
	}
	if k := strings.IndexAny(w, "0123456789"); !lower && k > 0 && strings.Trim(w[k:], "0123456789") == "" && strings.Trim(w[:k], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		return ident{}, false
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
		fr, nl := onlyShapes(fu.Text.S, fu.Body), onlyShapes(nu.Text.S, nu.Body)
		if len(fr) == 0 || len(nl) == 0 {
			continue
		}
		for _, f := range identifiers(fu.Text.S[fu.Body:]) {
			n, ok := nl[f.shape]
			if !ok || fr[f.shape] != f {
				continue
			}
			fw, nw := fu.Text.S[fu.Body+f.start:fu.Body+f.end], nu.Text.S[nu.Body+n.start:nu.Body+n.end]
			if fw == nw {
				continue
			}
			p.Report(Finding{Unit: cp.Key, Severity: Warning,
				Message: fmt.Sprintf("NL writes %s where FR writes %s (the same identifier with other digits)", nw, fw),
				FR:      At(fu, fu.Body+f.start, fu.Body+f.end), NL: At(nu, nu.Body+n.start, nu.Body+n.end)})
		}
	}
}

// onlyShapes returns the identifiers of s[body:] by shape, keeping only the
// shapes written by one identifier (however often): two different
// identifiers of one shape ("rapport_2020", "rapport_2021") could pair
// either way.
func onlyShapes(s string, body int) map[string]ident {
	by := map[string]ident{}
	seen := map[string]string{}
	for _, id := range identifiers(s[body:]) {
		w := s[body+id.start : body+id.end]
		if prev, ok := seen[id.shape]; ok && prev != w {
			by[id.shape] = ident{start: -1}
			continue
		}
		if _, ok := seen[id.shape]; !ok {
			by[id.shape] = id
		}
		seen[id.shape] = w
	}
	for k, id := range by {
		if id.start < 0 {
			delete(by, k)
		}
	}
	return by
}
