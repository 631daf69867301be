package report

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks"
	"github.com/concord-bilingual/concord/checks/check"
)

// TestReportersHoldNoDocument streams a batch of copies of the checked
// sample through every reporter and measures the live heap after the
// first documents and after the whole batch: what a reporter keeps must
// not grow with the batch (a spool moves to a temporary file past
// spoolMemory). A reporter that keeps each document's findings and the
// texts of the units they name, as the report did before it streamed,
// serves as control: the measure must see it grow.
func TestReportersHoldNoDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("streams a batch through every reporter")
	}
	defer func(n int) { spoolMemory = n }(spoolMemory)
	spoolMemory = 64 << 10

	data, err := os.ReadFile("../../testdata/kazakhstan.txt")
	if err != nil {
		t.Fatal(err)
	}
	seed, err := align.ReadBytes("seed.txt", data, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	findings := check.Run(seed, checks.All, nil)
	if len(findings) == 0 {
		t.Fatal("the sample raises no finding")
	}
	const first, docs = 20, 220
	// A reporter may keep a little: spools in memory up to spoolMemory
	// and their file buffers, encoders, counts. Keeping 1.3 KB per
	// document would exceed the bound here; the report kept about 20 KB
	// per document of this kind before it streamed.
	const bound = 256 << 10

	formats := map[string]func() Reporter{"text": Text(false), "keeper (control)": func() Reporter { return &keeper{} }}
	for k, f := range Formats {
		formats[k] = f
	}
	for _, name := range Names(wholes(formats)) {
		rep := formats[name]()
		r := &Result{Checks: checks.All}
		r.Tool.Name, r.Tool.Version = "concord", "test"
		if err := rep.Begin(io.Discard, r); err != nil {
			t.Fatal(err)
		}
		var before uint64
		for i := range docs {
			if i == first {
				before = liveHeap()
			}
			d := DocResult{Doc: copyDocument(seed, fmt.Sprintf("batch/doc%04d.txt", i)), Findings: Detach(findings)}
			if err := rep.Document(d); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		after := liveHeap()
		if err := rep.End(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		growth := int64(after) - int64(before)
		t.Logf("%s: live heap grew by %d KB over %d documents", name, growth>>10, docs-first)
		if _, control := rep.(*keeper); control {
			if growth < 4*bound {
				t.Errorf("the control reporter grew by %d KB only: the measure cannot tell", growth>>10)
			}
			continue
		}
		if growth > bound {
			t.Errorf("%s: the live heap grew by %d KB over %d documents, want at most %d KB", name, growth>>10, docs-first, bound>>10)
		}
	}
}

// wholes returns the names of m as a Formatter map, for Names.
func wholes(m map[string]func() Reporter) map[string]Formatter {
	out := map[string]Formatter{}
	for k, f := range m {
		out[k] = Whole(f)
	}
	return out
}

func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// copyDocument returns a copy of d under another path that shares no
// memory with it, as if read from another file.
func copyDocument(d *align.Document, path string) *align.Document {
	c := &align.Document{Path: path, Layout: d.Layout, Units: make([]align.Unit, len(d.Units)), Pairs: make([]align.Pair, len(d.Pairs))}
	at := map[*align.Unit]*align.Unit{}
	for i, u := range d.Units {
		u.Text = align.Text{S: strings.Clone(u.Text.S), Segs: append([]align.Segment(nil), u.Text.Segs...), Marks: append([]align.Mark(nil), u.Text.Marks...)}
		u.File = path
		c.Units[i] = u
		at[&d.Units[i]] = &c.Units[i]
	}
	for i, p := range d.Pairs {
		p.FR, p.NL = at[p.FR], at[p.NL]
		c.Pairs[i] = p
	}
	return c
}

// keeper is a reporter that keeps, per document, its path, pair keys,
// findings and the texts of the units the findings name, and writes them
// at the end.
type keeper struct {
	w    io.Writer
	kept []string
}

func (k *keeper) Begin(w io.Writer, r *Result) error { k.w = w; return nil }

func (k *keeper) Document(d DocResult) error {
	var b strings.Builder
	b.WriteString(d.Doc.Path)
	named := map[string]bool{}
	for _, f := range d.Findings {
		named[f.Unit] = true
		fmt.Fprintf(&b, "\n%s %s %s", f.Unit, f.Rule, f.Message)
	}
	for _, p := range d.Doc.Pairs {
		b.WriteString("\n" + p.Key)
		if named[p.Key] {
			for _, u := range []*align.Unit{p.FR, p.NL} {
				if u != nil {
					b.WriteString(" " + u.Text.S)
				}
			}
		}
	}
	k.kept = append(k.kept, b.String())
	return nil
}

func (k *keeper) End() error {
	_, err := io.WriteString(k.w, strings.Join(k.kept, "\n"))
	return err
}

// TestSpool writes past spoolMemory and reads everything back, and checks
// that the temporary file is gone after Close.
func TestSpool(t *testing.T) {
	defer func(n int) { spoolMemory = n }(spoolMemory)
	spoolMemory = 1000
	t.Setenv("TMPDIR", t.TempDir())
	var s spool
	var want bytes.Buffer
	for i := range 500 {
		line := fmt.Sprintf("line %d\n", i)
		want.WriteString(line)
		if _, err := io.WriteString(&s, line); err != nil {
			t.Fatal(err)
		}
	}
	if s.f == nil {
		t.Fatal("the spool stayed in memory past spoolMemory")
	}
	if s.mem.Len() != 0 {
		t.Errorf("the spool keeps %d bytes in memory after moving to a file", s.mem.Len())
	}
	var got bytes.Buffer
	if _, err := s.WriteTo(&got); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("spool gave back %d bytes, want %d", got.Len(), want.Len())
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	left, _ := os.ReadDir(os.TempDir())
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestRuleNamedLater checks a batch whose second document names a rule
// the catalogue lacks: SARIF's rule list and every JUnit suite, the
// first document's included, must be as if the catalogue had listed a
// stand-in for it from the start.
func TestRuleNamedLater(t *testing.T) {
	r := goldenResult(t, "batch")
	const later = "structure/missing" // named by the second document only
	names := func(d DocResult) bool {
		for _, f := range d.Findings {
			if f.Rule == later {
				return true
			}
		}
		return false
	}
	if len(r.Docs) != 2 || names(r.Docs[0]) || !names(r.Docs[1]) {
		t.Fatalf("the batch case no longer names %s in its second document only", later)
	}
	lacking, listing := *r, *r
	lacking.Checks = nil
	for _, c := range r.Checks {
		if c.ID != later {
			lacking.Checks = append(lacking.Checks, c)
		}
	}
	listing.Checks = append(append([]*check.Check(nil), lacking.Checks...), &check.Check{ID: later, Severity: check.Error, Doc: later})
	for _, name := range []string{"sarif", "junit"} {
		var got, want bytes.Buffer
		if err := Whole(Formats[name])(&got, &lacking); err != nil {
			t.Fatal(err)
		}
		if err := Whole(Formats[name])(&want, &listing); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s differs from the report of a catalogue that lists %s:\n%s", name, later, lineDiff(want.String(), got.String()))
		}
		if name == "junit" && !strings.Contains(got.String(), `name="`+later+`" classname="docs/a.fr.txt"`) {
			t.Errorf("junit: the first document's suite has no testcase for %s", later)
		}
	}
}
