package align

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ErrNoPdftotext is wrapped by the error ReadPDF returns when poppler's
// pdftotext is not installed.
var ErrNoPdftotext = errors.New("pdftotext not found: install poppler-utils (apt-get install poppler-utils)")

// ReadPDF reads a two-column bilingual PDF. It runs poppler's pdftotext
// with -bbox-layout, cuts each page's words at the gutter between the
// columns by their x-coordinates (not trusting pdftotext's reading order),
// and aligns the blocks. Positions carry the page and the column (1 left,
// 2 right); Line is the line within that page's column.
func ReadPDF(ctx context.Context, path string) (*Document, error) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, ErrNoPdftotext)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-bbox-layout", "-enc", "UTF-8", path, "-")
	var stderr headWriter
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("%s: run pdftotext: %w", path, err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("%s: run pdftotext: %w", path, err)
	}
	pages, perr := ReadBBox(out)
	if perr != nil {
		cancel() // the rest of its output is not wanted
		cmd.Wait()
		return nil, fmt.Errorf("%s: %w", path, perr)
	}
	io.Copy(io.Discard, out)
	if err := cmd.Wait(); err != nil {
		return nil, fmt.Errorf("%s: pdftotext: %w: %s", path, err, stderr.firstLine())
	}
	blocks := PDFLayout(pages)
	if err := tooManyBlocks(blocks); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	doc := build("pdf", path, path, path, blocks)
	if err := usable(doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return doc, nil
}

// headWriter keeps the first 4 KiB written to it: pdftotext's standard
// error, which on a broken file repeats a syntax error per object, without
// end on a large one.
type headWriter struct{ b []byte }

func (h *headWriter) Write(p []byte) (int, error) {
	if room := 4096 - len(h.b); room > 0 {
		h.b = append(h.b, p[:min(len(p), room)]...)
	}
	return len(p), nil
}

// firstLine returns the first line that is not blank: the diagnostic stays
// one line, as every other input's.
func (h *headWriter) firstLine() string {
	for l := range strings.SplitSeq(string(h.b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return "no message"
}

// PDFPage is one page of a PDF as pdftotext -bbox-layout describes it:
// its size and its words with their boxes, in pdftotext's order.
type PDFPage struct {
	Width, Height float64
	Words         []PDFWord
}

// PDFWord is a word and its box, in points from the page's top left.
type PDFWord struct {
	XMin, YMin, XMax, YMax float64
	S                      string
	Line                   int // the pdftotext line it belongs to, counted over the page
}

// Bounds on what pdftotext's output may make ReadBBox hold: a page larger
// than PDF allows (14,400 points a side) or a document of more words than
// a few thousand pages hold is refused, not laid out, so that a small
// malformed PDF cannot make the column finder allocate gigabytes.
const (
	maxPageSide = 14400     // points
	maxCoord    = 1e6       // points, either way, for a word's box
	maxPDFWords = 4_000_000 // about 25 MB of text
	maxPDFPages = 100_000
	maxWordLen  = 4096 // bytes
	maxBBoxNest = 64   // elements; pdftotext writes 7
)

// ReadBBox reads the XHTML that pdftotext -bbox-layout (or -bbox) writes,
// token by token. It refuses output beyond the bounds above.
func ReadBBox(r io.Reader) ([]PDFPage, error) {
	d := xml.NewDecoder(controlFilter{r})
	d.Strict = false
	d.Entity = xml.HTMLEntity
	var pages []PDFPage
	var cur *PDFPage
	line, words, depth := 0, 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			l, c := d.InputPos()
			return pages, fmt.Errorf("bbox output %d:%d: %w", l, c, err)
		}
		switch tok.(type) {
		case xml.EndElement:
			depth--
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if depth++; depth > maxBBoxNest {
			return pages, fmt.Errorf("bbox output: elements nested more than %d deep", maxBBoxNest)
		}
		switch se.Name.Local {
		case "page":
			p := PDFPage{Width: fattr(se, "width"), Height: fattr(se, "height")}
			if len(pages) == maxPDFPages {
				return pages, fmt.Errorf("bbox output: more than %d pages", maxPDFPages)
			}
			if !(p.Width >= 0 && p.Width <= maxPageSide && p.Height >= 0 && p.Height <= maxPageSide) {
				return pages, fmt.Errorf("page %d: size %g × %g points is out of range (PDF allows at most %d a side)", len(pages)+1, p.Width, p.Height, maxPageSide)
			}
			pages = append(pages, p)
			cur = &pages[len(pages)-1]
		case "line":
			line++
		case "word":
			if cur == nil {
				continue
			}
			var s string
			if err := d.DecodeElement(&s, &se); err != nil {
				return pages, fmt.Errorf("bbox output: word: %w", err)
			}
			depth-- // DecodeElement has read its end
			w := PDFWord{XMin: fattr(se, "xMin"), YMin: fattr(se, "yMin"), XMax: fattr(se, "xMax"), YMax: fattr(se, "yMax"), S: s, Line: line}
			for _, v := range [...]float64{w.XMin, w.YMin, w.XMax, w.YMax} {
				if !(v >= -maxCoord && v <= maxCoord) {
					return pages, fmt.Errorf("page %d: word %q: box coordinate %g is out of range", len(pages), shorten(s, 40), v)
				}
			}
			if len(s) > maxWordLen {
				return pages, fmt.Errorf("page %d: a word of %d bytes (at most %d)", len(pages), len(s), maxWordLen)
			}
			if w.S != "" {
				if words++; words > maxPDFWords {
					return pages, fmt.Errorf("bbox output: more than %d words", maxPDFWords)
				}
				cur.Words = append(cur.Words, w)
			}
		}
	}
	return pages, nil
}

// shorten returns s cut to at most n bytes at a rune boundary, with "…"
// where it was cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func fattr(e xml.StartElement, name string) float64 {
	f, _ := strconv.ParseFloat(attr(e, name), 64)
	return f
}

// controlFilter drops the ASCII control characters XML forbids, which
// pdftotext copies from the PDF (a backspace after party names). They are
// single bytes that never occur inside a UTF-8 sequence.
type controlFilter struct{ r io.Reader }

func (f controlFilter) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	k := 0
	for _, c := range p[:n] {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			continue
		}
		p[k] = c
		k++
	}
	return k, err
}
