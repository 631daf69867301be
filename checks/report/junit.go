package report

import (
	"encoding/gob"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// JUnit returns a reporter of JUnit XML for CI test views: one testsuite
// per document, one testcase per check of the catalogue, named by the
// check's ID, with the document's path as classname. A testcase fails when
// the check found something at or above the Result's FailOn, with every
// such finding in the failure text; the check's other findings go to its
// system-out. A batch of N documents gives N × checks testcases, whatever
// the number of units.
//
// The totals come first, and every suite has a testcase per rule of the
// catalogue, which a later document may extend (a rule that a finding
// names and the catalogue lacks); so each document's findings wait in a
// spool, and End writes the suites.
func JUnit() Reporter { return &junitReporter{} }

type junitReporter struct {
	w      io.Writer
	name   string
	rules  *ruleSet
	failOn check.Severity // 0: nothing fails

	docs     spool
	enc      *gob.Encoder // to docs
	n        int          // documents spooled
	failures int          // over all documents
}

// junitDoc is what a suite is written from.
type junitDoc struct {
	Path, FRPath, NLPath string
	Findings             []check.Finding
}

func (j *junitReporter) Begin(w io.Writer, r *Result) error {
	j.w, j.name, j.rules, j.failOn = w, r.Tool.Name, newRuleSet(r.Checks), r.FailOn
	j.enc = gob.NewEncoder(&j.docs)
	return nil
}

// fails reports whether a finding of severity s fails its testcase.
func (j *junitReporter) fails(s check.Severity) bool {
	return j.failOn > 0 && s >= j.failOn
}

func (j *junitReporter) Document(d DocResult) error {
	j.rules.add(d.Findings)
	failing := map[string]bool{}
	for _, f := range d.Findings {
		if j.fails(f.Severity) && !failing[f.Rule] {
			failing[f.Rule] = true
			j.failures++
		}
	}
	j.n++
	return j.enc.Encode(&junitDoc{Path: d.Doc.Path, FRPath: d.Doc.FRPath, NLPath: d.Doc.NLPath, Findings: d.Findings})
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
		attr("name", j.name), attr("tests", j.n*len(j.rules.list)), attr("failures", j.failures),
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
		if err := enc.EncodeElement(j.suiteOf(&jd), xml.StartElement{Name: xml.Name{Local: "testsuite"}}); err != nil {
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

// suiteOf returns the testsuite of one document.
func (j *junitReporter) suiteOf(jd *junitDoc) junitSuite {
	doc := &align.Document{Path: jd.Path, FRPath: jd.FRPath, NLPath: jd.NLPath}
	suite := junitSuite{Name: jd.Path}
	found := map[string][]*check.Finding{}
	for i := range jd.Findings {
		f := &jd.Findings[i]
		found[f.Rule] = append(found[f.Rule], f)
	}
	for _, c := range j.rules.list {
		tc := junitCase{Name: c.ID, Classname: jd.Path}
		var fail, other []string
		var first *check.Finding // the first failing finding
		for _, f := range found[c.ID] {
			line := f.Unit + " " + junitLine(doc, f)
			if j.fails(f.Severity) {
				fail = append(fail, line)
				if first == nil {
					first = f
				}
			} else {
				other = append(other, line)
			}
		}
		if first != nil {
			tc.Failure = &junitFailure{
				Message: fmt.Sprintf("%s: %s", nounCount(len(fail), "finding"), first.Message),
				Type:    first.Severity.String(),
				Text:    strings.Join(fail, "\n"),
			}
			suite.Failures++
		}
		if len(other) > 0 {
			tc.SystemOut = strings.Join(other, "\n")
		}
		suite.Tests++
		suite.Cases = append(suite.Cases, tc)
	}
	return suite
}

// junitLine describes one finding in a failure text:
// "error: NL has 209 where FR has 208 (FR k.txt 151:97 "208"; NL k.txt 161:70 "209")".
func junitLine(d *align.Document, f *check.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", f.Severity, f.Message)
	var locs []string
	for _, s := range sides(d, f) {
		locs = append(locs, fmt.Sprintf("%s %s %s %q", langTag(s.Lang), s.File, lineCol(s.Ev.Pos), s.Ev.Text))
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
