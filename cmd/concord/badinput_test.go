package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// The bad-input table: the real binary meets one fault per case, alone or
// in the middle of a batch of good documents, and must answer with the
// exit code, a diagnostic on standard error and a valid report (or
// nothing) on standard output. No fault may panic, dump goroutines, or
// cost the other documents of a batch their report.

// badCase is one row of the table.
type badCase struct {
	name string
	// args builds the command line in dir, creating the files it names.
	args  func(t *testing.T, dir string) []string
	stdin string
	path  string // PATH for the run; "" keeps the test's own
	code  int
	// stderr must match this; every line of stderr is a "concord: "
	// diagnostic or a "hint: " line.
	stderr string
	// docs is the number of documents of the JSON report on standard
	// output; -1 means standard output must be empty.
	docs int
	// usage is set where the usage hint belongs: a command line cobra
	// itself refuses. Everywhere else the hint must be absent.
	usage bool
	// skip returns why the case cannot run here, or "".
	skip func() string
}

func TestBadInputs(t *testing.T) {
	fx := newFixtures(t)
	good := func(dir string) string { return fx.copy(t, fx.seed, dir, "good.txt") }
	batch := func(dir, bad string) []string {
		// A good document on each side of the bad one.
		a := fx.copy(t, fx.seed, dir, "a.txt")
		c := fx.copy(t, fx.seed, dir, "c.txt")
		return []string{"check", "--format", "json", "--fail-on", "never", a, bad, c}
	}
	file := func(name string, data []byte) func(*testing.T, string) string {
		return func(t *testing.T, dir string) string {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			return p
		}
	}
	one := func(mk func(*testing.T, string) string, extra ...string) func(*testing.T, string) []string {
		return func(t *testing.T, dir string) []string {
			return append(append([]string{"check", "--format", "json", "--fail-on", "never"}, extra...), mk(t, dir))
		}
	}
	inBatch := func(mk func(*testing.T, string) string) func(*testing.T, string) []string {
		return func(t *testing.T, dir string) []string { return batch(dir, mk(t, dir)) }
	}
	noPDF := t.TempDir() // a PATH without pdftotext
	cases := []badCase{
		// Inputs that cannot be read.
		{name: "missing file", args: one(func(*testing.T, string) string { return "/nonexistent/input.txt" }),
			code: 2, stderr: `^concord: read /nonexistent/input.txt: no such file or directory\n$`, docs: 0},
		{name: "missing file in a batch", args: func(t *testing.T, dir string) []string { return batch(dir, filepath.Join(dir, "gone.txt")) },
			code: 2, stderr: `^concord: read .*gone.txt: no such file or directory\n$`, docs: 2},
		{name: "empty file", args: one(file("empty.txt", nil)),
			code: 2, stderr: `^concord: .*empty.txt: empty document: no text found\n$`, docs: 0},
		{name: "binary", args: one(file("bin.txt", []byte("abc\x00\x01\x02def\xff"))),
			code: 2, stderr: `^concord: .*bin.txt: not a text document: invalid UTF-8 at byte 9 and NUL bytes\n$`, docs: 0},
		{name: "NUL bytes in text", args: inBatch(file("nul.txt", append(fx.seedData[:300:300], 0))),
			code: 2, stderr: `^concord: .*nul.txt: not a text document: binary data at byte 300\n$`, docs: 2},
		{name: "invalid UTF-8", args: one(file("bad.txt", []byte("A. considérant\n\nA. overwegende r\xe9solution\n"))),
			code: 2, stderr: `invalid UTF-8 at byte 33 \(use --encoding windows-1252 for a Windows file\)\n$`, docs: 0},
		{name: "Latin-1 without --encoding", args: one(file("latin1.txt", fx.latin1)),
			code: 2, stderr: `^concord: .*latin1.txt: invalid UTF-8 at byte \d+ \(use --encoding windows-1252`, docs: 0},
		{name: "Latin-1 with --encoding latin-1", args: one(file("latin1.txt", fx.latin1), "--encoding", "latin-1"),
			code: 0, stderr: `^$`, docs: 1},
		{name: "symlink loop", args: func(t *testing.T, dir string) []string {
			os.Symlink(filepath.Join(dir, "b.txt"), filepath.Join(dir, "loop.txt"))
			os.Symlink(filepath.Join(dir, "loop.txt"), filepath.Join(dir, "b.txt"))
			return batch(dir, filepath.Join(dir, "loop.txt"))
		}, code: 2, stderr: `^concord: read .*loop.txt: too many levels of symbolic links\n$`, docs: 2},
		{name: "symlink loop in a directory", args: func(t *testing.T, dir string) []string {
			d := filepath.Join(dir, "docs")
			os.Mkdir(d, 0o755)
			fx.copy(t, fx.seed, d, "a.txt")
			os.Symlink(filepath.Join(d, "y.txt"), filepath.Join(d, "x.txt"))
			os.Symlink(filepath.Join(d, "x.txt"), filepath.Join(d, "y.txt"))
			return []string{"check", "--format", "json", "--fail-on", "never", d}
		}, code: 2, stderr: `^concord: read .*x.txt: too many levels of symbolic links\nconcord: read .*y.txt: too many levels of symbolic links\n$`, docs: 1},
		{name: "unreadable file", skip: asRoot, args: func(t *testing.T, dir string) []string {
			p := fx.copy(t, fx.seed, dir, "secret.txt")
			os.Chmod(p, 0)
			return batch(dir, p)
		}, code: 2, stderr: `^concord: read .*secret.txt: permission denied\n$`, docs: 2},
		{name: "unreadable sub-directory", skip: asRoot, args: func(t *testing.T, dir string) []string {
			d := filepath.Join(dir, "docs")
			os.MkdirAll(filepath.Join(d, "closed"), 0o755)
			fx.copy(t, fx.seed, d, "a.txt")
			fx.copy(t, fx.seed, filepath.Join(d, "closed"), "b.txt")
			fx.copy(t, fx.seed, d, "c.txt")
			os.Chmod(filepath.Join(d, "closed"), 0)
			t.Cleanup(func() { os.Chmod(filepath.Join(d, "closed"), 0o755) })
			return []string{"check", "--format", "json", "--fail-on", "never", d}
		}, code: 2, stderr: `^concord: read .*closed: permission denied\n$`, docs: 2},
		{name: "sub-directory the walk cannot open", args: func(t *testing.T, dir string) []string {
			// A path longer than the system allows (PATH_MAX) fails for
			// root too.
			d := filepath.Join(dir, "docs")
			os.Mkdir(d, 0o755)
			fx.copy(t, fx.seed, d, "a.txt")
			deepDir(t, d)
			fx.copy(t, fx.seed, d, "z.txt")
			return []string{"check", "--format", "json", "--fail-on", "never", d}
		}, code: 2, stderr: `^concord: read .*: file name too long\n$`, docs: 2},

		// Inputs in another format than their name says, or truncated.
		{name: "PDF renamed, no pdftotext", path: noPDF, args: inBatch(file("report.txt", fx.pdf)),
			code: 2, stderr: `^concord: .*report.txt: pdftotext not found: install poppler-utils`, docs: 2},
		{name: "truncated PDF", path: stub(t, "echo 'Syntax Error: Couldn'\"'\"'t find trailer dictionary' >&2; exit 1"), args: inBatch(file("cut.pdf", fx.pdf[:2000])),
			code: 2, stderr: `^concord: .*cut.pdf: pdftotext: exit status 1: Syntax Error: Couldn't find trailer dictionary\n$`, docs: 2},
		{name: "truncated TMX", args: inBatch(file("cut.tmx", fx.tmx[:len(fx.tmx)/2])),
			code: 2, stderr: `^concord: .*cut.tmx:\d+:\d+: (XML syntax error|.*unexpected end)`, docs: 2},
		{name: "truncated XLIFF", args: inBatch(file("cut.xlf", fx.xliff[:len(fx.xliff)/2])),
			code: 2, stderr: `^concord: .*cut.xlf:\d+:\d+: (XML syntax error|.*unexpected end)`, docs: 2},
		{name: "truncated DOCX", args: inBatch(file("cut.docx", fx.docx[:len(fx.docx)/2])),
			code: 2, stderr: `^concord: .*cut.docx: not a Word document: zip: not a valid zip file\n$`, docs: 2},
		{name: "zip that is not a Word document", args: one(file("x.docx", zipOf(t, map[string]string{"a.txt": "x"}))),
			code: 2, stderr: `^concord: .*x.docx: not a Word document: no word/document.xml\n$`, docs: 0},
		{name: "unknown file format (RTF)", args: one(file("doc.rtf.txt", []byte(`{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard x \par}`))),
			code: 2, stderr: `^concord: .*doc.rtf.txt: not a bilingual document: `, docs: 0},
		{name: "unknown report format", args: func(t *testing.T, dir string) []string { return []string{"check", "--format", "yaml", good(dir)} },
			code: 2, stderr: `^concord: unknown format "yaml" \(want text, `, docs: -1},

		// Issue 17, cases 1–6.
		{name: "PDF page of huge width (1)", path: stub(t, "cat <<'EOF'\n"+hugePage+"\nEOF"), args: inBatch(file("wide.pdf", fx.pdf[:2000])),
			code: 2, stderr: `^concord: .*wide.pdf: page 1: size 5.959276e\+09 × 842 points is out of range \(PDF allows at most 14400 a side\)\n$`, docs: 2},
		{name: "bad concord.toml in a batch (2)", args: func(t *testing.T, dir string) []string {
			a := fx.copy(t, fx.seed, filepath.Join(dir, "a"), "x.txt")
			b := fx.copy(t, fx.seed, filepath.Join(dir, "b"), "x.txt")
			c := fx.copy(t, fx.seed, filepath.Join(dir, "c"), "x.txt")
			os.WriteFile(filepath.Join(dir, "b", "concord.toml"), []byte("suppress = [\n"), 0o644)
			return []string{"check", "--format", "json", "--fail-on", "never", a, b, c}
		}, code: 2, stderr: `^concord: .*b/x.txt: not checked: .*b/concord.toml: line 1: .*\n$`, docs: 2},
		{name: "English document (4)", args: inBatch(file("english.txt", []byte(english))),
			code: 2, stderr: `^concord: .*english.txt: not a French-Dutch document: the text is English \(\d+ English function words, \d+ French or Dutch\)\n$`, docs: 2},
		{name: "UTF-16 with a byte-order mark (5)", args: one(file("utf16.txt", fx.utf16)),
			code: 0, stderr: `^$`, docs: 1},
		{name: "UTF-16 without a byte-order mark (5)", args: one(file("utf16.txt", fx.utf16[2:])),
			code: 2, stderr: `^concord: .*utf16.txt: not a text document: invalid UTF-8 at byte \d+ and NUL bytes \(it looks like UTF-16 without a byte-order mark: convert it to UTF-8 first`, docs: 0},
		{name: "-j 0 (6)", args: func(t *testing.T, dir string) []string { return []string{"check", "-j", "0", good(dir)} },
			code: 2, stderr: `^concord: -j 0: want a number of documents at a time of 1 or more\n$`, docs: -1},
		{name: "-j -1 (6)", args: func(t *testing.T, dir string) []string { return []string{"check", "-j", "-1", good(dir)} },
			code: 2, stderr: `^concord: -j -1: want`, docs: -1},
		{name: "--encoding unknown (6)", args: func(t *testing.T, dir string) []string { return []string{"check", "--encoding", "ebcdic", good(dir)} },
			code: 2, stderr: `^concord: --encoding ebcdic: unknown encoding`, docs: -1},
		{name: "--fr and --nl the same file (6)", args: func(t *testing.T, dir string) []string {
			g := good(dir)
			return []string{"check", "--fr", g, "--nl", g}
		}, code: 2, stderr: `^concord: --fr and --nl name the same file \(.*good.txt\)\n$`, docs: -1},
		{name: "--write-baseline unwritable (6)", args: func(t *testing.T, dir string) []string {
			return []string{"check", "--format", "json", "--write-baseline", filepath.Join(dir, "no", "such", "dir", "b.json"), good(dir)}
		}, code: 2, stderr: `^concord: --write-baseline .*b.json: cannot create a file in .*dir: no such file or directory\n$`, docs: -1},
		{name: "--write-baseline is a directory (6)", args: func(t *testing.T, dir string) []string {
			return []string{"check", "--write-baseline", dir, good(dir)}
		}, code: 2, stderr: `^concord: --write-baseline .*: is a directory\n$`, docs: -1},
		{name: "align -o unwritable (6)", args: func(t *testing.T, dir string) []string {
			return []string{"align", "-o", filepath.Join(dir, "no", "pairs.txt"), good(dir)}
		}, code: 2, stderr: `^concord: -o .*pairs.txt: cannot create a file in`, docs: -1},
		{name: "unknown command keeps its usage hint", args: func(*testing.T, string) []string { return []string{"chek"} },
			code: 2, stderr: `^concord: unknown command "chek"`, docs: -1, usage: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.skip != nil {
				if why := c.skip(); why != "" {
					t.Skip(why)
				}
			}
			dir := t.TempDir()
			args := c.args(t, dir)
			out, stderr, code := runIn(t, c.path, c.stdin, args...)
			if code != c.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, c.code, stderr)
			}
			if !regexp.MustCompile(c.stderr).MatchString(stderr) {
				t.Errorf("stderr does not match %q:\n%s", c.stderr, stderr)
			}
			checkDiagnostics(t, stderr, c.usage)
			checkReport(t, out, c.docs)
		})
	}
}

