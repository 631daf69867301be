package bounded

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf16"
	"unicode/utf8"
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

// TestReadText: a UTF-8 mark is dropped, UTF-16 in either order becomes
// UTF-8, UTF-16 that is not text is refused.
func TestReadText(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name, data, want, err string
	}{
		{"plain", "suppress = []\n", "suppress = []\n", ""},
		{"utf-8 mark", "\xef\xbb\xbfsuppress = []\n", "suppress = []\n", ""},
		{"utf-16le", "\xff\xfes\x00=\x00\xe9\x00\n\x00", "s=é\n", ""},
		{"utf-16be", "\xfe\xff\x00s\x00=\xd8\x3d\xde\x00", "s=😀", ""},
		{"lone surrogate", "\xff\xfes\x00\x3d\xd8", "", "invalid UTF-16: a surrogate without its pair"},
		{"odd length", "\xff\xfes\x00=", "", "invalid UTF-16: odd length"},
	} {
		p := filepath.Join(dir, c.name)
		os.WriteFile(p, []byte(c.data), 0o644)
		got, err := ReadText(p)
		switch {
		case c.err != "" && (err == nil || err.Error() != p+": "+c.err):
			t.Errorf("%s: error %v, want %q", c.name, err, c.err)
		case c.err == "" && (err != nil || string(got) != c.want):
			t.Errorf("%s: %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

// FuzzDecodeText: UTF-16 with its mark is accepted exactly when it is text
// (the standard library re-encodes its units unchanged), and then becomes
// valid UTF-8 holding the same characters; other data is kept as it is,
// less a UTF-8 mark.
func FuzzDecodeText(f *testing.F) {
	f.Add([]byte("\xff\xfes\x00=\x00\xe9\x00\n\x00"))
	f.Add([]byte("\xfe\xff\x00s\x00=\xd8\x3d\xde\x00"))
	f.Add([]byte("\xef\xbb\xbfsuppress = []\n"))
	f.Add([]byte("\xff\xfes\x00\x3d\xd8"))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := decodeText("f", data)
		if len(data) < 2 || !(data[0] == 0xff && data[1] == 0xfe || data[0] == 0xfe && data[1] == 0xff) {
			want := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("not UTF-16: %q, %v", got, err)
			}
			return
		}
		var units []uint16
		for i := 2; i+1 < len(data); i += 2 {
			if data[0] == 0xfe {
				units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
			} else {
				units = append(units, uint16(data[i+1])<<8|uint16(data[i]))
			}
		}
		valid := len(data)%2 == 0 && slices.Equal(utf16.Encode(utf16.Decode(units)), units)
		if valid != (err == nil) {
			t.Fatalf("valid %v, error %v", valid, err)
		}
		if err == nil && (!utf8.Valid(got) || !slices.Equal(utf16.Encode([]rune(string(got))), units)) {
			t.Fatalf("decoded %q is not the same text", got)
		}
	})
}
