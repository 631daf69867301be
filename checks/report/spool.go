package report

import (
	"bufio"
	"bytes"
	"io"
	"os"
)

// spoolMemory is how many bytes a spool keeps in memory; past it, the
// spool moves to a temporary file.
var spoolMemory = 1 << 20

// spool holds the part of a report that must wait for totals written
// before it: in memory while it is small, then in a temporary file, so
// that a batch's report costs disk, not memory. The file is removed from
// its directory as soon as it is created where the system allows it
// (Unix), else by Close. The zero value is an empty spool in memory. A
// spool is not safe for concurrent use.
type spool struct {
	mem  bytes.Buffer
	f    *os.File
	w    *bufio.Writer // to f
	name string        // f's name while it still has one
}

// Write appends p to the spool.
func (s *spool) Write(p []byte) (int, error) {
	if s.f == nil && s.mem.Len()+len(p) <= spoolMemory {
		return s.mem.Write(p)
	}
	if s.f == nil {
		if err := s.spill(); err != nil {
			return 0, err
		}
	}
	return s.w.Write(p)
}

// spill moves the spool's bytes to a new temporary file.
func (s *spool) spill() error {
	f, err := os.CreateTemp("", "concord-*.spool")
	if err != nil {
		return err
	}
	s.f, s.name = f, f.Name()
	if os.Remove(f.Name()) == nil {
		s.name = ""
	}
	s.w = bufio.NewWriterSize(f, 64<<10)
	if _, err := s.w.Write(s.mem.Bytes()); err != nil {
		return err
	}
	s.mem = bytes.Buffer{}
	return nil
}

// Reader returns the spool's bytes from the start. Nothing may be written
// after it.
func (s *spool) Reader() (io.Reader, error) {
	if s.f == nil {
		return bytes.NewReader(s.mem.Bytes()), nil
	}
	if err := s.w.Flush(); err != nil {
		return nil, err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return bufio.NewReaderSize(s.f, 64<<10), nil
}

// WriteTo copies the spool's bytes to w.
func (s *spool) WriteTo(w io.Writer) (int64, error) {
	r, err := s.Reader()
	if err != nil {
		return 0, err
	}
	return io.Copy(w, r)
}

// Close releases the spool: its memory, and its temporary file, which it
// removes if it still has a name. Closing twice does nothing.
func (s *spool) Close() error {
	s.mem = bytes.Buffer{}
	if s.f == nil {
		return nil
	}
	err := s.f.Close()
	if s.name != "" {
		if rerr := os.Remove(s.name); err == nil {
			err = rerr
		}
	}
	s.f, s.w, s.name = nil, nil, ""
	return err
}