// checkDiagnostics fails on a panic or goroutine dump, a line that is not
// a diagnostic, and a usage hint where none belongs.
func checkDiagnostics(t *testing.T, stderr string, usage bool) {
	t.Helper()
	for _, l := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
		if l != "" && !strings.HasPrefix(l, "concord: ") && !strings.HasPrefix(l, "hint: ") && !strings.HasPrefix(l, "Did you mean") && strings.TrimSpace(l) != "check" {
			t.Errorf("stderr line is not a diagnostic: %q", l)
		}
	}
	if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
		t.Errorf("crash: %s", stderr)
	}
	if hint := strings.Contains(stderr, "concord --help"); hint != usage {
		t.Errorf("usage hint shown: %v, want %v", hint, usage)
	}
}

// checkReport fails unless out is a JSON report of docs documents, or
// empty for docs -1.
func checkReport(t *testing.T, out string, docs int) {
	t.Helper()
	if docs < 0 {
		if out != "" {
			t.Errorf("stdout not empty: %.200s", out)
		}
		return
	}
	var rep struct {
		Documents []json.RawMessage
		Summary   struct{ Documents int }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("stdout is not a JSON report (%v): %.200s", err, out)
	}
	if len(rep.Documents) != docs || rep.Summary.Documents != docs {
		t.Errorf("report of %d documents (summary %d), want %d", len(rep.Documents), rep.Summary.Documents, docs)
	}
}

