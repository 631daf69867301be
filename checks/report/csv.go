package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// csvHeader names the columns of the CSV report.
var csvHeader = []string{
	"path", "unit", "rule", "category", "severity", "message",
	"fr_file", "fr_page", "fr_pdf_column", "fr_line", "fr_col", "fr_text",
	"nl_file", "nl_page", "nl_pdf_column", "nl_line", "nl_col", "nl_text",
}

// CSV returns a reporter of one row per finding, for spreadsheets: the
// document, unit, rule, category, severity and message, then each side's
// file, page and column of the page (left or right; PDF input only),
// line, column in the line and text, empty where that side has no
// evidence. It is RFC 4180 (encoding/csv, CRLF line ends, a header
// row), UTF-8 without a byte-order mark. A text cell that begins with =,
// +, -, @, a tab or a carriage return gets a leading apostrophe, so that a
// spreadsheet shows the document's text rather than evaluating it as a
// formula.
func CSV() Reporter { return &csvReporter{} }

type csvReporter struct {
	w *csv.Writer
}

func (c *csvReporter) Begin(w io.Writer, r *Result) error {
	c.w = csv.NewWriter(w)
	c.w.UseCRLF = true
	return c.w.Write(csvHeader)
}

func (c *csvReporter) Document(d DocResult) error {
	row := make([]string, 0, len(csvHeader))
	for i := range d.Findings {
		f := &d.Findings[i]
		row = append(row[:0], csvText(d.Doc.Path), csvText(f.Unit), f.Rule, f.Category(), f.Severity.String(), csvText(f.Message))
		row = csvEvidence(row, evFile(d.Doc, align.FR, f.FR), f.FR)
		row = csvEvidence(row, evFile(d.Doc, align.NL, f.NL), f.NL)
		if err := c.w.Write(row); err != nil {
			return err
		}
	}
	c.w.Flush()
	return c.w.Error()
}

func (c *csvReporter) End() error {
	c.w.Flush()
	return c.w.Error()
}

// csvEvidence appends the file, page, page column, line, column and text
// of e, or six empty cells.
func csvEvidence(row []string, file string, e *check.Evidence) []string {
	if e == nil {
		return append(row, "", "", "", "", "", "")
	}
	page, pageCol := "", ""
	if e.Page > 0 {
		page = strconv.Itoa(e.Page)
		pageCol = pdfColumnName(e.Column)
	}
	return append(row, csvText(file), page, pageCol, strconv.Itoa(e.Line), strconv.Itoa(max(e.Col, 1)), csvText(e.Text))
}

// csvText returns s as a spreadsheet shows it as text: with an apostrophe
// before a first character that would start a formula.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// pdfColumnName names a column of a PDF page: 1 left, 2 right, else "".
func pdfColumnName(c int) string {
	switch c {
	case 1:
		return "left"
	case 2:
		return "right"
	}
	return ""
}
