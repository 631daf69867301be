package bounded

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestCapReader: an input of exactly the bound is read whole; one byte more
// fails with ErrTooLarge naming the input, in whatever pieces it comes.
func TestCapReader(t *testing.T) {
	for _, c := range []struct {
		size int
		err  bool
	}{{0, false}, {9, false}, {10, false}, {11, true}, {1000, true}} {
		for _, piece := range []func(io.Reader) io.Reader{
			func(r io.Reader) io.Reader { return r },
			iotest.OneByteReader,
			iotest.HalfReader,
		} {
			data, err := io.ReadAll(&capReader{r: piece(strings.NewReader(strings.Repeat("x", c.size))), n: 10, path: "in"})
			switch {
			case c.err && (!errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), "in: input too large")):
				t.Errorf("%d bytes: error %v, want ErrTooLarge", c.size, err)
			case !c.err && (err != nil || len(data) != c.size):
				t.Errorf("%d bytes: read %d, %v", c.size, len(data), err)
			case c.err && len(data) > 11:
				t.Errorf("%d bytes: read %d past the bound", c.size, len(data))
			}
		}
	}
}
