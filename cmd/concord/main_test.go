package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

var binary string

// TestMain builds the real concord binary once; the tests run it as a
// user or a CI job would.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "concord-e2e")
	if err != nil {
		panic(err)
	}
	// Open to others: the permission cases run it as nobody when the
	// tests run as root.
	os.Chmod(dir, 0o755)
	binary = filepath.Join(dir, "concord")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func runBin(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

const seed = "../../testdata/kazakhstan.txt"

func TestExitCodes(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	binaryFile := filepath.Join(t.TempDir(), "bin.txt")
	os.WriteFile(binaryFile, []byte("abc\x00def"), 0o644)
	frOnly := filepath.Join(t.TempDir(), "fr.txt")
	os.WriteFile(frOnly, []byte("A. considérant que le Kazakhstan est lié par la Déclaration universelle des droits de l'homme;\n"), 0o644)
	emptyDir := t.TempDir()
	os.WriteFile(filepath.Join(emptyDir, "notes.md"), []byte("nothing to check"), 0o644)
	badUTF8 := filepath.Join(t.TempDir(), "latin1.txt")
	os.WriteFile(badUTF8, []byte("r\xe9solution"), 0o644)
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"clean sample, fail on error", []string{"check", seed}, 0, ""},
		{"sample has warnings", []string{"check", "--fail-on", "warning", seed}, 1, ""},
		{"never fails", []string{"check", "--fail-on", "never", seed}, 0, ""},
		{"missing file", []string{"check", "/nonexistent/input.txt"}, 2, "no such file"},
		{"bad flag", []string{"check", "--no-such-flag", seed}, 2, "unknown flag"},
		{"bad fail-on", []string{"check", "--fail-on", "sometimes", seed}, 2, "--fail-on"},
		{"unknown check", []string{"check", "--enable", "numbers/nope", seed}, 2, "unknown check"},
		{"empty file", []string{"check", empty}, 2, "empty"},
		{"binary file", []string{"check", binaryFile}, 2, "binary"},
		{"one language", []string{"check", frOnly}, 2, "only French"},
		{"invalid UTF-8", []string{"check", badUTF8}, 2, "invalid UTF-8 at byte 1"},
		{"no input", []string{"check"}, 2, "no input"},
		{"directory without documents", []string{"check", emptyDir}, 2, "no documents found"},
		{"unknown rule", []string{"rules", "nope/nope"}, 2, "no check"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, stderr, code := runBin(t, "", c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, c.code, stderr)
			}
			if c.stderr != "" && !strings.Contains(stderr, c.stderr) {
				t.Errorf("stderr %q lacks %q", stderr, c.stderr)
			}
			if code == 2 && !strings.HasPrefix(stderr, "concord: ") {
				t.Errorf("diagnostic does not start with concord: %q", stderr)
			}
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine") {
				t.Errorf("panic: %s", stderr)
			}
		})
	}
}

