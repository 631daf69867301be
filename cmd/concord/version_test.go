package main

import (
	"bytes"
	"runtime/debug"
	"strings"
	"testing"
)

func TestStamp(t *testing.T) {
	vcs := []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: "cea1e5ea94dd3d45a79f8cb4f7f08cbf803ca971"},
		{Key: "vcs.time", Value: "2026-12-07T12:41:15Z"},
		{Key: "vcs.modified", Value: "true"},
	}
	for _, tc := range []struct {
		name                  string
		version, commit, date string // as the linker left them
		main                  string
		settings              []debug.BuildSetting
		want                  [3]string
	}{
		{"release build keeps its stamps", "1.2.0", "abc", "2026-01-02T03:04:05Z", "(devel)", vcs,
			[3]string{"1.2.0", "abc", "2026-01-02T03:04:05Z"}},
		{"go install of a release", treeVersion, "", "", "v0.3.1", nil,
			[3]string{"0.3.1", "", ""}},
		{"go install of a pre-release", treeVersion, "", "", "v0.4.0-rc.1", nil,
			[3]string{"0.4.0-rc.1", "", ""}},
		{"go build in a checkout", treeVersion, "", "", "v0.0.0-20261207124115-cea1e5ea94dd+dirty", vcs,
			[3]string{treeVersion, "cea1e5ea94dd3d45a79f8cb4f7f08cbf803ca971-dirty", "2026-12-07T12:41:15Z"}},
		{"go install of a commit", treeVersion, "", "", "v0.3.2-0.20261207124115-cea1e5ea94dd", nil,
			[3]string{treeVersion, "", ""}},
		{"build without version control", treeVersion, "", "", "(devel)", nil,
			[3]string{treeVersion, "", ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bi := &debug.BuildInfo{Main: debug.Module{Path: "github.com/concord-bilingual/concord", Version: tc.main}, Settings: tc.settings}
			v, c, d := stamp(tc.version, tc.commit, tc.date, bi)
			if got := [3]string{v, c, d}; got != tc.want {
				t.Errorf("stamp = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestVersionCommand(t *testing.T) {
	defer func(v, c, d string) { version, commit, date = v, c, d }(version, commit, date)
	version, commit, date = "1.2.0", "", "2026-01-02T03:04:05Z"
	var out, errb bytes.Buffer
	if code := run([]string{"version"}, streams{In: strings.NewReader(""), Out: &out, Err: &errb}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	got := out.String()
	for _, want := range []string{"concord 1.2.0\n", "commit: unknown\n", "date: 2026-01-02T03:04:05Z\n", "go: go1."} {
		if !strings.Contains(got, want) {
			t.Errorf("version output lacks %q:\n%s", want, got)
		}
	}
}
