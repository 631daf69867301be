package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/concord-bilingual/concord/checks/report"
	"github.com/concord-bilingual/concord/internal/bounded"
)

type alignOptions struct {
	inputOptions
	format       string
	output       string
	xliffVersion string
}

func newAlignCmd(s streams) *cobra.Command {
	o := &alignOptions{}
	cmd := &cobra.Command{
		Use:   "align [flags] INPUT...",
		Short: "Print the aligned FR↔NL unit pairs, no checks",
		Long: `Print the pairs of units concord finds in each document: recitals,
requests, articles, paragraphs, headings and table rows, each French unit
beside its Dutch counterpart. A unit without counterpart is shown with an
empty side.

INPUT is a file, a directory (walked recursively) or - for standard input;
a document in two files is given with --fr FILE --nl FILE.`,
		Example: `  concord align testdata/kazakhstan.txt
  concord align --format json testdata/kazakhstan.txt
  concord align --fr doc.fr.txt --nl doc.nl.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return alignRun(o, args, s)
		},
	}
	f := cmd.Flags()
	addInputFlags(cmd, &o.inputOptions)
	f.StringVar(&o.format, "format", "text", "output format: "+strings.Join(alignFormatNames(), ", "))
	f.StringVarP(&o.output, "output", "o", "", "write the output to this file instead of standard output")
	addXLIFFFlag(cmd, &o.xliffVersion)
	registerFormats(cmd, alignFormatNames())
	return cmd
}

// addXLIFFFlag adds --xliff-version, completed with its values.
func addXLIFFFlag(cmd *cobra.Command, v *string) {
	cmd.Flags().StringVar(v, "xliff-version", "1.2", "XLIFF version of --format xliff: 1.2 or 2.0")
	cmd.RegisterFlagCompletionFunc("xliff-version", cobra.FixedCompletions([]string{"1.2", "2.0"}, cobra.ShellCompDirectiveNoFileComp))
}

// checkXLIFFVersion returns a usage error unless v is an XLIFF version
// concord writes.
func checkXLIFFVersion(v string) error {
	if v != "1.2" && v != "2.0" {
		return usageError(fmt.Errorf("--xliff-version: want 1.2 or 2.0, not %q", v))
	}
	return nil
}

// registerFormats makes the shell completion offer names for --format.
func registerFormats(cmd *cobra.Command, names []string) {
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(names, cobra.ShellCompDirectiveNoFileComp))
}

func addInputFlags(cmd *cobra.Command, o *inputOptions) {
	f := cmd.Flags()
	f.StringVar(&o.fr, "fr", "", "the French file of a document given as two files")
	f.StringVar(&o.nl, "nl", "", "the Dutch file of a document given as two files")
	f.StringVar(&o.encoding, "encoding", "", "input encoding: utf-8 (default), utf-16, windows-1252 or latin-1")
	addMaxInputFlag(cmd, o)
}

// addMaxInputFlag adds --max-input, the most concord reads of one file.
func addMaxInputFlag(cmd *cobra.Command, o *inputOptions) {
	cmd.Flags().IntVar(&o.maxInput, "max-input", bounded.DefaultMax>>20, "read at most this many MiB of one input (a larger one is refused)")
}

func alignFormatNames() []string {
	names := []string{"text"}
	for k := range report.AlignFormats {
		names = append(names, k)
	}
	sort.Strings(names[1:])
	return names
}

func alignRun(o *alignOptions, args []string, s streams) error {
	if err := o.validate(); err != nil {
		return err
	}
	var format report.Formatter
	if o.format == "text" {
		format = report.AlignText
	} else if format = report.AlignFormats[o.format]; format == nil {
		return usageError(fmt.Errorf("unknown format %q (want %s)", o.format, strings.Join(alignFormatNames(), ", ")))
	}
	if err := checkXLIFFVersion(o.xliffVersion); err != nil {
		return err
	}
	ins, err := expandInputs(args, o.inputOptions)
	if err != nil {
		return err
	}
	if err := notAnInput("-o", o.output, ins); err != nil {
		return err
	}
	res := newResult(nil)
	res.XLIFFVersion = o.xliffVersion
	failed := false
	for _, in := range ins {
		doc, err := load(in, o.inputOptions, s.In)
		if err != nil {
			diagnose(s.Err, err)
			failed = true
			continue
		}
		res.Docs = append(res.Docs, report.DocResult{Doc: doc})
	}
	if err := writeOutput(o.output, s, func(w writer) error { return format(w, res) }); err != nil {
		return err
	}
	if failed {
		return &exitError{code: exitUsage}
	}
	return nil
}
