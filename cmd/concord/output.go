package main

import (
	"fmt"
	"io"
	"os"

	"concord/checks"
	"concord/checks/report"
)

type writer = io.Writer

// newResult starts a Result with concord's name and version.
func newResult(list []*checks.Check) *report.Result {
	r := &report.Result{Checks: list}
	r.Tool.Name = "concord"
	r.Tool.Version = version
	return r
}

// writeOutput runs write on standard output, or on the named file.
func writeOutput(path string, s streams, write func(writer) error) error {
	if path == "" || path == "-" {
		return write(s.Out)
	}
	f, err := os.Create(path)
	if err != nil {
		return usageError(fmt.Errorf("create %s: %w", path, unwrapPathErr(err)))
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