// TestBadInputInEveryFormat: a batch with an unusable input in the middle
// writes, in every format, exactly the report of the batch without it.
func TestBadInputInEveryFormat(t *testing.T) {
	fx := newFixtures(t)
	dir := t.TempDir()
	a := fx.copy(t, fx.seed, filepath.Join(dir, "a"), "x.txt")
	c := fx.copy(t, fx.seed, filepath.Join(dir, "c"), "x.txt")
	badConfig := fx.copy(t, fx.seed, filepath.Join(dir, "b"), "x.txt")
	os.WriteFile(filepath.Join(dir, "b", "concord.toml"), []byte("severity = 3\n"), 0o644)
	wide := filepath.Join(dir, "wide.pdf")
	os.WriteFile(wide, fx.pdf[:2000], 0o644)
	path := stub(t, "cat <<'EOF'\n"+hugePage+"\nEOF")
	for _, format := range checkFormatNames() {
		t.Run(format, func(t *testing.T) {
			want, _, code := runIn(t, path, "", "check", "--format", format, "--fail-on", "never", a, c)
			if code != 0 {
				t.Fatalf("good batch: exit %d", code)
			}
			got, stderr, code := runIn(t, path, "", "check", "--format", format, "--fail-on", "never", a, wide, badConfig, c)
			if code != 2 || strings.Count(stderr, "concord: ") != 2 {
				t.Errorf("exit %d, want 2 with two diagnostics; stderr:\n%s", code, stderr)
			}
			if got != want {
				t.Errorf("report differs from the report of the good inputs alone:\n got %d bytes: %.300s\nwant %d bytes: %.300s", len(got), got, len(want), want)
			}
		})
	}
}

