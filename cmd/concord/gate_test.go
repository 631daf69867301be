package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// concord runs the command line in dir and returns its exit code and
// streams.
func concord(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var out, errb bytes.Buffer
	code := run(args, streams{In: strings.NewReader(""), Out: &out, Err: &errb})
	return code, out.String(), errb.String()
}

// seedCopy copies the seed document into a fresh directory as k.txt.
func seedCopy(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../testdata/kazakhstan.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "k.txt"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// edit replaces old by new in dir/k.txt, once, and fails if old is absent.
func edit(t *testing.T, dir, old, new string) {
	t.Helper()
	p := filepath.Join(dir, "k.txt")
	data, _ := os.ReadFile(p)
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("k.txt lacks %q", old)
	}
	if err := os.WriteFile(p, bytes.Replace(data, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

type jsonReport struct {
	Documents []struct {
		Findings []struct {
			Rule, Unit, Message string
		}
	}
}

func findingsOf(t *testing.T, out string) []string {
	t.Helper()
	var r jsonReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var got []string
	for _, d := range r.Documents {
		for _, f := range d.Findings {
			got = append(got, f.Unit+" "+f.Rule+" "+f.Message)
		}
	}
	return got
}

// TestBaselineRoundTrip: check → write baseline → edit an unrelated
// paragraph (and shift every line) → check with the baseline exits 0 →
// change a number → exits 1 and reports only that.
func TestBaselineRoundTrip(t *testing.T) {
	dir := seedCopy(t)
	code, out, _ := concord(t, dir, "check", "--format", "json", "--fail-on", "warning", "k.txt")
	before := findingsOf(t, out)
	if code != exitFindings || len(before) == 0 {
		t.Fatalf("the seed should have warnings to record: exit %d, %v", code, before)
	}
	code, _, stderr := concord(t, dir, "check", "--fail-on", "warning", "--write-baseline", "baseline.json", "k.txt")
	if code != exitOK {
		t.Fatalf("--write-baseline: exit %d: %s", code, stderr)
	}

	edit(t, dir, "probablement la crise", "sans aucun doute la crise") // intro:1, FR
	edit(t, dir, "CHAMBRE DES REPRÉSENTANTS", "\nCHAMBRE DES REPRÉSENTANTS")
	code, out, stderr = concord(t, dir, "check", "--format", "json", "--fail-on", "warning", "--baseline", "baseline.json", "k.txt")
	if code != exitOK || len(findingsOf(t, out)) != 0 {
		t.Fatalf("after an unrelated edit: exit %d, findings %v, %s", code, findingsOf(t, out), stderr)
	}
	if !strings.Contains(stderr, "already in the baseline") {
		t.Errorf("stderr does not say findings were known: %q", stderr)
	}

	edit(t, dir, "2020 208 vervolgingen", "2020 209 vervolgingen") // recital:P, NL
	code, out, _ = concord(t, dir, "check", "--format", "json", "--fail-on", "warning", "--baseline", "baseline.json", "k.txt")
	got := findingsOf(t, out)
	if code != exitFindings || len(got) != 1 || !strings.HasPrefix(got[0], "recital:P numbers/mismatch") || !strings.Contains(got[0], "209") {
		t.Fatalf("after changing a number: exit %d, findings %v", code, got)
	}
}

// TestConfigSuppressAndSeverity checks a concord.toml found above the
// input: a suppression removes its finding, a severity override changes
// the exit code.
func TestConfigSuppressAndSeverity(t *testing.T) {
	dir := seedCopy(t)
	sub := filepath.Join(dir, "docs")
	os.Mkdir(sub, 0o755)
	os.Rename(filepath.Join(dir, "k.txt"), filepath.Join(sub, "k.txt"))
	cfg := `[severity]
artefact = "info"

[[suppress]]
rule = "artefact/script"
evidence = "Utепова"
reason = "the source spells it so"
`
	os.WriteFile(filepath.Join(dir, "concord.toml"), []byte(cfg), 0o644)
	code, out, stderr := concord(t, dir, "check", "--format", "json", "--fail-on", "warning", "docs/k.txt")
	if code != exitOK {
		t.Errorf("artefact findings made info still fail at warning: exit %d", code)
	}
	got := findingsOf(t, out)
	for _, f := range got {
		if strings.Contains(f, "Utепова") {
			t.Errorf("suppressed finding reported: %s", f)
		}
	}
	if len(got) == 0 || !strings.Contains(stderr, "2 findings suppressed") {
		t.Errorf("findings %v, stderr %q", got, stderr)
	}
	var r struct {
		Documents []struct{ Findings []struct{ Severity string } }
	}
	json.Unmarshal([]byte(out), &r)
	for _, f := range r.Documents[0].Findings {
		if f.Severity != "info" {
			t.Errorf("severity %s, want info", f.Severity)
		}
	}
	os.WriteFile(filepath.Join(dir, "bad.toml"), []byte("[[suppress]]\nrule = \"artefact\"\n"), 0o644)
	if code, _, stderr := concord(t, dir, "check", "--config", "bad.toml", "docs/k.txt"); code != exitUsage || !strings.Contains(stderr, "reason is required") {
		t.Errorf("bad config: exit %d, %q", code, stderr)
	}
}

// TestSeveralOutputs writes three reports in one run.
func TestSeveralOutputs(t *testing.T) {
	dir := seedCopy(t)
	code, out, stderr := concord(t, dir, "check", "-o", "sarif=r.sarif", "-o", "html=r.html", "-o", "junit=r.xml", "k.txt")
	if code != exitOK || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	for name, want := range map[string]string{"r.sarif": `"version": "2.1.0"`, "r.html": "<!DOCTYPE html>", "r.xml": "<testsuites"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !strings.Contains(string(data), want) {
			t.Errorf("%s: %v, lacks %q", name, err, want)
		}
	}
	if code, _, stderr := concord(t, dir, "check", "-o", "pdf=r.pdf", "k.txt"); code != exitUsage || !strings.Contains(stderr, "unknown format") {
		t.Errorf("unknown format: exit %d, %q", code, stderr)
	}
}

// TestSeveralOutputsSameAsOne writes every format at once on a batch of
// two documents and wants each file to be the report that format writes
// alone: the reports are written side by side, a document at a time.
func TestSeveralOutputsSameAsOne(t *testing.T) {
	dir := seedCopy(t)
	data, _ := os.ReadFile(filepath.Join(dir, "k.txt"))
	if err := os.WriteFile(filepath.Join(dir, "l.txt"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	edit(t, dir, "208", "209")
	args := []string{"check", "--fail-on", "never"}
	formats := []string{"text", "json", "sarif", "junit", "github", "rdjsonl", "markdown", "html"}
	for _, f := range formats {
		args = append(args, "-o", f+"="+f+".out")
	}
	if code, out, stderr := concord(t, dir, append(args, "k.txt", "l.txt")...); code != exitOK || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	for _, f := range formats {
		code, want, stderr := concord(t, dir, "check", "--fail-on", "never", "--color", "never", "--format", f, "k.txt", "l.txt")
		if code != exitOK {
			t.Fatalf("%s: exit %d, %s", f, code, stderr)
		}
		got, err := os.ReadFile(filepath.Join(dir, f+".out"))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s: the report written with the others differs from the one written alone", f)
		}
		if !strings.Contains(want, "l.txt") {
			t.Errorf("%s: the report does not name the second document", f)
		}
	}
}

// TestSeveralReportsOnStandardOutput writes three reports to standard
// output on a batch whose reports outgrow the output buffers, and wants
// them one after the other, each as it is written alone.
func TestSeveralReportsOnStandardOutput(t *testing.T) {
	dir := seedCopy(t)
	data, _ := os.ReadFile(filepath.Join(dir, "k.txt"))
	args := []string{"--fail-on", "never", "--color", "never", "-j", "2"}
	for i := range 40 {
		name := fmt.Sprintf("k%02d.txt", i)
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, name)
	}
	var want strings.Builder
	for _, f := range []string{"text", "sarif", "json"} {
		code, out, stderr := concord(t, dir, append([]string{"check", "--format", f}, args...)...)
		if code != exitOK {
			t.Fatalf("%s: exit %d, %s", f, code, stderr)
		}
		if len(out) < 80<<10 {
			t.Fatalf("%s: %d bytes only, the reports fit in the buffers", f, len(out))
		}
		want.WriteString(out)
	}
	code, out, stderr := concord(t, dir, append([]string{"check", "-o", "text=-", "-o", "sarif=-", "-o", "json=-"}, args...)...)
	if code != exitOK {
		t.Fatalf("exit %d, %s", code, stderr)
	}
	if out != want.String() {
		t.Error("three reports on standard output are not the three reports one after the other")
	}
}

// TestBatchDeterministic checks a directory with one and with two jobs
// and wants the same report.
func TestBatchDeterministic(t *testing.T) {
	corpus, _ := filepath.Abs("../../testdata/corpus")
	wd, _ := os.Getwd()
	_, one, _ := concord(t, wd, "check", "--format", "json", "-j", "1", corpus)
	_, two, _ := concord(t, wd, "check", "--format", "json", "-j", "2", corpus)
	if one != two {
		t.Error("-j 1 and -j 2 give different reports")
	}
	var r struct{ Documents []struct{ Path string } }
	if err := json.Unmarshal([]byte(one), &r); err != nil || len(r.Documents) < 5 {
		t.Fatalf("batch report: %v, %d documents", err, len(r.Documents))
	}
	for i := 1; i < len(r.Documents); i++ {
		if r.Documents[i-1].Path > r.Documents[i].Path {
			t.Errorf("documents out of order: %s before %s", r.Documents[i-1].Path, r.Documents[i].Path)
		}
	}
}
