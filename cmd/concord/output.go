package main

import (
	"bufio"
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

// openReport is a report being written, a document at a time.
type openReport struct {
	rep report.Reporter
	bw  *bufio.Writer
	f   *os.File // nil for standard output
}

// reports are the reports of one run of concord check.
type reports []*openReport

// startReports creates every target's file and begins its report with r.
func startReports(ts []outputTarget, r *report.Result, s streams) (reports, error) {
	var rs reports
	for _, t := range ts {
		o := &openReport{rep: t.format()}
		w := s.Out
		if t.path != "" && t.path != "-" {
			f, err := os.Create(t.path)
			if err != nil {
				rs.abort()
				return nil, usageError(fmt.Errorf("create %s: %w", t.path, unwrapPathErr(err)))
			}
			o.f, w = f, f
		}
		o.bw = bufio.NewWriterSize(w, 64<<10)
		rs = append(rs, o)
		if err := o.rep.Begin(o.bw, r); err != nil {
			rs.abort()
			return nil, err
		}
	}
	return rs, nil
}

// document writes d to every report.
func (rs reports) document(d report.DocResult) error {
	for _, o := range rs {
		if err := o.rep.Document(d); err != nil {
			rs.abort()
			return err
		}
	}
	return nil
}

// end finishes every report and closes its file.
func (rs reports) end() error {
	for i, o := range rs {
		err := o.rep.End()
		if err == nil {
			err = o.bw.Flush()
		}
		if o.f != nil {
			if cerr := o.f.Close(); err == nil {
				err = cerr
			}
			o.f = nil
		}
		if err != nil {
			rs[i+1:].abort()
			return err
		}
	}
	return nil
}

// abort stops every report where it is: the reporters release their
// temporary files, writing nothing more, and the files are closed.
func (rs reports) abort() {
	for _, o := range rs {
		o.bw.Reset(io.Discard)
		o.rep.End()
		if o.f != nil {
			o.f.Close()
			o.f = nil
		}
	}
}