// TestStdinReadsLikeFile: the same bytes on standard input and in a file
// are read by the same reader (a TSV gave 9 findings from a file and 7
// from standard input).
func TestStdinReadsLikeFile(t *testing.T) {
	fx := newFixtures(t)
	dir := t.TempDir()
	tsv := "id\tfr\tnl\n"
	for i, p := range fx.pairs {
		tsv += fmt.Sprintf("q%d\t%s\t%s\n", i, p[0], p[1])
	}
	for _, name := range []string{"pairs.tsv", "pairs.txt"} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(tsv), 0o644)
		fromFile, _, code1 := runIn(t, "", "", "check", "--format", "json", "--fail-on", "never", p)
		fromStdin, _, code2 := runIn(t, "", tsv, "check", "--format", "json", "--fail-on", "never", "-")
		if code1 != 0 || code2 != 0 {
			t.Fatalf("%s: exit %d from the file, %d from standard input", name, code1, code2)
		}
		if n := strings.Count(fromFile, `"rule"`); n == 0 {
			t.Fatalf("%s: no findings", name)
		}
		if !strings.Contains(fromFile, fmt.Sprintf(`"paired": %d,`, len(fx.pairs))) {
			t.Errorf("%s: not read as a TSV of %d pairs: %.300s", name, len(fx.pairs), fromFile)
		}
		if got := strings.ReplaceAll(fromFile, p, "-"); got != fromStdin {
			t.Errorf("%s: the file and standard input give different reports", name)
		}
	}
}

