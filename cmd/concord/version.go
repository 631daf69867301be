package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// The release build stamps these with
//
//	-ldflags "-X main.version=… -X main.commit=… -X main.date=…"
//
// (scripts/build.sh). A plain go build or go install leaves them as they
// are here, and stamp fills them from the build information Go records.
var (
	// version is concord's version, as reports name it. Unstamped, it is
	// the version of a go install MODULE@vX.Y.Z, else this source tree's.
	version = treeVersion
	// commit is the revision the binary was built from, with "-dirty"
	// when the tree had changes; empty when unknown.
	commit = ""
	// date is the time of that commit (RFC 3339, UTC); empty when unknown.
	date = ""
)

// treeVersion is the version of this source tree.
const treeVersion = "0.1.0"

func init() {
	if bi, ok := debug.ReadBuildInfo(); ok {
		version, commit, date = stamp(version, commit, date, bi)
	}
}

// stamp returns the version, commit and date of a build: each value the
// linker set, else the one Go recorded in bi. A module version counts
// only when it is a release (v1.2.3, not a pseudo-version or a +dirty
// build), so that a development build keeps the tree's version and its
// reports do not change from one commit to the next.
func stamp(version, commit, date string, bi *debug.BuildInfo) (string, string, string) {
	if version == treeVersion {
		if v := bi.Main.Version; isRelease(v) {
			version = strings.TrimPrefix(v, "v")
		}
	}
	if commit == "" || date == "" {
		var rev, when string
		modified := false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if commit == "" && rev != "" {
			commit = rev
			if modified {
				commit += "-dirty"
			}
		}
		if date == "" {
			date = when
		}
	}
	return version, commit, date
}

// isRelease reports whether v is a release version: vMAJOR.MINOR.PATCH
// with an optional pre-release, and no pseudo-version or build suffix.
func isRelease(v string) bool {
	if !strings.HasPrefix(v, "v") || strings.Contains(v, "+") {
		return false
	}
	core, pre, _ := strings.Cut(v[1:], "-")
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	// A pseudo-version's pre-release is a timestamp and a revision:
	// v0.0.0-20261207123456-0123456789ab, or …-0.20261207123456-….
	if pre != "" && strings.Count(pre, "-") >= 1 {
		last := pre[strings.LastIndex(pre, "-")+1:]
		if len(last) == 12 && strings.Trim(last, "0123456789abcdef") == "" {
			return false
		}
	}
	return true
}

func newVersionCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print version and build information",
		Long: `Print concord's version, the commit it was built from and that commit's
date, and the Go toolchain and platform. "unknown" means the build did not
record it (a build outside a git checkout).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintf(s.Out, "concord %s\n", version)
			fmt.Fprintf(s.Out, "commit: %s\n", orUnknown(commit))
			fmt.Fprintf(s.Out, "date: %s\n", orUnknown(date))
			fmt.Fprintf(s.Out, "go: %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	}
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
