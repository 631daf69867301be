package align

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Source is a decoded input file: NFC text split into lines.
type Source struct {
	Path  string
	Lines []string // without line ends; Lines[0] is line 1
}

// sniffLen is how much of its start Sniff reads of an input.
const sniffLen = 4096

// Sniff names the reader of an input called name that starts with head:
// "pdf", "docx" (a zip archive), "tmx", "xliff", "tsv" (by the .tsv name
// or by the content, see looksTSV) or "text". ReadFile and ReadBytes both
// ask it, so that a file and the same bytes on standard input are read
// alike.
func Sniff(name string, head []byte) string {
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return "pdf"
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return "docx"
	}
	if b := SniffBitext(head); b != "" {
		return b
	}
	if strings.EqualFold(filepath.Ext(name), ".tsv") || looksTSV(head) {
		return "tsv"
	}
	return "text"
}

// ErrNotText is wrapped by errors for input that is not a text document.
var ErrNotText = errors.New("not a text document")

// Decode turns raw bytes into a Source. It strips a UTF-8 byte-order mark,
// reads UTF-16 that starts with its byte-order mark, accepts LF, CRLF and
// CR line ends, and normalises each line to NFC. Encoding "" or "utf-8"
// requires valid UTF-8 and reports the byte offset of the first invalid
// byte; "utf-16" requires a byte-order mark; "windows-1252" and "latin-1"
// decode those.
func Decode(path string, data []byte, encoding string) (*Source, error) {
	if bytes.HasPrefix(data, []byte("%PDF-")) {
		return nil, fmt.Errorf("%s: %w: it is a PDF", path, ErrNotText)
	}
	enc := strings.ToLower(encoding)
	if hasUTF32BOM(data) && (enc == "" || enc == "utf-16" || enc == "utf16") {
		return nil, fmt.Errorf("%s: %w: it is UTF-32 (byte-order mark): convert it to UTF-8 first, e.g. iconv -f UTF-32 -t UTF-8", path, ErrNotText)
	}
	if hasUTF16BOM(data) && (enc == "" || enc == "utf-16" || enc == "utf16") {
		enc = "utf-16"
	}
	switch enc {
	case "", "utf-8", "utf8":
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		if !utf8.Valid(data) {
			at := invalidAt(data)
			if binaryAt(data) >= 0 {
				return nil, fmt.Errorf("%s: %w: invalid UTF-8 at byte %d and NUL bytes%s", path, ErrNotText, at, utf16Guess(data))
			}
			return nil, fmt.Errorf("%s: invalid UTF-8 at byte %d (use --encoding windows-1252 for a Windows file)", path, at)
		}
	case "utf-16", "utf16":
		if !hasUTF16BOM(data) {
			return nil, fmt.Errorf("%s: UTF-16 without a byte-order mark: convert it to UTF-8 first (iconv -f UTF-16LE -t UTF-8)", path)
		}
		d, err := fromUTF16(path, data)
		if err != nil {
			return nil, err
		}
		data = d
	case "windows-1252", "cp1252":
		d, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return nil, fmt.Errorf("%s: decode windows-1252: %w", path, err)
		}
		data = d
	case "latin-1", "latin1", "iso-8859-1":
		d, err := charmap.ISO8859_1.NewDecoder().Bytes(data)
		if err != nil {
			return nil, fmt.Errorf("%s: decode latin-1: %w", path, err)
		}
		data = d
	default:
		return nil, fmt.Errorf("unknown encoding %q (want utf-8, utf-16, windows-1252 or latin-1)", encoding)
	}
	if i := binaryAt(data); i >= 0 {
		return nil, fmt.Errorf("%s: %w: binary data at byte %d%s", path, ErrNotText, i, utf16Guess(data))
	}
	s := string(data)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimSuffix(s, "\n")
	src := &Source{Path: path}
	if s == "" {
		return src, nil
	}
	src.Lines = strings.Split(s, "\n")
	for i, l := range src.Lines {
		if !norm.NFC.IsNormalString(l) {
			src.Lines[i] = norm.NFC.String(l)
		}
	}
	return src, nil
}

