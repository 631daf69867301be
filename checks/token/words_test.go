package token

import (
	"fmt"
	"testing"
	"unicode"
	"unicode/utf8"
)

// fuzzSeeds are texts with the artefacts concord looks for: broken
// ligatures, mojibake, invisible characters, numbers.
var tokFuzzSeeds = []string{
	"met links het defi nitieve integraal verslag",
	"un défi majeur; en fin de compte",
	"Aigul Utепова et Kazakhstαn",
	"des irrégularités électORALES systéMIques, DéFI, CD&V, cdH",
	"al te ruim opgevattte artikelen, www.cccggc.brussels",
	"lâ€™Union europÃ©enne ÃƒÂ© \ufffd",
	"mensen\u00adrechten com\u200bmission PS\u0008",
	"mensen- rechten, partnerschaps- en samenwerkingsovereenkomst, woonzorg\u2011 centra",
	"N. considérant que la loi (art. 5; al. 2) a été adoptée; considérant \"qu'elle; non\". Celle-ci souligne M. Dupont.",
	"177 000 partisans, 27.297 Belges, 5,2 milliards",
	"",
	"\xff\xfe invalid",
}

// FuzzLetterBefore checks AlnumBefore and AlnumAt, which read an ASCII
// byte without decoding it, against the plain decoding at every offset.
func FuzzLetterBefore(f *testing.F) {
	for _, s := range []string{"", "art. 3, §2", "l’État 18ᵉ", "ab\xc3", "\x80a9", "Ｄｏｃ ٣"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			want := false
			if i > 0 {
				r, _ := utf8.DecodeLastRuneInString(s[:i])
				want = unicode.IsLetter(r) || unicode.IsDigit(r)
			}
			if got := AlnumBefore(s, i); got != want {
				t.Fatalf("letterBefore(%q, %d) = %v, want %v", s, i, got, want)
			}
			want = false
			if i < len(s) {
				r, _ := utf8.DecodeRuneInString(s[i:])
				want = unicode.IsLetter(r) || unicode.IsDigit(r)
			}
			if got := AlnumAt(s, i); got != want {
				t.Fatalf("letterAt(%q, %d) = %v, want %v", s, i, got, want)
			}
		}
	})
}

// wordEndPlain is LettersEnd one rune at a time: the reference its eight-byte
// steps must agree with.
func wordEndPlain(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return i
}

// FuzzWordEnd checks LettersEnd against its plain reference at every offset.
func FuzzWordEnd(f *testing.F) {
	for _, s := range []string{"", "considérant", "Kazakhstanabcdefgh ijklmnop", "ABCDEFGH@[`{abcdefghijklmnopqrstuvwxyzZ", "verwijst\u00a0naar", "abcdefg\xffhijklmn", "Ｄｏｃｕｍｅｎｔ", "mensen\u00adrechten"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			if got, want := LettersEnd(s, i), wordEndPlain(s, i); got != want {
				t.Fatalf("wordEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	})
}

// letterRunsPlain is LetterRuns written plainly, rune by rune: the
// reference the ASCII fast path of EachLetterRun must agree with.
func letterRunsPlain(s string) []Run {
	var out []Run
	start := -1
	for i, r := range s {
		if IsLetterRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, Run{s[start:i], start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, Run{s[start:], start, len(s)})
	}
	return out
}

// FuzzLetterRunsPlain checks LetterRuns and countLetterRuns against the
// plain reference.
func FuzzLetterRunsPlain(f *testing.F) {
	for _, s := range tokFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := letterRunsPlain(s)
		if got := LetterRuns(s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
		if n := CountLetterRuns(s); n != len(want) {
			t.Fatalf("%q: count %d, want %d", s, n, len(want))
		}
	})
}

// FuzzLetterRuns checks that the word tokenizer returns ordered, non-empty
// spans that hold exactly the text they claim.
func FuzzLetterRuns(f *testing.F) {
	for _, s := range tokFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, w := range LetterRuns(s) {
			if w.Start < prev || w.Start >= w.End || w.End > len(s) || s[w.Start:w.End] != w.S {
				t.Fatalf("bad run %+v in %q", w, s)
			}
			prev = w.End
		}
	})
}
