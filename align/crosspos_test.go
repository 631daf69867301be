package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/internal/txtar"
)

// TestCrossedPositionsNameTheirFile: in a coordinated text whose columns
// put each language's passages in the other stream (55K3495001,
// shortened), every run of every unit maps back to the file it was read
// from: the text at its line and column there is the run's text. A
// Dutch passage read from the French file names the French file, so that
// a finding on it points at the right file and line.
func TestCrossedPositionsNameTheirFile(t *testing.T) {
	a, err := txtar.ParseFile("../testdata/checks/structure/coordinated-text-streams.txtar")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	paths := map[string]string{}
	for _, side := range []string{"fr", "nl"} {
		text, ok := a.Get(side)
		if !ok {
			t.Fatalf("fixture has no %s section", side)
		}
		p := filepath.Join(dir, "doc."+side+".txt")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths[side] = p
	}
	doc, err := ReadPair(paths["fr"], paths["nl"], Options{})
	if err != nil {
		t.Fatal(err)
	}
	lines := map[string][]string{}
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		lines[p] = strings.Split(string(b), "\n")
	}
	crossed := 0
	for _, u := range doc.Units {
		for i, s := range u.Text.Segs {
			end := len(u.Text.S)
			if i+1 < len(u.Text.Segs) {
				end = u.Text.Segs[i+1].Off
			}
			run := strings.TrimSpace(u.Text.S[s.Off:end])
			if run == "" {
				continue
			}
			ls, ok := lines[s.File]
			if !ok {
				t.Fatalf("%s: a run names file %q, not one of the inputs", u.Key, s.File)
			}
			if (u.Lang == FR) != (s.File == paths["fr"]) && u.Lang != Neutral {
				crossed++
			}
			line := ls[s.Line-1]
			col := 0
			for k := 1; k < s.Col && col < len(line); k++ {
				_, n := utf8.DecodeRuneInString(line[col:])
				col += n
			}
			first, _, _ := strings.Cut(run, " ")
			if !strings.HasPrefix(line[col:], first) {
				t.Errorf("%s %v: %q is not at %s:%d:%d (found %.30q)", u.Key, u.Lang, first, filepath.Base(s.File), s.Line, s.Col, line[col:])
			}
		}
	}
	if crossed == 0 {
		t.Fatal("no run of a unit stands in the other language's file: the fixture no longer exercises crossed passages")
	}
}
