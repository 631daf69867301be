package align

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

// TestDecodeUnicode: UTF-16 with a byte-order mark, in either order, reads
// as the same text as UTF-8; UTF-16 that is not text (a lone surrogate, an
// odd last byte) is refused at its byte, as invalid UTF-8 is, instead of
// becoming U+FFFD; UTF-32 is named.
func TestDecodeUnicode(t *testing.T) {
	text := "A. considérant 😀\n\nA. overwegende 😀\n"
	le := append([]byte{0xff, 0xfe}, utf16Bytes(text, false)...)
	be := append([]byte{0xfe, 0xff}, utf16Bytes(text, true)...)
	for _, c := range []struct {
		name string
		data []byte
		err  string // "" for a document reading as text
	}{
		{"UTF-8", []byte(text), ""},
		{"UTF-8 with a byte-order mark", append([]byte("\xef\xbb\xbf"), text...), ""},
		{"UTF-16LE", le, ""},
		{"UTF-16BE", be, ""},
		// "A. considérant " is 15 units: the emoji's high surrogate is at
		// byte 2+30; the text is 37 units, 76 bytes with the mark.
		{"UTF-16LE, high surrogate alone", append(slices.Clone(le[:34]), 0x41, 0), "x: invalid UTF-16 at byte 32"},
		{"UTF-16BE, low surrogate first", append(slices.Clone(be[:32]), 0xde, 0x00, 0xd8, 0x3d), "x: invalid UTF-16 at byte 32"},
		{"UTF-16LE, surrogate at the end", le[:34], "x: invalid UTF-16 at byte 32"},
		{"UTF-16LE, odd last byte", le[:len(le)-1], "x: invalid UTF-16 at byte 74"},
		{"UTF-32LE", []byte{0xff, 0xfe, 0, 0, 'A', 0, 0, 0}, "x: not a text document: it is UTF-32 (byte-order mark): convert it to UTF-8 first, e.g. iconv -f UTF-32 -t UTF-8"},
		{"UTF-32BE", []byte{0, 0, 0xfe, 0xff, 0, 0, 0, 'A'}, "x: not a text document: it is UTF-32 (byte-order mark): convert it to UTF-8 first, e.g. iconv -f UTF-32 -t UTF-8"},
	} {
		src, err := Decode("x", c.data, "")
		switch {
		case c.err == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.err == "" && strings.Join(src.Lines, "\n") != strings.TrimSuffix(text, "\n"):
			t.Errorf("%s: read %q", c.name, src.Lines)
		case c.err != "" && (err == nil || err.Error() != c.err):
			t.Errorf("%s: error %v, want %q", c.name, err, c.err)
		}
		if strings.Contains(c.err, "UTF-32") && !errors.Is(err, ErrNotText) {
			t.Errorf("%s: %v is not ErrNotText", c.name, err)
		}
	}
}

func utf16Bytes(s string, bigEndian bool) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

// FuzzInvalidUTF16At: a UTF-16 text is valid exactly when the standard
// library decodes and re-encodes its units unchanged (an unpaired surrogate
// becomes U+FFFD), and everything before the offset reported is valid.
func FuzzInvalidUTF16At(f *testing.F) {
	f.Add([]byte{0xff, 0xfe, 'A', 0, 0x3d, 0xd8, 0x00, 0xde})
	f.Add([]byte{0xfe, 0xff, 0xd8, 0x3d, 'A', 0})
	f.Add([]byte{0xff, 0xfe, 'A'})
	f.Fuzz(func(t *testing.T, data []byte) {
		if !hasUTF16BOM(data) {
			return
		}
		at := invalidUTF16At(data)
		units := make([]uint16, 0, len(data)/2)
		for i := 2; i+1 < len(data); i += 2 {
			if data[0] == 0xfe {
				units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
			} else {
				units = append(units, uint16(data[i+1])<<8|uint16(data[i]))
			}
		}
		valid := len(data)%2 == 0 && slices.Equal(utf16.Encode(utf16.Decode(units)), units)
		if valid != (at < 0) {
			t.Fatalf("invalidUTF16At = %d, valid by the standard library: %v", at, valid)
		}
		if at >= 0 && (at < 2 || at%2 != 0 || invalidUTF16At(data[:at]) >= 0) {
			t.Fatalf("invalidUTF16At = %d, but the text before it is not valid", at)
		}
	})
}
