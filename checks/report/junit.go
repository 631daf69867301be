package report

import (
	"encoding/gob"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks"
)

// JUnit returns a reporter of JUnit XML for CI test views: one testsuite
// per document, one testcase per unit and check, named "UNIT CHECK" and
// with the document's path as classname. A testcase with error or warning
// findings fails, with every message in the failure text; info findings
// leave it passing and go to its system-out. Findings on a unit the
// document's pairs do not list get testcases of their own at the end.
//
// The totals come first, and every suite has a testcase per rule of the
// catalogue, which a later document may extend (a rule that a finding
// names and the catalogue lacks); so each document's unit keys and
// findings wait in a spool, and End writes the suites.
func JUnit() Reporter { return &junitReporter{} }

type junitReporter struct {
	w     io.Writer
	name  string
	rules *ruleSet
	times map[string]int // how many times the catalogue lists each ID

	docs            spool
	enc             *gob.Encoder // to docs
	n               int          // documents spooled
	units, failures int          // over all documents
}

// junitDoc is what a suite is written from.
type junitDoc struct {
	Path, FRPath, NLPath string
	Units                []string // the pairs' keys, then units only findings name, once each
	Findings             []checks.Finding
}

func (j *junitReporter) Begin(w io.Writer, r *Result) error {
	j.w, j.name, j.rules = w, r.Tool.Name, newRuleSet(r.Checks)
	j.times = map[string]int{}
	for _, c := range r.Checks {
		j.times[c.ID]++
	}
	j.enc = gob.NewEncoder(&j.docs)
	return nil
}

func (j *junitReporter) Document(d DocResult) error {
	j.rules.add(d.Findings)
	jd := junitDoc{Path: d.Doc.Path, FRPath: d.Doc.FRPath, NLPath: d.Doc.NLPath, Findings: d.Findings}
	seen := map[string]bool{}
	for _, p := range d.Doc.Pairs {
		if !seen[p.Key] {
			seen[p.Key] = true
			jd.Units = append(jd.Units, p.Key)
		}
	}
	for _, f := range d.Findings {
		if !seen[f.Unit] {
			seen[f.Unit] = true
			jd.Units = append(jd.Units, f.Unit)
		}
	}
	// A unit and rule with a warning or an error is a failing testcase
	// for every time the catalogue lists the rule (once if it is a
	// stand-in).
	failing := map[[2]string]bool{}
	for _, f := range d.Findings {
		if k := [2]string{f.Unit, f.Rule}; f.Severity >= checks.Warning && !failing[k] {
			failing[k] = true
			j.failures += max(j.times[f.Rule], 1)
		}
	}
	j.units += len(jd.Units)
	j.n++
	return j.enc.Encode(&jd)
}

func (j *junitReporter) End() error {
	defer j.docs.Close()
	if _, err := io.WriteString(j.w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(j.w)
	enc.Indent("", "  ")
	attr := func(name string, v any) xml.Attr {
		return xml.Attr{Name: xml.Name{Local: name}, Value: fmt.Sprint(v)}
	}
	suites := xml.StartElement{Name: xml.Name{Local: "testsuites"}, Attr: []xml.Attr{
		attr("name", j.name), attr("tests", j.units*len(j.rules.list)), attr("failures", j.failures),
	}}
	if err := enc.EncodeToken(suites); err != nil {
		return err
	}
	r, err := j.docs.Reader()
	if err != nil {
		return err
	}
	dec := gob.NewDecoder(r)
	for range j.n {
		var jd junitDoc
		if err := dec.Decode(&jd); err != nil {
			return fmt.Errorf("junit report: read back a document: %w", err)
		}
		if err := enc.EncodeElement(junitSuiteOf(&jd, j.rules.list), xml.StartElement{Name: xml.Name{Local: "testsuite"}}); err != nil {
			return err
		}
	}
	if err := enc.EncodeToken(suites.End()); err != nil {
		return err
	}
	if err := enc.Flush(); err != nil {
		return err
	}
	_, err = io.WriteString(j.w, "\n")
	return err
}

// junitSuiteOf returns the testsuite of one document.
func junitSuiteOf(jd *junitDoc, rules []*checks.Check) junitSuite {
	doc := &align.Document{Path: jd.Path, FRPath: jd.FRPath, NLPath: jd.NLPath}
	suite := junitSuite{Name: jd.Path}
	type key struct{ unit, rule string }
	found := map[key][]checks.Finding{}
	for _, f := range jd.Findings {
		k := key{f.Unit, f.Rule}
		found[k] = append(found[k], f)
	}
	for _, u := range jd.Units {
		for _, c := range rules {
			tc := junitCase{Name: u + " " + c.ID, Classname: jd.Path}
			var fail, info []string
			for _, f := range found[key{u, c.ID}] {
				line := junitLine(doc, &f)
				if f.Severity >= checks.Warning {
					fail = append(fail, line)
				} else {
					info = append(info, line)
				}
			}
			if len(fail) > 0 {
				fs := found[key{u, c.ID}]
				tc.Failure = &junitFailure{
					Message: fs[0].Message,
					Type:    fs[0].Severity.String(),
					Text:    strings.Join(fail, "\n"),
				}
				suite.Failures++
			}
			if len(info) > 0 {
				tc.SystemOut = strings.Join(info, "\n")
			}
			suite.Tests++
			suite.Cases = append(suite.Cases, tc)
		}
	}
	return suite
}

// junitLine describes one finding in a failure text:
// "error: NL has 209 where FR has 208 (FR 151:97 "208"; NL 161:70 "209")".
func junitLine(d *align.Document, f *checks.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", f.Severity, f.Message)
	var locs []string
	for _, s := range sides(d, f) {
		locs = append(locs, fmt.Sprintf("%s %s:%d:%d %q", strings.ToUpper(s.Lang.String()), s.File, s.Ev.Line, s.Ev.Col, s.Ev.Text))
	}
	if len(locs) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(locs, "; "))
	}
	return b.String()
}

// junitSuites is the report's root element. End writes it in pieces: its
// start tag with the totals, each suite, its end tag.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}
