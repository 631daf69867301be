package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"concord/checks"
)

// JUnit writes r as JUnit XML for CI test views: one testsuite per
// document, one testcase per unit and check, named "UNIT CHECK" and with
// the document's path as classname. A testcase with error or warning
// findings fails, with every message in the failure text; info findings
// leave it passing and go to its system-out. Findings on a unit the
// document's pairs do not list get testcases of their own at the end.
func JUnit(w io.Writer, r *Result) error {
	rules := catalogue(r)
	out := junitSuites{}
	for _, d := range r.Docs {
		suite := junitSuite{Name: d.Doc.Path}
		type key struct{ unit, rule string }
		found := map[key][]checks.Finding{}
		for _, f := range d.Findings {
			k := key{f.Unit, f.Rule}
			found[k] = append(found[k], f)
		}
		var units []string
		seen := map[string]bool{}
		for _, p := range d.Doc.Pairs {
			if !seen[p.Key] {
				seen[p.Key] = true
				units = append(units, p.Key)
			}
		}
		for _, f := range d.Findings {
			if !seen[f.Unit] {
				seen[f.Unit] = true
				units = append(units, f.Unit)
			}
		}
		for _, u := range units {
			for _, c := range rules {
				tc := junitCase{Name: u + " " + c.ID, Classname: d.Doc.Path}
				var fail, info []string
				for _, f := range found[key{u, c.ID}] {
					line := junitLine(d, &f)
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
		out.Tests += suite.Tests
		out.Failures += suite.Failures
		out.Suites = append(out.Suites, suite)
	}
	out.Name = r.Tool.Name
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// junitLine describes one finding in a failure text:
// "error: NL has 209 where FR has 208 (FR 151:97 "208"; NL 161:70 "209")".
func junitLine(d DocResult, f *checks.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", f.Severity, f.Message)
	var locs []string
	for _, s := range sides(d.Doc, f) {
		locs = append(locs, fmt.Sprintf("%s %s:%d:%d %q", strings.ToUpper(s.Lang.String()), s.File, s.Ev.Line, s.Ev.Col, s.Ev.Text))
	}
	if len(locs) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(locs, "; "))
	}
	return b.String()
}

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
