package align

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

const budgetPDF = "../testdata/corpus/56K1468001-budget-adjustment.pdf"

// needPdftotext skips a test when poppler's pdftotext is not installed,
// and says so.
func needPdftotext(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed (apt-get install poppler-utils): ", err)
	}
}

func TestReadPDFBudget(t *testing.T) {
	needPdftotext(t)
	doc, err := ReadPDF(context.Background(), budgetPDF)
	if err != nil {
		t.Fatal(err)
	}
	pages := map[int]bool{}
	for _, b := range doc.Blocks {
		pages[b.Page] = true
	}
	if len(pages) != 195 {
		t.Errorf("%d pages have blocks, want 195", len(pages))
	}
	// On text pages Dutch stands in the left column, French in the right.
	var left, right [3]int
	for _, b := range doc.Blocks {
		if b.Kind != Para || b.Lang == Neutral {
			continue
		}
		switch b.Text.Pos(0).Column {
		case 1:
			left[b.Lang]++
		case 2:
			right[b.Lang]++
		}
	}
	if left[NL] < 10*left[FR] || right[FR] < 10*right[NL] {
		t.Errorf("left column fr/nl %d/%d, right %d/%d: want NL left, FR right", left[FR], left[NL], right[FR], right[NL])
	}
	// Page 30: the explanation of primary expenditure, paired.
	found := false
	for _, p := range doc.Pairs {
		if p.FR != nil && strings.HasPrefix(p.FR.Text.S, "Il convient de noter que le concept de dépenses primaires") {
			found = true
			if p.NL == nil || !strings.HasPrefix(p.NL.Text.S, "Hierbij dient te worden opgemerkt dat het begrip primaire uitgaven") {
				t.Errorf("%s: FR paired with %+v", p.Key, p.NL)
			}
			pos := p.FR.Text.Pos(0)
			if pos.Page != 30 || pos.Column != 2 || pos.Line != 1 {
				t.Errorf("FR paragraph at page %d column %d line %d, want 30/2/1", pos.Page, pos.Column, pos.Line)
			}
		}
	}
	if !found {
		t.Error("page 30's first French paragraph not found")
	}
	// Table 3 (page 10) is set aside, not mixed into prose.
	for _, u := range doc.Units {
		if strings.Contains(u.Text.S, "194.378") || strings.Contains(u.Text.S, "201.982") {
			t.Errorf("%s: table figures in prose: %q", u.Key, u.Text.S)
		}
	}
	tableRows := 0
	for _, b := range doc.Blocks {
		if b.Kind == Noise && b.Table == "table" && b.Page == 10 {
			tableRows++
		}
	}
	if tableRows < 20 {
		t.Errorf("page 10: %d table rows set aside, want the table's 20 and more", tableRows)
	}
}

func TestReadPDFWithoutPdftotext(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := ReadPDF(context.Background(), budgetPDF)
	if !errors.Is(err, ErrNoPdftotext) || !strings.Contains(err.Error(), "apt-get install poppler-utils") {
		t.Errorf("err = %v, want the install hint", err)
	}
}

