package checks

import (
	"strings"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

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
func sideEvidence(doc *align.Document, u *align.Unit, start, end int) (fr, nl *check.Evidence) {
	ev := check.At(u, start, end)
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

// runeLen returns the number of runes in s.
func runeLen(s string) int {
	return utf8.RuneCountInString(s)
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