// hasUTF16BOM reports whether data starts with a UTF-16 byte-order mark,
// in either byte order.
func hasUTF16BOM(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff})
}

// fromUTF16 turns data, UTF-16 that starts with its byte-order mark, into
// UTF-8 without the mark, or refuses it at its first code unit that is not
// text.
func fromUTF16(path string, data []byte) ([]byte, error) {
	if at := invalidUTF16At(data); at >= 0 {
		return nil, fmt.Errorf("%s: invalid UTF-16 at byte %d", path, at)
	}
	d, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("%s: decode UTF-16: %w", path, err)
	}
	return d, nil
}

// readsUTF16 reports whether an input that starts with head is read as
// UTF-16 under the encoding asked for: it has a UTF-16 byte-order mark
// (not UTF-32's) and no other encoding was asked for. Such an input is
// turned into UTF-8 before its format is sniffed, so that a UTF-16 TSV,
// TMX or XLIFF file (as spreadsheets and translation tools write them) is
// read as one.
func readsUTF16(head []byte, encoding string) bool {
	enc := strings.ToLower(encoding)
	return hasUTF16BOM(head) && !hasUTF32BOM(head) && (enc == "" || enc == "utf-16" || enc == "utf16")
}

// hasUTF32BOM reports whether data starts with a UTF-32 byte-order mark.
// The little-endian one begins with the UTF-16 one, so it is asked first.
func hasUTF32BOM(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xff, 0xfe, 0, 0}) || bytes.HasPrefix(data, []byte{0, 0, 0xfe, 0xff})
}

// invalidUTF16At returns the offset of the first code unit of data (UTF-16
// with its byte-order mark) that is not text: a surrogate without its
// pair, or an odd byte at the end. It returns -1 when data is valid. The
// decoder would put U+FFFD there, and invalid UTF-8 is refused, not
// replaced.
func invalidUTF16At(data []byte) int {
	unit := func(i int) uint16 {
		if data[0] == 0xfe {
			return uint16(data[i])<<8 | uint16(data[i+1])
		}
		return uint16(data[i+1])<<8 | uint16(data[i])
	}
	i := 2
	for ; i+1 < len(data); i += 2 {
		switch u := unit(i); {
		case u >= 0xd800 && u < 0xdc00:
			if i+3 >= len(data) {
				return i
			}
			if v := unit(i + 2); v < 0xdc00 || v >= 0xe000 {
				return i
			}
			i += 2
		case u >= 0xdc00 && u < 0xe000:
			return i
		}
	}
	if i < len(data) {
		return i
	}
	return -1
}

// utf16Guess returns a note for data that looks like UTF-16 without a
// byte-order mark (every other byte of its start NUL), or "".
func utf16Guess(data []byte) string {
	n := min(len(data), 512) &^ 1
	if n < 8 {
		return ""
	}
	var zero [2]int
	for i := range n {
		if data[i] == 0 {
			zero[i%2]++
		}
	}
	// One parity of bytes nearly all NUL and the other nearly none (all
	// NUL is no text at all).
	most, few := n/2*9/10, n/2/10
	if zero[0] >= most && zero[1] <= few || zero[1] >= most && zero[0] <= few {
		return " (it looks like UTF-16 without a byte-order mark: convert it to UTF-8 first, e.g. iconv -f UTF-16LE -t UTF-8)"
	}
	return ""
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// binaryAt returns the offset of a NUL byte in the first 8 KiB, or -1.
func binaryAt(b []byte) int {
	if len(b) > 8192 {
		b = b[:8192]
	}
	return bytes.IndexByte(b, 0)
}

// Blank reports whether the line holds nothing but white space.
func Blank(s string) bool {
	return strings.TrimSpace(s) == ""
}
