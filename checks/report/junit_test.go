package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/internal/txtar"
)

// kazakhstanResult returns the result of the golden case kazakhstan: four
// checks, one finding of each severity plus a second error.
func kazakhstanResult(t *testing.T) *Result {
	t.Helper()
	a, err := txtar.ParseFile("testdata/golden/kazakhstan.txtar")
	if err != nil {
		t.Fatal(err)
	}
	src, _ := a.Get("result")
	r, err := parseResult(src)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func junitOf(t *testing.T, r *Result) junitSuites {
	t.Helper()
	var b bytes.Buffer
	if err := Whole(JUnit)(&b, r); err != nil {
		t.Fatal(err)
	}
	var s junitSuites
	if err := xml.Unmarshal(b.Bytes(), &s); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	return s
}

// TestJUnitFailOn checks that only findings at or above --fail-on fail
// their testcase: the kazakhstan case has two errors (numbers/mismatch,
// structure/missing), a warning (artefact/case-break) and an info
// (names/variant), each from a different check.
func TestJUnitFailOn(t *testing.T) {
	for _, tc := range []struct {
		failOn check.Severity
		want   []string // failing testcases
	}{
		{check.Error, []string{"structure/missing", "numbers/mismatch"}},
		{check.Warning, []string{"structure/missing", "numbers/mismatch", "artefact/case-break"}},
		{check.Info, []string{"structure/missing", "numbers/mismatch", "names/variant", "artefact/case-break"}},
		{0, nil}, // --fail-on never
	} {
		r := kazakhstanResult(t)
		r.FailOn = tc.failOn
		s := junitOf(t, r)
		var got []string
		out := 0
		for _, c := range s.Suites[0].Cases {
			if c.Failure != nil {
				got = append(got, c.Name)
			}
			if c.SystemOut != "" {
				out++
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) || s.Failures != len(tc.want) || s.Suites[0].Failures != len(tc.want) {
			t.Errorf("fail-on %v: failing %q (total %d), want %q", tc.failOn, got, s.Failures, tc.want)
		}
		if out != 4-len(tc.want) {
			t.Errorf("fail-on %v: %d testcases with system-out, want the %d checks whose findings do not fail", tc.failOn, out, 4-len(tc.want))
		}
		if s.Tests != 4 || len(s.Suites[0].Cases) != 4 {
			t.Errorf("fail-on %v: %d tests, want one per check (4)", tc.failOn, s.Tests)
		}
	}
}

// TestJUnitBatchSize checks that a batch gives one testcase per document
// and check, not per unit and check: 200 copies of the kazakhstan case,
// four checks each.
func TestJUnitBatchSize(t *testing.T) {
	one := kazakhstanResult(t)
	r := *one
	r.Docs = nil
	for i := range 200 {
		d := one.Docs[0]
		doc := *d.Doc
		doc.Path = fmt.Sprintf("docs/%03d.txt", i)
		d.Doc = &doc
		r.Docs = append(r.Docs, d)
	}
	var b bytes.Buffer
	if err := Whole(JUnit)(&b, &r); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "<testcase "); n != 200*4 {
		t.Errorf("%d testcases, want 800", n)
	}
	if b.Len() > 400<<10 {
		t.Errorf("report of %d KB for 200 documents", b.Len()>>10)
	}
}
