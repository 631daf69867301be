package report

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/concord-bilingual/concord/internal/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// allFormats returns every format of the package by section name: the
// check formats under their names, "text" without colour, and the align
// formats as "align-NAME".
func allFormats() map[string]Formatter {
	m := map[string]Formatter{"text": Whole(Text(false))}
	for k, f := range Formats {
		m[k] = Whole(f)
	}
	for k, f := range AlignFormats {
		m["align-"+k] = f
	}
	// XLIFF 2.0, with the findings as notes.
	m["xliff2"] = func(w io.Writer, r *Result) error {
		r2 := *r
		r2.XLIFFVersion = "2.0"
		return Whole(XLIFF)(w, &r2)
	}
	return m
}

// TestGolden renders every case of testdata/golden in every format and
// compares each with the case's section of that name. A case is one txtar
// file: the "result" section first (see parseResult), then one section per
// format. go test -update rewrites the sections from the output.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden cases")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			src, ok := a.Get("result")
			if !ok {
				t.Fatal("no result section")
			}
			r, err := parseResult(src)
			if err != nil {
				t.Fatal(err)
			}
			out := &txtar.Archive{Comment: a.Comment, Files: []txtar.File{{Name: "result", Data: []byte(src)}}}
			formats := allFormats()
			for _, name := range Names(formats) {
				var buf bytes.Buffer
				if err := formats[name](&buf, r); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				out.Files = append(out.Files, txtar.File{Name: name, Data: buf.Bytes()})
				if *update {
					continue
				}
				want, ok := a.Get(name)
				if !ok {
					t.Errorf("%s: no golden section (run go test -update)", name)
					continue
				}
				if got := buf.String(); got != want {
					t.Errorf("%s differs from the golden section (-want +got):\n%s", name, lineDiff(want, got))
				}
			}
			if *update {
				if err := os.WriteFile(file, txtar.Format(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// lineDiff returns a line-by-line diff of want and got.
func lineDiff(want, got string) string {
	dmp := diffmatchpatch.New()
	a, b, lines := dmp.DiffLinesToChars(want, got)
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(a, b, false), lines)
	var out strings.Builder
	for _, d := range diffs {
		prefix := " "
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			prefix = "-"
		case diffmatchpatch.DiffInsert:
			prefix = "+"
		case diffmatchpatch.DiffEqual:
			continue
		}
		for _, l := range strings.SplitAfter(strings.TrimSuffix(d.Text, "\n"), "\n") {
			out.WriteString(prefix + strings.TrimSuffix(l, "\n") + "\n")
		}
	}
	return out.String()
}

// TestFormatsComplete makes sure every format has a golden section in
// every case, so a new format cannot ship without one.
func TestFormatsComplete(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.txtar")
	for _, file := range files {
		a, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for name := range allFormats() {
			if _, ok := a.Get(name); !ok {
				t.Errorf("%s: no %s section", file, name)
			}
		}
	}
}
