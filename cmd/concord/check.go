package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/concord-bilingual/concord/checks"
	"github.com/concord-bilingual/concord/checks/baseline"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/report"
)

type checkOptions struct {
	inputOptions
	format  string
	outputs []string
	failOn  string
	enable  []string
	disable []string
	color   string
	terms   []string

	config, baseline, writeBaseline string
	jobs                            int
	sarifRoot, xliffVersion         string
}

func newCheckCmd(s streams) *cobra.Command {
	o := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check [flags] INPUT...",
		Short: "Align each document and check every FR↔NL pair",
		Long: `Align each input document and run the checks on every pair of units:
numbers, dates, references, names, institutions, missing units and
clauses, untranslated text and extraction artefacts. 'concord rules'
lists the checks.

INPUT is a file, a directory (walked recursively) or - for standard input;
a document in two files is given with --fr FILE --nl FILE.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above
--fail-on, 2 usage error or unusable input.`,
		Example: `  concord check testdata/kazakhstan.txt
  concord check --format json --fail-on warning docs/
  concord check --disable artefact --fr doc.fr.txt --nl doc.nl.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return checkRun(o, args, s)
		},
	}
	f := cmd.Flags()
	addInputFlags(cmd, &o.inputOptions)
	f.StringVar(&o.format, "format", "text", "output format: "+strings.Join(checkFormatNames(), ", "))
	f.StringArrayVarP(&o.outputs, "output", "o", nil, "write the report to this file instead of standard output;\nFORMAT=FILE writes that format (repeat -o for several reports)")
	f.StringVar(&o.failOn, "fail-on", "error", "exit 1 when a finding has this severity or higher: error, warning, info or never")
	f.StringSliceVar(&o.enable, "enable", nil, "run only these checks or categories (comma-separated)")
	f.StringSliceVar(&o.disable, "disable", nil, "do not run these checks or categories (comma-separated)")
	f.StringVar(&o.color, "color", "auto", "colour the text report: auto, always or never (NO_COLOR is honoured)")
	f.StringSliceVar(&o.terms, "terms", nil, "extra termbase file (CSV fr,nl[,note] or TBX); may be repeated")
	f.StringVar(&o.config, "config", "", "configuration file (default: the nearest concord.toml above each input)")
	f.StringVar(&o.baseline, "baseline", "", "report and fail only on findings not recorded in this baseline file")
	f.StringVar(&o.writeBaseline, "write-baseline", "", "record the findings in this baseline file and exit 0 (unless input is unusable)")
	f.IntVarP(&o.jobs, "jobs", "j", runtime.NumCPU(), "check this many documents at a time")
	f.StringVar(&o.sarifRoot, "sarif-root", "", "directory the SARIF report's file URIs are relative to, as %SRCROOT% (default: the working directory)")
	addXLIFFFlag(cmd, &o.xliffVersion)
	registerFormats(cmd, checkFormatNames())
	return cmd
}

func checkFormatNames() []string {
	names := []string{"text"}
	for k := range report.Formats {
		names = append(names, k)
	}
	sort.Strings(names[1:])
	return names
}

// failLevel parses --fail-on; 0 means never.
func failLevel(s string) (check.Severity, error) {
	if s == "never" {
		return 0, nil
	}
	sev, err := check.ParseSeverity(s)
	if err != nil {
		return 0, fmt.Errorf("--fail-on: unknown severity %q (want error, warning, info or never)", s)
	}
	return sev, nil
}

func useColor(mode string, out writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		if os.Getenv("NO_COLOR") != "" {
			return false, nil
		}
		f, ok := out.(*os.File)
		if !ok {
			return false, nil
		}
		st, err := f.Stat()
		return err == nil && st.Mode()&os.ModeCharDevice != 0 && os.Getenv("TERM") != "dumb", nil
	}
	return false, fmt.Errorf("--color: want auto, always or never, not %q", mode)
}

func checkRun(o *checkOptions, args []string, s streams) error {
	if err := o.validate(); err != nil {
		return err
	}
	level, err := failLevel(o.failOn)
	if err != nil {
		return usageError(err)
	}
	if err := checkXLIFFVersion(o.xliffVersion); err != nil {
		return err
	}
	var format func() report.Reporter
	if o.format == "text" {
		color, err := useColor(o.color, s.Out)
		if err != nil {
			return usageError(err)
		}
		if len(o.outputs) > 0 {
			color = o.color == "always"
		}
		format = report.Text(color)
	} else if format = report.Formats[o.format]; format == nil {
		return usageError(fmt.Errorf("unknown format %q (want %s)", o.format, strings.Join(checkFormatNames(), ", ")))
	}
	targets, err := outputTargets(format, o.outputs, func(name string) (func() report.Reporter, error) {
		if name == "text" {
			return report.Text(o.color == "always"), nil
		}
		if f := report.Formats[name]; f != nil {
			return f, nil
		}
		return nil, usageError(fmt.Errorf("-o %s=…: unknown format (want %s)", name, strings.Join(checkFormatNames(), ", ")))
	})
	if err != nil {
		return err
	}
	for _, t := range targets {
		if err := writable("-o", t.path); err != nil {
			return err
		}
		if o.writeBaseline != "" && sameFile(o.writeBaseline, t.path) {
			return usageError(fmt.Errorf("--write-baseline %s: is also an -o output: the baseline would overwrite the report", o.writeBaseline))
		}
	}
	gate, err := newGate(o.config, o.baseline)
	if err != nil {
		return err
	}
	list, err := checks.Select(o.enable, o.disable)
	if err != nil {
		return usageError(err)
	}
	env := &check.Env{}
	for _, t := range o.terms {
		if err := checks.LoadTerms(env, t); err != nil {
			return usageError(err)
		}
	}
	go checks.Preload() // on another core while the first document is read
	ins, err := expandInputs(args, o.inputOptions)
	if err != nil {
		return err
	}
	for _, t := range targets {
		if err := notAnInput("-o", t.path, ins); err != nil {
			return err
		}
	}
	if err := notAnInput("--write-baseline", o.writeBaseline, ins); err != nil {
		return err
	}
	tuneGC(ins)
	res := newResult(list)
	res.Source = sourceLines(o.encoding)
	res.FailOn, res.XLIFFVersion = level, o.xliffVersion
	if res.Root = o.sarifRoot; res.Root == "" {
		if res.Root, err = os.Getwd(); err != nil {
			return fmt.Errorf("--sarif-root: %w", err)
		}
	}
	reps, err := startReports(targets, res, s)
	if err != nil {
		return err
	}
	var record []baseline.Doc
	var worst check.Severity // of the findings reported
	failed := false
	// Each document is written to the reports as soon as it is checked,
	// in input order, and then dropped: a batch holds a few documents at
	// a time, whatever its size.
	progress := s
	if toTerminal(targets, s.Out) {
		// The report shows how far the batch is; a progress line on the
		// same terminal would break into it.
		progress.Err = io.Discard
	}
	for r := range checkAll(ins, o.inputOptions, list, env, o.jobs, progress) {
		if r.err != nil {
			diagnose(s.Err, r.err)
			failed = true
			continue
		}
		all, fresh, err := gate.apply(r.doc, r.findings)
		if err != nil { // its configuration: this input alone fails
			diagnose(s.Err, err)
			failed = true
			continue
		}
		if o.writeBaseline != "" {
			record = append(record, baseline.Doc{Path: r.doc.Path, Findings: report.Detach(all)})
		}
		for _, f := range fresh {
			worst = max(worst, f.Severity)
		}
		if err := reps.document(report.DocResult{Doc: r.doc, Findings: fresh}); err != nil {
			return err
		}
	}
	if err := reps.end(); err != nil {
		return err
	}
	if gate.suppressed > 0 {
		fmt.Fprintf(s.Err, "concord: %s suppressed by configuration\n", report.NounCount(gate.suppressed, "finding"))
	}
	if gate.known > 0 {
		fmt.Fprintf(s.Err, "concord: %s already in the baseline, not reported\n", report.NounCount(gate.known, "finding"))
	}
	if failed {
		return &exitError{code: exitUsage}
	}
	if o.writeBaseline != "" {
		if err := baseline.New(record).Save(o.writeBaseline); err != nil {
			return usageError(err)
		}
		fmt.Fprintf(s.Err, "concord: wrote %s\n", o.writeBaseline)
		return nil
	}
	if level > 0 && worst >= level {
		return &exitError{code: exitFindings}
	}
	return nil
}

// toTerminal reports whether a report goes to standard output and that is
// a terminal.
func toTerminal(ts []outputTarget, out writer) bool {
	for _, t := range ts {
		if t.path == "" || t.path == "-" {
			return isTerminal(out)
		}
	}
	return false
}
