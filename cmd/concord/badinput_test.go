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
	"golang.org/x/text/encoding/unicode/utf32"
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
	// unprivileged runs the binary as an ordinary user (nobody) when the
	// tests run as root, who reads files of mode 000.
	unprivileged bool
	// maxMB, if set, bounds the peak memory of the run (with its
	// pdftotext).
	maxMB int64
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
		{name: "file name with a line break", args: inBatch(file("two\nlines.txt", []byte("abc\x00"))),
			code: 2, stderr: `^concord: .*two lines.txt: not a text document: binary data at byte 3\n$`, docs: 2},
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
		{name: "named pipe in a directory", args: func(t *testing.T, dir string) []string {
			d := filepath.Join(dir, "docs")
			fx.copy(t, fx.seed, d, "a.txt")
			if err := syscall.Mkfifo(filepath.Join(d, "pipe.txt"), 0o644); err != nil {
				t.Skip(err)
			}
			os.Symlink("/dev/zero", filepath.Join(d, "zero.txt"))
			return []string{"check", "--format", "json", "--fail-on", "never", d}
		}, code: 2, stderr: `^concord: read .*pipe.txt: not a regular file\nconcord: read .*zero.txt: not a regular file\n$`, docs: 1},
		{name: "endless binary input in a batch", skip: needDevZero, args: inBatch(func(*testing.T, string) string { return "/dev/zero" }),
			code: 2, stderr: `^concord: /dev/zero: not a text document: binary data at byte 0\n$`, docs: 2, maxMB: 100},
		{name: "endless text in a batch", args: inBatch(func(t *testing.T, dir string) string {
			return endlessText(t, filepath.Join(dir, "endless.txt"))
		}), code: 2, stderr: `^concord: .*endless.txt: input too large: more than 64 MiB \(the most concord reads of one input\)\nhint: --max-input N reads inputs of up to N MiB\n$`, docs: 2, maxMB: 300},
		{name: "a file over --max-input in a batch", args: func(t *testing.T, dir string) []string {
			big := file("big.txt", bytes.Repeat(fx.seedData, 1<<20/len(fx.seedData)+1))(t, dir)
			return append([]string{"check", "--max-input", "1"}, batch(dir, big)[1:]...)
		}, code: 2, stderr: `^concord: .*big.txt: input too large: more than 1 MiB \(the most concord reads of one input\)\nhint: --max-input N reads inputs of up to N MiB\n$`, docs: 2},
		{name: "--max-input 0", args: func(t *testing.T, dir string) []string { return []string{"check", "--max-input", "0", good(dir)} },
			code: 2, stderr: `^concord: --max-input 0: want a number of MiB above 0\n$`, docs: -1},
		{name: "unreadable file", unprivileged: true, args: func(t *testing.T, dir string) []string {
			p := fx.copy(t, fx.seed, dir, "secret.txt")
			os.Chmod(p, 0)
			return batch(dir, p)
		}, code: 2, stderr: `^concord: read .*secret.txt: permission denied\n$`, docs: 2},
		{name: "unreadable sub-directory (3)", unprivileged: true, args: func(t *testing.T, dir string) []string {
			d := filepath.Join(dir, "docs")
			os.MkdirAll(filepath.Join(d, "closed"), 0o755)
			fx.copy(t, fx.seed, d, "a.txt")
			fx.copy(t, fx.seed, filepath.Join(d, "closed"), "b.txt")
			fx.copy(t, fx.seed, d, "c.txt")
			os.Chmod(filepath.Join(d, "closed"), 0)
			t.Cleanup(func() { os.Chmod(filepath.Join(d, "closed"), 0o755) })
			return []string{"check", "--format", "json", "--fail-on", "never", d}
		}, code: 2, stderr: `^concord: read .*closed: permission denied\n$`, docs: 2},
		{name: "unreadable file in a directory (3)", unprivileged: true, args: func(t *testing.T, dir string) []string {
			d := filepath.Join(dir, "docs")
			fx.copy(t, fx.seed, d, "a.txt")
			os.Chmod(fx.copy(t, fx.seed, d, "b.txt"), 0)
			fx.copy(t, fx.seed, d, "c.txt")
			return []string{"check", "--format", "json", "--fail-on", "never", d}
		}, code: 2, stderr: `^concord: read .*b.txt: permission denied\n$`, docs: 2},
		{name: "unreadable directory given as input (3)", unprivileged: true, args: func(t *testing.T, dir string) []string {
			d := filepath.Join(dir, "closed")
			fx.copy(t, fx.seed, d, "b.txt")
			os.Chmod(d, 0)
			t.Cleanup(func() { os.Chmod(d, 0o755) })
			return batch(dir, d)
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
		{name: "truncated PDF, real pdftotext", skip: needPdftotext, args: inBatch(file("cut.pdf", fx.pdf[:2000])),
			code: 2, stderr: `^concord: .*cut.pdf: pdftotext: exit status 1: Syntax Error: [^\n]*\n$`, docs: 2},
		{name: "truncated TMX", args: inBatch(file("cut.tmx", fx.tmx[:len(fx.tmx)/2])),
			code: 2, stderr: `^concord: .*cut.tmx:\d+:\d+: (XML syntax error|.*unexpected end)`, docs: 2},
		{name: "truncated XLIFF", args: inBatch(file("cut.xlf", fx.xliff[:len(fx.xliff)/2])),
			code: 2, stderr: `^concord: .*cut.xlf:\d+:\d+: (XML syntax error|.*unexpected end)`, docs: 2},
		{name: "truncated DOCX", args: inBatch(file("cut.docx", fx.docx[:len(fx.docx)/2])),
			code: 2, stderr: `^concord: .*cut.docx: not a Word document: zip: not a valid zip file\n$`, docs: 2},
		{name: "Word document of 0.3 MB holding 70 MB of paragraphs", args: inBatch(func(t *testing.T, dir string) string {
			return file("big.docx", bombDOCX(t, 70<<20))(t, dir)
		}), code: 2, stderr: `^concord: .*big.docx: word/document.xml is \d+ MB once decompressed \(at most 64 MB\)\n$`, docs: 2, maxMB: 100},
		{name: "Word document of 0.1 MB holding 20 MB of paragraphs (zip bomb)", args: inBatch(func(t *testing.T, dir string) string {
			return file("bomb.docx", bombDOCX(t, 20<<20))(t, dir)
		}), code: 2, stderr: `^concord: .*bomb.docx: word/document.xml expands \d+ times \(\d+ MB from \d+ KB\): a zip bomb, not a Word document\n$`, docs: 2, maxMB: 100},
		{name: "zip that is not a Word document", args: one(file("x.docx", zipOf(t, map[string]string{"a.txt": "x"}))),
			code: 2, stderr: `^concord: .*x.docx: not a Word document: no word/document.xml\n$`, docs: 0},
		{name: "unknown file format (RTF)", args: one(file("doc.rtf.txt", []byte(`{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard x \par}`))),
			code: 2, stderr: `^concord: .*doc.rtf.txt: not a bilingual document: `, docs: 0},
		{name: "unknown report format", args: func(t *testing.T, dir string) []string { return []string{"check", "--format", "yaml", good(dir)} },
			code: 2, stderr: `^concord: unknown format "yaml" \(want text, `, docs: -1},

		// Issue 17, cases 1–6.
		{name: "PDF page of huge width (1)", path: stub(t, "cat <<'EOF'\n"+hugePage+"\nEOF"), args: inBatch(file("wide.pdf", fx.pdf[:2000])),
			code: 2, stderr: `^concord: .*wide.pdf: page 1: size 5.959276e\+09 × 842 points is out of range \(PDF allows at most 14400 a side\)\n$`, docs: 2},
		{name: "PDF page 1e9 points wide (1)", path: stub(t, "cat <<'EOF'\n"+strings.Replace(hugePage, "5959276000.000000", "1000000000", 1)+"\nEOF"), args: inBatch(file("wide.pdf", fx.pdf[:2000])),
			code: 2, stderr: `^concord: .*wide.pdf: page 1: size 1e\+09 × 842 points is out of range`, docs: 2, maxMB: 200},
		{name: "1 KB PDF of huge width, real pdftotext (1)", skip: needPdftotext, args: inBatch(file("wide.pdf", pdfPage("5959276000", "842"))),
			code: 2, stderr: `^concord: .*wide.pdf: page 1: size 5.959276e\+09 × 842 points is out of range \(PDF allows at most 14400 a side\)\n$`, docs: 2, maxMB: 200},
		{name: "PDF page at the largest size, real pdftotext (1)", skip: needPdftotext, args: one(file("large.pdf", pdfPage("14400", "14400"))),
			code: 2, stderr: `^concord: .*large.pdf: not a bilingual document: only (French|Dutch) text found\n`, docs: 0, maxMB: 200},
		{name: "bad concord.toml in a batch (2)", args: func(t *testing.T, dir string) []string {
			a := fx.copy(t, fx.seed, filepath.Join(dir, "a"), "x.txt")
			b := fx.copy(t, fx.seed, filepath.Join(dir, "b"), "x.txt")
			c := fx.copy(t, fx.seed, filepath.Join(dir, "c"), "x.txt")
			os.WriteFile(filepath.Join(dir, "b", "concord.toml"), []byte("suppress = [\n"), 0o644)
			return []string{"check", "--format", "json", "--fail-on", "never", a, b, c}
		}, code: 2, stderr: `^concord: .*b/x.txt: not checked: .*b/concord.toml: line 1: .*\n$`, docs: 2},
		{name: "concord.toml in UTF-16, as Notepad saves Unicode (2)", args: func(t *testing.T, dir string) []string {
			b := fx.copy(t, fx.seed, filepath.Join(dir, "b"), "x.txt")
			os.WriteFile(filepath.Join(dir, "b", "concord.toml"), utf16Of(t, []byte("[severity]\n\"numbers/missing\" = \"info\"\n")), 0o644)
			return batch(dir, b)
		}, code: 0, stderr: `^$`, docs: 3},
		{name: "concord.toml a named pipe (2)", args: func(t *testing.T, dir string) []string {
			b := fx.copy(t, fx.seed, filepath.Join(dir, "b"), "x.txt")
			if err := syscall.Mkfifo(filepath.Join(dir, "b", "concord.toml"), 0o644); err != nil {
				t.Skip(err)
			}
			return batch(dir, b)
		}, code: 2, stderr: `^concord: .*b/x.txt: not checked: .*b/concord.toml: not a regular file\n$`, docs: 2},
		{name: "--terms endless (6)", skip: needDevZero, args: func(t *testing.T, dir string) []string {
			return []string{"check", "--format", "json", "--terms", "/dev/zero", good(dir)}
		}, code: 2, stderr: `^concord: load termbase: /dev/zero: input too large: more than 64 MiB`, docs: -1, maxMB: 300},
		{name: "--fr missing (6)", args: func(t *testing.T, dir string) []string {
			return []string{"check", "--format", "json", "--fr", good(dir), "--nl", filepath.Join(dir, "none.txt")}
		}, code: 2, stderr: `^concord: read .*none.txt: no such file or directory\n$`, docs: 0},
		{name: "English document (4)", args: inBatch(file("english.txt", []byte(english))),
			code: 2, stderr: `^concord: .*english.txt: not a French-Dutch document: the text is English \(\d+ English function words, \d+ French or Dutch\)\n$`, docs: 2},
		{name: "English file beside a Dutch one (4)", args: func(t *testing.T, dir string) []string {
			en := file("en.txt", []byte(english))(t, dir)
			nl := file("nl.txt", []byte(strings.Repeat(dutch+"\n\n", 3)))(t, dir)
			return []string{"check", "--format", "json", "--fail-on", "never", "--fr", en, "--nl", nl}
		}, code: 2, stderr: `^concord: .*en.txt and nl.txt: not a French-Dutch document: the French file is English \(\d+ English function words, \d+ French or Dutch\)\n$`, docs: 0},
		{name: "--fr and --nl swapped (6)", args: func(t *testing.T, dir string) []string {
			runOK(t, "split", "-o", dir, fx.seed)
			fr, nl := filepath.Join(dir, "kazakhstan.fr.txt"), filepath.Join(dir, "kazakhstan.nl.txt")
			return []string{"check", "--format", "json", "--fail-on", "never", "--fr", nl, "--nl", fr}
		}, code: 2, stderr: `^concord: .*kazakhstan.nl.txt and kazakhstan.fr.txt: not a bilingual document: the French file is Dutch \(\d+ Dutch function words, \d+ French\) and the Dutch file French \(\d+ French, \d+ Dutch\): swap --fr and --nl\n$`, docs: 0},
		{name: "German document (4)", args: inBatch(file("de.txt", []byte(german))),
			code: 2, stderr: `^concord: .*de.txt: not a French-Dutch document: the text is German \(`, docs: 2},
		{name: "UTF-16 with a byte-order mark (5)", args: one(file("utf16.txt", fx.utf16)),
			code: 0, stderr: `^$`, docs: 1},
		{name: "UTF-16BE with a byte-order mark (5)", args: one(file("utf16be.txt", fx.utf16be)),
			code: 0, stderr: `^$`, docs: 1},
		{name: "UTF-8 with a byte-order mark (5)", args: one(file("bom.txt", append([]byte("\xef\xbb\xbf"), fx.seedData...))),
			code: 0, stderr: `^$`, docs: 1},
		{name: "UTF-16 with a byte-order mark on standard input (5)", stdin: string(fx.utf16), args: func(*testing.T, string) []string {
			return []string{"check", "--format", "json", "--fail-on", "never", "-"}
		},
			code: 0, stderr: `^$`, docs: 1},
		{name: "UTF-16 TMX with a byte-order mark (5)", args: one(file("tm16.tmx", utf16Of(t, bytes.Replace(fx.tmx, []byte(`encoding="UTF-8"`), []byte(`encoding="UTF-16"`), 1)))),
			code: 0, stderr: `^$`, docs: 1},
		{name: "UTF-16 TSV, a spreadsheet's Unicode text (5)", args: func(t *testing.T, dir string) []string {
			var tsv strings.Builder
			tsv.WriteString("fr\tnl\r\n")
			for _, p := range fx.pairs {
				tsv.WriteString(p[0] + "\t" + p[1] + "\r\n")
			}
			p := file("pairs.txt", utf16Of(t, []byte(tsv.String())))(t, dir)
			return []string{"check", "--format", "json", "--fail-on", "never", p}
		}, code: 0, stderr: `^$`, docs: 1},
		{name: "UTF-16 with a lone surrogate (5)", args: inBatch(file("sur.txt", append(append([]byte{0xff, 0xfe, 'A', 0, '.', 0}, 0x3d, 0xd8), fx.utf16[2:]...))),
			code: 2, stderr: `^concord: .*sur.txt: invalid UTF-16 at byte 6\n$`, docs: 2},
		{name: "UTF-16 cut after an odd byte (5)", args: one(file("odd.txt", fx.utf16[:len(fx.utf16)-1])),
			code: 2, stderr: `^concord: .*odd.txt: invalid UTF-16 at byte \d+\n$`, docs: 0},
		{name: "UTF-32 with a byte-order mark (5)", args: inBatch(file("utf32.txt", fx.utf32)),
			code: 2, stderr: `^concord: .*utf32.txt: not a text document: it is UTF-32 \(byte-order mark\): convert it to UTF-8 first`, docs: 2},
		{name: "UTF-16 without a byte-order mark (5)", args: one(file("utf16.txt", fx.utf16[2:])),
			code: 2, stderr: `^concord: .*utf16.txt: not a text document: invalid UTF-8 at byte \d+ and NUL bytes \(it looks like UTF-16 without a byte-order mark: convert it to UTF-8 first`, docs: 0},
		{name: "-j 0 (6)", args: func(t *testing.T, dir string) []string { return []string{"check", "-j", "0", good(dir)} },
			code: 2, stderr: `^concord: -j 0: want a number of documents at a time of 1 or more\n$`, docs: -1},
		{name: "-j -1 (6)", args: func(t *testing.T, dir string) []string { return []string{"check", "-j", "-1", good(dir)} },
			code: 2, stderr: `^concord: -j -1: want`, docs: -1},
		{name: "-j the largest int (6)", args: func(t *testing.T, dir string) []string {
			return []string{"check", "--format", "json", "--fail-on", "never", "-j", "9223372036854775807", good(dir), good(dir)}
		}, code: 0, stderr: `^$`, docs: 2},
		{name: "-j not a number (6)", args: func(t *testing.T, dir string) []string { return []string{"check", "-j", "two", good(dir)} },
			code: 2, stderr: `^concord: invalid argument "two" for "-j, --jobs" flag`, docs: -1},
		{name: "--fail-on unknown (6)", args: func(t *testing.T, dir string) []string { return []string{"check", "--fail-on", "fatal", good(dir)} },
			code: 2, stderr: `^concord: --fail-on: unknown severity "fatal" \(want error, warning, info or never\)\n$`, docs: -1},
		{name: "--color unknown (6)", args: func(t *testing.T, dir string) []string { return []string{"check", "--color", "sometimes", good(dir)} },
			code: 2, stderr: `^concord: --color: want auto, always or never, not "sometimes"\n$`, docs: -1},
		{name: "--xliff-version unknown (6)", args: func(t *testing.T, dir string) []string {
			return []string{"check", "--format", "xliff", "--xliff-version", "3", good(dir)}
		}, code: 2, stderr: `^concord: --xliff-version: want 1.2 or 2.0, not "3"\n$`, docs: -1},
		{name: "--enable unknown check (6)", args: func(t *testing.T, dir string) []string { return []string{"check", "--enable", "spelling", good(dir)} },
			code: 2, stderr: `^concord: unknown check or category "spelling" \(see concord rules\)\n$`, docs: -1},
		{name: "--config missing (6)", args: func(t *testing.T, dir string) []string {
			return []string{"check", "--config", filepath.Join(dir, "none.toml"), good(dir)}
		}, code: 2, stderr: `^concord: --config .*none.toml: no such file or directory\n$`, docs: -1},
		{name: "--baseline missing (6)", args: func(t *testing.T, dir string) []string {
			return []string{"check", "--baseline", filepath.Join(dir, "none.json"), good(dir)}
		}, code: 2, stderr: `^concord: --baseline .*none.json: no such file or directory\n$`, docs: -1},
		{name: "--terms missing (6)", args: func(t *testing.T, dir string) []string {
			return []string{"check", "--terms", filepath.Join(dir, "none.csv"), good(dir)}
		}, code: 2, stderr: `^concord: load termbase: open .*none.csv: no such file or directory\n$`, docs: -1},
		{name: "--fr without --nl (6)", args: func(t *testing.T, dir string) []string { return []string{"check", "--fr", good(dir)} },
			code: 2, stderr: `^concord: --fr and --nl go together\n$`, docs: -1},
		{name: "standard input twice (6)", stdin: "A. considérant\n\nA. overwegende\n", args: func(*testing.T, string) []string { return []string{"check", "-", "-"} },
			code: 2, stderr: `^concord: - is given twice: standard input can be read once\n$`, docs: -1},
		{name: "no input (6)", args: func(*testing.T, string) []string { return []string{"check"} },
			code: 2, stderr: `^concord: no input: `, docs: -1},
		{name: "--encoding unknown (6)", args: func(t *testing.T, dir string) []string { return []string{"check", "--encoding", "ebcdic", good(dir)} },
			code: 2, stderr: `^concord: --encoding ebcdic: unknown encoding`, docs: -1},
		{name: "--fr and --nl the same file (6)", args: func(t *testing.T, dir string) []string {
			g := good(dir)
			return []string{"check", "--fr", g, "--nl", g}
		}, code: 2, stderr: `^concord: --fr and --nl name the same file \(.*good.txt\)\n$`, docs: -1},
		{name: "--fr and --nl the same file by a link (6)", args: func(t *testing.T, dir string) []string {
			g := good(dir)
			os.Symlink(g, filepath.Join(dir, "link.txt"))
			return []string{"check", "--fr", g, "--nl", filepath.Join(dir, ".", "link.txt")}
		}, code: 2, stderr: `^concord: --fr and --nl name the same file \(.*link.txt\)\n$`, docs: -1},
		{name: "--write-baseline unwritable (6)", args: func(t *testing.T, dir string) []string {
			return []string{"check", "--format", "json", "--write-baseline", filepath.Join(dir, "no", "such", "dir", "b.json"), good(dir)}
		}, code: 2, stderr: `^concord: --write-baseline .*b.json: cannot create a file in .*dir: no such file or directory\n$`, docs: -1},
		{name: "--write-baseline is a directory (6)", args: func(t *testing.T, dir string) []string {
			return []string{"check", "--write-baseline", dir, good(dir)}
		}, code: 2, stderr: `^concord: --write-baseline .*: is a directory\n$`, docs: -1},
		{name: "-o unwritable (6)", args: func(t *testing.T, dir string) []string {
			return []string{"check", "-o", "json=" + filepath.Join(dir, "no", "r.json"), good(dir)}
		}, code: 2, stderr: `^concord: -o .*r.json: cannot create a file in .*no: no such file or directory\n$`, docs: -1},
		{name: "-o write error (6)", skip: needDevFull, args: func(t *testing.T, dir string) []string {
			return []string{"check", "-o", "/dev/full", good(dir)}
		}, code: 2, stderr: `^concord: write /dev/full: no space left on device\n$`, docs: -1},
		{name: "--write-baseline write error (6)", skip: needDevFull, args: func(t *testing.T, dir string) []string {
			return []string{"check", "--format", "json", "--write-baseline", "/dev/full", good(dir)}
		}, code: 2, stderr: `^concord: write baseline /dev/full: write /dev/full: no space left on device\n$`, docs: 1},
		{name: "--write-baseline the same file as -o (6)", args: func(t *testing.T, dir string) []string {
			r := filepath.Join(dir, "r.json")
			return []string{"check", "-o", r, "--write-baseline", filepath.Join(dir, ".", "r.json"), good(dir)}
		}, code: 2, stderr: `^concord: --write-baseline .*r.json: is also an -o output: the baseline would overwrite the report\n$`, docs: -1},
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
			var cred *syscall.Credential
			if c.unprivileged {
				cred = unprivileged(t, dir)
			}
			args := c.args(t, dir)
			r := runAs(t, cred, c.path, c.stdin, args...)
			out, stderr, code := r.out, r.stderr, r.code
			if c.maxMB > 0 && r.maxRSS > c.maxMB<<20 {
				t.Errorf("peak memory %d MB, want at most %d MB", r.maxRSS>>20, c.maxMB)
			}
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

// TestBadInputInEveryFormat: a batch with unusable inputs in the middle
// writes, in every format, exactly the report of the batch without them.
func TestBadInputInEveryFormat(t *testing.T) {
	fx := newFixtures(t)
	dir := t.TempDir()
	a := fx.copy(t, fx.seed, filepath.Join(dir, "a"), "x.txt")
	c := fx.copy(t, fx.seed, filepath.Join(dir, "c"), "x.txt")
	badConfig := fx.copy(t, fx.seed, filepath.Join(dir, "b"), "x.txt")
	os.WriteFile(filepath.Join(dir, "b", "concord.toml"), []byte("severity = 3\n"), 0o644)
	bad := []string{badConfig}
	for name, data := range map[string][]byte{
		"wide.pdf":    fx.pdf[:2000], // a page of huge width (issue 17, case 1)
		"english.txt": []byte(english),
		"bin.txt":     []byte("abc\x00\x01\x02def\xff"),
		"utf16.txt":   fx.utf16[2:], // without its byte-order mark
		"cut.docx":    fx.docx[:len(fx.docx)/2],
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, data, 0o644)
		bad = append(bad, p)
	}
	os.Symlink(filepath.Join(dir, "loop.txt"), filepath.Join(dir, "loop.txt"))
	bad = append(bad, filepath.Join(dir, "loop.txt"), filepath.Join(dir, "missing.txt"))
	path := stub(t, "cat <<'EOF'\n"+hugePage+"\nEOF")
	for _, format := range checkFormatNames() {
		t.Run(format, func(t *testing.T) {
			want, _, code := runIn(t, path, "", "check", "--format", format, "--fail-on", "never", a, c)
			if code != 0 {
				t.Fatalf("good batch: exit %d", code)
			}
			args := append(append([]string{"check", "--format", format, "--fail-on", "never", a}, bad...), c)
			got, stderr, code := runIn(t, path, "", args...)
			if code != 2 || strings.Count(stderr, "concord: ") != len(bad) {
				t.Errorf("exit %d, want 2 with %d diagnostics; stderr:\n%s", code, len(bad), stderr)
			}
			checkDiagnostics(t, stderr, false)
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

// TestOutputIsInput: an output file that is also an input (by its name, a
// link, or a directory walk) is refused before the work and the input is
// left as it was; -o emptied it before reading it.
func TestOutputIsInput(t *testing.T) {
	fx := newFixtures(t)
	for _, c := range []struct {
		name string
		args func(doc, dir string) []string
		flag string
	}{
		{"check -o", func(doc, _ string) []string { return []string{"check", "-o", doc, doc} }, "-o"},
		{"check -o FORMAT= by a link", func(doc, dir string) []string {
			link := filepath.Join(dir, "link.txt")
			os.Symlink(doc, link)
			return []string{"check", "-o", "json=" + link, fx.seed, doc}
		}, "-o"},
		{"check -o into a walked directory", func(doc, dir string) []string { return []string{"check", "-o", doc, dir} }, "-o"},
		{"check -o on --nl", func(doc, _ string) []string { return []string{"check", "-o", doc, "--fr", fx.seed, "--nl", doc} }, "-o"},
		{"check --write-baseline", func(doc, _ string) []string { return []string{"check", "--write-baseline", doc, doc} }, "--write-baseline"},
		{"align -o", func(doc, _ string) []string { return []string{"align", "-o", doc, doc} }, "-o"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			doc := fx.copy(t, fx.seed, dir, "doc.txt")
			out, stderr, code := runIn(t, "", "", c.args(doc, dir)...)
			if code != 2 || out != "" {
				t.Errorf("exit %d, %d bytes of output; want 2 and none", code, len(out))
			}
			if !regexp.MustCompile(`^concord: ` + c.flag + ` .*: is also an input: the output would overwrite it\n$`).MatchString(stderr) {
				t.Errorf("stderr %q", stderr)
			}
			checkDiagnostics(t, stderr, false)
			if data, _ := os.ReadFile(doc); !bytes.Equal(data, fx.seedData) {
				t.Errorf("the input was changed (%d bytes, was %d)", len(data), len(fx.seedData))
			}
		})
	}
}

// TestUTF16ReadsLikeUTF8: a TSV (a spreadsheet's "Unicode text"), a TMX
// and a text in UTF-16 with its byte-order mark give the report of the
// same file in UTF-8 (a UTF-16 TSV was refused as invalid UTF-8, or read
// as text blocks; a UTF-16 TMX as text).
func TestUTF16ReadsLikeUTF8(t *testing.T) {
	fx := newFixtures(t)
	dir := t.TempDir()
	tsv := "fr\tnl\r\n"
	for _, p := range fx.pairs {
		tsv += p[0] + "\t" + p[1] + "\r\n"
	}
	for _, c := range []struct {
		name      string
		utf8, u16 []byte
	}{
		{"pairs.txt", []byte(tsv), utf16Of(t, []byte(tsv))},
		{"pairs.tsv", []byte(tsv), utf16Of(t, []byte(tsv))},
		{"tm.tmx", fx.tmx, utf16Of(t, bytes.Replace(fx.tmx, []byte(`encoding="UTF-8"`), []byte(`encoding="UTF-16"`), 1))},
		{"doc.txt", fx.seedData, fx.utf16},
	} {
		var out [2]string
		for i, data := range [][]byte{c.utf8, c.u16} {
			p := filepath.Join(dir, c.name)
			os.WriteFile(p, data, 0o644)
			var stderr string
			var code int
			out[i], stderr, code = runIn(t, "", "", "check", "--format", "json", "--fail-on", "never", p)
			if code != 0 {
				t.Fatalf("%s: exit %d: %s", c.name, code, stderr)
			}
		}
		if out[0] != out[1] {
			t.Errorf("%s: the UTF-16 file's report differs from the UTF-8 one's:\n%.400s\nwant\n%.400s", c.name, out[1], out[0])
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

// TestWriteErrorOnStandardOutput: a report that cannot be written ends the
// run with exit 2 and one line naming the error, without the usage hint.
func TestWriteErrorOnStandardOutput(t *testing.T) {
	if why := needDevFull(); why != "" {
		t.Skip(why)
	}
	for _, format := range []string{"text", "json", "sarif", "junit", "html"} {
		full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(binary, "check", "--format", format, "--fail-on", "never", seed, seed)
		var errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = full, &errb
		err = cmd.Run()
		full.Close()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 2 {
			t.Errorf("%s: run ended with %v, want exit 2", format, err)
		}
		if got := errb.String(); !regexp.MustCompile(`^concord: write /dev/stdout: no space left on device\n$`).MatchString(got) {
			t.Errorf("%s: stderr %q", format, got)
		}
		checkDiagnostics(t, errb.String(), false)
	}
}

// runIn runs the binary with PATH set to path (unless empty) and returns
// its standard output, standard error and exit code.
func runIn(t *testing.T, path, stdin string, args ...string) (string, string, int) {
	t.Helper()
	r := runAs(t, nil, path, stdin, args...)
	return r.out, r.stderr, r.code
}

// result is what a run of the binary left: its output, exit code and peak
// resident memory in bytes (its own or its children's, the larger).
type result struct {
	out, stderr string
	code        int
	maxRSS      int64
}

// runAs runs the binary as cred's user (nil: the test's own) with PATH set
// to path (unless empty).
func runAs(t *testing.T, cred *syscall.Credential, path, stdin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Stdin = strings.NewReader(stdin)
	if path != "" {
		cmd.Env = append(os.Environ(), "PATH="+path)
	}
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("concord %s: no answer in 20 s", strings.Join(args, " "))
	}
	r := result{out: out.String(), stderr: errb.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = int64(ru.Maxrss) << 10 // kilobytes on Linux
	}
	return r
}

// unprivileged returns the credential to run the binary with so that a
// file of mode 000 cannot be read: nil for a user who is not root; for
// root, the user nobody, with dir and the directories above it opened to
// others. It skips the test when nobody cannot run the binary.
func unprivileged(t *testing.T, dir string) *syscall.Credential {
	t.Helper()
	if os.Geteuid() != 0 {
		return nil
	}
	cred := &syscall.Credential{Uid: 65534, Gid: 65534}
	for d := dir; d != filepath.Dir(d) && d != filepath.Clean(os.TempDir()); d = filepath.Dir(d) {
		if fi, err := os.Stat(d); err == nil {
			os.Chmod(d, fi.Mode().Perm()|0o055)
		}
	}
	cmd := exec.Command(binary, "version")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("running as root, who reads files of mode 000, and the user nobody cannot run the binary: %v %s", err, out)
	}
	return cred
}

// needPdftotext returns why a case with a real PDF cannot run, or "".
func needPdftotext() string {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return "pdftotext not installed"
	}
	return ""
}

// endlessText makes a named pipe at p that a writer fills with text for as
// long as it is read.
func endlessText(t *testing.T, p string) string {
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skip(err)
	}
	go func() {
		w, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer w.Close()
		line := []byte(strings.Repeat("A. considérant que le Kazakhstan est lié par la Déclaration universelle;\n\n", 100))
		for {
			if _, err := w.Write(line); err != nil {
				return // the reader has gone
			}
		}
	}()
	t.Cleanup(func() {
		// Release a writer still waiting for a reader.
		if r, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
			r.Close()
		}
	})
	return p
}

// needDevZero returns why an endless input cannot be made, or "".
func needDevZero() string {
	if _, err := os.Stat("/dev/zero"); err != nil {
		return "no /dev/zero"
	}
	return ""
}

// needDevFull returns why a write error cannot be made, or "".
func needDevFull() string {
	if _, err := os.Stat("/dev/full"); err != nil {
		return "no /dev/full"
	}
	return ""
}

// pdfPage returns a one-page PDF (about 800 bytes) of the given media box
// size with a line of text, for the real pdftotext.
func pdfPage(width, height string) []byte {
	content := "BT /F1 12 Tf 56 760 Td (Chambre des representants - Kamer van volksvertegenwoordigers) Tj ET\n" +
		"BT /F1 12 Tf 56 740 Td (A. considerant que le Kazakhstan est lie) Tj ET"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + width + " " + height + "] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	var offs []int
	for i, o := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
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

// dutch is the same opening in Dutch (testdata/kazakhstan.txt).
const dutch = `A. overwegende dat Kazachstan gebonden is door de Universele Verklaring van de Rechten van de Mens en dat het het Internationaal Verdrag inzake burgerrechten en politieke rechten heeft geratificeerd;

B. overwegende dat de autoriteiten sinds januari 2022 208 activisten en journalisten hebben gearresteerd en dat die arrestaties niet stroken met zijn verplichtingen;

1. verzoekt de federale regering die bezorgdheden op alle niveaus bij de autoriteiten van Kazachstan aan te kaarten.`

// german is the same opening in German.
const german = `ENTSCHLIESSUNG

zur Menschenrechtslage in Kasachstan

A. in der Erwägung, dass Kasachstan an die Allgemeine Erklärung der Menschenrechte gebunden ist und den Internationalen Pakt über bürgerliche und politische Rechte ratifiziert hat;

B. in der Erwägung, dass die Behörden seit Januar 2022 insgesamt 208 Aktivisten und Journalisten festgenommen haben und dass diese Festnahmen nicht mit den Verpflichtungen des Landes vereinbar sind;

1. fordert die Bundesregierung auf, diese Bedenken gegenüber den Behörden von Kasachstan auf allen Ebenen zur Sprache zu bringen.
`

// fixtures are the documents the bad inputs are made from.
type fixtures struct {
	seed, pdfPath                            string
	seedData, latin1, utf16, pdf, tmx, xliff []byte
	utf16be, utf32                           []byte
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
	if fx.utf16be, err = unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes(fx.seedData); err != nil {
		t.Fatal(err)
	}
	if fx.utf32, err = utf32.UTF32(utf32.LittleEndian, utf32.UseBOM).NewEncoder().Bytes(fx.seedData); err != nil {
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

// bombDOCX returns a Word document whose body is size bytes of the same
// two paragraphs, written as it is compressed: the test's own memory
// counts in the child's peak (fork), so it must not hold them either.
func bombDOCX(t *testing.T, size int) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	para := []byte(strings.Repeat(`<w:p><w:r><w:t>A. considérant que le Kazakhstan est lié</w:t></w:r></w:p><w:p><w:r><w:t>A. overwegende dat Kazachstan gebonden is</w:t></w:r></w:p>`, 1000))
	w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`))
	for range size / len(para) {
		w.Write(para)
	}
	w.Write([]byte(`</w:body></w:document>`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// utf16Of returns data in UTF-16LE with its byte-order mark.
func utf16Of(t *testing.T, data []byte) []byte {
	u, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(data)
	if err != nil {
		t.Fatal(err)
	}
	return u
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
