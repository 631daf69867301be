package report

import (
	"bytes"
	"strings"
	"testing"
)

// TestPDFPlace gives the evidence of the kazakhstan case a PDF page and
// column and wants every format that locates findings to say where on the
// page they stand, not the line alone.
func TestPDFPlace(t *testing.T) {
	r := goldenResult(t, "kazakhstan")
	d := &r.Docs[0]
	for i := range d.Findings {
		if e := d.Findings[i].FR; e != nil {
			e.Page, e.Column = 7, 2
		}
		if e := d.Findings[i].NL; e != nil {
			e.Page, e.Column = 7, 1
		}
	}
	want := map[string][]string{
		"text":     {"page 7, right column, ", "page 7, left column, "},
		"github":   {"FR page 7, right column", "NL page 7, left column"},
		"rdjsonl":  {"FR page 7, right column", "NL page 7, left column"},
		"markdown": {"page 7, right column, ", "page 7, left column, "},
		"junit":    {"page 7, right column, ", "page 7, left column, "},
		"html":     {"page 7, right column, ", "page 7, left column, "},
		"sarif":    {`"page": 7`, `"pdfColumn": 2`, `"pdfColumn": 1`},
		"csv":      {",testdata/kazakhstan.txt,7,right,", ",testdata/kazakhstan.txt,7,left,"},
	}
	formats := allFormats()
	for name, ws := range want {
		var b bytes.Buffer
		if err := formats[name](&b, r); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, w := range ws {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: no %q in the report", name, w)
			}
		}
	}
}
