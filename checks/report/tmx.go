package report

import (
	"encoding/xml"
	"io"

	"github.com/concord-bilingual/concord/align"
)

// TMX writes the aligned pairs of r as a TMX 1.4b translation memory for
// translation tools: French (fr-BE) is the source language, each pair is
// one translation unit whose whole unit texts are the segments, and the
// unit key and document are properties. A unit present in one language
// only gives a translation unit with one variant.
func TMX(w io.Writer, r *Result) error {
	doc := tmxDoc{
		Version: "1.4",
		Header: tmxHeader{
			CreationTool: r.Tool.Name, CreationToolVersion: r.Tool.Version,
			SegType: "paragraph", OTMF: r.Tool.Name, AdminLang: "en",
			SrcLang: "fr-BE", DataType: "plaintext",
		},
	}
	for _, d := range r.Docs {
		for _, p := range d.Doc.Pairs {
			tu := tmxTU{
				TUID: d.Doc.Path + "#" + p.Key,
				Props: []tmxProp{
					{Type: "x-concord-unit", Value: p.Key},
					{Type: "x-concord-document", Value: d.Doc.Path},
				},
			}
			for _, s := range []struct {
				u    *align.Unit
				lang string
			}{{p.FR, "fr-BE"}, {p.NL, "nl-BE"}} {
				if s.u != nil {
					tu.TUVs = append(tu.TUVs, tmxTUV{Lang: s.lang, Seg: s.u.Text.S})
				}
			}
			if len(tu.TUVs) > 0 {
				doc.Body = append(doc.Body, tu)
			}
		}
	}
	return writeXML(w, xml.Header+"<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n", doc)
}

// writeXML writes the prolog, then doc as indented XML and a final line
// end.
func writeXML(w io.Writer, prolog string, doc any) error {
	if _, err := io.WriteString(w, prolog); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

type tmxDoc struct {
	XMLName xml.Name  `xml:"tmx"`
	Version string    `xml:"version,attr"`
	Header  tmxHeader `xml:"header"`
	Body    []tmxTU   `xml:"body>tu"`
}

type tmxHeader struct {
	CreationTool        string `xml:"creationtool,attr"`
	CreationToolVersion string `xml:"creationtoolversion,attr"`
	SegType             string `xml:"segtype,attr"`
	OTMF                string `xml:"o-tmf,attr"`
	AdminLang           string `xml:"adminlang,attr"`
	SrcLang             string `xml:"srclang,attr"`
	DataType            string `xml:"datatype,attr"`
}

type tmxTU struct {
	TUID  string    `xml:"tuid,attr"`
	Props []tmxProp `xml:"prop"`
	TUVs  []tmxTUV  `xml:"tuv"`
}

type tmxProp struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

type tmxTUV struct {
	Lang string `xml:"xml:lang,attr"`
	Seg  string `xml:"seg"`
}