func TestCheckJSONContract(t *testing.T) {
	out, _, code := runBin(t, "", "check", "--format", "json", "--fail-on", "never", seed)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var res struct {
		Tool      struct{ Name, Version string }
		Documents []struct {
			Path  string
			Units struct {
				Paired int `json:"paired"`
				FROnly int `json:"fr_only"`
				NLOnly int `json:"nl_only"`
			}
			Findings []map[string]any
		}
		Summary map[string]int
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Tool.Name != "concord" || len(res.Documents) != 1 {
		t.Fatalf("tool %q, %d documents", res.Tool.Name, len(res.Documents))
	}
	d := res.Documents[0]
	if d.Units.FROnly != 0 || d.Units.NLOnly != 0 || d.Units.Paired < 46 {
		t.Errorf("units %+v: want every unit paired", d.Units)
	}
	for _, f := range d.Findings {
		for _, k := range []string{"rule", "category", "severity", "unit", "message", "fr", "nl"} {
			if _, ok := f[k]; !ok {
				t.Errorf("finding lacks %q: %v", k, f)
			}
		}
	}
}

func TestStdinAndAlign(t *testing.T) {
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	out, _, code := runBin(t, string(data), "align", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var res struct {
		Documents []struct {
			Pairs []struct {
				Unit   string
				FR, NL *struct{ Line int }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range res.Documents[0].Pairs {
		if strings.HasPrefix(p.Unit, "recital:") && p.FR != nil && p.NL != nil {
			n++
		}
	}
	if n != 33 {
		t.Errorf("%d recitals paired, want 33", n)
	}
}

func TestSplitWritesThreeStreams(t *testing.T) {
	dir := t.TempDir()
	_, stderr, code := runBin(t, "", "split", "-o", dir, seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	fr, _ := os.ReadFile(filepath.Join(dir, "kazakhstan.fr.txt"))
	nl, _ := os.ReadFile(filepath.Join(dir, "kazakhstan.nl.txt"))
	if !strings.Contains(string(fr), "DÉVELOPPEMENTS") || strings.Contains(string(fr), "TOELICHTING") {
		t.Error("French stream wrong")
	}
	if !strings.Contains(string(nl), "TOELICHTING") || strings.Contains(string(nl), "DÉVELOPPEMENTS") {
		t.Error("Dutch stream wrong")
	}
}

// TestWindows1252 reads the sample re-encoded in Windows-1252: rejected
// as UTF-8 with the byte offset, read with --encoding windows-1252.
func TestWindows1252(t *testing.T) {
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	// Keep the lines Windows-1252 can hold (the sample has Cyrillic and
	// a few other letters it cannot).
	var kept []string
	for _, l := range strings.Split(string(data), "\n") {
		if _, err := charmapEncode(l); err == nil {
			kept = append(kept, l)
		}
	}
	enc, err := charmapEncode(strings.Join(kept, "\n"))
	if err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(t.TempDir(), "cp1252.txt")
	os.WriteFile(f, enc, 0o644)
	_, stderr, code := runBin(t, "", "check", f)
	if code != 2 || !strings.Contains(stderr, "invalid UTF-8 at byte") || !strings.Contains(stderr, "windows-1252") {
		t.Errorf("as UTF-8: exit %d, %q", code, stderr)
	}
	out, stderr, code := runBin(t, "", "align", "--format", "json", "--encoding", "windows-1252", f)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "considérant") || !strings.Contains(out, `"unit": "recital:A"`) {
		t.Error("windows-1252 text not decoded")
	}
}

func charmapEncode(s string) ([]byte, error) {
	return charmap.Windows1252.NewEncoder().Bytes([]byte(s))
}

// TestCompletionAndVersion checks cobra's completion scripts (bash's
// parsed by bash when it is installed), the values the scripts are
// offered for --format and --xliff-version, and --version.
func TestCompletionAndVersion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish"} {
		out, stderr, code := runBin(t, "", "completion", shell)
		if code != 0 || !strings.Contains(out, "__complete") {
			t.Errorf("completion %s: exit %d, %d bytes: %s", shell, code, len(out), stderr)
		}
		if shell == "bash" {
			if bash, err := exec.LookPath("bash"); err == nil {
				cmd := exec.Command(bash, "-n")
				cmd.Stdin = strings.NewReader(out)
				if msg, err := cmd.CombinedOutput(); err != nil {
					t.Errorf("bash -n: %v\n%s", err, msg)
				}
			}
		}
	}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"__complete", "check", "--format", ""}, []string{"text", "json", "sarif", "junit", "github", "rdjsonl", "markdown", "html", "xliff"}},
		{[]string{"__complete", "align", "--format", ""}, []string{"text", "json", "tsv", "tmx", "xliff"}},
		{[]string{"__complete", "align", "--xliff-version", ""}, []string{"1.2", "2.0"}},
	} {
		out, _, code := runBin(t, "", tc.args...)
		got := map[string]bool{}
		for _, l := range strings.Split(out, "\n") {
			got[l] = true
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: exit %d, no %q in:\n%s", tc.args, code, w, out)
			}
		}
	}
	out, _, code := runBin(t, "", "--version")
	if code != 0 || out != "concord "+version+"\n" {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}
