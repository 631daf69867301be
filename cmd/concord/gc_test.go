package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGCPercent checks that only a small run of files collects garbage
// less often: the sample alone, not a large file, standard input, or a
// run where the user set GOGC; and that a run with a document of more
// than largeInput bytes collects more often.
func TestGCPercent(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, make([]byte, smallInput+1), 0o644); err != nil {
		t.Fatal(err)
	}
	huge := filepath.Join(dir, "huge.txt")
	if err := os.WriteFile(huge, make([]byte, largeInput+1), 0o644); err != nil {
		t.Fatal(err)
	}
	half := filepath.Join(dir, "half.txt")
	if err := os.WriteFile(half, make([]byte, largeInput/2+1), 0o644); err != nil {
		t.Fatal(err)
	}
	sample := "../../testdata/kazakhstan.txt"
	fr, nl := "../../testdata/corpus/55K3513001-bill-postal.fr.txt", "../../testdata/corpus/55K3513001-bill-postal.nl.txt"
	t.Setenv("GOGC", "")
	os.Unsetenv("GOGC")
	for _, c := range []struct {
		name string
		ins  []input
		want int
	}{
		{"sample", []input{{path: sample}}, smallRunGC},
		{"two files", []input{{fr: fr, nl: nl}}, smallRunGC},
		{"large file", []input{{path: big}}, 0},
		{"sample and large file", []input{{path: sample}, {path: big}}, 0},
		{"huge file", []input{{path: sample}, {path: huge}}, largeRunGC},
		{"huge document in two files", []input{{fr: half, nl: half}}, largeRunGC},
		{"two large documents, none huge", []input{{path: half}, {path: half}}, 0},
		{"standard input", []input{{stdin: true}}, 0},
		{"missing file", []input{{path: filepath.Join(dir, "none.txt")}}, 0},
		{"no input", nil, 0},
	} {
		if got := gcPercent(c.ins); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
	t.Setenv("GOGC", "100")
	if got := gcPercent([]input{{path: sample}}); got != 0 {
		t.Errorf("with GOGC set: %d, want 0", got)
	}
}

// TestMemoryLimit checks that only a run with a document of more than
// largeInput bytes gets a soft memory limit, in proportion to that
// document, and that a limit or GOGC the user set is left alone.
func TestMemoryLimit(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	if err := os.WriteFile(huge, make([]byte, largeInput+1), 0o644); err != nil {
		t.Fatal(err)
	}
	sample := "../../testdata/kazakhstan.txt"
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Setenv(env, "")
		os.Unsetenv(env)
	}
	if got := memoryLimit([]input{{path: sample}}); got != 0 {
		t.Errorf("the sample: limit %d, want none", got)
	}
	want := int64(memoryPerByte*(largeInput+1) + memoryBase)
	if got := memoryLimit([]input{{path: sample}, {path: huge}}); got != want {
		t.Errorf("a huge document: limit %d, want %d", got, want)
	}
	if got := memoryLimit([]input{{stdin: true}}); got != 0 {
		t.Errorf("standard input: limit %d, want none", got)
	}
	t.Setenv("GOMEMLIMIT", "1GiB")
	if got := memoryLimit([]input{{path: huge}}); got != 0 {
		t.Errorf("GOMEMLIMIT set: limit %d, want none", got)
	}
}
