package align

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
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
		{"NUL bytes only (no UTF-16 guess)", make([]byte, 600), "x: not a text document: binary data at byte 0"},
		// "A. considér": the é (E9 00) is at byte 2×9.
		{"UTF-16LE without its mark", le[2:], "x: not a text document: invalid UTF-8 at byte 18 and NUL bytes (it looks like UTF-16 without a byte-order mark: convert it to UTF-8 first, e.g. iconv -f UTF-16LE -t UTF-8)"},
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

// TestUTF16Bitexts: a TSV, TMX or XLIFF file in UTF-16 with its mark (as a
// spreadsheet's "Unicode text" and translation tools write them) is read
// as the same bitext in UTF-8, from a file and from memory, whatever its
// name and its XML declaration say; a TMX declared ISO-8859-1 is read in
// that encoding.
func TestUTF16Bitexts(t *testing.T) {
	tsv := "nl\tfr\n" + recitalANL + "\t" + recitalAFR + "\n\nKazachstan\tKazakhstan\n"
	dir := t.TempDir()
	for _, c := range []struct{ name, text string }{
		{"k.tsv", tsv},
		{"k.txt", strings.ReplaceAll(tsv, "\n", "\r\n")},
		{"k.tmx", tmxSample},
		{"k16.tmx", strings.Replace(tmxSample, `encoding="UTF-8"`, `encoding="UTF-16"`, 1)},
		{"k.xlf", xliff12Sample},
	} {
		want, err := ReadBytes(c.name, []byte(strings.Replace(c.text, `encoding="UTF-16"`, `encoding="UTF-8"`, 1)), Options{})
		if err != nil {
			t.Fatalf("%s in UTF-8: %v", c.name, err)
		}
		for _, be := range []bool{false, true} {
			data := append([]byte{0xff, 0xfe}, utf16Bytes(c.text, false)...)
			if be {
				data = append([]byte{0xfe, 0xff}, utf16Bytes(c.text, true)...)
			}
			p := filepath.Join(dir, c.name)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			fromFile, err := ReadFile(p, Options{})
			if err != nil {
				t.Errorf("%s (big-endian %v), file: %v", c.name, be, err)
				continue
			}
			fromMemory, err := ReadBytes(c.name, data, Options{Encoding: "utf-16"})
			if err != nil {
				t.Errorf("%s (big-endian %v), memory: %v", c.name, be, err)
				continue
			}
			for _, got := range []*Document{fromFile, fromMemory} {
				if got.Layout != want.Layout || !samePairs(got, want) {
					t.Errorf("%s (big-endian %v): read as %s with %d pairs, want %s with %d", c.name, be, got.Layout, len(got.Pairs), want.Layout, len(want.Pairs))
				}
			}
		}
	}
	latin1, err := charmap.ISO8859_1.NewEncoder().String(strings.Replace(tmxSample, `encoding="UTF-8"`, `encoding="ISO-8859-1"`, 1))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := ReadTMX("k.tmx", strings.NewReader(tmxSample))
	if got, err := ReadTMX("k.tmx", strings.NewReader(latin1)); err != nil || !samePairs(got, want) {
		t.Errorf("TMX in ISO-8859-1: %v", err)
	}
	if _, err := ReadTMX("k.tmx", strings.NewReader(strings.Replace(tmxSample, `encoding="UTF-8"`, `encoding="EBCDIC"`, 1))); err == nil || !strings.Contains(err.Error(), "convert the file to UTF-8 first") {
		t.Errorf("TMX in EBCDIC: %v", err)
	}
}

// samePairs reports whether a and b pair the same texts under the same keys.
func samePairs(a, b *Document) bool {
	if len(a.Pairs) != len(b.Pairs) {
		return false
	}
	text := func(u *Unit) string {
		if u == nil {
			return "\x00"
		}
		return u.Text.S
	}
	for i := range a.Pairs {
		p, q := a.Pairs[i], b.Pairs[i]
		if p.Key != q.Key || text(p.FR) != text(q.FR) || text(p.NL) != text(q.NL) {
			return false
		}
	}
	return true
}
