package align

import (
	"io"
	"os"

	"github.com/concord-bilingual/concord/internal/bounded"
)

// MaxInput is the most concord reads of one input (bounded.Max).
const MaxInput = bounded.Max

// ErrTooLarge is wrapped by the error for an input over MaxInput bytes.
var ErrTooLarge = bounded.ErrTooLarge

// boundedReader returns r read with the bound of MaxInput, for the input
// named path.
func boundedReader(r io.Reader, path string) io.Reader {
	return bounded.Reader(r, path)
}

// ReadAllBounded reads all of r (the input named path, "-" for standard
// input), or fails with ErrTooLarge past MaxInput bytes.
func ReadAllBounded(r io.Reader, path string) ([]byte, error) {
	return bounded.ReadAll(r, path)
}

// checkSize fails for a regular file over MaxInput bytes before it is
// read.
func checkSize(f *os.File, path string) error {
	return bounded.CheckSize(f, path)
}

// readFileBounded is os.ReadFile with the bound of MaxInput, reading a
// regular file into a buffer of its size.
func readFileBounded(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if err := checkSize(f, path); err != nil {
		return nil, err
	}
	return readAll(f, bufioReader(f, path))
}
