package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// The wire types of CONTRACT.md's JSON output: an object of a jsonTool,
// the jsonDocs and a jsonSum (see jsonReporter).
type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonDoc struct {
	Path      string        `json:"path"`
	Languages []string      `json:"languages"`
	Units     *jsonUnits    `json:"units"`
	Findings  []jsonFinding `json:"findings"`
}

type jsonAlignDoc struct {
	Path      string     `json:"path"`
	Languages []string   `json:"languages"`
	Pairs     []jsonPair `json:"pairs"`
}

type jsonAlignOut struct {
	Tool      jsonTool       `json:"tool"`
	Documents []jsonAlignDoc `json:"documents"`
}

type jsonUnits struct {
	Paired int `json:"paired"`
	FROnly int `json:"fr_only"`
	NLOnly int `json:"nl_only"`
}

type jsonFinding struct {
	Rule     string   `json:"rule"`
	Category string   `json:"category"`
	Severity string   `json:"severity"`
	Unit     string   `json:"unit"`
	Message  string   `json:"message"`
	FR       *jsonLoc `json:"fr"`
	NL       *jsonLoc `json:"nl"`
}

type jsonLoc struct {
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Page   int    `json:"page,omitempty"`
	Col    int    `json:"pdf_column,omitempty"`
	Text   string `json:"text"`
	// File names the input holding the evidence where it is not the
	// file of its language (a passage standing in the other stream).
	File string `json:"file,omitempty"`
}

type jsonSum struct {
	Documents int `json:"documents"`
	Error     int `json:"error"`
	Warning   int `json:"warning"`
	Info      int `json:"info"`
}

type jsonPair struct {
	Unit       string    `json:"unit"`
	FR         *jsonSide `json:"fr"`
	NL         *jsonSide `json:"nl"`
	Confidence float64   `json:"confidence"`
	Unaligned  bool      `json:"unaligned,omitempty"`
}

type jsonSide struct {
	Line int    `json:"line"`
	Page int    `json:"page,omitempty"`
	Text string `json:"text"`
}

func loc(d *align.Document, l align.Lang, e *check.Evidence) *jsonLoc {
	if e == nil {
		return nil
	}
	jl := &jsonLoc{Line: e.Line, Column: max(e.Col, 1), Page: e.Page, Col: e.Column, Text: e.Text}
	if f := evFile(d, l, e); f != file(d, l) {
		jl.File = f
	}
	return jl
}

// PairConfidence returns how sure the pairing of p is, from 0 to 1: its
// measured confidence, 1 for a pair made by key or given by the input,
// and 0 for a unit on one side only.
func PairConfidence(p align.Pair) float64 {
	switch {
	case p.FR == nil || p.NL == nil:
		return 0
	case p.Shared || p.Confidence == 0:
		return 1
	}
	return p.Confidence
}

// Counts returns how many pairs of doc have both sides, French only and
// Dutch only.
func Counts(doc *align.Document) (paired, frOnly, nlOnly int) {
	for _, p := range doc.Pairs {
		switch {
		case p.FR != nil && p.NL != nil:
			paired++
		case p.FR != nil:
			frOnly++
		default:
			nlOnly++
		}
	}
	return
}

// JSON returns a reporter of the contract's check output. It writes each
// document's object as the document comes, and the summary at the end.
func JSON() Reporter { return &jsonReporter{} }

type jsonReporter struct {
	w    io.Writer
	docs int
	sum  counts
}

// The object is written in pieces, each indented as it would be inside
// the whole: documents at depth 2, the tool and the summary at depth 1.
const jsonDocIndent = "    "

func (j *jsonReporter) Begin(w io.Writer, r *Result) error {
	j.w = w
	tool, err := indented(jsonTool{r.Tool.Name, r.Tool.Version}, "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "{\n  \"tool\": %s,\n  \"documents\": [", tool)
	return err
}

func (j *jsonReporter) Document(d DocResult) error {
	jd := jsonDoc{Path: d.Doc.Path, Languages: []string{"fr", "nl"}, Findings: []jsonFinding{}}
	p, f, n := Counts(d.Doc)
	jd.Units = &jsonUnits{p, f, n}
	for _, fd := range d.Findings {
		jd.Findings = append(jd.Findings, jsonFinding{
			Rule: fd.Rule, Category: fd.Category(), Severity: fd.Severity.String(),
			Unit: fd.Unit, Message: fd.Message, FR: loc(d.Doc, align.FR, fd.FR), NL: loc(d.Doc, align.NL, fd.NL),
		})
		j.sum.add(fd.Severity)
	}
	b, err := indented(jd, jsonDocIndent)
	if err != nil {
		return err
	}
	sep := ","
	if j.docs == 0 {
		sep = ""
	}
	j.docs++
	_, err = fmt.Fprintf(j.w, "%s\n%s%s", sep, jsonDocIndent, b)
	return err
}

func (j *jsonReporter) End() error {
	sum, err := indented(jsonSum{Documents: j.docs, Error: j.sum.Error, Warning: j.sum.Warning, Info: j.sum.Info}, "  ")
	if err != nil {
		return err
	}
	end := "\n  ]"
	if j.docs == 0 {
		end = "]"
	}
	_, err = fmt.Fprintf(j.w, "%s,\n  \"summary\": %s\n}\n", end, sum)
	return err
}

// indented returns v as indented JSON whose lines after the first start
// with prefix, without HTML escaping or a final newline: the text v has
// inside an enclosing value indented with two spaces.
func indented(v any, prefix string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// AlignJSON writes the contract's align output: the pairs of each
// document.
func AlignJSON(w io.Writer, r *Result) error {
	out := jsonAlignOut{Tool: jsonTool{r.Tool.Name, r.Tool.Version}, Documents: []jsonAlignDoc{}}
	for _, d := range r.Docs {
		jd := jsonAlignDoc{Path: d.Doc.Path, Languages: []string{"fr", "nl"}, Pairs: []jsonPair{}}
		for _, p := range d.Doc.Pairs {
			jd.Pairs = append(jd.Pairs, jsonPair{Unit: p.Key, FR: jsonSideOf(p.FR), NL: jsonSideOf(p.NL),
				Confidence: PairConfidence(p), Unaligned: p.Unaligned})
		}
		out.Documents = append(out.Documents, jd)
	}
	return encode(w, out)
}

func jsonSideOf(u *align.Unit) *jsonSide {
	if u == nil {
		return nil
	}
	p := u.Text.Pos(0)
	return &jsonSide{Line: p.Line, Page: p.Page, Text: u.Text.S}
}

func encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
