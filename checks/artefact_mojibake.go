package checks

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/checks/token"
	"golang.org/x/text/encoding/charmap"
)

// cp1252 maps each rune of the Windows-1252 character set to its byte.
var cp1252 = func() map[rune]byte {
	m := make(map[rune]byte, 256)
	for b := 0; b < 256; b++ {
		if r := charmap.Windows1252.DecodeByte(byte(b)); r != utf8.RuneError {
			m[r] = byte(b)
		}
	}
	return m
}()

// mojibakeLeads are the bytes that start the UTF-8 sequences seen in French
// and Dutch mojibake: C2 ("Â"), C3 ("Ã"), C4 ("Ä"), C5 ("Å") and E2 ("â").
// Other lead bytes are letters French and Dutch use next to punctuation.
var mojibakeLeads = map[byte]int{0xC2: 1, 0xC3: 1, 0xC4: 1, 0xC5: 1, 0xE2: 2}

// findMojibake returns the stretches of s that are UTF-8 read as
// Windows-1252, each with the repaired text, and every U+FFFD.
func findMojibake(s string) []hit {
	if !mayMojibake(s) {
		return nil
	}
	return scanMojibake(s)
}

// scanMojibake is findMojibake without its filter.
func scanMojibake(s string) []hit {
	var out []hit
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 3 {
			out = append(out, hit{i, i + n,
				"has the replacement character U+FFFD: a character was lost when the text was decoded"})
			i += n
			continue
		}
		end := i
		for {
			e, ok := mojibakeAt(s, end)
			if !ok {
				break
			}
			end = e
		}
		if end == i {
			i += n
			continue
		}
		out = append(out, hit{i, end,
			fmt.Sprintf("%q is mojibake (UTF-8 read as Windows-1252); write %q", s[i:end], repairMojibake(s[i:end]))})
		i = end
	}
	return out
}

// mojibakeAt reports whether a mojibake sequence starts at s[i:] and where
// it ends.
func mojibakeAt(s string, i int) (int, bool) {
	if i < len(s) && s[i] < utf8.RuneSelf {
		return 0, false // Windows-1252 keeps ASCII, and no lead is ASCII
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	lead, ok := cp1252[r]
	if !ok {
		return 0, false
	}
	need, ok := mojibakeLeads[lead]
	if !ok {
		return 0, false
	}
	buf := []byte{lead}
	j := i + n
	if lostNBSP(s, i, j) {
		return j, true
	}
	for k := 0; k < need; k++ {
		if j >= len(s) {
			return 0, false
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		b, ok := cp1252[r]
		if !ok || b < 0x80 || b > 0xBF {
			return 0, false
		}
		buf = append(buf, b)
		j += n
	}
	if !utf8.Valid(buf) {
		return 0, false
	}
	return j, true
}

// lostNBSP reports whether s[i:j] is an "Ã" left by "à" read as
// Windows-1252 whose second byte, a no-break space, became an ordinary
// space, as text normalisation does: "passé de 1,89 euro en 2022 Ã 2,17".
// French and Dutch never write Ã before a space; an upper-case word does
// (Portuguese IRMÃ), so Ã after a capital is left alone.
func lostNBSP(s string, i, j int) bool {
	if s[i:j] != "Ã" || j >= len(s) || s[j] != ' ' {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || !unicode.IsUpper(prev)
}

// repairMojibake decodes s, a run of mojibake sequences, back to the text
// it stood for, undoing up to three rounds of double decoding.
func repairMojibake(s string) string {
	for round := 0; round < 3; round++ {
		if s == "Ã" {
			return "à" // its no-break space became a space: see lostNBSP
		}
		var b []byte
		for _, r := range s {
			c, ok := cp1252[r]
			if !ok {
				return s
			}
			b = append(b, c)
		}
		if !utf8.Valid(b) {
			return s
		}
		s = string(b)
		if len(findMojibakeSeqs(s)) == 0 {
			break
		}
	}
	return s
}

// findMojibakeSeqs returns the starts of the mojibake sequences of s.
func findMojibakeSeqs(s string) []int {
	var out []int
	for i := 0; i < len(s); {
		if _, ok := mojibakeAt(s, i); ok {
			out = append(out, i)
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return out
}

// findInvisible returns the invisible and control characters of s: soft
// hyphens, zero-width characters, direction marks and controls other than
// tab and line ends. A run of them is one hit, with the word it sits in
// shown and repaired.
func findInvisible(s string) []hit {
	if !mayHideCharacters(s) {
		return nil
	}
	return scanInvisible(s)
}

// scanInvisible is findInvisible without its filter.
func scanInvisible(s string) []hit {
	var out []hit
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !invisible(r) {
			i += n
			continue
		}
		end := i + n
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if !invisible(r) {
				break
			}
			end += n
		}
		ws, we := wordAround(s, i, end)
		shown := visible(s[ws:we])
		fixed := strings.Map(func(r rune) rune {
			if invisible(r) {
				return -1
			}
			return r
		}, s[ws:we])
		out = append(out, hit{i, end, fmt.Sprintf("has %s in %q; write %q", describeInvisible(s[i:end]), shown, fixed)})
		i = end
	}
	return out
}

// invisible reports whether r is a character concord reports as
// invisible: a format or control character other than tab and line ends.
func invisible(r rune) bool {
	switch r {
	case '\t', '\n', '\r':
		return false
	}
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)
}

// visible writes the invisible characters of s as [U+XXXX].
func visible(s string) string {
	var b strings.Builder
	for _, r := range s {
		if invisible(r) {
			fmt.Fprintf(&b, "[U+%04X]", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// describeInvisible names the characters of a run of invisible ones.
func describeInvisible(s string) string {
	var names []string
	for _, r := range s {
		var n string
		switch {
		case r == 0xAD:
			n = "a soft hyphen (U+00AD)"
		case r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF:
			n = fmt.Sprintf("a zero-width character (U+%04X)", r)
		case unicode.Is(unicode.Cc, r):
			n = fmt.Sprintf("a control character (U+%04X)", r)
		default:
			n = fmt.Sprintf("an invisible format character (U+%04X)", r)
		}
		if len(names) == 0 || names[len(names)-1] != n {
			names = append(names, n)
		}
	}
	return strings.Join(names, " and ")
}

// wordAround widens s[i:j] to the word around it: letters, digits and
// invisible characters on either side.
func wordAround(s string, i, j int) (int, int) {
	in := func(r rune) bool { return token.IsLetterRune(r) || unicode.IsDigit(r) || invisible(r) }
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !in(r) {
			break
		}
		i -= n
	}
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !in(r) {
			break
		}
		j += n
	}
	return i, j
}

// ArtefactMojibake reports text decoded with the wrong character set and
// characters lost in decoding.
var ArtefactMojibake = textArtefactCheck("artefact/mojibake", `mojibake or a character lost in decoding

UTF-8 text read as Windows-1252 turns "é" into "Ã©" and "’" into "â€™";
the message gives the repaired text. The replacement character U+FFFD
marks a character that was lost altogether.

  FR: la sociÃ©tÃ© civile   → société`,
	findMojibake)
