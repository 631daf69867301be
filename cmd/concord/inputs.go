package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/concord-bilingual/concord/align"
)

// inputOptions are the flags every reading command shares.
type inputOptions struct {
	fr, nl   string
	encoding string
}

// input is one document to read: a bilingual file, a FR/NL file pair, or
// standard input.
type input struct {
	path   string
	fr, nl string // set for a two-file document
	stdin  bool
}

// docExts are the file name endings a directory walk picks up.
var docExts = []string{".txt", ".pdf", ".tmx", ".xlf", ".xliff", ".tsv", ".docx"}

// expandInputs turns command-line arguments into documents: files as they
// are, directories walked recursively (X.fr.txt and X.nl.txt pair up), "-"
// for standard input.
func expandInputs(args []string, o inputOptions) ([]input, error) {
	if o.fr != "" || o.nl != "" {
		if o.fr == "" || o.nl == "" {
			return nil, usageError(errors.New("--fr and --nl go together"))
		}
		if len(args) > 0 {
			return nil, usageError(errors.New("give either INPUT arguments or --fr/--nl, not both"))
		}
		return []input{{path: o.fr, fr: o.fr, nl: o.nl}}, nil
	}
	if len(args) == 0 {
		return nil, usageError(errors.New("no input: give a file, a directory, - for standard input, or --fr FILE --nl FILE"))
	}
	var out []input
	for _, a := range args {
		if a == "-" {
			out = append(out, input{path: "-", stdin: true})
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			return nil, &exitError{code: exitUsage, err: fmt.Errorf("read %s: %w", a, unwrapPathErr(err))}
		}
		if !st.IsDir() {
			out = append(out, input{path: a})
			continue
		}
		found, err := walkDir(a)
		if err != nil {
			return nil, &exitError{code: exitUsage, err: err}
		}
		if len(found) == 0 {
			return nil, &exitError{code: exitUsage, err: fmt.Errorf("%s: no documents found (looked for %s)", a, strings.Join(docExts, ", "))}
		}
		out = append(out, found...)
	}
	return out, nil
}

func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// walkDir lists the documents under dir in lexical order.
func walkDir(dir string) ([]input, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
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
				break
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("walk %s: %w", dir, err)
	}
	sort.Strings(files)
	have := map[string]bool{}
	for _, f := range files {
		have[f] = true
	}
	var out []input
	for _, f := range files {
		if base, ok := strings.CutSuffix(f, ".fr.txt"); ok && have[base+".nl.txt"] {
			out = append(out, input{path: f, fr: f, nl: base + ".nl.txt"})
			continue
		}
		if base, ok := strings.CutSuffix(f, ".nl.txt"); ok && have[base+".fr.txt"] {
			continue
		}
		out = append(out, input{path: f})
	}
	return out, nil
}

// load reads and aligns one input.
func load(in input, o inputOptions, stdin io.Reader) (*align.Document, error) {
	opts := align.Options{Encoding: o.encoding}
	switch {
	case in.fr != "":
		return align.ReadPair(in.fr, in.nl, opts)
	case in.stdin:
		data, err := io.ReadAll(stdin)
		if err != nil {
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
