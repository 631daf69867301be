// Package bounded reads inputs and the files flags name with a bound on
// their size, so that an endless input (/dev/zero, a pipe whose writer
// never stops) fails alone instead of running the process out of memory
// and taking a batch's reports with it.
package bounded

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sync/atomic"
	"unicode/utf16"
)

// DefaultMax is the most concord reads of one file unless --max-input says
// otherwise: 64 MiB, above the 50 MB inputs whose cost is measured (one
// long line, many short paragraphs) and 8 times the longest real document
// here (the written questions: 8 MB). A text of many short units costs
// about 36 times its size in memory (1.7 GB for 47 MB of labels): a bound
// of 256 MiB let a 1 MB Word document expand to 250 MB of paragraphs and
// run out of 6 GB.
const DefaultMax = 64 << 20

// max is the bound in force; SetMax changes it.
var max atomic.Int64

func init() { max.Store(DefaultMax) }

// Max returns the most concord reads of one file.
func Max() int64 { return max.Load() }

// SetMax makes n bytes the most concord reads of one file (n > 0).
func SetMax(n int64) { max.Store(n) }

// ErrTooLarge is wrapped by the error for a file of more than Max bytes.
var ErrTooLarge = errors.New("input too large")

// TooLarge is the error for the file named path.
func TooLarge(path string) error {
	return fmt.Errorf("%s: %w: more than %d MiB (the most concord reads of one input)\nhint: --max-input N reads inputs of up to N MiB", path, ErrTooLarge, Max()>>20)
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
		return 0, TooLarge(c.path)
	}
	if int64(len(p)) > c.n+1 {
		p = p[:c.n+1]
	}
	k, err := c.r.Read(p)
	c.n -= int64(k)
	if c.n < 0 {
		return k, TooLarge(c.path)
	}
	return k, err
}

// Reader returns r, the file named path, read with the bound of Max.
func Reader(r io.Reader, path string) io.Reader {
	return &capReader{r: r, n: Max(), path: path}
}

// ReadAll reads all of r (the file named path, "-" for standard input), or
// fails with ErrTooLarge past Max bytes.
func ReadAll(r io.Reader, path string) ([]byte, error) {
	return io.ReadAll(Reader(r, path))
}

// CheckSize fails for a regular file over Max bytes before it is read.
// Other files (pipes, devices) are bounded as they are read.
func CheckSize(f *os.File, path string) error {
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > Max() {
		return TooLarge(path)
	}
	return nil
}

// ReadFile is os.ReadFile with the bound of Max.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if err := CheckSize(f, path); err != nil {
		return nil, err
	}
	return ReadAll(f, path)
}

// ReadText reads a text file a flag or a search names (a configuration, a
// baseline): bounded as ReadFile, its UTF-8 byte-order mark dropped, and
// UTF-16 with its mark (as Windows editors save "Unicode" text) turned
// into UTF-8. UTF-16 that is not text is refused, never read with U+FFFD.
func ReadText(path string) ([]byte, error) {
	data, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	return decodeText(path, data)
}

// decodeText is ReadText's decoding of data, the file named path.
func decodeText(path string, data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return data[3:], nil
	case len(data) >= 2 && (data[0] == 0xff && data[1] == 0xfe || data[0] == 0xfe && data[1] == 0xff):
		if len(data)%2 != 0 {
			return nil, fmt.Errorf("%s: invalid UTF-16: odd length", path)
		}
		units := make([]uint16, 0, len(data)/2-1)
		for i := 2; i+1 < len(data); i += 2 {
			if data[0] == 0xfe {
				units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
			} else {
				units = append(units, uint16(data[i+1])<<8|uint16(data[i]))
			}
		}
		runes := utf16.Decode(units)
		if !slices.Equal(utf16.Encode(runes), units) {
			return nil, fmt.Errorf("%s: invalid UTF-16: a surrogate without its pair", path)
		}
		return []byte(string(runes)), nil
	}
	return data, nil
}
