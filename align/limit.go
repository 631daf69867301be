package align

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// MaxInput is the most concord reads of one input: 256 MiB, twenty times
// the longest real document here and five times the 50 MB inputs whose
// cost is measured (eval, absurd_test.go). Without a bound an endless
// input (/dev/zero, a pipe that never closes its end) is read until the
// process runs out of memory and takes the batch's reports with it.
const MaxInput = 256 << 20

// ErrTooLarge is wrapped by the error for an input over MaxInput bytes.
var ErrTooLarge = errors.New("input too large")

// tooLarge is the error for the input named path.
func tooLarge(path string) error {
	return fmt.Errorf("%s: %w: more than %d MiB (the most concord reads of one input)", path, ErrTooLarge, MaxInput>>20)
}

// capReader reads r and fails with ErrTooLarge once more than n bytes
// have come.
type capReader struct {
	r    io.Reader
	n    int64
	path string
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.n < 0 {
		return 0, tooLarge(c.path)
	}
	if int64(len(p)) > c.n+1 {
		p = p[:c.n+1]
	}
	k, err := c.r.Read(p)
	c.n -= int64(k)
	if c.n < 0 {
		return k, tooLarge(c.path)
	}
	return k, err
}

// boundedReader returns r read with the bound of MaxInput, for the input
// named path.
func boundedReader(r io.Reader, path string) io.Reader {
	return &capReader{r: r, n: MaxInput, path: path}
}

// ReadAllBounded reads all of r (the input named path, "-" for standard
// input), or fails with ErrTooLarge past MaxInput bytes.
func ReadAllBounded(r io.Reader, path string) ([]byte, error) {
	return io.ReadAll(boundedReader(r, path))
}

// checkSize fails for a regular file over MaxInput bytes before it is
// read. Other files (pipes, devices) are bounded as they are read.
func checkSize(f *os.File, path string) error {
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > MaxInput {
		return tooLarge(path)
	}
	return nil
}

// readFileBounded is os.ReadFile with the bound of MaxInput.
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
