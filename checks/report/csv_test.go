package report

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/checks/check"
)

// TestCSVReadsBack writes the batch case and a case whose message and
// evidence hold quotes, commas, a line break and formula starters, reads
// the CSV back with encoding/csv in its strict mode and compares every
// cell with the finding it came from.
func TestCSVReadsBack(t *testing.T) {
	r := goldenResult(t, "batch")
	awkward := hostileResult(t)
	f := &awkward.Docs[0].Findings[0]
	f.Message = "=HYPERLINK(\"x\"), \"quoted\",\nsecond line"
	f.NL.Text = "-209"
	r.Docs = append(r.Docs, awkward.Docs...)

	var buf bytes.Buffer
	if err := Whole(CSV)(&buf, r); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(buf.String(), "\r\n") || strings.Count(buf.String(), "\n") != strings.Count(buf.String(), "\r\n") {
		t.Error("records do not end in CRLF (RFC 4180)")
	}
	rd := csv.NewReader(&buf)
	rd.FieldsPerRecord = len(csvHeader) // every row as wide as the header
	rows, err := rd.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "path,unit,rule,category,severity,message,fr_file,fr_page,fr_pdf_column,fr_line,fr_col,fr_text,nl_file,nl_page,nl_pdf_column,nl_line,nl_col,nl_text" {
		t.Errorf("header = %q", rows[0])
	}
	var want [][]string
	for _, d := range r.Docs {
		for _, f := range d.Findings {
			want = append(want, append(append([]string{d.Doc.Path, f.Unit, f.Rule, f.Category(), f.Severity.String(), f.Message},
				side(d.Doc.FRPath, f.FR)...), side(d.Doc.NLPath, f.NL)...))
		}
	}
	rows = rows[1:]
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want one per finding: %d", len(rows), len(want))
	}
	for i := range want {
		for j := range want[i] {
			got := rows[i][j]
			if strings.HasPrefix(want[i][j], "=") || strings.HasPrefix(want[i][j], "-") {
				want[i][j] = "'" + want[i][j] // shown as text in a spreadsheet
			}
			if got != want[i][j] {
				t.Errorf("row %d %s = %q, want %q", i+1, csvHeader[j], got, want[i][j])
			}
		}
	}
	// The batch's findings, checked by hand against the case: NL-only
	// request:2 has no French cells; recital:O sits in both files.
	if got := strings.Join(rows[1], "|"); got != "docs/b.fr.txt|request:2|structure/missing|structure|error|request:2 is in NL only|||||||docs/b.nl.txt|||11|1|2." {
		t.Errorf("request:2 row = %s", got)
	}
}

// side is one side's cells as the test expects them.
func side(file string, e *check.Evidence) []string {
	if e == nil {
		return []string{"", "", "", "", "", ""}
	}
	page, col := "", ""
	if e.Page > 0 {
		page, col = strconv.Itoa(e.Page), map[int]string{1: "left", 2: "right"}[e.Column]
	}
	return []string{file, page, col, strconv.Itoa(e.Line), strconv.Itoa(e.Col), e.Text}
}
