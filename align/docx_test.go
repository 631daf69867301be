package align

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Sentences of the reference document, without their labels: Word
// numbers the recitals and requests itself.
const (
	docxRecitalAFR = "considérant l'accord de partenariat et de coopération renforcée (APCR) entre l'Union européenne et ses États membres, d'une part, et la République du Kazakhstan, d'autre part, qui est entré entièrement en vigueur le 1er mars 2020;"
	docxRecitalANL = "verwijst naar de versterkte partnerschaps- en samenwerkingsovereenkomst tussen de Europese Unie en haar lidstaten, enerzijds, en de Republiek Kazachstan, anderzijds, die op 1 maart 2020 ten volle van kracht is geworden;"
	docxRecitalBFR = "considérant que le Kazakhstan est lié par la Déclaration universelle des droits de l'homme;"
	docxRecitalBNL = "geeft aan dat Kazachstan is gebonden door de Universele Verklaring van de Rechten van de Mens;"
	docxRequestFR  = "d'inviter urgentement le Kazakhstan à respecter ses engagements internationaux relatifs aux droits de l'homme;"
	docxRequestNL  = "Kazachstan dringend te verzoeken zijn internationale verbintenissen in verband met de mensenrechten na te leven;"
)

// docxPara writes a w:p whose text is split over two runs (as Word does
// at a change of formatting), tagged with lang unless it is empty, and
// numbered by list numID unless it is empty.
func docxParaXML(text, lang, numID string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if numID != "" {
		b.WriteString(`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + numID + `"/></w:numPr><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:pPr>`)
	}
	half := strings.IndexByte(text, ' ')
	if half < 0 {
		half = len(text)
	}
	for _, part := range []string{text[:half], text[half:]} {
		if part == "" {
			continue
		}
		b.WriteString("<w:r>")
		if lang != "" {
			b.WriteString(`<w:rPr><w:lang w:val="` + lang + `"/></w:rPr>`)
		}
		b.WriteString(`<w:t xml:space="preserve">` + xmlEscapeText(part) + "</w:t></w:r>")
	}
	b.WriteString("</w:p>")
	return b.String()
}

var xmlEscapeText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace

func docxRowXML(left, right string) string {
	return "<w:tr><w:tc>" + left + "</w:tc><w:tc>" + right + "</w:tc></w:tr>"
}

// sampleDOCX builds a Word draft: the kind of document in French and
// Dutch paragraphs tagged with w:lang, then a two-column table, Dutch on
// the left (tagged) and French on the right (untagged), whose recitals
// and requests are numbered by numbering.xml, each column its own list.
func sampleDOCX(t testing.TB) []byte {
	t.Helper()
	body := docxParaXML("PROPOSITION DE RÉSOLUTION", "fr-BE", "") +
		docxParaXML("VOORSTEL VAN RESOLUTIE", "nl-BE", "") +
		"<w:tbl><w:tblPr/>" +
		docxRowXML(docxParaXML("DE KAMER VAN VOLKSVERTEGENWOORDIGERS,", "nl-BE", ""), docxParaXML("LA CHAMBRE DES REPRÉSENTANTS,", "", "")) +
		docxRowXML(docxParaXML(docxRecitalANL, "nl-BE", "1"), docxParaXML(docxRecitalAFR, "", "2")) +
		docxRowXML(docxParaXML(docxRecitalBNL, "nl-BE", "1"), docxParaXML(docxRecitalBFR, "", "2")) +
		docxRowXML(docxParaXML("VERZOEKT DE FEDERALE REGERING:", "nl-BE", ""), docxParaXML("DEMANDE AU GOUVERNEMENT FÉDÉRAL:", "", "")) +
		docxRowXML(docxParaXML(docxRequestNL, "nl-BE", "3"), docxParaXML(docxRequestFR, "", "4")) +
		"</w:tbl>"
	files := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `<w:sectPr/></w:body></w:document>`,
		"word/numbering.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`,
		"word/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`,
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "word/document.xml", "word/numbering.xml", "word/styles.xml"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(files[name]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadDOCX(t *testing.T) {
	path := filepath.Join(t.TempDir(), "draft.docx")
	if err := os.WriteFile(path, sampleDOCX(t), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := ReadFile(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Layout != "docx" {
		t.Errorf("layout %q", doc.Layout)
	}
	want := []struct{ key, fr, nl string }{
		{"front:kind", "PROPOSITION DE RÉSOLUTION", "VOORSTEL VAN RESOLUTIE"},
		{"heading:chamber", "LA CHAMBRE DES REPRÉSENTANTS,", "DE KAMER VAN VOLKSVERTEGENWOORDIGERS,"},
		{"recital:A", "A. " + docxRecitalAFR, "A. " + docxRecitalANL},
		{"recital:B", "B. " + docxRecitalBFR, "B. " + docxRecitalBNL},
		{"heading:requests", "DEMANDE AU GOUVERNEMENT FÉDÉRAL:", "VERZOEKT DE FEDERALE REGERING:"},
		{"request:1", "1. " + docxRequestFR, "1. " + docxRequestNL},
	}
	if len(doc.Pairs) != len(want) {
		for _, p := range doc.Pairs {
			t.Logf("%s: %+v / %+v", p.Key, p.FR, p.NL)
		}
		t.Fatalf("%d pairs, want %d", len(doc.Pairs), len(want))
	}
	for i, w := range want {
		p := doc.Pairs[i]
		if p.Key != w.key || p.FR == nil || p.NL == nil || p.FR.Text.S != w.fr || p.NL.Text.S != w.nl {
			t.Errorf("pair %d: %s %+v / %+v, want %s %q / %q", i, p.Key, p.FR, p.NL, w.key, w.fr, w.nl)
		}
	}
	// Recital A's French text is paragraph 6 of the body (the two
	// paragraphs, then the table's cells row by row); the label Word adds
	// maps to its start, and so does the text.
	fr := doc.Pairs[2].FR.Text
	if p := fr.Pos(strings.Index(fr.S, "considérant")); p.Line != 6 || p.Col != 1 {
		t.Errorf("recital A FR text at %d:%d, want 6:1", p.Line, p.Col)
	}
	if p := fr.Pos(strings.Index(fr.S, "l'accord")); p.Line != 6 || p.Col != 13 {
		t.Errorf("\"l'accord\" at %d:%d, want 6:13", p.Line, p.Col)
	}
	// The same document on standard input.
	doc2, err := ReadBytes("-", sampleDOCX(t), Options{})
	if err != nil || len(doc2.Pairs) != len(want) {
		t.Errorf("from bytes: %v, %d pairs", err, len(doc2.Pairs))
	}
}

func TestReadDOCXNotWord(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("hello.txt")
	w.Write([]byte("hello"))
	zw.Close()
	if _, err := ReadBytes("x.zip", buf.Bytes(), Options{}); !errors.Is(err, ErrNotDOCX) {
		t.Errorf("err = %v, want ErrNotDOCX", err)
	}
	if _, err := ReadBytes("x.docx", []byte("PK\x03\x04 broken"), Options{}); !errors.Is(err, ErrNotDOCX) {
		t.Errorf("err = %v, want ErrNotDOCX", err)
	}
}

func TestFormatNum(t *testing.T) {
	for _, c := range []struct {
		n    int
		f    string
		want string
	}{{1, "upperLetter", "A"}, {26, "upperLetter", "Z"}, {27, "upperLetter", "AA"}, {28, "lowerLetter", "bb"}, {4, "upperRoman", "IV"}, {14, "lowerRoman", "xiv"}, {7, "decimal", "7"}} {
		if got := formatNum(c.n, c.f); got != c.want {
			t.Errorf("formatNum(%d, %s) = %q, want %q", c.n, c.f, got, c.want)
		}
	}
}

func BenchmarkReadDOCX(b *testing.B) {
	data := sampleDOCX(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadBytes("draft.docx", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzReadDOCXBody(f *testing.F) {
	data := sampleDOCX(f)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		f.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == "word/document.xml" {
			rc, _ := zf.Open()
			var b bytes.Buffer
			b.ReadFrom(rc)
			rc.Close()
			f.Add(b.String())
		}
	}
	f.Add(`<w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`)
	f.Fuzz(func(t *testing.T, body string) {
		defer boundAlloc(t, len(body))()
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("word/document.xml")
		w.Write([]byte(body))
		zw.Close()
		doc, err := ReadBytes("f.docx", buf.Bytes(), Options{})
		if err != nil {
			return
		}
		for _, b := range doc.Blocks {
			checkTextMap(t, b.Text, 1<<30)
		}
	})
}

// TestDOCXBounds: a numbering that starts at 10¹² in letters is written in
// digits, not as a label of 40 GB.
func TestDOCXBounds(t *testing.T) {
	if got := formatNum(1_000_000_000_000, "upperLetter"); got != "1000000000000" {
		t.Errorf("formatNum(1e12, upperLetter) = %.20q", got)
	}
	if got := formatNum(27, "upperLetter"); got != "AA" {
		t.Errorf("formatNum(27, upperLetter) = %q, want AA", got)
	}
}
