package baseline

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

func ev(line, col int, s string) *check.Evidence {
	return &check.Evidence{Pos: align.Pos{Line: line, Col: col}, Text: s}
}

// p208 is the finding of recital P of the seed with 209 injected in NL.
func p208(frLine, nlLine int) check.Finding {
	return check.Finding{Rule: "numbers/mismatch", Severity: check.Error, Unit: "recital:P",
		Message: "NL has 209 where FR has 208", FR: ev(frLine, 82, "208"), NL: ev(nlLine, 71, "209")}
}

func TestFingerprintIgnoresPositions(t *testing.T) {
	a, b := p208(151, 161), p208(153, 170)
	b.Message = "NL has 209 where FR has 208 (reworded)"
	if Fingerprint(&a) != Fingerprint(&b) {
		t.Error("moving the finding or rewording its message changed its fingerprint")
	}
	for name, change := range map[string]func(*check.Finding){
		"unit":     func(f *check.Finding) { f.Unit = "recital:Q" },
		"rule":     func(f *check.Finding) { f.Rule = "numbers/missing" },
		"fr text":  func(f *check.Finding) { f.FR = ev(151, 82, "207") },
		"nl text":  func(f *check.Finding) { f.NL = ev(161, 71, "210") },
		"nl gone":  func(f *check.Finding) { f.NL = nil },
		"fr empty": func(f *check.Finding) { f.FR = ev(151, 82, "") },
	} {
		c := p208(151, 161)
		change(&c)
		if Fingerprint(&c) == Fingerprint(&a) {
			t.Errorf("changing the %s kept the fingerprint", name)
		}
	}
	// White space inside evidence that a re-flow changes does not count.
	c, d := p208(1, 1), p208(1, 1)
	c.FR.Text, d.FR.Text = "25 septembre", "25\n septembre"
	if Fingerprint(&c) != Fingerprint(&d) {
		t.Error("collapsed white space changed the fingerprint")
	}
}

func TestFingerprintsUnique(t *testing.T) {
	fs := []check.Finding{p208(1, 1), p208(5, 5), p208(9, 9)}
	fs[2].Unit = "recital:Q"
	got := Fingerprints(fs)
	if !strings.HasSuffix(got[0], ":1") || !strings.HasSuffix(got[1], ":2") || !strings.HasSuffix(got[2], ":1") || got[0] == got[1] {
		t.Errorf("Fingerprints = %v", got)
	}
}

func TestRoundTripAndFilter(t *testing.T) {
	old := []check.Finding{p208(151, 161), p208(151, 161)}
	old[1].FR, old[1].NL = ev(151, 200, "80"), ev(161, 180, "81")
	b := New([]Doc{{Path: "testdata/kazakhstan.txt", Findings: old}})
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Findings) != 2 || back.Findings[0].Count != 1 || back.Findings[0].Unit != "recital:P" {
		t.Fatalf("read back %+v", back.Findings)
	}
	// The same findings after an edit above them: all known.
	now := []check.Finding{p208(153, 163), old[1]}
	now[1].FR.Line, now[1].NL.Line = 153, 163
	fresh, known := back.Filter("testdata/./kazakhstan.txt", now)
	if len(fresh) != 0 || known != 2 {
		t.Errorf("after an unrelated edit: fresh %v, known %d", fresh, known)
	}
	// A second identical finding is new: the baseline holds one.
	fresh, known = back.Filter("testdata/kazakhstan.txt", append(now, p208(160, 170)))
	if len(fresh) != 1 || known != 2 {
		t.Errorf("duplicate: fresh %v, known %d", fresh, known)
	}
	// Another document shares nothing with it.
	if fresh, _ := back.Filter("other.txt", now); len(fresh) != 2 {
		t.Errorf("other document: fresh %v", fresh)
	}
}

func TestReadErrors(t *testing.T) {
	for _, src := range []string{
		`{"version":2,"tool":"concord","findings":[]}`,
		`{"version":1,"findings":[{"document":"a","fingerprint":"","count":1}]}`,
		`{"version":1,"findings":[{"document":"a","fingerprint":"x","count":0}]}`,
		`{"version":1,"extra":true}`,
		`not json`,
	} {
		if _, err := Read(strings.NewReader(src)); err == nil {
			t.Errorf("Read(%s) succeeded", src)
		}
	}
}

func BenchmarkFilter(b *testing.B) {
	var fs []check.Finding
	for i := range 1000 {
		f := p208(i, i)
		f.Unit = "para:" + string(rune('A'+i%26))
		fs = append(fs, f)
	}
	base := New([]Doc{{Path: "d.txt", Findings: fs}})
	b.ReportAllocs()
	for b.Loop() {
		base.Filter("d.txt", fs)
	}
}

// BenchmarkFilterBatch filters every document of a batch of 2,000, with
// 20 findings each, against the baseline of the whole batch.
func BenchmarkFilterBatch(b *testing.B) {
	var docs []Doc
	for d := range 2000 {
		var fs []check.Finding
		for i := range 20 {
			fs = append(fs, p208(i, i))
		}
		docs = append(docs, Doc{Path: fmt.Sprintf("doc%04d.txt", d), Findings: fs})
	}
	base := New(docs)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			base.Filter(d.Path, d.Findings)
		}
	}
}
