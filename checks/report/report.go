// Package report writes concord's results in the formats its users read:
// SARIF and JUnit for CI systems, workflow annotations and reviewdog lines
// for code review, Markdown for pull-request comments, an HTML audit report
// for people, CSV for spreadsheets, and TMX/XLIFF for translation
// memories.
//
// Each check format is one file and one Reporter, which writes a result
// one document at a time, so that a batch is reported while it is checked
// and never held whole. A reporter never decides what is a finding: it
// gets the findings sorted and de-duplicated and only writes them.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// Result is what a reporter gets: the rule catalogue and, per document, its
// pairs and its findings already sorted and de-duplicated.
type Result struct {
	Tool struct{ Name, Version string }
	// Checks is the catalogue the run used (for SARIF rules and JUnit
	// passing cases).
	Checks []*check.Check
	Docs   []DocResult

	// Root is the directory SARIF file URIs are relative to (%SRCROOT%);
	// "" leaves the paths as they are.
	Root string
	// FailOn is the lowest severity that fails the run (a JUnit failure);
	// zero means none does.
	FailOn check.Severity
	// XLIFFVersion is the XLIFF version written: "1.2" (also for "") or
	// "2.0".
	XLIFFVersion string

	// Source optionally returns the decoded lines of an input file, for
	// formats that count bytes (rdjsonl). Nil, or an error, means the
	// lines are rebuilt from the document's texts.
	Source func(path string) ([]string, error)
}

// DocResult is one document and its findings.
type DocResult struct {
	Doc      *align.Document
	Findings []check.Finding
}

// Reporter writes one report a document at a time. Begin is called once
// with the run (its Docs are not read), Document once per document in
// input order, and End once to write what follows the documents. A
// reporter keeps no document after Document returns; one whose format
// puts totals first keeps what follows them in a temporary file until
// End, which removes it. A Reporter is not safe for concurrent use and
// serves one report.
type Reporter interface {
	Begin(w io.Writer, r *Result) error
	Document(d DocResult) error
	End() error
}

// Formats maps a --format name of concord check to the constructor of its
// reporter. The text report, which depends on the terminal, is built by
// Text.
var Formats = map[string]func() Reporter{
	"json":     JSON,
	"sarif":    SARIF,
	"junit":    JUnit,
	"github":   GitHub,
	"rdjsonl":  RDJSONL,
	"markdown": Markdown,
	"html":     HTML,
	"xliff":    XLIFF,
	"csv":      CSV,
}

// Formatter writes a whole result in one format.
type Formatter func(w io.Writer, r *Result) error

// Whole returns the formatter that writes a whole result with a new
// reporter made by newReporter. An error cuts the report short.
func Whole(newReporter func() Reporter) Formatter {
	return func(w io.Writer, r *Result) error {
		rep := newReporter()
		if err := rep.Begin(w, r); err != nil {
			return err
		}
		for _, d := range r.Docs {
			if err := rep.Document(d); err != nil {
				rep.End()
				return err
			}
		}
		return rep.End()
	}
}

// AlignFormats maps a --format name of concord align to its formatter:
// exports of the aligned pairs that ignore findings.
var AlignFormats = map[string]Formatter{
	"json":  AlignJSON,
	"tsv":   AlignTSV,
	"tmx":   TMX,
	"xliff": AlignXLIFF,
}

// Names returns the keys of a format map, sorted.
func Names(m map[string]Formatter) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// file returns the input file holding language l of d.
func file(d *align.Document, l align.Lang) string {
	switch {
	case l == align.NL && d.NLPath != "":
		return d.NLPath
	case l == align.FR && d.FRPath != "":
		return d.FRPath
	}
	return d.Path
}

// evFile returns the input file holding evidence e of language l: the
// file of that language, or the other language's file where e was read
// from a passage of l standing in the other language's column stream.
func evFile(d *align.Document, l align.Lang, e *check.Evidence) string {
	own := file(d, l)
	if e != nil && e.File != "" && e.File != own && e.File == file(d, l.Other()) {
		return e.File
	}
	return own
}

// evSide is one language's evidence of a finding with its file.
type evSide struct {
	Lang align.Lang
	File string
	Ev   *check.Evidence
}

// sides returns the evidence of f, French first (French is the source
// language of the documents), each on the file that holds its language. A
// side without evidence is left out, so a finding whose evidence is on one
// side is located on that side only. A finding without evidence has no
// sides.
func sides(d *align.Document, f *check.Finding) []evSide {
	var out []evSide
	if f.FR != nil {
		out = append(out, evSide{align.FR, evFile(d, align.FR, f.FR), f.FR})
	}
	if f.NL != nil {
		out = append(out, evSide{align.NL, evFile(d, align.NL, f.NL), f.NL})
	}
	return out
}

// where is the primary location of a finding that has no evidence: the
// first line of its unit on either side, or line 1 of the document.
func where(d *align.Document, f *check.Finding) evSide {
	for _, p := range d.Pairs {
		if p.Key != f.Unit {
			continue
		}
		for _, u := range []*align.Unit{p.FR, p.NL} {
			if u != nil && len(u.Text.Segs) > 0 {
				pos := u.Text.Pos(0)
				return evSide{u.Lang, evFile(d, u.Lang, &check.Evidence{Pos: pos}), &check.Evidence{Pos: pos}}
			}
		}
	}
	return evSide{align.Neutral, d.Path, &check.Evidence{Pos: align.Pos{Line: 1, Col: 1}}}
}