// TestSIGPIPE: a reader that stops early (| head) ends the run quietly: no
// panic, no goroutine dump, no hang.
func TestSIGPIPE(t *testing.T) {
	args := []string{"check", "--fail-on", "never", "-j", "2"}
	for range 30 {
		args = append(args, seed)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 100)
	if _, err := stdout.Read(buf); err != nil {
		t.Fatal(err)
	}
	stdout.Close() // as head does after its lines
	err = cmd.Wait()
	if ctx.Err() != nil {
		t.Fatal("concord did not end after its reader went away")
	}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee) && ee.Sys().(syscall.WaitStatus).Signal() == syscall.SIGPIPE:
		// The usual end of a Unix filter whose reader has gone.
	case errors.As(err, &ee) && ee.ExitCode() == 2:
		if !strings.Contains(errb.String(), "broken pipe") {
			t.Errorf("exit 2 without saying why: %q", errb.String())
		}
	default:
		t.Errorf("run ended with %v, want SIGPIPE or exit 2", err)
	}
	checkDiagnostics(t, errb.String(), false)
}

// runIn runs the binary with PATH set to path (unless empty) and returns
// its standard output, standard error and exit code.
func runIn(t *testing.T, path, stdin string, args ...string) (string, string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Stdin = strings.NewReader(stdin)
	if path != "" {
		cmd.Env = append(os.Environ(), "PATH="+path)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("concord %s: no answer in 20 s", strings.Join(args, " "))
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

// asRoot returns why a permission fault cannot be made: root reads a file
// of mode 000.
func asRoot() string {
	if os.Geteuid() == 0 {
		return "running as root, who reads files of mode 000 (the walk fault is covered by a path too long)"
	}
	return ""
}

// stub returns a PATH directory holding a pdftotext that runs script.
func stub(t *testing.T, script string) string {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "pdftotext"), []byte("#!/bin/sh\n"+script+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir + string(filepath.ListSeparator) + os.Getenv("PATH")
}

// deepDir makes, under dir, a chain of directories whose path is longer
// than PATH_MAX, with a document at its end.
func deepDir(t *testing.T, dir string) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	p := "deep"
	name := strings.Repeat("d", 250)
	for len(dir)+len(p) < 4200 {
		p += "/" + name
	}
	// os.Root resolves each step from an open directory, so it goes where
	// a path string cannot.
	if err := root.MkdirAll(p, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := root.WriteFile(p+"/doc.txt", []byte("A. considérant\n\nA. overwegende\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.RemoveAll("deep") })
}

// hugePage is pdftotext -bbox-layout output of a page of a width no PDF
// allows (issue 17: 19 GB allocated by the column finder).
const hugePage = `<html><body><doc><page width="5959276000.000000" height="842.000000"><flow><block><line>` +
	`<word xMin="56.0" yMin="70.0" xMax="90.0" yMax="80.0">Chambre</word></line></block></flow></page></doc></body></html>`

// english is the opening of a resolution in English, as a misrouted
// translation would be.
const english = `RESOLUTION

on the human rights situation in Kazakhstan

A. whereas Kazakhstan is bound by the Universal Declaration of Human Rights and has ratified the International Covenant on Civil and Political Rights;

B. whereas the authorities have arrested 208 activists and journalists since January 2022, and that these arrests are not consistent with its obligations;

C. whereas the government of Kazakhstan has announced reforms which should strengthen the role of the parliament;

1. calls on the federal government to raise these concerns with the authorities of Kazakhstan at every level;

2. asks that the European Union should make its cooperation conditional on the release of those who have been detained for their opinions.
`

// fixtures are the documents the bad inputs are made from.
type fixtures struct {
	seed, pdfPath                            string
	seedData, latin1, utf16, pdf, tmx, xliff []byte
	docx                                     []byte
	pairs                                    [][2]string
}

func newFixtures(t *testing.T) *fixtures {
	t.Helper()
	fx := &fixtures{seed: seed, pdfPath: "../../testdata/corpus/56K1468001-budget-adjustment.pdf"}
	var err error
	if fx.seedData, err = os.ReadFile(seed); err != nil {
		t.Fatal(err)
	}
	if fx.pdf, err = os.ReadFile(fx.pdfPath); err != nil {
		t.Fatal(err)
	}
	enc := charmap.ISO8859_1.NewEncoder()
	var kept []string
	for _, l := range strings.Split(string(fx.seedData), "\n") {
		if _, err := enc.String(l); err == nil {
			kept = append(kept, l)
		}
	}
	if fx.latin1, err = enc.Bytes([]byte(strings.Join(kept, "\n"))); err != nil {
		t.Fatal(err)
	}
	if fx.utf16, err = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(fx.seedData); err != nil {
		t.Fatal(err)
	}
	fx.tmx = runOK(t, "align", "--format", "tmx", seed)
	fx.xliff = runOK(t, "align", "--format", "xliff", seed)
	var aligned struct {
		Documents []struct {
			Pairs []struct {
				FR, NL *struct{ Text string }
			}
		}
	}
	if err := json.Unmarshal(runOK(t, "align", "--format", "json", seed), &aligned); err != nil {
		t.Fatal(err)
	}
	var body strings.Builder
	for _, p := range aligned.Documents[0].Pairs {
		if p.FR == nil || p.NL == nil {
			continue
		}
		fr, nl := strings.ReplaceAll(p.FR.Text, "\t", " "), strings.ReplaceAll(p.NL.Text, "\t", " ")
		fx.pairs = append(fx.pairs, [2]string{fr, nl})
		fmt.Fprintf(&body, `<w:tr><w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc></w:tr>`, xmlEscape(fr), xmlEscape(nl))
	}
	fx.docx = zipOf(t, map[string]string{
		"word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>` + body.String() + `</w:tbl></w:body></w:document>`,
	})
	return fx
}

// copy copies the file src to dir/name, making dir, and returns the path.
func (fx *fixtures) copy(t *testing.T, src, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func runOK(t *testing.T, args ...string) []byte {
	t.Helper()
	out, stderr, code := runIn(t, "", "", args...)
	if code != 0 {
		t.Fatalf("concord %s: exit %d: %s", strings.Join(args, " "), code, stderr)
	}
	return []byte(out)
}

func zipOf(t *testing.T, files map[string]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, s := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(s))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
