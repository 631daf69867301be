package checks

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/token"
)

// untranslatedMin is the language evidence (align.Score, two points per
// function word) a unit needs before it is said to be in the other
// language; untranslatedShare is the share of its words that evidence
// must reach, so that a Dutch recital quoting a French title stays Dutch.
const (
	untranslatedMin   = 6
	untranslatedShare = 0.3
)

// languageOf returns the language s is clearly written in, or Neutral.
func languageOf(s string) align.Lang {
	sc := align.Score(s)
	n := token.CountLetterRuns(s)
	if n == 0 {
		return align.Neutral
	}
	abs := sc
	if abs < 0 {
		abs = -abs
	}
	if abs < untranslatedMin || float64(abs) < untranslatedShare*float64(n) {
		return align.Neutral
	}
	if sc > 0 {
		return align.FR
	}
	return align.NL
}

// sameText reports whether the bodies of a and b are the same text, up to
// case and spacing.
func sameText(a, b *align.Unit) bool {
	return sameFields(a.Text.S[a.Body:], b.Text.S[b.Body:])
}

// sameFields reports whether s and t hold the same words (runs of
// non-space) in lower case: strings.Fields of each, joined by single
// spaces and lowered, are equal. It reads both once and stops at the first
// difference.
func sameFields(s, t string) bool {
	s, t = strings.TrimLeftFunc(s, unicode.IsSpace), strings.TrimLeftFunc(t, unicode.IsSpace)
	for s != "" && t != "" {
		r, n := utf8.DecodeRuneInString(s)
		q, m := utf8.DecodeRuneInString(t)
		sp, tp := unicode.IsSpace(r), unicode.IsSpace(q)
		switch {
		case sp && tp:
			s, t = strings.TrimLeftFunc(s, unicode.IsSpace), strings.TrimLeftFunc(t, unicode.IsSpace)
			// A space run at the end of one text ends its last word only.
			if (s == "") != (t == "") {
				return false
			}
			continue
		case sp || tp:
			return false
		case r != q && unicode.ToLower(r) != unicode.ToLower(q):
			return false
		}
		s, t = s[n:], t[m:]
	}
	return strings.TrimSpace(s) == "" && strings.TrimSpace(t) == ""
}

// langWord returns "French" or "Dutch".
func langWord(l align.Lang) string {
	if l == align.NL {
		return "Dutch"
	}
	return "French"
}
