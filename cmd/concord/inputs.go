package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/concord-bilingual/concord/align"
)

// inputOptions are the flags every reading command shares.
type inputOptions struct {
	fr, nl   string
	encoding string
	maxInput int // MiB, --max-input
	// keepBlocks keeps the layout's blocks of each document (split
	// writes them); checking reads none.
	keepBlocks bool
}

// input is one document to read: a bilingual file, a FR/NL file pair, or
// standard input.
type input struct {
	path   string
	fr, nl string // set for a two-file document
	stdin  bool
	err    error // why the input cannot be read, found while listing it
}

// docExts are the file name endings a directory walk picks up.
var docExts = []string{".txt", ".pdf", ".tmx", ".xlf", ".xliff", ".tsv", ".docx"}

// expandInputs turns command-line arguments into documents: files as they
// are, directories walked recursively (X.fr.txt and X.nl.txt pair up), "-"
// for standard input. An argument or a part of a directory that cannot be
// read becomes an input that carries its error, so that a batch reports it
// in its place and checks the others.
func expandInputs(args []string, o inputOptions) ([]input, error) {
	if o.fr != "" || o.nl != "" {
		if o.fr == "" || o.nl == "" {
			return nil, usageError(errors.New("--fr and --nl go together"))
		}
		if len(args) > 0 {
			return nil, usageError(errors.New("give either INPUT arguments or --fr/--nl, not both"))
		}
		if err := distinctSides(o.fr, o.nl); err != nil {
			return nil, err
		}
		return []input{{path: o.fr, fr: o.fr, nl: o.nl}}, nil
	}
	if len(args) == 0 {
		return nil, usageError(errors.New("no input: give a file, a directory, - for standard input, or --fr FILE --nl FILE"))
	}
	if i := slices.Index(args, "-"); i >= 0 && slices.Contains(args[i+1:], "-") {
		return nil, usageError(errors.New("- is given twice: standard input can be read once"))
	}
	var out []input
	for _, a := range args {
		if a == "-" {
			out = append(out, input{path: "-", stdin: true})
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			out = append(out, input{path: a, err: fmt.Errorf("read %s: %w", a, unwrapPathErr(err))})
			continue
		}
		if !st.IsDir() {
			out = append(out, input{path: a})
			continue
		}
		found := walkDir(a)
		if len(found) == 0 {
			found = []input{{path: a, err: fmt.Errorf("%s: no documents found (looked for %s)", a, strings.Join(docExts, ", "))}}
		}
		out = append(out, found...)
	}
	return out, nil
}

// distinctSides refuses --fr and --nl naming the same file: a document
// compared with itself has nothing to say.
func distinctSides(fr, nl string) error {
	a, errA := os.Stat(fr)
	b, errB := os.Stat(nl)
	if errA == nil && errB == nil && os.SameFile(a, b) {
		return usageError(fmt.Errorf("--fr and --nl name the same file (%s)", nl))
	}
	return nil
}

func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// flagFileErr is the error of the file a flag names that does not load:
// a file that cannot be opened is named after the flag ("--config x.toml:
// no such file or directory"); the other errors name it already.
func flagFileErr(flag, path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s %s: %w", flag, path, pe.Err)
	}
	return fmt.Errorf("%s: %w", flag, err)
}

// notAnInput refuses an output file that is also one of the inputs: the
// report would be written over the document (a -o file is emptied before
// the inputs are read). path "" or "-" is standard output.
func notAnInput(flag, path string, ins []input) error {
	if path == "" || path == "-" {
		return nil
	}
	out, err := os.Stat(path)
	if err != nil {
		return nil // a file that does not exist yet is no input
	}
	for _, in := range ins {
		for _, p := range []string{in.path, in.fr, in.nl} {
			if p == "" || in.stdin {
				continue
			}
			if st, err := os.Stat(p); err == nil && os.SameFile(out, st) {
				return usageError(fmt.Errorf("%s %s: is also an input: the output would overwrite it", flag, path))
			}
		}
	}
	return nil
}

// sameFile reports whether the paths a and b name one file: the same path,
// or two names of one existing file.
func sameFile(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// walkDir lists the documents under dir in lexical order. A directory or
// file the walk cannot read is listed as an input that carries the error,
// and the walk goes on with the rest.
func walkDir(dir string) []input {
	var files []string
	broken := map[string]error{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			broken[p] = fmt.Errorf("read %s: %w", p, unwrapPathErr(err))
			files = append(files, p)
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		for _, e := range docExts {
			if strings.HasSuffix(strings.ToLower(d.Name()), e) {
				files = append(files, p)
				if !regular(p, d) {
					// A named pipe would be waited on for ever, a
					// device read without end.
					broken[p] = fmt.Errorf("read %s: not a regular file", p)
				}
				break
			}
		}
		return nil
	})
	sort.Strings(files)
	have := map[string]bool{}
	for _, f := range files {
		have[f] = true
	}
	var out []input
	for _, f := range files {
		if err := broken[f]; err != nil {
			out = append(out, input{path: f, err: err})
			continue
		}
		if base, ok := strings.CutSuffix(f, ".fr.txt"); ok && have[base+".nl.txt"] {
			out = append(out, input{path: f, fr: f, nl: base + ".nl.txt"})
			continue
		}
		if base, ok := strings.CutSuffix(f, ".nl.txt"); ok && have[base+".fr.txt"] {
			continue
		}
		out = append(out, input{path: f})
	}
	return out
}

// regular reports whether the walk's entry d at p is a regular file or a
// link to one; a link that cannot be followed counts as one (its reading
// says why).
func regular(p string, d fs.DirEntry) bool {
	if d.Type()&fs.ModeSymlink == 0 {
		return d.Type().IsRegular()
	}
	st, err := os.Stat(p)
	return err != nil || st.Mode().IsRegular()
}

// load reads and aligns one input.
func load(in input, o inputOptions, stdin io.Reader) (*align.Document, error) {
	if in.err != nil {
		return nil, in.err
	}
	opts := align.Options{Encoding: o.encoding, KeepBlocks: o.keepBlocks}
	switch {
	case in.fr != "":
		doc, err := align.ReadPair(in.fr, in.nl, opts)
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("read %s: %w", pe.Path, pe.Err)
		}
		return doc, err
	case in.stdin:
		data, err := align.ReadAllBounded(stdin, "-")
		if errors.Is(err, align.ErrTooLarge) {
			return nil, err
		} else if err != nil {
			return nil, fmt.Errorf("read standard input: %w", err)
		}
		return align.ReadBytes("-", data, opts)
	}
	doc, err := align.ReadFile(in.path, opts)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("read %s: %w", in.path, pe.Err)
		}
		if errors.Is(err, align.ErrNotText) && strings.Contains(err.Error(), "PDF") {
			return nil, fmt.Errorf("%w\nhint: extract its text first: pdftotext -layout %s", err, in.path)
		}
		if errors.Is(err, align.ErrNotBilingual) {
			return nil, fmt.Errorf("%w\nhint: for a document in two files use --fr FILE --nl FILE", err)
		}
	}
	return doc, err
}
