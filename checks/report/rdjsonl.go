package report

import (
	"encoding/json"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
)

// RDJSONL returns a reporter of reviewdog diagnostics, one JSON object per
// line. A finding with evidence on both sides gives one diagnostic per
// side, each naming the other side as a related location: reviewdog's diff
// filter keeps a diagnostic by its own location only, so an edit to the
// Dutch text meets the diagnostic on the Dutch line. reviewdog counts columns in UTF-8 bytes, so each column is
// converted from code points using the line's text: from the run's
// Source when it can read the file, else rebuilt from the document's unit
// texts (markup that the reader removed, such as "*" or "^", is one byte
// per character).
func RDJSONL() Reporter { return &rdjsonlReporter{} }

type rdjsonlReporter struct {
	enc    *json.Encoder
	tool   string
	source func(path string) ([]string, error)
}

func (r *rdjsonlReporter) Begin(w io.Writer, res *Result) error {
	r.enc = json.NewEncoder(w)
	r.enc.SetEscapeHTML(false)
	r.tool, r.source = res.Tool.Name, res.Source
	return nil
}

func (r *rdjsonlReporter) Document(d DocResult) error {
	lines := &lineFinder{source: r.source, doc: d.Doc, files: map[string][]string{}}
	for i := range d.Findings {
		f := &d.Findings[i]
		for _, pl := range placements(d.Doc, f) {
			diag := rdDiagnostic{
				Message:  fullMessage(f, pl.At, pl.Others),
				Location: lines.location(pl.At),
				Severity: strings.ToUpper(f.Severity.String()),
				Source:   rdSource{Name: r.tool},
				Code:     rdCode{Value: f.Rule},
			}
			for _, o := range pl.Others {
				diag.Related = append(diag.Related, rdRelated{
					Message:  langTag(o.Lang) + ": " + o.Ev.Text,
					Location: lines.location(o),
				})
			}
			if err := r.enc.Encode(diag); err != nil {
				return err
			}
		}
	}
	return nil
}

func (r *rdjsonlReporter) End() error { return nil }

// location returns the reviewdog location of one side's evidence.
func (lf *lineFinder) location(s evSide) rdLocation {
	line := max(s.Ev.Line, 1)
	start := max(s.Ev.Col, 1)
	if s.Ev.Page == 0 {
		// A PDF has no lines of text to count bytes on; its lines are
		// counted on each page.
		start = lf.byteCol(s.File, line, start)
	}
	rng := rdRange{Start: rdPos{Line: line, Column: start}}
	if t := s.Ev.Text; t != "" && !strings.Contains(t, "\n") {
		rng.End = &rdPos{Line: line, Column: start + len(t)}
	}
	return rdLocation{Path: s.File, Range: rng}
}

// lineFinder converts code-point columns of one document's files to byte
// columns.
type lineFinder struct {
	source  func(path string) ([]string, error)
	doc     *align.Document
	files   map[string][]string // lines read through source
	rebuilt map[string]map[int][]rune
}

// byteCol returns the 1-based byte column of code-point column col of
// line n of file.
func (lf *lineFinder) byteCol(file string, n, col int) int {
	if lf.source != nil {
		lines, ok := lf.files[file]
		if !ok {
			lines, _ = lf.source(file)
			lf.files[file] = lines
		}
		if n-1 < len(lines) {
			return runeByteCol(lines[n-1], col)
		}
	}
	known := lf.rebuild()[file][n]
	b := 1
	for c := 1; c < col; c++ {
		if c < len(known) && known[c] != 0 {
			b += utf8.RuneLen(known[c])
		} else {
			b++
		}
	}
	return b
}

// rebuild maps every rune of the document's unit texts back to its file,
// line and column: the lines as far as the units show them, index =
// column.
func (lf *lineFinder) rebuild() map[string]map[int][]rune {
	if lf.rebuilt != nil {
		return lf.rebuilt
	}
	d := lf.doc
	m := map[string]map[int][]rune{}
	put := func(file string, line, col int, r rune) {
		if m[file] == nil {
			m[file] = map[int][]rune{}
		}
		l := m[file][line]
		for len(l) <= col {
			l = append(l, 0)
		}
		l[col] = r
		m[file][line] = l
	}
	for i := range d.Units {
		u := &d.Units[i]
		f := u.File
		if f == "" {
			f = file(d, u.Lang)
		}
		t := &u.Text
		for j, s := range t.Segs {
			end := len(t.S)
			if j+1 < len(t.Segs) {
				end = t.Segs[j+1].Off
			}
			col := s.Col
			for _, r := range t.S[s.Off:end] {
				put(f, s.Line, col, r)
				col++
			}
		}
	}
	lf.rebuilt = m
	return m
}

type rdDiagnostic struct {
	Message  string      `json:"message"`
	Location rdLocation  `json:"location"`
	Severity string      `json:"severity"`
	Source   rdSource    `json:"source"`
	Code     rdCode      `json:"code"`
	Related  []rdRelated `json:"related_locations,omitempty"`
}

type rdRelated struct {
	Message  string     `json:"message"`
	Location rdLocation `json:"location"`
}

type rdLocation struct {
	Path  string  `json:"path"`
	Range rdRange `json:"range"`
}

type rdRange struct {
	Start rdPos  `json:"start"`
	End   *rdPos `json:"end,omitempty"`
}

type rdPos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type rdSource struct {
	Name string `json:"name"`
}

type rdCode struct {
	Value string `json:"value"`
}
