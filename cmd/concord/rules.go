package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/concord-bilingual/concord/checks"
)

func newRulesCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "rules [ID]",
		Short: "List the checks, or explain one with examples",
		Long: `Without an argument, list every check: its ID (category/name), its
default severity and its one-line title. With an ID, print its whole
documentation with a French/Dutch example.`,
		Example: `  concord rules
  concord rules numbers/mismatch`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				c := checks.Lookup(args[0])
				if c == nil {
					return usageError(fmt.Errorf("no check %q\nhint: run 'concord rules' to list them", args[0]))
				}
				fmt.Fprintf(s.Out, "%s (%s)\n\n%s\n", c.ID, c.Severity, c.Doc)
				return nil
			}
			tw := tabwriter.NewWriter(s.Out, 0, 4, 2, ' ', 0)
			for _, c := range checks.All {
				fmt.Fprintf(tw, "%s\t%s\t%s\n", c.ID, c.Severity, c.Title())
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			_, err := fmt.Fprintf(s.Out, "\n%s\n", checks.SeverityPolicy)
			return err
		},
	}
}
