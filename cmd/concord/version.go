package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is concord's release version; the build may override it with
// -ldflags "-X main.version=…".
var version = "0.1.0"

func newVersionCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print version and build information",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintf(s.Out, "concord %s\n", version)
			fmt.Fprintf(s.Out, "go: %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
			if bi, ok := debug.ReadBuildInfo(); ok {
				for _, st := range bi.Settings {
					if st.Key == "vcs.revision" || st.Key == "vcs.time" || st.Key == "vcs.modified" {
						fmt.Fprintf(s.Out, "%s: %s\n", st.Key, st.Value)
					}
				}
			}
			return nil
		},
	}
}
