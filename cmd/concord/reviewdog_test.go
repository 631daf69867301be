package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// reviewdogBin returns the reviewdog command, from PATH or from the Go
// bin directory where .ci/run installs it, or skips the test.
func reviewdogBin(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("reviewdog"); err == nil {
		return p
	}
	if out, err := exec.Command("go", "env", "GOPATH").Output(); err == nil {
		p := filepath.Join(strings.TrimSpace(string(out)), "bin", "reviewdog")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("reviewdog not installed (.ci/run: go install github.com/reviewdog/reviewdog/cmd/reviewdog)")
	return ""
}

// gitRepo makes a git repository in a new directory holding files, all
// committed, and returns the directory.
func gitRepo(t *testing.T, files map[string]string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{
		{"init", "-q"},
		{"add", "."},
		{"-c", "user.name=concord", "-c", "user.email=concord@example.org", "commit", "-q", "-m", "texts"},
	} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", args[0], err, out)
		}
	}
	return dir
}

// editFile replaces old, which must occur once, by new in the file.
func editFile(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(data), old); n != 1 {
		t.Fatalf("%s: %q occurs %d times", path, old, n)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// reviewdogAdded runs concord check with args in dir, feeds its rdjsonl to
// reviewdog with the diff filter of a pull request (only lines the
// working tree adds) and returns what reviewdog reports and its exit code.
func reviewdogAdded(t *testing.T, rd, dir string, args ...string) (string, int) {
	t.Helper()
	check := exec.Command(binary, append([]string{"check", "--format", "rdjsonl", "--fail-on", "never"}, args...)...)
	check.Dir = dir
	diags, err := check.Output()
	if err != nil {
		t.Fatalf("concord check: %v", err)
	}
	cmd := exec.Command(rd, "-f=rdjsonl", "-filter-mode=added", "-diff=git diff", "-reporter=local", "-fail-level=error")
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(diags)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if errb.Len() > 0 {
		t.Logf("reviewdog stderr: %s", errb.String())
	}
	return out.String(), code
}

// reported returns "PATH:LINE RULE" of each diagnostic reviewdog's local
// reporter printed (as rdjsonl, the input's format), one per line.
func reported(t *testing.T, out string) string {
	t.Helper()
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var d struct {
			Location struct {
				Path  string
				Range struct{ Start struct{ Line int } }
			}
			Code struct{ Value string }
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("reviewdog output %q: %v", line, err)
		}
		got = append(got, fmt.Sprintf("%s:%d %s", d.Location.Path, d.Location.Range.Start.Line, d.Code.Value))
	}
	return strings.Join(got, "\n")
}

// TestReviewdogDutchEdit changes 208 to 209 in the Dutch text of the
// sample only, as a pull request would, and wants reviewdog's diff filter
// to report the numbers mismatch on the Dutch line and fail; likewise for
// the document as two files, on the Dutch file.
func TestReviewdogDutchEdit(t *testing.T) {
	rd := reviewdogBin(t)
	const nlOld, nlNew = "2020 208 vervolgingen", "2020 209 vervolgingen"

	t.Run("one file", func(t *testing.T) {
		data, err := os.ReadFile(seed)
		if err != nil {
			t.Fatal(err)
		}
		dir := gitRepo(t, map[string]string{"doc.txt": string(data)})
		editFile(t, filepath.Join(dir, "doc.txt"), nlOld, nlNew)
		out, code := reviewdogAdded(t, rd, dir, "doc.txt")
		if got := reported(t, out); code != 1 || got != "doc.txt:161 numbers/mismatch" {
			t.Errorf("reviewdog exit %d and reported %q, want 1 and the mismatch on doc.txt:161 only:\n%s", code, got, out)
		}
	})

	t.Run("two files", func(t *testing.T) {
		split := t.TempDir()
		if _, stderr, code := runBin(t, "", "split", "-o", split, seed); code != 0 {
			t.Fatalf("split: exit %d: %s", code, stderr)
		}
		files := map[string]string{}
		for _, l := range []string{"fr", "nl"} {
			data, err := os.ReadFile(filepath.Join(split, "kazakhstan."+l+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			files["doc."+l+".txt"] = string(data)
		}
		dir := gitRepo(t, files)
		editFile(t, filepath.Join(dir, "doc.nl.txt"), nlOld, nlNew)
		out, code := reviewdogAdded(t, rd, dir, "--fr", "doc.fr.txt", "--nl", "doc.nl.txt")
		if got := reported(t, out); code != 1 || got != "doc.nl.txt:76 numbers/mismatch" {
			t.Errorf("reviewdog exit %d and reported %q, want 1 and the mismatch on doc.nl.txt:76 only:\n%s", code, got, out)
		}
	})
}
