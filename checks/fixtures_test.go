package checks

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/internal/txtar"
)

// TestFixtures runs every testdata/checks/*/*.txtar case. A case has the
// sections "fr" and "nl" (one monolingual text each), or "doc" (one
// bilingual file, read as concord reads a file), and "want": one line per
// expected finding,
//
//	UNIT RULE SEVERITY MESSAGE-REGEXP
//
// Blank lines and lines starting with # are comments. Every finding must
// match a want line and every want line must match a finding, so both a
// surprise and a miss fail. An optional "terms.csv" or "terms.tbx" section
// is loaded as the user termbase.
func TestFixtures(t *testing.T) {
	files, err := filepath.Glob("../testdata/checks/*/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no fixtures found")
	}
	for _, file := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(file, "../testdata/checks/"), ".txtar")
		t.Run(name, func(t *testing.T) {
			runFixture(t, file)
		})
	}
}

type want struct {
	unit, rule, sev string
	msg             *regexp.Regexp
	line            int
}

func runFixture(t *testing.T, file string) {
	t.Helper()
	a, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	fr, okFR := a.Get("fr")
	nl, okNL := a.Get("nl")
	one, okDoc := a.Get("doc")
	wantText, okW := a.Get("want")
	if !okDoc && (!okFR || !okNL) || !okW {
		t.Fatalf("%s: need fr and nl (or doc) and want sections", file)
	}
	var doc *align.Document
	if okDoc {
		// One bilingual file, read as concord reads it (the page layouts).
		doc, err = align.ReadBytes(strings.TrimSuffix(file, ".txtar")+".txt", []byte(one), align.Options{})
	} else {
		doc, err = align.FromTexts(file, fr, nl)
	}
	if err != nil {
		t.Fatalf("align: %v", err)
	}
	env, err := fixtureEnv(a)
	if err != nil {
		t.Fatal(err)
	}
	wants := parseWants(t, wantText)
	got := check.Run(doc, All, env)
	used := make([]bool, len(wants))
	for _, f := range got {
		matched := false
		for i, w := range wants {
			if used[i] || w.unit != f.Unit || w.rule != f.Rule || w.sev != f.Severity.String() || !w.msg.MatchString(f.Message) {
				continue
			}
			used[i], matched = true, true
			break
		}
		if !matched {
			t.Errorf("unexpected finding: %s %s %s %q", f.Unit, f.Rule, f.Severity, f.Message)
		}
	}
	for i, w := range wants {
		if !used[i] {
			t.Errorf("want line %d not found: %s %s %s %s", w.line, w.unit, w.rule, w.sev, w.msg)
		}
	}
	if t.Failed() {
		for _, p := range doc.Pairs {
			t.Logf("pair %s: fr=%v nl=%v", p.Key, p.FR != nil, p.NL != nil)
		}
	}
}

func parseWants(t *testing.T, s string) []want {
	t.Helper()
	var out []want
	for i, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, " ", 4)
		if len(f) < 3 {
			t.Fatalf("want line %d: need UNIT RULE SEVERITY [MESSAGE-REGEXP]", i+1)
		}
		re := ""
		if len(f) == 4 {
			re = f[3]
		}
		rx, err := regexp.Compile(re)
		if err != nil {
			t.Fatalf("want line %d: %v", i+1, err)
		}
		out = append(out, want{unit: f[0], rule: f[1], sev: f[2], msg: rx, line: i + 1})
	}
	return out
}

// fixtureEnv builds the check environment of a case from its optional
// termbase sections.
func fixtureEnv(a *txtar.Archive) (*check.Env, error) {
	env := &check.Env{}
	for _, f := range a.Files {
		if !strings.HasPrefix(f.Name, "terms.") {
			continue
		}
		tmp := filepath.Join(os.TempDir(), fmt.Sprintf("concord-fixture-%d-%s", os.Getpid(), f.Name))
		if err := os.WriteFile(tmp, f.Data, 0o644); err != nil {
			return nil, err
		}
		defer os.Remove(tmp)
		if err := LoadTerms(env, tmp); err != nil {
			return nil, err
		}
	}
	return env, nil
}
