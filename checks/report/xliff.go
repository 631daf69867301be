package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// XLIFF namespaces by version.
const (
	xliff12NS = "urn:oasis:names:tc:xliff:document:1.2"
	xliff20NS = "urn:oasis:names:tc:xliff:document:2.0"
)

// XLIFF returns a reporter of an XLIFF file for CAT tools, version 1.2
// (the Result's XLIFFVersion "" or "1.2", which most CAT tools import) or
// 2.0: one file per document, one unit per pair, the French text as
// source (fr-BE) and the Dutch as target (nl-BE). A unit missing in Dutch
// has no target; one missing in French has an empty source; either gets a
// note saying so. Each finding becomes a note on its unit, "error
// numbers/mismatch: NL has 209 where FR has 208", so that a translator
// sees it beside the text; its priority follows the severity (1 error,
// 3 warning, 8 info) and it applies to the side that holds its evidence
// when only one does. A finding on a unit the pairs lack is a note of the
// file.
//
// In 1.2 a unit's id is its unit key, which concord reads back as the key;
// in 2.0, whose ids are XML name tokens, the id is u1, u2, … and the key
// is the unit's name.
func XLIFF() Reporter { return &xliffReporter{} }

// AlignXLIFF writes the aligned pairs of r as XLIFF, without findings.
var AlignXLIFF = Whole(XLIFF)

type xliffReporter struct {
	w    io.Writer
	enc  *xml.Encoder
	v2   bool
	tool struct{ Name, Version string }
	root xml.StartElement
	n    int // documents written
}

