package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/concord-bilingual/concord/checks/check"
)

// markdownRows is how many findings the Markdown summary lists in all;
// pull-request comments are limited in size, and the full list is in the
// other formats.
const markdownRows = 100

// Markdown returns a reporter of a summary fit for a pull-request comment:
// totals, a table per document and per category, and the findings in a
// table per document, folded, up to a hundred rows in all. The totals and
// the category table come before the documents, so the document rows and
// the folded tables wait in two spools until End.
func Markdown() Reporter { return &markdownReporter{} }

type markdownReporter struct {
	w       io.Writer
	tool    string
	all     counts
	byCat   map[string]*counts
	docs    int
	left    int   // finding rows still allowed
	rows    spool // one row per document
	details spool // one folded table per document with findings
}

func (m *markdownReporter) Begin(w io.Writer, r *Result) error {
	m.w, m.tool, m.byCat, m.left = w, r.Tool.Name, map[string]*counts{}, markdownRows
	return nil
}

func (m *markdownReporter) Document(d DocResult) error {
	m.docs++
	c := tally(d.Findings)
	for i := range d.Findings {
		m.all.add(d.Findings[i].Severity)
		addCategory(m.byCat, &d.Findings[i])
	}
	if _, err := fmt.Fprintf(&m.rows, "| %s | %d | %d | %d | %d |\n", mdCode(d.Doc.Path), len(d.Doc.Pairs), c.Error, c.Warning, c.Info); err != nil {
		return err
	}
	if len(d.Findings) == 0 {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n<details><summary>%s: %s</summary>\n\n", mdText(d.Doc.Path), plural(c))
	b.WriteString("| severity | unit | rule | message | FR | NL |\n|---|---|---|---|---|---|\n")
	for i := range d.Findings {
		if m.left == 0 {
			break
		}
		m.left--
		f := &d.Findings[i]
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", f.Severity, mdCode(f.Unit), mdCode(f.Rule), mdText(f.Message), mdEvidence(f.FR), mdEvidence(f.NL))
	}
	b.WriteString("\n</details>\n")
	_, err := io.WriteString(&m.details, b.String())
	return err
}

func (m *markdownReporter) End() error {
	defer m.rows.Close()
	defer m.details.Close()
	var b strings.Builder
	fmt.Fprintf(&b, "## %s: %s in %s\n\n", mdText(m.tool), plural(m.all), nounCount(m.docs, "document"))
	if m.all.Total() == 0 {
		b.WriteString("The French and Dutch texts correspond: no finding.\n")
	}
	b.WriteString("| document | pairs | errors | warnings | info |\n|---|--:|--:|--:|--:|\n")
	if _, err := io.WriteString(m.w, b.String()); err != nil {
		return err
	}
	if _, err := m.rows.WriteTo(m.w); err != nil {
		return err
	}
	b.Reset()
	if m.all.Total() > 0 {
		b.WriteString("\n| category | errors | warnings | info |\n|---|--:|--:|--:|\n")
		for _, cat := range check.Categories {
			if c := m.byCat[cat]; c != nil && c.Total() > 0 {
				fmt.Fprintf(&b, "| %s | %d | %d | %d |\n", cat, c.Error, c.Warning, c.Info)
			}
		}
	}
	if _, err := io.WriteString(m.w, b.String()); err != nil {
		return err
	}
	if _, err := m.details.WriteTo(m.w); err != nil {
		return err
	}
	if n := m.all.Total() - markdownRows; n > 0 {
		if _, err := fmt.Fprintf(m.w, "\n%s not listed here; see the SARIF or HTML report.\n", nounCount(n, "more finding")); err != nil {
			return err
		}
	}
	return nil
}

// plural says "1 error, 2 warnings, 0 info".
func plural(c counts) string {
	return fmt.Sprintf("%s, %s, %d info", nounCount(c.Error, "error"), nounCount(c.Warning, "warning"), c.Info)
}

// NounCount returns n and the noun, in the plural unless n is 1:
// "1 document", "2 errors".
func NounCount(n int, noun string) string { return nounCount(n, noun) }

func nounCount(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func mdEvidence(e *check.Evidence) string {
	if e == nil {
		return "—"
	}
	return lineCol(e.Pos) + " " + mdCode(e.Text)
}

// mdText escapes s for a table cell: every ASCII punctuation character
// that Markdown or HTML could read as syntax is backslash-escaped, '&'
// becomes an entity and line breaks become spaces.
func mdText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r == '&':
			b.WriteString("&amp;")
		case strings.ContainsRune("\\`*_{}[]<>()#+-!|~", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdCode returns s as a code span usable in a table cell: the fence is
// longer than any run of backticks inside, and '|' is escaped as tables
// require.
func mdCode(s string) string {
	if s == "" {
		return ""
	}
	s = strings.NewReplacer("\n", " ", "\r", " ", "|", `\|`).Replace(s)
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}
