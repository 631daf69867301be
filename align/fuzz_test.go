package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkDoc fails when a document's texts and maps do not hold together:
// every unit's segments sorted and inside its text, every offset mappable.
func checkDoc(t *testing.T, doc *Document) {
	t.Helper()
	for _, u := range doc.Units {
		checkText(t, &u.Text)
		if u.Body < 0 || u.Body > len(u.Text.S) {
			t.Fatalf("unit %s: body %d outside text of %d bytes", u.Key, u.Body, len(u.Text.S))
		}
	}
	for _, p := range doc.Pairs {
		if p.FR == nil && p.NL == nil {
			t.Fatalf("pair %s has no side", p.Key)
		}
	}
}

func checkText(t *testing.T, x *Text) {
	t.Helper()
	if !utf8.ValidString(x.S) {
		t.Fatalf("text %q is not UTF-8", x.S)
	}
	last := -1
	for _, s := range x.Segs {
		if s.Off < last || s.Off > len(x.S) {
			t.Fatalf("segment at %d after %d in a text of %d bytes", s.Off, last, len(x.S))
		}
		last = s.Off
	}
	for _, m := range x.Marks {
		if m.Start < 0 || m.End < m.Start || m.End > len(x.S) {
			t.Fatalf("mark %d–%d outside a text of %d bytes", m.Start, m.End, len(x.S))
		}
	}
	step := max(1, len(x.S)/256) // Pos costs the length of a run: sample
	for off := 0; off <= len(x.S); off += step {
		x.Pos(off)
	}
}

func fuzzSeed(f *testing.F, path string, max int) {
	data, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	if len(data) > max {
		data = data[:max]
	}
	f.Add(data)
}

// FuzzReadBytes feeds the single-file readers (block layout, pdftotext
// text, bitext sniffing) arbitrary input.
func FuzzReadBytes(f *testing.F) {
	fuzzSeed(f, "../testdata/kazakhstan.txt", 8000)
	fuzzSeed(f, "../testdata/corpus/56K1282002-policy-note.pdftotext.txt", 6000)
	f.Add([]byte("A. considérant que 3 \n\nA. overwegende dat 3\n"))
	f.Add([]byte("<i>PS</i>\t: <i>Parti Socialiste</i>\n\n18^e\n\n**x\n\n"))
	// UTF-16 with its mark: a text, a TSV and a TMX, read as their UTF-8.
	f.Add(append([]byte{0xff, 0xfe}, utf16Bytes("A. considérant que 3 😀\n\nA. overwegende dat 3\n", false)...))
	f.Add(append([]byte{0xfe, 0xff}, utf16Bytes("fr\tnl\r\nle 3 mars\top 3 maart\r\n", true)...))
	f.Add(append([]byte{0xff, 0xfe}, utf16Bytes(strings.Replace(tmxSample, "UTF-8", "UTF-16", 1), false)...))
	f.Fuzz(func(t *testing.T, data []byte) {
		defer boundAlloc(t, len(data))()
		doc, err := ReadBytes("fuzz", data, Options{})
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}

// FuzzFromTexts reads two monolingual texts, in blocks or flowing lines.
func FuzzFromTexts(f *testing.F) {
	fr, _ := os.ReadFile("../testdata/corpus/55K3342005-adopted-text.fr.txt")
	nl, _ := os.ReadFile("../testdata/corpus/55K3342005-adopted-text.nl.txt")
	f.Add(string(fr), string(nl))
	f.Add("A. considérant\n\nB. que", "A. overwegende\n\nB. dat")
	f.Add(strings.Repeat("A. x B. y 1. z ", 200), strings.Repeat("Art. 1 Art. 2 § 1er ", 200))
	// A coordinated text split across the streams (passages exchanged).
	cfr, _ := os.ReadFile("../testdata/checks/structure/coordinated-text-streams.txtar")
	if parts := strings.Split(string(cfr), "\n-- "); len(parts) >= 3 {
		f.Add(strings.TrimPrefix(parts[1], "fr --\n"), strings.TrimPrefix(parts[2], "nl --\n"))
	}
	f.Fuzz(func(t *testing.T, fr, nl string) {
		defer boundAlloc(t, len(fr)+len(nl))()
		doc, err := FromTexts("fuzz", fr, nl)
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}

func addSeedCorpus(f *testing.F) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		f.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	f.Add(string(data))
	f.Add(strings.Join(lines[90:160], "\n"))
	// Pages between furniture, read as a French run then a Dutch run.
	pages, _ := filepath.Glob("testdata/pageruns/*.txt")
	for _, p := range pages {
		if page, err := os.ReadFile(p); err == nil {
			f.Add(string(page))
		}
	}
	f.Add("A. considérant que **x\n\nB. *y*\n\tz\t:\n^{er}^")
	f.Add("<i>QRVA</i>\t<i>Questions</i>\t<i>QRVA</i>\t<i>Vragen</i>\n")
}

// FuzzBlockLayout reads arbitrary text in the block layout: no panic,
// every non-blank line in exactly one block, every position inside the
// input.
func FuzzBlockLayout(f *testing.F) {
	addSeedCorpus(f)
	f.Fuzz(func(t *testing.T, s string) {
		defer boundAlloc(t, len(s))()
		if !utf8.ValidString(s) && !hasUTF16BOM([]byte(s)) {
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

// FuzzFlowPairs reads arbitrary French and Dutch texts, flowing or in
// blocks, and checks that no pair is empty.
func FuzzFlowPairs(f *testing.F) {
	f.Add("A. considérant que x; B. considérant y;", "A. overwegende dat x; B. overwegende y;")
	f.Add(strings.Repeat("la Chambre des représentants, A. considérant que ", 100), strings.Repeat("verzoekt de federale regering: 1. x; 1.1. y; ", 100))
	f.Fuzz(func(t *testing.T, fr, nl string) {
		defer boundAlloc(t, len(fr)+len(nl))()
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

// FuzzCleanLinePlain checks that a line without markup is its own text
// (trimmed), mapped as CleanLine maps it reading rune by rune: the same
// line with a '<' that opens no tag after it.
func FuzzCleanLinePlain(f *testing.F) {
	for _, s := range []string{"", " a ", "Considérant que le 2 mars 2020", "\xff\xfe x", "a\u00a0 "} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, col int) {
		if strings.ContainsAny(s, "<*^") || col < 1 || col > 1<<20 {
			return
		}
		got := CleanLine(s, 7, col)
		if want := strings.TrimFunc(s, unicode.IsSpace); got.S != want || len(got.Marks) != 0 {
			t.Fatalf("CleanLine(%q) = %q with marks %v, want %q", s, got.S, got.Marks, want)
		}
		if got.S == "" {
			return
		}
		slow := CleanLine(s+"<", 7, col) // the trimmed line and '<', rune by rune
		for i := 0; i <= len(got.S); i++ {
			if a, b := got.Pos(i), slow.Pos(i); a != b {
				t.Fatalf("CleanLine(%q): offset %d at %v, read rune by rune at %v", s, i, a, b)
			}
		}
	})
}
