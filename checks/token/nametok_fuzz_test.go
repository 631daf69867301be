package token

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/checks/langdata"
)

// caseOfPlain is CaseOf written plainly, rune by rune with
// strings.FieldsFunc: the reference its fast paths must agree with.
func caseOfPlain(w string) Case {
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
		return LowerCase
	case uppers == letters && letters >= 2:
		return UpperCase
	}
	first := true
	ok := true
	for _, seg := range strings.FieldsFunc(w, IsJoiner) {
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
		if first && !unicode.IsUpper(r) && !langdata.NameParticles[FoldKey(seg)] {
			ok = false
		}
		first = false
	}
	if ok && uppers > 0 {
		return TitleCase
	}
	if uppers == 1 && letters == 1 {
		return TitleCase
	}
	return MixedCase
}

// FuzzCaseOf checks CaseOf against its plain reference.
func FuzzCaseOf(f *testing.F) {
	for _, w := range []string{"kazakhes", "Loukachenko", "Nour-Otan", "O'Brien", "McDonald", "OSCE", "CD&V", "YouTube", "DéFI", "électORALES", "d'Artagnan", "van-Dam", "--A", "É", "\xffA", "A\u2019\u2019b"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := CaseOf(w), caseOfPlain(w); got != want {
			t.Fatalf("caseOf(%q) = %d, want %d", w, got, want)
		}
	})
}

// splitWordsPlain is SplitWords written plainly, decoding every rune: the
// reference the ASCII fast paths of EachWord must agree with.
func splitWordsPlain(s string) []Word {
	var out []Word
	var prev Word
	first := true
	prevEnd := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !IsWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if IsWordRune(r) {
				i += n
				continue
			}
			if IsJoiner(r) && i+n < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+n:]); IsWordRune(r2) {
					i += n
					continue
				}
			}
			break
		}
		w := Word{Start: start, End: i, S: s[start:i], Gap: s[prevEnd:start]}
		w.SentStart = first || endsSentence(prev, w.Gap)
		out = append(out, w)
		prev, first = w, false
		prevEnd = i
	}
	return out
}

// FuzzSplitWordsPlain checks SplitWords against its plain reference.
func FuzzSplitWordsPlain(f *testing.F) {
	for _, s := range tokFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := SplitWords(s), splitWordsPlain(s); fmt.Sprint(got) != fmt.Sprint(want) {
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

// partsPlain is parts one rune at a time: the reference its eight-letter
// steps must agree with. Each part is cut as parts cuts it (appendPart: an
// acronym glued to a number is two parts).
func partsPlain(s string, ws []Word) []Part {
	var out []Part
	for wi, w := range ws {
		start := w.Start
		for i := w.Start; i < w.End; {
			r, n := utf8.DecodeRuneInString(s[i:])
			if IsJoiner(r) {
				if i > start {
					out = appendPart(out, s, start, i, wi)
				}
				start = i + n
			}
			i += n
		}
		if start < w.End {
			out = appendPart(out, s, start, w.End, wi)
		}
	}
	return out
}

// FuzzPartsPlain checks parts against its plain reference.
func FuzzPartsPlain(f *testing.F) {
	for _, s := range tokFuzzSeeds {
		f.Add(s)
	}
	f.Add("Mensenrechtenraad-VN Noord-Korea's CD&V Kazakhstanabcdefgh l’Organisation")
	f.Fuzz(func(t *testing.T, s string) {
		ws := SplitWords(s)
		if got, want := Parts(s, ws), partsPlain(s, ws); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	})
}

func TestWordsOffsets(t *testing.T) {
	s := "l'OSCE, d’ONU et le VN-Mensenrechtenraad (CD&V) mensen\u00adrechten"
	ws := SplitWords(s)
	var got []string
	for _, w := range ws {
		if s[w.Start:w.End] != w.S {
			t.Fatalf("word %q at %d:%d", w.S, w.Start, w.End)
		}
		got = append(got, w.S)
	}
	want := []string{"l'OSCE", "d’ONU", "et", "le", "VN-Mensenrechtenraad", "CD&V", "mensen\u00adrechten"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("splitWords = %q, want %q", got, want)
	}
	var ps []string
	for _, p := range Parts(s, ws) {
		ps = append(ps, p.S)
	}
	wantParts := []string{"l", "OSCE", "d", "ONU", "et", "le", "VN", "Mensenrechtenraad", "CD", "V", "mensen\u00adrechten"}
	if !reflect.DeepEqual(ps, wantParts) {
		t.Errorf("parts = %q, want %q", ps, wantParts)
	}
	if k := FoldKey("mensen\u00adrechten"); k != "mensenrechten" {
		t.Errorf("foldKey drops invisible characters: got %q", k)
	}
}

func TestCaseOf(t *testing.T) {
	tests := map[string]Case{
		"Loukachenko": TitleCase, "Nour-Otan": TitleCase, "D'Hondt": TitleCase, "McDonald": TitleCase,
		"ROHONYI": UpperCase, "CD&V": UpperCase, "kazakhes": LowerCase,
		"YouTube": MixedCase, "DéFI": MixedCase, "EU-Kazachstan": MixedCase, "électORALES": MixedCase,
	}
	for w, want := range tests {
		if got := CaseOf(w); got != want {
			t.Errorf("caseOf(%q) = %d, want %d", w, got, want)
		}
	}
}

// FuzzSplitWords checks that the words and parts of any text lie inside
// it, in order, without overlap.
func FuzzSplitWords(f *testing.F) {
	for _, s := range []string{
		"(déposée par Mme Sophie Rohonyi et M. François De Smet)",
		"l'OSCE, d’ONU, VN-Mensenrechtenraad, CD&V, mensen\u00adrechten",
		"Aigul Utепова", "'-'", "a'", "\u00ad\u00ad", "M. . A. Sabitov", "\xff\xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ws := SplitWords(s)
		prev := 0
		for _, w := range ws {
			if w.Start < prev || w.End <= w.Start || w.End > len(s) || s[w.Start:w.End] != w.S {
				t.Fatalf("bad word %+v in %q", w, s)
			}
			prev = w.End
		}
		for _, p := range Parts(s, ws) {
			if p.Start >= p.End || s[p.Start:p.End] != p.S {
				t.Fatalf("bad part %+v in %q", p, s)
			}
		}
	})
}
