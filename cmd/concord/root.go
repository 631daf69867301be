package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// streams are the standard streams a command uses; tests replace them.
type streams struct {
	In       io.Reader
	Out, Err io.Writer
}

// run executes the command line args and returns the exit code.
func run(args []string, s streams) int {
	root := newRootCmd(s)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			diagnose(s.Err, ee.err)
		}
		return ee.code
	}
	// Errors from cobra itself: unknown command or flag, bad arguments.
	diagnose(s.Err, err)
	fmt.Fprintln(s.Err, "hint: run 'concord --help' or 'concord COMMAND --help'")
	return exitUsage
}

// diagnose prints an error as concord's diagnostics: "concord: " and the
// message, then any hint lines the error carries.
func diagnose(w io.Writer, err error) {
	msg := err.Error()
	main, hints, _ := strings.Cut(msg, "\nhint: ")
	// One line whatever the error holds (a tool's message, a file name
	// with a line break): every line of standard error is a diagnostic.
	main = strings.ReplaceAll(strings.TrimSpace(main), "\n", " ")
	fmt.Fprintf(w, "concord: %s\n", main)
	if hints != "" {
		for _, h := range strings.Split(hints, "\nhint: ") {
			fmt.Fprintf(w, "hint: %s\n", h)
		}
	}
}

func newRootCmd(s streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "concord",
		Short: "Check that the French and Dutch texts of a document say the same thing",
		Long: `concord reads a bilingual French/Dutch document (Belgian parliamentary
documents: resolutions, bills, reports), pairs its units FR↔NL — recitals,
requests, articles, paragraphs — and checks every pair: numbers, dates,
references, names, institutions, missing units and clauses, untranslated
text and extraction artefacts.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above
--fail-on, 2 usage error or unusable input.`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError(err) })
	root.AddCommand(
		newCheckCmd(s),
		newAlignCmd(s),
		newSplitCmd(s),
		newRulesCmd(s),
		newVersionCmd(s),
	)
	// cobra's completion command: concord completion bash|zsh|fish|powershell.
	root.CompletionOptions.HiddenDefaultCmd = false
	root.Version = version
	root.SetVersionTemplate("concord {{.Version}}\n")
	for _, c := range root.Commands() {
		markRuntimeErrors(c)
	}
	return root
}

// markRuntimeErrors makes every error c's RunE returns an exitError, so
// that only the errors of cobra itself (an unknown command, a wrong number
// of arguments) are followed by the usage hint: a write error or an
// unusable input is not cured by reading --help.
func markRuntimeErrors(c *cobra.Command) {
	if runE := c.RunE; runE != nil {
		c.RunE = func(cmd *cobra.Command, args []string) error {
			err := runE(cmd, args)
			var ee *exitError
			if err != nil && !errors.As(err, &ee) {
				err = &exitError{code: exitUsage, err: err}
			}
			return err
		}
	}
	for _, sub := range c.Commands() {
		markRuntimeErrors(sub)
	}
}
