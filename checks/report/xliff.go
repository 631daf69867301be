package report

import (
	"encoding/xml"
	"fmt"
	"io"
)

// XLIFF writes the aligned pairs of r as an XLIFF 2.0 document: one file
// per document, one unit per pair named by its unit key, the French text as
// source (fr-BE) and the Dutch as target (nl-BE). A unit missing in Dutch
// has no target; one missing in French has an empty source. Either gets a
// note saying so.
func XLIFF(w io.Writer, r *Result) error {
	doc := xlfDoc{Version: "2.0", SrcLang: "fr-BE", TrgLang: "nl-BE"}
	for i, d := range r.Docs {
		f := xlfFile{ID: fmt.Sprintf("f%d", i+1), Original: d.Doc.Path}
		for j, p := range d.Doc.Pairs {
			u := xlfUnit{ID: fmt.Sprintf("u%d", j+1), Name: p.Key}
			seg := xlfSegment{}
			if p.FR != nil {
				seg.Source = p.FR.Text.S
			}
			if p.NL != nil {
				t := p.NL.Text.S
				seg.Target = &t
			}
			switch {
			case p.FR == nil:
				u.Notes = &xlfNotes{[]xlfNote{{Category: "concord", Text: p.Key + " is in NL only"}}}
			case p.NL == nil:
				u.Notes = &xlfNotes{[]xlfNote{{Category: "concord", Text: p.Key + " is in FR only"}}}
			}
			u.Segment = seg
			f.Units = append(f.Units, u)
		}
		doc.Files = append(doc.Files, f)
	}
	return writeXML(w, xml.Header, doc)
}

type xlfDoc struct {
	XMLName xml.Name  `xml:"urn:oasis:names:tc:xliff:document:2.0 xliff"`
	Version string    `xml:"version,attr"`
	SrcLang string    `xml:"srcLang,attr"`
	TrgLang string    `xml:"trgLang,attr"`
	Files   []xlfFile `xml:"file"`
}

type xlfFile struct {
	ID       string    `xml:"id,attr"`
	Original string    `xml:"original,attr"`
	Units    []xlfUnit `xml:"unit"`
}

type xlfUnit struct {
	ID      string     `xml:"id,attr"`
	Name    string     `xml:"name,attr"`
	Notes   *xlfNotes  `xml:"notes"`
	Segment xlfSegment `xml:"segment"`
}

type xlfNotes struct {
	Notes []xlfNote `xml:"note"`
}

type xlfNote struct {
	Category string `xml:"category,attr"`
	Text     string `xml:",chardata"`
}

type xlfSegment struct {
	Source string  `xml:"source"`
	Target *string `xml:"target"`
}
