package align

import (
	"bytes"
	"os"
	"strings"
	"testing"
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
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadBytes("fuzz", data, Options{})
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}

// FuzzPdftotextLayout reads arbitrary text as pdftotext -layout output.
func FuzzPdftotextLayout(f *testing.F) {
	fuzzSeed(f, "../testdata/corpus/56K0055002-committee-report.pdftotext.txt", 8000)
	f.Add([]byte("   PROPOSITION DE LOI                 WETSVOORSTEL\n\f2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := Decode("fuzz", data, "")
		if err != nil {
			return
		}
		for _, b := range PdftotextLayout(src) {
			checkText(t, &b.Text)
		}
	})
}

// FuzzFromTexts reads two monolingual texts, in blocks or flowing lines.
func FuzzFromTexts(f *testing.F) {
	fr, _ := os.ReadFile("../testdata/corpus/55K3342005-adopted-text.fr.txt")
	nl, _ := os.ReadFile("../testdata/corpus/55K3342005-adopted-text.nl.txt")
	f.Add(string(fr), string(nl))
	f.Add("A. considérant\n\nB. que", "A. overwegende\n\nB. dat")
	f.Add(strings.Repeat("A. x B. y 1. z ", 200), strings.Repeat("Art. 1 Art. 2 § 1er ", 200))
	f.Fuzz(func(t *testing.T, fr, nl string) {
		doc, err := FromTexts("fuzz", fr, nl)
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}

// FuzzReadBBox reads arbitrary pdftotext -bbox XHTML.
func FuzzReadBBox(f *testing.F) {
	f.Add([]byte(`<html><body><doc><page width="595" height="842"><word xMin="1" yMin="2" xMax="3" yMax="4">A.</word></page></doc></body></html>`))
	f.Add([]byte(`<page width="x"><word xMin="NaN">&amp;</word><word>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		pages, err := ReadBBox(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, b := range PDFLayout(pages) {
			checkText(t, &b.Text)
		}
	})
}

// FuzzReadTMX reads arbitrary TMX.
func FuzzReadTMX(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0"?><tmx version="1.4"><header srclang="fr"/><body><tu tuid="recital:A"><tuv xml:lang="fr"><seg>A. considérant <bpt i="1">x</bpt>3</seg></tuv><tuv xml:lang="nl"><seg>A. overwegende 3</seg></tuv></tu></body></tmx>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadTMX("fuzz", bytes.NewReader(data))
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}

// FuzzReadXLIFF reads arbitrary XLIFF 1.2 and 2.0.
func FuzzReadXLIFF(f *testing.F) {
	f.Add([]byte(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr-BE" trgLang="nl-BE"><file id="f1"><unit id="u1"><segment><source>A. considérant 3</source><target>A. overwegende 3</target></segment></unit></file></xliff>`))
	f.Add([]byte(`<xliff version="1.2"><file source-language="fr" target-language="nl"><body><trans-unit id="1"><source>x<g id="1">y</g></source><target>z</target></trans-unit></body></file></xliff>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadXLIFF("fuzz", bytes.NewReader(data))
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}

// FuzzReadTSV reads arbitrary tab-separated bitexts.
func FuzzReadTSV(f *testing.F) {
	f.Add([]byte("fr\tnl\nA. considérant 3\tA. overwegende 3\n"))
	f.Add([]byte("id\tx\ty\n\ufeffnl\tfr\r\n\t\t\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadTSV("fuzz", bytes.NewReader(data))
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}
