package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/concord-bilingual/concord/internal/bounded"
)

// Checks of the flags and output paths that run before any work, so that a
// run refused for its command line has read nothing and written nothing.

// validJobs checks the value of -j.
func validJobs(n int) error {
	if n < 1 {
		return usageError(fmt.Errorf("-j %d: want a number of documents at a time of 1 or more", n))
	}
	return nil
}

// encodings are the values --encoding accepts (align.Decode reads them).
var encodings = []string{"", "utf-8", "utf8", "utf-16", "windows-1252", "cp1252", "latin-1", "latin1", "iso-8859-1"}

// validEncoding checks the value of --encoding.
func validEncoding(e string) error {
	for _, ok := range encodings {
		if strings.EqualFold(e, ok) {
			return nil
		}
	}
	return usageError(fmt.Errorf("--encoding %s: unknown encoding (want utf-8, utf-16, windows-1252 or latin-1)", e))
}

// writable checks that a file can be written at path, before the work
// whose result it is to hold: the directory must exist and accept a new
// file, and an existing path must be a writable file. It leaves the file
// system as it found it.
func writable(flag, path string) error {
	if path == "" || path == "-" {
		return nil
	}
	if st, err := os.Stat(path); err == nil {
		if st.IsDir() {
			return usageError(fmt.Errorf("%s %s: is a directory", flag, path))
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return usageError(fmt.Errorf("%s %s: %w", flag, path, unwrapPathErr(err)))
		}
		return f.Close()
	} else if !errors.Is(err, os.ErrNotExist) {
		return usageError(fmt.Errorf("%s %s: %w", flag, path, unwrapPathErr(err)))
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".concord-*")
	if err != nil {
		return usageError(fmt.Errorf("%s %s: cannot create a file in %s: %w", flag, path, filepath.Dir(path), unwrapPathErr(err)))
	}
	f.Close()
	return os.Remove(f.Name())
}

// validate checks the flags of concord check that the commands below it
// would only meet after the work, or never.
func (o *checkOptions) validate() error {
	if err := validJobs(o.jobs); err != nil {
		return err
	}
	if err := o.inputOptions.validate(); err != nil {
		return err
	}
	if _, err := useColor(o.color, nil); err != nil {
		return usageError(err)
	}
	return writable("--write-baseline", o.writeBaseline)
}

// validate checks the flags of concord align before the work.
func (o *alignOptions) validate() error {
	if err := o.inputOptions.validate(); err != nil {
		return err
	}
	return writable("-o", o.output)
}

// validate checks --encoding and --max-input, and puts the bound in force.
func (o *inputOptions) validate() error {
	if err := validEncoding(o.encoding); err != nil {
		return err
	}
	if o.maxInput <= 0 || int64(o.maxInput) > math.MaxInt64>>20 {
		return usageError(fmt.Errorf("--max-input %d: want a number of MiB above 0", o.maxInput))
	}
	bounded.SetMax(int64(o.maxInput) << 20)
	return nil
}