func (x *xliffReporter) Begin(w io.Writer, r *Result) error {
	x.w, x.tool = w, r.Tool
	switch r.XLIFFVersion {
	case "", "1.2":
		x.root = xml.StartElement{Name: xml.Name{Space: xliff12NS, Local: "xliff"}, Attr: []xml.Attr{xmlAttr("version", "1.2")}}
	case "2.0":
		x.v2 = true
		x.root = xml.StartElement{Name: xml.Name{Space: xliff20NS, Local: "xliff"}, Attr: []xml.Attr{
			xmlAttr("version", "2.0"), xmlAttr("srcLang", "fr-BE"), xmlAttr("trgLang", "nl-BE"),
		}}
	default:
		return fmt.Errorf("xliff: unknown version %q (want 1.2 or 2.0)", r.XLIFFVersion)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	x.enc = xml.NewEncoder(w)
	x.enc.Indent("", "  ")
	return x.enc.EncodeToken(x.root)
}

func xmlAttr(name, value string) xml.Attr {
	return xml.Attr{Name: xml.Name{Local: name}, Value: value}
}

// xlfNote is a note of either version, before it is written.
type xlfNote struct {
	Priority int
	Applies  align.Lang // the side it concerns; Neutral for both
	Text     string
}

func (x *xliffReporter) Document(d DocResult) error {
	x.n++
	byUnit := map[string][]xlfNote{}
	missing := map[string]bool{} // units whose findings say a side is missing
	for i := range d.Findings {
		f := &d.Findings[i]
		byUnit[f.Unit] = append(byUnit[f.Unit], findingNote(f))
		missing[f.Unit] = missing[f.Unit] || f.Rule == "structure/missing"
	}
	var fileNotes []xlfNote
	known := map[string]bool{}
	for _, p := range d.Doc.Pairs {
		known[p.Key] = true
	}
	for i := range d.Findings {
		if f := &d.Findings[i]; !known[f.Unit] {
			n := findingNote(f)
			n.Text = f.Unit + ": " + n.Text
			fileNotes = append(fileNotes, n)
		}
	}
	if x.v2 {
		return x.enc.EncodeElement(x.file20(d.Doc, byUnit, missing, fileNotes), xml.StartElement{Name: xml.Name{Local: "file"}})
	}
	return x.enc.EncodeElement(x.file12(d.Doc, byUnit, missing, fileNotes), xml.StartElement{Name: xml.Name{Local: "file"}})
}

// findingNote returns the note of a finding.
func findingNote(f *check.Finding) xlfNote {
	n := xlfNote{Text: f.Severity.String() + " " + f.Rule + ": " + f.Message}
	switch f.Severity {
	case check.Error:
		n.Priority = 1
	case check.Warning:
		n.Priority = 3
	default:
		n.Priority = 8
	}
	switch {
	case f.FR != nil && f.NL == nil:
		n.Applies = align.FR
	case f.NL != nil && f.FR == nil:
		n.Applies = align.NL
	}
	return n
}

// missingNote returns the note of a pair with one side missing, or false.
func missingNote(p *align.Pair) (xlfNote, bool) {
	switch {
	case p.FR == nil:
		return xlfNote{Priority: 1, Applies: align.NL, Text: p.Key + " is in NL only"}, true
	case p.NL == nil:
		return xlfNote{Priority: 1, Applies: align.FR, Text: p.Key + " is in FR only"}, true
	}
	return xlfNote{}, false
}

// unitIDs returns the pairs' keys made unique: a repeated key gets "#2",
// "#3", … as concord's XLIFF reader names repeated ids.
func unitIDs(ps []align.Pair) []string {
	seen := map[string]int{}
	out := make([]string, len(ps))
	for i, p := range ps {
		seen[p.Key]++
		out[i] = p.Key
		if k := seen[p.Key]; k > 1 {
			out[i] += "#" + strconv.Itoa(k)
		}
	}
	return out
}

func (x *xliffReporter) file12(d *align.Document, byUnit map[string][]xlfNote, missing map[string]bool, fileNotes []xlfNote) xlf12File {
	f := xlf12File{
		Original: d.Path, SourceLanguage: "fr-BE", TargetLanguage: "nl-BE", Datatype: "plaintext",
		Header: xlf12Header{Tool: xlf12Tool{ID: x.tool.Name, Name: x.tool.Name, Version: x.tool.Version}},
	}
	for _, n := range fileNotes {
		f.Header.Notes = append(f.Header.Notes, note12(n))
	}
	ids := unitIDs(d.Pairs)
	for i := range d.Pairs {
		p := &d.Pairs[i]
		u := xlf12Unit{ID: ids[i], Resname: p.Key}
		if p.FR != nil {
			u.Source = p.FR.Text.S
		}
		if p.NL != nil {
			u.Target = &xlf12Target{State: "translated", Text: p.NL.Text.S}
		}
		if n, ok := missingNote(p); ok && !missing[p.Key] {
			u.Notes = append(u.Notes, note12(n))
		}
		for _, n := range byUnit[p.Key] {
			u.Notes = append(u.Notes, note12(n))
		}
		delete(byUnit, p.Key) // a repeated key carries its notes once
		f.Units = append(f.Units, u)
	}
	return f
}

func note12(n xlfNote) xlf12Note {
	out := xlf12Note{From: "concord", Priority: n.Priority, Annotates: "general", Text: n.Text}
	switch n.Applies {
	case align.FR:
		out.Annotates = "source"
	case align.NL:
		out.Annotates = "target"
	}
	return out
}

func (x *xliffReporter) file20(d *align.Document, byUnit map[string][]xlfNote, missing map[string]bool, fileNotes []xlfNote) xlf20File {
	f := xlf20File{ID: fmt.Sprintf("f%d", x.n), Original: d.Path}
	if len(fileNotes) > 0 {
		f.Notes = &xlf20Notes{}
		for _, n := range fileNotes {
			f.Notes.Notes = append(f.Notes.Notes, note20(n))
		}
	}
	for i := range d.Pairs {
		p := &d.Pairs[i]
		u := xlf20Unit{ID: fmt.Sprintf("u%d", i+1), Name: p.Key}
		var notes []xlf20Note
		if n, ok := missingNote(p); ok && !missing[p.Key] {
			notes = append(notes, note20(n))
		}
		for _, n := range byUnit[p.Key] {
			notes = append(notes, note20(n))
		}
		delete(byUnit, p.Key)
		if len(notes) > 0 {
			u.Notes = &xlf20Notes{notes}
		}
		if p.FR != nil {
			u.Segment.Source = p.FR.Text.S
		}
		if p.NL != nil {
			t := p.NL.Text.S
			u.Segment.Target = &t
		}
		f.Units = append(f.Units, u)
	}
	return f
}

func note20(n xlfNote) xlf20Note {
	out := xlf20Note{Category: "concord", Priority: n.Priority, Text: n.Text}
	switch n.Applies {
	case align.FR:
		out.AppliesTo = "source"
	case align.NL:
		out.AppliesTo = "target"
	}
	return out
}

func (x *xliffReporter) End() error {
	if err := x.enc.EncodeToken(x.root.End()); err != nil {
		return err
	}
	if err := x.enc.Flush(); err != nil {
		return err
	}
	_, err := io.WriteString(x.w, "\n")
	return err
}

type xlf12File struct {
	Original       string      `xml:"original,attr"`
	SourceLanguage string      `xml:"source-language,attr"`
	TargetLanguage string      `xml:"target-language,attr"`
	Datatype       string      `xml:"datatype,attr"`
	Header         xlf12Header `xml:"header"`
	Units          []xlf12Unit `xml:"body>trans-unit"`
}

type xlf12Header struct {
	Tool  xlf12Tool   `xml:"tool"`
	Notes []xlf12Note `xml:"note"`
}

type xlf12Tool struct {
	ID      string `xml:"tool-id,attr"`
	Name    string `xml:"tool-name,attr"`
	Version string `xml:"tool-version,attr,omitempty"`
}

type xlf12Unit struct {
	ID      string       `xml:"id,attr"`
	Resname string       `xml:"resname,attr"`
	Source  string       `xml:"source"`
	Target  *xlf12Target `xml:"target"`
	Notes   []xlf12Note  `xml:"note"`
}

type xlf12Target struct {
	State string `xml:"state,attr"`
	Text  string `xml:",chardata"`
}

type xlf12Note struct {
	From      string `xml:"from,attr"`
	Priority  int    `xml:"priority,attr"`
	Annotates string `xml:"annotates,attr"`
	Text      string `xml:",chardata"`
}

type xlf20File struct {
	ID       string      `xml:"id,attr"`
	Original string      `xml:"original,attr"`
	Notes    *xlf20Notes `xml:"notes"`
	Units    []xlf20Unit `xml:"unit"`
}

type xlf20Unit struct {
	ID      string       `xml:"id,attr"`
	Name    string       `xml:"name,attr"`
	Notes   *xlf20Notes  `xml:"notes"`
	Segment xlf20Segment `xml:"segment"`
}

type xlf20Notes struct {
	Notes []xlf20Note `xml:"note"`
}

type xlf20Note struct {
	Category  string `xml:"category,attr"`
	Priority  int    `xml:"priority,attr"`
	AppliesTo string `xml:"appliesTo,attr,omitempty"`
	Text      string `xml:",chardata"`
}

type xlf20Segment struct {
	Source string  `xml:"source"`
	Target *string `xml:"target"`
}
