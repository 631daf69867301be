// Tests of the ways concord is adopted: the GitHub Action's script on a
// document repository, the pre-commit hook through pre-commit itself, and
// the Dockerfile's build against the release build. The release itself is
// checked by scripts/test-release.sh, once per CI run.
package scripts_test

import (
	"bytes"
	"context"
	"debug/elf"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// root is the repository root, seen from this directory.
var root, _ = filepath.Abs("..")

// docRepo makes a git repository holding a document repository's files:
// the sample, with the Dutch 208 of recital P changed to 209 when broken,
// and a clean two-file document. It returns its directory.
func docRepo(t *testing.T, broken bool) string {
	t.Helper()
	dir := t.TempDir()
	sample, err := os.ReadFile(filepath.Join(root, "testdata/kazakhstan.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if broken {
		// Recital P: "208 persécutions" in French, "208 vervolgingen" in Dutch.
		text := string(sample)
		if !strings.Contains(text, "2020 208 vervolgingen") {
			t.Fatal(`the sample no longer has "208 vervolgingen" in recital P`)
		}
		sample = []byte(strings.Replace(text, "2020 208 vervolgingen", "2020 209 vervolgingen", 1))
	}
	files := map[string][]byte{
		"docs/kazakhstan.txt": sample,
		"README.md":           []byte("documents\n"),
	}
	for _, lang := range []string{"fr", "nl"} {
		name := "55K3342005-adopted-text." + lang + ".txt"
		data, err := os.ReadFile(filepath.Join(root, "testdata/corpus", name))
		if err != nil {
			t.Fatal(err)
		}
		files["docs/"+name] = data
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git(t, dir, "init", "-q")
	git(t, dir, "add", ".")
	git(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "documents")
	return dir
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// runScript runs a command in dir with env added to the environment and
// returns its exit code, standard output and standard error.
func runScript(t *testing.T, dir string, env []string, name string, args ...string) (int, string, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v\n%s", name, err, stderr.String())
	}
	return code, stdout.String(), stderr.String()
}

// outputs reads a GITHUB_OUTPUT file of name=value lines.
func outputs(t *testing.T, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		k, v, _ := strings.Cut(line, "=")
		m[k] = v
	}
	return m
}

// TestActionScript runs the action's script as the workflow would, in a
// document repository with a Dutch-only numbers error: it builds concord
// from this tree, annotates the error on the Dutch line, writes SARIF with
// paths relative to the repository and a job summary, and reports exit
// code 1 for the step that fails the job. With --fail-on never it reports
// 0, and an input that does not exist makes the script itself fail.
func TestActionScript(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not in PATH")
	}
	repo := docRepo(t, true)
	runner := t.TempDir()
	out := filepath.Join(runner, "output")
	summary := filepath.Join(runner, "summary.md")
	env := []string{"RUNNER_TEMP=" + runner, "GITHUB_OUTPUT=" + out, "GITHUB_STEP_SUMMARY=" + summary,
		"INPUT_PATHS=docs", "INPUT_FAIL_ON=error", "INPUT_SARIF=reports/concord.sarif", "CONCORD="}
	os.MkdirAll(filepath.Join(repo, "reports"), 0o755)
	code, stdout, stderr := runScript(t, repo, env, filepath.Join(root, "scripts/action.sh"))
	if code != 0 {
		t.Fatalf("action.sh exit %d\n%s", code, stderr)
	}
	if o := outputs(t, out); o["exit-code"] != "1" || o["sarif"] != "reports/concord.sarif" {
		t.Errorf("outputs = %v, want exit-code=1 sarif=reports/concord.sarif", o)
	}
	// The annotation of the changed number, as GitHub reads it.
	ann := regexp.MustCompile(`(?m)^::error file=docs/kazakhstan\.txt,line=\d+,col=\d+,title=numbers/mismatch::.*209`)
	if !ann.MatchString(stdout) {
		t.Errorf("no error annotation for 209 in:\n%s", stdout)
	}
	if !strings.Contains(stderr, "concord 0.1.0") || !strings.Contains(stderr, "commit: ") {
		t.Errorf("the script did not show the version it built:\n%s", stderr)
	}
	var sarif struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					Physical struct {
						Artifact struct{ URI string } `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	data, err := os.ReadFile(filepath.Join(repo, "reports/concord.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &sarif); err != nil {
		t.Fatalf("SARIF: %v", err)
	}
	found := false
	for _, r := range sarif.Runs[0].Results {
		for _, l := range r.Locations {
			if uri := l.Physical.Artifact.URI; !strings.HasPrefix(uri, "docs/") {
				t.Errorf("SARIF location %q is not relative to the repository", uri)
			}
		}
		found = found || r.RuleID == "numbers/mismatch"
	}
	if !found {
		t.Error("SARIF has no numbers/mismatch result")
	}
	if s, _ := os.ReadFile(summary); !bytes.Contains(s, []byte("## concord:")) || !bytes.Contains(s, []byte("numbers/mismatch")) {
		t.Errorf("job summary:\n%s", s)
	}

	// Again with the concord just built, failing on nothing.
	os.Remove(out)
	env = append(env, "INPUT_FAIL_ON=never", "CONCORD="+filepath.Join(runner, "concord-bin/concord"))
	if code, _, stderr := runScript(t, repo, env, filepath.Join(root, "scripts/action.sh")); code != 0 {
		t.Fatalf("action.sh --fail-on never: exit %d\n%s", code, stderr)
	}
	if o := outputs(t, out); o["exit-code"] != "0" {
		t.Errorf("--fail-on never: outputs = %v, want exit-code=0", o)
	}

	env = append(env, "INPUT_PATHS=docs missing/")
	code, stdout, _ = runScript(t, repo, env, filepath.Join(root, "scripts/action.sh"))
	if code != 2 || !strings.Contains(stdout, "::error title=concord::") {
		t.Errorf("a missing input: exit %d, stdout %q; want 2 and an error annotation", code, stdout)
	}
}

// TestActionYAML checks that action.yml and its script agree: every
// input the script reads is passed by the action, every input the action
// refers to is declared, and the action runs the script.
func TestActionYAML(t *testing.T) {
	action := read(t, "action.yml")
	script := read(t, "scripts/action.sh")
	if !strings.Contains(action, `"$GITHUB_ACTION_PATH/scripts/action.sh"`) {
		t.Error("action.yml does not run scripts/action.sh")
	}
	declared := map[string]bool{}
	inInputs := false
	for _, line := range strings.Split(action, "\n") {
		switch {
		case line == "inputs:":
			inInputs = true
		case len(line) > 0 && line[0] != ' ':
			inInputs = false
		case inInputs && strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "   ") && strings.HasSuffix(line, ":"):
			declared[strings.TrimSuffix(strings.TrimSpace(line), ":")] = true
		}
	}
	for _, m := range regexp.MustCompile(`inputs\.([a-z-]+)`).FindAllStringSubmatch(action, -1) {
		if !declared[m[1]] {
			t.Errorf("action.yml refers to undeclared input %s", m[1])
		}
	}
	for _, m := range regexp.MustCompile(`INPUT_([A-Z_]+)`).FindAllStringSubmatch(script, -1) {
		name := strings.ToLower(strings.ReplaceAll(m[1], "_", "-"))
		if !declared[name] {
			t.Errorf("action.sh reads INPUT_%s, which action.yml does not declare", m[1])
		}
		if !strings.Contains(action, "INPUT_"+m[1]+": ${{ inputs."+name+" }}") {
			t.Errorf("action.yml does not pass inputs.%s to the script as INPUT_%s", name, m[1])
		}
	}
}

// TestPreCommitHook runs the hook of .pre-commit-hooks.yaml with
// pre-commit itself (Debian: apt-get install pre-commit) on a document
// repository with a Dutch-only numbers error: pre-commit installs concord
// from this tree with go install and the hook fails, naming the error.
func TestPreCommitHook(t *testing.T) {
	bin, err := exec.LookPath("pre-commit")
	if err != nil {
		t.Skip("pre-commit not installed (Debian: apt-get install pre-commit)")
	}
	if testing.Short() {
		t.Skip("installs concord in a fresh environment")
	}
	repo := docRepo(t, true)
	env := []string{"PRE_COMMIT_HOME=" + t.TempDir(), "PRE_COMMIT_COLOR=never"}
	// pre-commit gives go install a GOPATH of its own; the modules this
	// machine already has save downloading them again.
	if mc, err := exec.Command("go", "env", "GOMODCACHE").Output(); err == nil {
		env = append(env, "GOMODCACHE="+strings.TrimSpace(string(mc)))
	}
	code, stdout, stderr := runScript(t, repo, env, bin, "try-repo", root, "concord", "--all-files", "--verbose")
	if code != 1 {
		t.Fatalf("pre-commit try-repo: exit %d, want 1 (the hook fails)\n%s\n%s", code, stdout, stderr)
	}
	for _, want := range []string{"concord", "Failed", "numbers/mismatch", "209"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("pre-commit output lacks %q:\n%s", want, stdout)
		}
	}
}

// TestDockerfile checks the Dockerfile where no container builder runs:
// its build stage runs scripts/build.sh, the command of every release
// binary, with Go of the version go.mod names; the image is Debian slim
// with poppler-utils and no apt lists, runs as a user, and starts concord.
// Then it runs the build stage's command here and checks that the binary
// is static.
func TestDockerfile(t *testing.T) {
	df := read(t, "Dockerfile")
	goMod := read(t, "go.mod")
	goVersion := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindStringSubmatch(goMod)
	if goVersion == nil {
		t.Fatal("go.mod has no go directive")
	}
	var froms, runs []string
	for _, line := range joinContinuations(df) {
		switch {
		case strings.HasPrefix(line, "FROM "):
			froms = append(froms, line)
		case strings.HasPrefix(line, "RUN "):
			runs = append(runs, line)
		}
	}
	if len(froms) != 2 || !strings.HasPrefix(froms[0], "FROM golang:"+goVersion[1]+"-") || !strings.HasSuffix(froms[0], " AS build") {
		t.Errorf("build stage: %q, want FROM golang:%s-… AS build", froms, goVersion[1])
	}
	if len(froms) == 2 && !regexp.MustCompile(`^FROM debian:[a-z]+-slim$`).MatchString(froms[1]) {
		t.Errorf("final stage: %q, want Debian slim", froms[1])
	}
	build := ""
	for _, r := range runs {
		if strings.Contains(r, "scripts/build.sh") {
			build = r
		}
	}
	if build == "" {
		t.Fatal("no RUN of scripts/build.sh in the Dockerfile")
	}
	if !strings.Contains(read(t, "scripts/release.sh"), `"$here/build.sh"`) || !strings.Contains(read(t, "Makefile"), "scripts/release.sh") {
		t.Error("make release no longer builds through scripts/build.sh, so the image and the release may differ")
	}
	final := strings.Join(runs, "\n")
	for _, want := range []string{"apt-get install -y --no-install-recommends poppler-utils", "rm -rf /var/lib/apt/lists/*"} {
		if !strings.Contains(final, want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}
	for _, want := range []string{"COPY --from=build /out/concord /usr/local/bin/concord", "\nUSER concord\n", `ENTRYPOINT ["concord"]`} {
		if !strings.Contains(df, want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}

	// The build stage's command, run here with its output moved to a
	// temporary directory.
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not in PATH")
	}
	cmdline := strings.TrimPrefix(build, "RUN ")
	out := filepath.Join(t.TempDir(), "concord")
	cmdline = strings.ReplaceAll(cmdline, "/out/concord", out)
	code, _, stderr := runScript(t, root, []string{"VERSION=", "COMMIT=", "DATE=", "GOOS=linux"}, "sh", "-c", cmdline)
	if code != 0 {
		t.Fatalf("%s: exit %d\n%s", cmdline, code, stderr)
	}
	f, err := elf.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP || p.Type == elf.PT_DYNAMIC {
			t.Errorf("the image's binary is dynamically linked (%v)", p.Type)
		}
	}
}

func read(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// joinContinuations returns the Dockerfile's instructions, one a line,
// with backslash continuations joined and comments dropped.
func joinContinuations(df string) []string {
	var out []string
	cur := ""
	for _, line := range strings.Split(df, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if s, ok := strings.CutSuffix(line, "\\"); ok {
			cur += strings.TrimSpace(s) + " "
			continue
		}
		cur += strings.TrimSpace(line)
		if cur != "" {
			out = append(out, cur)
		}
		cur = ""
	}
	return out
}
