package report

import (
	"bytes"
	"strings"
	"testing"
)

// TestEvidenceInOtherFile: a document read from two files whose Dutch
// evidence was read from a passage standing in the French file (the
// columns of a coordinated text, exchanged between the streams). Every
// format that names files places that evidence in the French file, and
// JSON says so with "file"; evidence in its own file names no file.
func TestEvidenceInOtherFile(t *testing.T) {
	r := goldenResult(t, "kazakhstan")
	d := &r.Docs[0]
	d.Doc.FRPath, d.Doc.NLPath = "bill.fr.txt", "bill.nl.txt"
	moved := -1
	for i := range d.Findings {
		f := &d.Findings[i]
		if f.NL != nil {
			f.NL.File = "bill.fr.txt"
			f.NL.Text = "passage-in-the-french-file"
			moved = i
			break
		}
	}
	if moved < 0 {
		t.Fatal("the golden result has no Dutch evidence")
	}
	want := map[string]string{
		"json":    `"file": "bill.fr.txt"`,
		"csv":     `bill.fr.txt,`,
		"sarif":   `"uri": "bill.fr.txt"`,
		"rdjsonl": `"path":"bill.fr.txt"`,
		"text":    "NL bill.fr.txt:",
	}
	formats := allFormats()
	for name, w := range want {
		var b bytes.Buffer
		if err := formats[name](&b, r); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(b.String(), w) {
			t.Errorf("%s: no %q in the report", name, w)
		}
	}
	var b bytes.Buffer
	if err := formats["json"](&b, r); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), `"file":`); n != 1 {
		t.Errorf("json: %d evidence name a file, want only the moved one", n)
	}
}
