package checks

import (
	"fmt"
	"maps"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/checks/langdata"
)

// caseOfPlain is caseOf written plainly, rune by rune with
// strings.FieldsFunc: the reference its fast paths must agree with.
func caseOfPlain(w string) letterCase {
	letters, uppers := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
		}
	}
	switch {
	case uppers == 0:
		return lowerCase
	case uppers == letters && letters >= 2:
		return upperCase
	}
	first := true
	ok := true
	for _, seg := range strings.FieldsFunc(w, isJoiner) {
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

// FuzzCaseOf checks caseOf against its plain reference.
func FuzzCaseOf(f *testing.F) {
	for _, w := range []string{"kazakhes", "Loukachenko", "Nour-Otan", "O'Brien", "McDonald", "OSCE", "CD&V", "YouTube", "DéFI", "électORALES", "d'Artagnan", "van-Dam", "--A", "É", "\xffA", "A\u2019\u2019b"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := caseOf(w), caseOfPlain(w); got != want {
			t.Fatalf("caseOf(%q) = %d, want %d", w, got, want)
		}
	})
}

// splitWordsPlain is splitWords written plainly, decoding every rune: the
// reference the ASCII fast paths of eachWord must agree with.
func splitWordsPlain(s string) []tword {
	var out []tword
	var prev tword
	first := true
	prevEnd := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isNameRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
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
		w := tword{Start: start, End: i, S: s[start:i], Gap: s[prevEnd:start]}
		w.SentStart = first || endsSentence(prev, w.Gap)
		out = append(out, w)
		prev, first = w, false
		prevEnd = i
	}
	return out
}

// FuzzSplitWordsPlain checks splitWords against its plain reference.
func FuzzSplitWordsPlain(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := splitWords(s), splitWordsPlain(s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	})
}

// FuzzFolderKey checks that the fast paths of both folders (ASCII, Latin-1
// letters, the cache) give the key the transformer chain gives.
func FuzzFolderKey(f *testing.F) {
	for _, w := range []string{"Référendum", "ÉTAT", "Straße", "ªº", "µ", "Ærø", "naïve", "Ÿ", "e\u0301", "l’État", "\xc3", "ÿ\u0308", "Ä\u00ad", "ǅ", "ﬁ", "½"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if !utf8.ValidString(w) {
			return
		}
		for _, fl := range []*folder{wordFolder, keyFolder} {
			want := fl.transformKey(w)
			for range 2 { // the second time from the table of remembered keys
				if got := fl.key(w); got != want {
					t.Fatalf("key(%q) = %q, want %q", w, got, want)
				}
			}
		}
	})
}

// commonWordsPlain is commonWords as first written, on eachWord's words.
func commonWordsPlain(texts ...string) langdata.WordSet {
	set := langdata.WordSet{}
	for _, s := range texts {
		eachWord(s, func(w tword) {
			if caseOf(w.S) == lowerCase {
				w = stripElision(w)
				set[foldKey(w.S)] = true
			}
		})
	}
	return set
}

// FuzzCommonWords checks commonWords against the plain code.
func FuzzCommonWords(f *testing.F) {
	f.Add("l'OSCE et d'Astana, qu'il aujourd’hui", "Noord-Korea, de heer Tokajev. 177 000")
	f.Add("d\u2019Ouzbékistan l'été ÉTATS-UNIS", "")
	f.Add("\xffl'a", "ǅemal ﬁnale")
	f.Fuzz(func(t *testing.T, a, b string) {
		got, want := commonWords(a, b), commonWordsPlain(a, b)
		if !maps.Equal(got, want) {
			t.Fatalf("commonWords(%q, %q) = %v, the plain code %v", a, b, got, want)
		}
	})
}

// partsPlain is parts one byte or rune at a time: the reference its
// eight-letter steps must agree with.
func partsPlain(s string, ws []tword) []part {
	var out []part
	for wi, w := range ws {
		start := w.Start
		for i := w.Start; i < w.End; {
			r, n := utf8.DecodeRuneInString(s[i:])
			if isJoiner(r) {
				if i > start {
					out = append(out, part{start, i, s[start:i], wi})
				}
				start = i + n
			}
			i += n
		}
		if start < w.End {
			out = append(out, part{start, w.End, s[start:w.End], wi})
		}
	}
	return out
}

// FuzzPartsPlain checks parts against its plain reference.
func FuzzPartsPlain(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("Mensenrechtenraad-VN Noord-Korea's CD&V Kazakhstanabcdefgh l’Organisation")
	f.Fuzz(func(t *testing.T, s string) {
		ws := splitWords(s)
		if got, want := parts(s, ws), partsPlain(s, ws); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	})
}

// FuzzNameWordShortcut checks what extractNames takes for granted of an
// ASCII word without capitals: stripElision leaves it, caseOf finds it in
// lower case and foldKey returns it.
func FuzzNameWordShortcut(f *testing.F) {
	for _, s := range []string{"l'osce d'alexandre qu'il", "mensen-rechten", "cd&v", "x", "l'Etat", "ÉTAT"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range splitWords(s) {
			if ascii, upper := asciiCaseOf(w.S); !ascii || upper {
				continue
			}
			if got := stripElision(w); got != w {
				t.Fatalf("stripElision(%+v) = %+v", w, got)
			}
			if c := caseOf(w.S); c != lowerCase {
				t.Fatalf("caseOf(%q) = %v, want lower case", w.S, c)
			}
			if k := foldKey(w.S); k != w.S {
				t.Fatalf("foldKey(%q) = %q", w.S, k)
			}
		}
	})
}
