package checks

import (
	"fmt"
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

// UntranslatedLanguage reports a unit written in the other language.
var UntranslatedLanguage = &Check{
	ID:       "untranslated/language",
	Severity: Warning,
	Doc: `unit written in the other language

The text of one side reads as the other language: a Dutch recital left in
French, a French request pasted from the Dutch. Quotations, names and
titles in another language inside a translated unit do not count. A unit
with no counterpart is checked too: a paragraph left in French in the
Dutch file may be too unlike its French original to be paired with it.

  FR: D. considérant la résolution …   NL: D. considérant la résolution …`,
	Run: func(p *Pass) {
		for i := range p.Doc.Pairs {
			pr := &p.Doc.Pairs[i]
			if pr.Shared || pr.FR != nil && pr.NL != nil && sameText(pr.FR, pr.NL) {
				continue
			}
			for _, u := range []*align.Unit{pr.FR, pr.NL} {
				if u == nil {
					continue
				}
				if l := languageOf(u.Text.S[u.Body:]); l == u.Lang.Other() && l != align.Neutral {
					fr, nl := sideEvidence(p.Doc, u, u.Body, len(u.Text.S))
					p.Report(Finding{Unit: pr.Key, FR: fr, NL: nl,
						Message: fmt.Sprintf("%s text is in %s: %q", sideName(u.Lang), langWord(l), quote(u.Text.S[u.Body:]))})
				}
			}
		}
	},
}

// UntranslatedIdentical reports a pair whose two sides are the same text
// in one language.
var UntranslatedIdentical = &Check{
	ID:       "untranslated/identical",
	Severity: Warning,
	Doc: `identical text on both sides

Both sides of a pair carry the same text, and that text is French or Dutch
prose rather than names, numbers or acronyms: one side was not translated.
Rows of names, party acronyms and shared units are not reported.

  FR: 6. de poursuivre notre coopération …   NL: 6. de poursuivre notre coopération …`,
	Run: func(p *Pass) {
		for i := range p.Doc.Pairs {
			pr := &p.Doc.Pairs[i]
			if pr.Shared || pr.FR == nil || pr.NL == nil || !sameText(pr.FR, pr.NL) {
				continue
			}
			body := pr.FR.Text.S[pr.FR.Body:]
			l := languageOf(body)
			if l == align.Neutral {
				continue
			}
			p.Report(Finding{Unit: pr.Key,
				Message: fmt.Sprintf("FR and NL are the same %s text: %q", langWord(l), quote(body)),
				FR:      At(pr.FR, pr.FR.Body, len(pr.FR.Text.S)), NL: At(pr.NL, pr.NL.Body, len(pr.NL.Text.S))})
		}
	},
}

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