// primary returns the main location of f and the other sides.
func primary(d *align.Document, f *check.Finding) (evSide, []evSide) {
	s := sides(d, f)
	if len(s) == 0 {
		return where(d, f), nil
	}
	return s[0], s[1:]
}

// placed is one annotation of a finding: the side it stands on and the
// evidence of the other sides.
type placed struct {
	At     evSide
	Others []evSide
}

// placements returns the annotations of f for formats whose consumers show
// a finding at one place and keep or drop it by that place alone (a
// reviewdog diff filter, a pull-request annotation): one per side with
// evidence, French first, so that an edit to either language's text meets
// the finding on the lines it changed.
func placements(d *align.Document, f *check.Finding) []placed {
	s := sides(d, f)
	if len(s) == 0 {
		return []placed{{At: where(d, f)}}
	}
	out := make([]placed, len(s))
	for i := range s {
		var others []evSide
		for j := range s {
			if j != i {
				others = append(others, s[j])
			}
		}
		out[i] = placed{At: s[i], Others: others}
	}
	return out
}

// pdfPlace returns where a position stands on a PDF page, "page 7, right
// column", or "" when the input was not a PDF (page 0).
func pdfPlace(p align.Pos) string {
	if p.Page == 0 {
		return ""
	}
	switch p.Column {
	case 1:
		return fmt.Sprintf("page %d, left column", p.Page)
	case 2:
		return fmt.Sprintf("page %d, right column", p.Page)
	}
	return fmt.Sprintf("page %d", p.Page)
}

// lineCol returns "LINE:COL" of a position, preceded for PDF input by its
// page and column: "page 7, right column, 32:1".
func lineCol(p align.Pos) string {
	lc := fmt.Sprintf("%d:%d", max(p.Line, 1), max(p.Col, 1))
	if pl := pdfPlace(p); pl != "" {
		return pl + ", " + lc
	}
	return lc
}

// fullMessage returns the message of f followed by the unit, the page of
// the main location for PDF input, and the evidence of the other sides,
// for formats whose viewers show one location only:
// "NL has 209 where FR has 208 [recital:P; NL 161:70 “209”]".
func fullMessage(f *check.Finding, main evSide, others []evSide) string {
	var b strings.Builder
	b.WriteString(f.Message)
	b.WriteString(" [")
	b.WriteString(f.Unit)
	if pl := pdfPlace(main.Ev.Pos); pl != "" {
		fmt.Fprintf(&b, "; %s %s", langTag(main.Lang), pl)
	}
	for _, o := range others {
		fmt.Fprintf(&b, "; %s %s “%s”", langTag(o.Lang), lineCol(o.Ev.Pos), o.Ev.Text)
	}
	b.WriteString("]")
	return b.String()
}

// langTag returns "FR" or "NL", or "" for a language-neutral place.
func langTag(l align.Lang) string {
	if l == align.Neutral {
		return ""
	}
	return strings.ToUpper(l.String())
}

// ruleSet is the catalogue as a report sees it: the checks of the run,
// then a stand-in for each rule a finding names that they lack, in the
// order the findings name them, so that every finding has a rule to point
// at.
type ruleSet struct {
	list  []*check.Check
	index map[string]int // position in list by ID
}

func newRuleSet(cs []*check.Check) *ruleSet {
	s := &ruleSet{list: append([]*check.Check(nil), cs...), index: map[string]int{}}
	for i, c := range s.list {
		s.index[c.ID] = i
	}
	return s
}

// add adds a stand-in for each rule of fs that the set lacks.
func (s *ruleSet) add(fs []check.Finding) {
	for _, f := range fs {
		if _, ok := s.index[f.Rule]; !ok {
			s.index[f.Rule] = len(s.list)
			s.list = append(s.list, &check.Check{ID: f.Rule, Severity: f.Severity, Doc: f.Rule})
		}
	}
}

// counts holds the number of findings per severity.
type counts struct{ Error, Warning, Info int }

func (c *counts) add(s check.Severity) {
	switch s {
	case check.Error:
		c.Error++
	case check.Warning:
		c.Warning++
	default:
		c.Info++
	}
}

// Total returns the number of findings counted.
func (c counts) Total() int { return c.Error + c.Warning + c.Info }

// tally counts findings per severity.
func tally(fs []check.Finding) counts {
	var c counts
	for _, f := range fs {
		c.add(f.Severity)
	}
	return c
}

// runeByteCol converts a 1-based column in code points of line into a
// 1-based column in UTF-8 bytes. A column past the end counts the missing
// runes as one byte each.
func runeByteCol(line string, col int) int {
	b := 0
	for n := 1; n < col; n++ {
		if b >= len(line) {
			return len(line) + (col - n) + 1
		}
		_, size := utf8.DecodeRuneInString(line[b:])
		b += size
	}
	return b + 1
}
