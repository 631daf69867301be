package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/concord-bilingual/concord/align"
)

type splitOptions struct {
	inputOptions
	dir string
}

func newSplitCmd(s streams) *cobra.Command {
	o := &splitOptions{}
	cmd := &cobra.Command{
		Use:   "split [-o DIR] INPUT",
		Short: "Write the de-interleaved FR, NL and layout-noise streams",
		Long: `Split a bilingual document into three files in DIR (default: the
current directory), named after the input:

  NAME.fr.txt     the French blocks, in reading order
  NAME.nl.txt     the Dutch blocks, in reading order
  NAME.noise.txt  page furniture: running headers, DOC lines, page numbers

Blocks are written as they stand in the input (markup included), separated
by blank lines. Every non-blank input line lands in exactly one stream; a
table row whose cells hold both languages is cut between them, and a row
shared by both languages (party names) goes to the French stream.`,
		Example: `  concord split -o /tmp/out testdata/kazakhstan.txt`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return splitRun(o, args[0], s)
		},
	}
	cmd.Flags().StringVarP(&o.dir, "output", "o", ".", "directory to write the three streams to")
	cmd.Flags().StringVar(&o.encoding, "encoding", "", "input encoding: utf-8 (default), utf-16, windows-1252 or latin-1")
	addMaxInputFlag(cmd, &o.inputOptions)
	return cmd
}

// Streams returns the FR, NL and noise streams of doc's blocks.
func streamsOf(doc *align.Document) (fr, nl, noise string) {
	var b [3]strings.Builder
	for _, bl := range doc.Blocks {
		i := 0
		switch {
		case bl.Kind == align.Noise:
			i = 2
		case bl.Col == align.NL:
			i = 1
		}
		if b[i].Len() > 0 {
			if bl.Kind == align.Cell {
				b[i].WriteString("\n")
			} else {
				b[i].WriteString("\n\n")
			}
		}
		b[i].WriteString(bl.Raw)
	}
	for i := range b {
		if b[i].Len() > 0 {
			b[i].WriteString("\n")
		}
	}
	return b[0].String(), b[1].String(), b[2].String()
}

func splitRun(o *splitOptions, path string, s streams) error {
	if path == "-" {
		return usageError(errors.New("split needs a file: its name names the output files"))
	}
	if err := o.inputOptions.validate(); err != nil {
		return err
	}
	o.keepBlocks = true // the streams are the blocks as the input holds them
	doc, err := load(input{path: path}, o.inputOptions, s.In)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	if err := os.MkdirAll(o.dir, 0o755); err != nil {
		return usageError(fmt.Errorf("create %s: %w", o.dir, unwrapPathErr(err)))
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	fr, nl, noise := streamsOf(doc)
	for _, f := range []struct{ ext, text string }{{".fr.txt", fr}, {".nl.txt", nl}, {".noise.txt", noise}} {
		out := filepath.Join(o.dir, name+f.ext)
		if abs1, _ := filepath.Abs(out); abs1 == mustAbs(path) {
			return usageError(fmt.Errorf("refusing to overwrite the input %s", path))
		}
		if err := os.WriteFile(out, []byte(f.text), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", out, err)
		}
		fmt.Fprintf(s.Err, "concord: wrote %s\n", out)
	}
	return nil
}

func mustAbs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}
