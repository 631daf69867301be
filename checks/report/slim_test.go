package report

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"concord/align"
	"concord/checks"
	"concord/internal/txtar"
)

// TestSlimSameReports renders every golden case and the sample, checked,
// in every format that Slim serves, from the whole documents and from
// their slim copies: the reports must be the same byte for byte.
func TestSlimSameReports(t *testing.T) {
	results := map[string]*Result{}
	files, err := filepath.Glob("testdata/golden/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, file := range files {
		a, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		src, _ := a.Get("result")
		r, err := parseResult(src)
		if err != nil {
			t.Fatal(err)
		}
		results[filepath.Base(file)] = r
	}
	doc, err := align.ReadFile("../../testdata/kazakhstan.txt", align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	seed := &Result{Checks: checks.All}
	seed.Docs = []DocResult{{Doc: doc, Findings: checks.Run(doc, checks.All, nil)}}
	results["kazakhstan.txt"] = seed

	formats := map[string]Formatter{"text": Text(false), "text-color": Text(true)}
	for name, f := range Formats {
		if !NeedsWholeDocument(name) {
			formats[name] = f
		}
	}
	for cas, r := range results {
		slim := *r
		slim.Docs = nil
		for _, d := range r.Docs {
			sd, sf := Slim(d.Doc, d.Findings)
			slim.Docs = append(slim.Docs, DocResult{Doc: sd, Findings: sf})
		}
		for name, f := range formats {
			var whole, part bytes.Buffer
			if err := f(&whole, r); err != nil {
				t.Fatalf("%s %s: %v", cas, name, err)
			}
			if err := f(&part, &slim); err != nil {
				t.Fatalf("%s %s slim: %v", cas, name, err)
			}
			if whole.String() != part.String() {
				t.Errorf("%s: %s report differs on the slim result:\n%s", cas, name, lineDiff(whole.String(), part.String()))
			}
		}
	}
}

// TestSlimDropsText checks that Slim keeps the text of the units that
// findings name only, and shares no text with the document.
func TestSlimDropsText(t *testing.T) {
	data, err := os.ReadFile("../../testdata/kazakhstan.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := align.ReadBytes("seed", data, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fs := checks.Run(doc, checks.All, nil)
	if len(fs) == 0 {
		t.Fatal("the sample raises no finding")
	}
	sd, _ := Slim(doc, fs)
	named := map[string]bool{}
	for _, f := range fs {
		named[f.Unit] = true
	}
	kept := 0
	for i, p := range sd.Pairs {
		for j, u := range []*align.Unit{p.FR, p.NL} {
			orig := []*align.Unit{doc.Pairs[i].FR, doc.Pairs[i].NL}[j]
			if u == nil {
				if orig != nil {
					t.Errorf("pair %s lost a side", p.Key)
				}
				continue
			}
			if !named[p.Key] && u.Text.S != "" {
				t.Errorf("pair %s keeps its text though no finding names it", p.Key)
			}
			if named[p.Key] && u.Text.S != orig.Text.S {
				t.Errorf("pair %s lost the text of a unit a finding names", p.Key)
			}
			kept += len(u.Text.S)
			if u.Text.S != "" && unsafe.StringData(u.Text.S) == unsafe.StringData(orig.Text.S) {
				t.Errorf("pair %s shares its text with the document", p.Key)
			}
		}
	}
	if kept == 0 || kept >= len(data)/2 {
		t.Errorf("slim copy keeps %d bytes of text of %d", kept, len(data))
	}
}