// bboxSample is pdftotext -bbox-layout output cut down to a line of page
// 30 of the budget document and a table row crossing the gutter, then a
// second page with a clean gutter, which the first page's gutter follows.
const bboxSample = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">
<head><title>t</title></head><body><doc>
<page width="595.276000" height="841.890000"><flow><block><line>
<word xMin="50.0" yMin="90.5" xMax="78.0" yMax="104.1">Hierbij</word>
<word xMin="85.0" yMin="90.5" xMax="106.0" yMax="104.1">dient</word>
<word xMin="113.0" yMin="90.5" xMax="122.0" yMax="104.1">te</word>
<word xMin="129.0" yMin="90.5" xMax="161.0" yMax="104.1">worden</word>
<word xMin="168.0" yMin="90.5" xMax="215.0" yMax="104.1">opgemerkt</word>
<word xMin="222.0" yMin="90.5" xMax="236.0" yMax="104.1">dat</word>
<word xMin="243.0" yMin="90.5" xMax="257.0" yMax="104.1">het</word>
<word xMin="264.0" yMin="90.5" xMax="292.0" yMax="104.1">begrip</word>
<word xMin="303.0" yMin="90.5" xMax="308.0" yMax="104.1">Il</word>
<word xMin="314.0" yMin="90.5" xMax="351.0" yMax="104.1">convient</word>
<word xMin="358.0" yMin="90.5" xMax="369.0" yMax="104.1">de</word>
<word xMin="375.0" yMin="90.5" xMax="398.0" yMax="104.1">noter</word>
<word xMin="405.0" yMin="90.5" xMax="421.0" yMax="104.1">que</word>
<word xMin="428.0" yMin="90.5" xMax="436.0" yMax="104.1">le</word>
<word xMin="442.0" yMin="90.5" xMax="477.0" yMax="104.1">concept</word>
<word xMin="484.0" yMin="90.5" xMax="495.0" yMax="104.1">de</word>
<word xMin="501.0" yMin="90.5" xMax="545.0" yMax="104.1">dépenses</word>
<word xMin="546.0" yMin="88.0" xMax="550.0" yMax="96.0">1</word>
</line></block></flow>
<flow><block><line>
<word xMin="51.0" yMin="234.0" xMax="81.0" yMax="243.0">Inkomsten</word>
<word xMin="231.0" yMin="234.0" xMax="253.0" yMax="243.0">194.378</word>
<word xMin="281.0" yMin="234.0" xMax="308.0" yMax="243.0">201.982</word>
<word xMin="385.0" yMin="234.0" xMax="411.0" yMax="243.0">Recettes</word>
</line></block></flow>
</page>
<page width="595.276000" height="841.890000"><flow><block><line>
<word xMin="50.0" yMin="102.0" xMax="86.0" yMax="115.6">primaire</word>
<word xMin="89.0" yMin="102.0" xMax="127.0" yMax="115.6">uitgaven</word>
<word xMin="276.0" yMin="102.0" xMax="292.0" yMax="115.6">van</word>
<word xMin="303.0" yMin="102.0" xMax="344.0" yMax="115.6">primaires</word>
<word xMin="349.0" yMin="102.0" xMax="375.0" yMax="115.6">utilisé</word>
</line></block></flow></page>
</doc></body></html>
`

func TestPDFLayoutSample(t *testing.T) {
	pages, err := ReadBBox(strings.NewReader(bboxSample))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 || len(pages[0].Words) != 22 {
		t.Fatalf("%d pages, %d words", len(pages), len(pages[0].Words))
	}
	blocks := PDFLayout(pages)
	var paras []Block
	table := 0
	for _, b := range blocks {
		switch {
		case b.Kind == Para:
			paras = append(paras, b)
		case b.Table == "table":
			table++
		}
	}
	if len(paras) != 2 || table != 1 {
		t.Fatalf("%d paragraphs, %d table rows: %+v", len(paras), table, blocks)
	}
	// Both paragraphs go on at the top of page 2.
	if paras[0].Text.S != "Hierbij dient te worden opgemerkt dat het begrip primaire uitgaven van" || paras[0].Col != NL {
		t.Errorf("left column: %q %v", paras[0].Text.S, paras[0].Col)
	}
	// The raised small "1" is a footnote marker and is left out.
	if paras[1].Text.S != "Il convient de noter que le concept de dépenses primaires utilisé" || paras[1].Col != FR {
		t.Errorf("right column: %q %v", paras[1].Text.S, paras[1].Col)
	}
	p := paras[1].Text.Pos(strings.Index(paras[1].Text.S, "noter"))
	if p != (Pos{Line: 1, Col: 16, Page: 1, Column: 2}) {
		t.Errorf("\"noter\" at %+v, want line 1 col 16 page 1 column 2", p)
	}
}

func BenchmarkPDFLayout(b *testing.B) {
	needPdftotext(b)
	out, err := exec.Command("pdftotext", "-bbox-layout", budgetPDF, "-").Output()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(out)))
	for b.Loop() {
		pages, err := ReadBBox(bytes.NewReader(out))
		if err != nil {
			b.Fatal(err)
		}
		PDFLayout(pages)
	}
}

func FuzzReadBBox(f *testing.F) {
	f.Add(bboxSample)
	f.Add(`<page width="10" height="10"><word xMin="1" yMin="1" xMax="2" yMax="2">a&amp;</word></page>`)
	// A page of a declared width no PDF allows: the column finder sized its
	// coverage by it and allocated 19 GB (issue 17, case 1).
	f.Add(`<page width="5959276000" height="842"><line><word xMin="1" yMin="1" xMax="2" yMax="2">a</word></line></page>`)
	f.Add(`<page width="1e9" height="1e9"><word xMin="-1e300" yMin="1" xMax="NaN" yMax="2">a</word></page>`)
	f.Fuzz(func(t *testing.T, s string) {
		defer boundAlloc(t, len(s))()
		pages, err := ReadBBox(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, b := range PDFLayout(pages) {
			checkTextMap(t, b.Text, 1<<30)
		}
	})
}

func TestMain(m *testing.M) {
	if _, err := os.Stat(budgetPDF); err != nil {
		os.Stderr.WriteString("missing " + budgetPDF + "\n")
	}
	os.Exit(m.Run())
}

// TestReadBBoxBounds: pdftotext output that declares more than a PDF can
// hold is refused with one line, before anything is sized by it.
func TestReadBBoxBounds(t *testing.T) {
	word := `<word xMin="1" yMin="1" xMax="2" yMax="2">a</word>`
	for _, tc := range []struct{ in, want string }{
		{`<page width="5959276000" height="842">` + word + `</page>`, "page 1: size 5.959276e+09 × 842 points is out of range"},
		{`<page width="595" height="-1">` + word + `</page>`, "out of range"},
		{`<page width="NaN" height="842">` + word + `</page>`, "out of range"},
		{`<page width="595" height="842"><word xMin="1" yMin="1" xMax="1e300" yMax="2">a</word></page>`, "box coordinate 1e+300 is out of range"},
		{`<page width="595" height="842"><word xMin="1" yMin="1" xMax="Inf" yMax="2">a</word></page>`, "out of range"},
		{strings.Repeat("<a>", maxBBoxNest+1), "nested more than"},
		{`<page width="595" height="842"><word xMin="1" yMin="1" xMax="2" yMax="2">` + strings.Repeat("x", maxWordLen+1) + `</word></page>`, "a word of 4097 bytes"},
	} {
		_, err := ReadBBox(strings.NewReader(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ReadBBox(%.60q) = %v, want an error with %q", tc.in, err, tc.want)
		}
	}
	// Deep but legal nesting, and a page of the largest size, still read.
	ok := `<html><body><doc><page width="14400" height="14400"><flow><block><line>` + word + `</line></block></flow></page></doc></body></html>`
	if pages, err := ReadBBox(strings.NewReader(ok)); err != nil || len(pages) != 1 || len(pages[0].Words) != 1 {
		t.Errorf("ReadBBox(largest page) = %v, %v", pages, err)
	}
}
