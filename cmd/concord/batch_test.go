package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/checks/check"
)

// TestPanicFailsOneDocument: a check that panics on one document of a
// batch fails that document alone, with one diagnostic; the others are
// checked, in order, whatever the number of jobs.
func TestPanicFailsOneDocument(t *testing.T) {
	faulty := &check.Check{ID: "numbers/faulty", Severity: check.Warning, Doc: "panics on b", Run: func(p *check.Pass) {
		if strings.HasSuffix(p.Doc.Path, "b.txt") {
			panic("a bug in a check")
		}
	}}
	dir := t.TempDir()
	var ins []input
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		data, err := os.ReadFile(seed)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		ins = append(ins, input{path: p})
	}
	for _, jobs := range []int{1, 3} {
		var errb bytes.Buffer
		var got []string
		for r := range checkAll(ins, inputOptions{}, []*check.Check{faulty}, nil, jobs, streams{Err: &errb}) {
			switch {
			case r.err != nil:
				got = append(got, "error: "+r.err.Error())
			default:
				got = append(got, "checked: "+r.doc.Path)
			}
		}
		if len(got) != 3 || got[0] != "checked: "+ins[0].path || got[2] != "checked: "+ins[2].path ||
			got[1] != "error: "+ins[1].path+": not checked: internal error: a bug in a check (a fault of concord: please report it with this input)" {
			t.Errorf("-j %d: %q", jobs, got)
		}
	}
}
