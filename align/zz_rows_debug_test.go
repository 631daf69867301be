package align

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// TestDumpRows prints the rows of page $PAGE of $PDF with gaps and kinds.
func TestDumpRows(t *testing.T) {
	pdf, pg := os.Getenv("PDF"), os.Getenv("PAGE")
	if pdf == "" {
		t.Skip()
	}
	out, err := exec.Command("pdftotext", "-bbox-layout", "-f", pg, "-l", pg, pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages, err := ReadBBox(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	p := &pages[0]
	all, _ := exec.Command("pdftotext", "-bbox-layout", pdf, "-").Output()
	allp, _ := ReadBBox(bytes.NewReader(all))
	n0, _ := strconv.Atoi(pg)
	g, cov := pageGutters(allp)[n0-1], 0
	_, rows := splitPage(p, g)
	n, _ := strconv.Atoi(pg)
	fmt.Printf("page %d gutter %.1f cover %d\n", n, g, cov)
	for _, rw := range rows {
		s := fmt.Sprintf("%d y%.0f h%.1f |", rw.kind, rw.yMin, rw.h)
		for i, w := range rw.words {
			if i > 0 {
				s += fmt.Sprintf(" <%.1f> ", w.XMin-rw.words[i-1].XMax)
			} else {
				s += fmt.Sprintf("[%.0f] ", w.XMin)
			}
			s += w.S
		}
		fmt.Println(s)
	}
}

func TestDumpGutters(t *testing.T) {
	pdf := os.Getenv("PDF")
	if pdf == "" || os.Getenv("GUT") == "" {
		t.Skip()
	}
	out, _ := exec.Command("pdftotext", "-bbox-layout", pdf, "-").Output()
	pages, _ := ReadBBox(bytes.NewReader(out))
	for i := range pages {
		g, c := gutter(&pages[i], pageRows(pages[i].Words))
		fmt.Printf("%d:%.0f/%d ", i+1, g, c)
	}
	fmt.Println()
}

func TestDumpBlocks(t *testing.T) {
	pdf := os.Getenv("PDF")
	if pdf == "" || os.Getenv("BLK") == "" {
		t.Skip()
	}
	out, _ := exec.Command("pdftotext", "-bbox-layout", pdf, "-").Output()
	pages, _ := ReadBBox(bytes.NewReader(out))
	want := map[int]bool{}
	for _, f := range strings.Split(os.Getenv("BLK"), ",") {
		n, _ := strconv.Atoi(f)
		want[n] = true
	}
	for _, b := range PDFLayout(pages) {
		if want[b.Page] {
			s := b.Text.S
			if len(s) > 110 {
				s = s[:110]
			}
			fmt.Printf("p%d k%d %s/%s t=%q %q\n", b.Page, b.Kind, b.Lang, b.Col, b.Table, s)
		}
	}
}
