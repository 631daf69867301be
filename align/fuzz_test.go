package align

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func addSeedCorpus(f *testing.F) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		f.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	f.Add(string(data))
	f.Add(strings.Join(lines[90:160], "\n"))
	f.Add("A. considérant que **x\n\nB. *y*\n\tz\t:\n^{er}^")
	f.Add("<i>QRVA</i>\t<i>Questions</i>\t<i>QRVA</i>\t<i>Vragen</i>\n")
}

// FuzzReadBytes reads arbitrary text as a bilingual document: no panic,
// every non-blank line in exactly one block, every position inside the
// input.
func FuzzReadBytes(f *testing.F) {
	addSeedCorpus(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			if _, err := ReadBytes("fuzz", []byte(s), Options{}); err == nil {
				t.Fatal("invalid UTF-8 accepted")
			}
			return
		}
		src, err := Decode("fuzz", []byte(s), "")
		if err != nil {
			return
		}
		blocks := BlockLayout(src)
		checkNothingLost(t, src, blocks)
		doc := build("blocks", "fuzz", "fuzz", "fuzz", blocks)
		checkPositions(t, src, doc)
	})
}

// FuzzFromTexts reads arbitrary French and Dutch texts, flowing or in
// blocks.
func FuzzFromTexts(f *testing.F) {
	f.Add("A. considérant que x; B. considérant y;", "A. overwegende dat x; B. overwegende y;")
	f.Add(strings.Repeat("la Chambre des représentants, A. considérant que ", 100), strings.Repeat("verzoekt de federale regering: 1. x; 1.1. y; ", 100))
	f.Fuzz(func(t *testing.T, fr, nl string) {
		doc, err := FromTexts("fuzz", fr, nl)
		if err != nil {
			return
		}
		for _, p := range doc.Pairs {
			if p.FR == nil && p.NL == nil {
				t.Fatalf("%s: empty pair", p.Key)
			}
		}
	})
}

// FuzzCleanLine checks that markup removal never maps text outside the
// line.
func FuzzCleanLine(f *testing.F) {
	for _, s := range []string{"**bold** *it* <i>x</i> 18^e 1^{er}", "*", "^{", "<i><b>", "a*b*c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\n\r") {
			return
		}
		txt := CleanLine(s, 1, 1)
		n := utf8.RuneCountInString(s)
		for i := range txt.S {
			p := txt.Pos(i)
			if p.Line != 1 || p.Col < 1 || p.Col > n {
				t.Fatalf("offset %d of %q maps to %d:%d in %q", i, txt.S, p.Line, p.Col, s)
			}
		}
	})
}

func checkPositions(t *testing.T, src *Source, doc *Document) {
	t.Helper()
	for _, u := range doc.Units {
		for i := 0; i < len(u.Text.S); i += 7 {
			p := u.Text.Pos(i)
			if p.Line < 1 || p.Line > len(src.Lines) {
				t.Fatalf("%s: offset %d maps to line %d of %d", u.Key, i, p.Line, len(src.Lines))
			}
			if p.Col < 1 || p.Col > utf8.RuneCountInString(src.Lines[p.Line-1])+1 {
				t.Fatalf("%s: offset %d maps to column %d of line %d (%q)", u.Key, i, p.Col, p.Line, src.Lines[p.Line-1])
			}
		}
	}
}
