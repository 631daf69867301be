package align

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Source is a decoded input file: NFC text split into lines.
type Source struct {
	Path  string
	Lines []string // without line ends; Lines[0] is line 1
}

// ErrNotText is wrapped by errors for input that is not a text document.
var ErrNotText = errors.New("not a text document")

// Decode turns raw bytes into a Source. It strips a UTF-8 byte-order mark,
// accepts LF, CRLF and CR line ends, and normalises each line to NFC.
// Encoding "" or "utf-8" requires valid UTF-8 and reports the byte offset
// of the first invalid byte; "windows-1252" and "latin-1" decode those.
func Decode(path string, data []byte, encoding string) (*Source, error) {
	if bytes.HasPrefix(data, []byte("%PDF-")) {
		return nil, fmt.Errorf("%s: %w: it is a PDF", path, ErrNotText)
	}
	switch strings.ToLower(encoding) {
	case "", "utf-8", "utf8":
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		if !utf8.Valid(data) {
			return nil, fmt.Errorf("%s: invalid UTF-8 at byte %d (use --encoding windows-1252 for a Windows file)", path, invalidAt(data))
		}
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
		return nil, fmt.Errorf("unknown encoding %q (want utf-8, windows-1252 or latin-1)", encoding)
	}
	if i := binaryAt(data); i >= 0 {
		return nil, fmt.Errorf("%s: %w: binary data at byte %d", path, ErrNotText, i)
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
