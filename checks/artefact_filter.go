package checks

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The artefact checks look at every unit of a document, and in almost
// every unit there is nothing to find. Each filter below is a condition
// that its check's finder needs to report anything, tested by one pass over
// the bytes that decodes only non-ASCII characters; when it fails, the
// finder is not run. A filter may pass text in which its finder then finds
// nothing, but never stops text in which it would find something.

// anyRune reports whether f holds for a non-ASCII rune of s.
func anyRune(s string, f func(rune) bool) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if f(r) {
			return true
		}
		i += n
	}
	return false
}

// mayMixScripts reports whether s holds a Cyrillic or Greek letter, which
// findMixedScripts needs.
func mayMixScripts(s string) bool {
	return anyRune(s, func(r rune) bool {
		return r >= 0x370 && (unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r))
	})
}

// mayBreakCase reports whether s has an upper-case letter right after a
// lower-case one, which findCaseBreaks needs.
func mayBreakCase(s string) bool {
	prevLower := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if prevLower && 'A' <= c && c <= 'Z' {
				return true
			}
			prevLower = 'a' <= c && c <= 'z'
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if prevLower && unicode.IsUpper(r) {
			return true
		}
		prevLower = unicode.IsLower(r)
		i += n
	}
	return false
}

// mayTriple reports whether s has a byte three times in a row, which
// findTripled needs (hasTriple).
func mayTriple(s string) bool {
	for i := 2; i < len(s); i++ {
		if s[i] == s[i-1] && s[i] == s[i-2] {
			return true
		}
	}
	return false
}

// mayMojibake reports whether s holds U+FFFD or one of the characters that
// start a mojibake sequence (Â, Ã, Ä, Å, â: the Windows-1252 reading of
// the bytes mojibakeLeads lists), which findMojibake needs.
func mayMojibake(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case 0xC3:
			if c := s[i+1]; 0x82 <= c && c <= 0x85 || c == 0xA2 {
				return true
			}
		case 0xEF:
			if strings.HasPrefix(s[i:], "\uFFFD") {
				return true
			}
		}
	}
	return false
}

// mayHideCharacters reports whether s holds a character invisible reports,
// which findInvisible needs.
func mayHideCharacters(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if invisible(r) {
			return true
		}
		i += n
	}
	return false
}

// mayKeepHyphen reports whether s has a hyphen followed by a space, which
// findHyphenBreaks needs.
func mayKeepHyphen(s string) bool {
	return strings.Contains(s, "- ") || strings.Contains(s, "\u2010 ") || strings.Contains(s, "\u2011 ")
}
