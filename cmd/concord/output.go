package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/report"
)

type writer = io.Writer

// newResult starts a Result with concord's name and version.
func newResult(list []*check.Check) *report.Result {
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
	f   *os.File  // the -o file, or the temporary file of a delayed report
	out io.Writer // where a delayed report goes at the end, else nil
}

// reports are the reports of one run of concord check.
type reports []*openReport

// startReports creates every target's file and begins its report with r.
// The first report for standard output is written there as it goes; any
// other one waits in a temporary file, so that each is written whole, one
// after the other.
func startReports(ts []outputTarget, r *report.Result, s streams) (reports, error) {
	var rs reports
	stdout := false
	for _, t := range ts {
		o := &openReport{rep: t.format()}
		w := s.Out
		var err error
		switch {
		case t.path != "" && t.path != "-":
			o.f, err = os.Create(t.path)
			if err != nil {
				err = usageError(fmt.Errorf("create %s: %w", t.path, unwrapPathErr(err)))
			}
		case stdout:
			o.f, err = os.CreateTemp("", "concord-*.report")
			if err == nil {
				os.Remove(o.f.Name()) // where the system allows it; else after the copy
				o.out = s.Out
			}
		}
		if err != nil {
			rs.abort()
			return nil, err
		}
		if o.f != nil {
			w = o.f
		} else {
			stdout = true
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

// end finishes every report, in order, and closes its file.
func (rs reports) end() error {
	for i, o := range rs {
		err := o.rep.End()
		if err == nil {
			err = o.bw.Flush()
		}
		if err == nil && o.out != nil {
			if _, err = o.f.Seek(0, io.SeekStart); err == nil {
				_, err = io.Copy(o.out, o.f)
			}
		}
		if cerr := o.close(); err == nil {
			err = cerr
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
		o.close()
	}
}

// close closes the report's file, and removes it if it was temporary.
func (o *openReport) close() error {
	if o.f == nil {
		return nil
	}
	err := o.f.Close()
	if o.out != nil {
		os.Remove(o.f.Name()) // already gone where the system allowed it
	}
	o.f = nil
	return err
}
