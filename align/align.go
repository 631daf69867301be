package align

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/concord-bilingual/concord/internal/bounded"
)

// Options controls reading.
type Options struct {
	Encoding string // "" means UTF-8
	// KeepBlocks keeps the layout's blocks in Document.Blocks, for a
	// caller that reads the input as the layout cut it (split, the
	// re-layouts of the evaluation). Checking does not need them.
	KeepBlocks bool
}

// trimmed returns doc without its blocks unless opts keeps them, and err.
func trimmed(doc *Document, err error, opts Options) (*Document, error) {
	if doc != nil && !opts.KeepBlocks {
		doc.Blocks = nil
	}
	return doc, err
}

// ErrNotBilingual is wrapped by errors for input in which one language is
// missing or no unit could be found.
var ErrNotBilingual = errors.New("not a bilingual document")

// ReadFile reads and aligns one bilingual document.
// A PDF is read through pdftotext (see ReadPDF), a Word document (a zip
// archive) by ReadDOCX; TMX, XLIFF and TSV files are read as bitexts,
// streaming. Sniff decides which, as it does for ReadBytes.
func ReadFile(path string, opts Options) (*Document, error) {
	doc, err := readFile(path, opts)
	return trimmed(doc, err, opts)
}

func readFile(path string, opts Options) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if err := bounded.CheckSize(f, path); err != nil {
		return nil, err
	}
	br := bufioReader(f, path)
	head, _ := br.Peek(sniffLen)
	if readsUTF16(head, opts.Encoding) {
		data, err := readAll(f, br)
		if err != nil {
			return nil, err
		}
		return readBytes(path, data, opts)
	}
	switch Sniff(path, head) {
	case "pdf":
		return ReadPDF(context.Background(), path)
	case "docx":
		return ReadDOCX(path)
	case "tmx":
		return ReadTMX(path, br)
	case "xliff":
		return ReadXLIFF(path, br)
	case "tsv":
		return ReadTSV(path, br)
	}
	if err := binaryStream(f, br, path, opts.Encoding); err != nil {
		return nil, err
	}
	data, err := readAll(f, br)
	if err != nil {
		return nil, err
	}
	return readText(path, data, opts)
}

// binaryStream refuses a text input that is not a regular file (a pipe, a
// device such as /dev/zero or /dev/urandom) when its first 8 KiB hold a
// NUL byte, before the rest is read: Decode would refuse it for that byte
// after reading up to the bound (bounded.Max). A regular file is read whole and refused
// by Decode, with its exact diagnostic.
func binaryStream(f *os.File, br *bufio.Reader, path, encoding string) error {
	if st, err := f.Stat(); err != nil || st.Mode().IsRegular() {
		return nil
	}
	head, _ := br.Peek(8192)
	enc := strings.ToLower(encoding)
	if enc != "" && enc != "utf-8" && enc != "utf8" {
		return nil
	}
	if i := binaryAt(head); i >= 0 && !hasUTF16BOM(head) && !hasUTF32BOM(head) {
		return fmt.Errorf("%s: %w: binary data at byte %d%s", path, ErrNotText, i, utf16Guess(head))
	}
	return nil
}

// bufioReader is the buffered reader of the input f named path, bounded
// to the bound (bounded.Max) bytes.
func bufioReader(f *os.File, path string) *bufio.Reader {
	return bufio.NewReaderSize(bounded.Reader(f, path), 64<<10)
}

// readAll reads the rest of f through br into a buffer of f's size, so that
// a large file is held once, not in the doubling buffers of io.ReadAll.
func readAll(f *os.File, br *bufio.Reader) ([]byte, error) {
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return io.ReadAll(br)
	}
	buf := bytes.NewBuffer(make([]byte, 0, st.Size()+bytes.MinRead))
	_, err = buf.ReadFrom(br)
	return buf.Bytes(), err
}

// ReadBytes aligns a bilingual document held in memory; path names it
// ("-" for standard input). The same bytes under the same name are read
// as ReadFile reads them, except a PDF, which needs a file for pdftotext.
func ReadBytes(path string, data []byte, opts Options) (*Document, error) {
	doc, err := readBytes(path, data, opts)
	return trimmed(doc, err, opts)
}

func readBytes(path string, data []byte, opts Options) (*Document, error) {
	if readsUTF16(data, opts.Encoding) {
		u, err := fromUTF16(path, data)
		if err != nil {
			return nil, err
		}
		data, opts.Encoding = u, ""
	}
	switch Sniff(path, data) {
	case "docx":
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return nil, fmt.Errorf("%s: %w: %w", path, ErrNotDOCX, err)
		}
		return readDOCX(path, zr)
	case "tmx":
		return ReadTMX(path, bytes.NewReader(data))
	case "xliff":
		return ReadXLIFF(path, bytes.NewReader(data))
	case "tsv":
		return ReadTSV(path, bytes.NewReader(data))
	}
	return readText(path, data, opts)
}

// readText aligns a text document: pdftotext's layout or blocks.
func readText(path string, data []byte, opts Options) (*Document, error) {
	src, err := Decode(path, data, opts.Encoding)
	if err != nil {
		return nil, err
	}
	layout, blocks := "blocks", []Block(nil)
	if LooksLikePdftotext(src) {
		layout, blocks = "pdftotext", PdftotextLayout(src)
	} else {
		blocks = BlockLayout(src)
	}
	if err := tooManyBlocks(blocks); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	doc, nfr := label(layout, path, path, path, blocks)
	if err := usable(doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	doc.pair(nfr, opts.KeepBlocks)
	return doc, nil
}

// ReadPair reads a document given as a French and a Dutch file.
func ReadPair(frPath, nlPath string, opts Options) (*Document, error) {
	doc, err := readPair(frPath, nlPath, opts)
	return trimmed(doc, err, opts)
}

func readPair(frPath, nlPath string, opts Options) (*Document, error) {
	var srcs [2]*Source
	for i, p := range []string{frPath, nlPath} {
		data, err := readFileBounded(p)
		if err != nil {
			return nil, err
		}
		if srcs[i], err = Decode(p, data, opts.Encoding); err != nil {
			return nil, err
		}
	}
	doc, nfr, err := fromSources(srcs[0], srcs[1])
	if err != nil {
		return nil, fmt.Errorf("%s and %s: %w", frPath, filepath.Base(nlPath), err)
	}
	if err := usable(doc); err != nil {
		return nil, fmt.Errorf("%s and %s: %w", frPath, filepath.Base(nlPath), err)
	}
	doc.pair(nfr, opts.KeepBlocks)
	return doc, nil
}

// FromTexts aligns a document given as two monolingual texts, as test
// fixtures are. name is used as the path of both.
func FromTexts(name, fr, nl string) (*Document, error) {
	a, err := Decode(name, []byte(fr), "")
	if err != nil {
		return nil, err
	}
	b, err := Decode(name, []byte(nl), "")
	if err != nil {
		return nil, err
	}
	doc, nfr, err := fromSources(a, b)
	if err != nil {
		return nil, err
	}
	doc.pair(nfr, true)
	return doc, nil
}

// fromSources labels the French and the Dutch source into a document
// without pairs, whose first nfr units are French.
func fromSources(fr, nl *Source) (doc *Document, nfr int, err error) {
	// Both files are read the same way: a column-split extraction gives
	// two flows, and a short one should not be read as a paragraph.
	flow := isFlow(fr) || isFlow(nl)
	// A file in blocks beside a flow is read in blocks; a flow with a
	// short line and a blank line above it (a title added at its top)
	// stays a flow when the other file is one.
	asFlow := func(src, other *Source) bool {
		return flow && (!isBlocks(src) || isFlow(src) && !isBlocks(other))
	}
	// Each position names its file: a passage of one language that stands
	// in the other language's stream keeps the place it was read from.
	blocks := crossForeign(inFile(monoLayout(fr, FR, asFlow(fr, nl)), fr.Path), inFile(monoLayout(nl, NL, asFlow(nl, fr)), nl.Path))
	layout := "blocks"
	if flow {
		layout = "flow"
	}
	if err := tooManyBlocks(blocks); err != nil {
		return nil, 0, err
	}
	doc, nfr = label(layout, fr.Path, fr.Path, nl.Path, blocks)
	return doc, nfr, nil
}

// inFile sets the file of every position of blocks to path.
func inFile(blocks []Block, path string) []Block {
	for i := range blocks {
		segs := blocks[i].Text.Segs
		for j := range segs {
			segs[j].File = path
		}
	}
	return blocks
}

// build labels and pairs blocks into a document.
func build(layout, path, frPath, nlPath string, blocks []Block) *Document {
	doc, nfr := label(layout, path, frPath, nlPath, blocks)
	doc.pair(nfr, true)
	return doc
}

// label reads the units of blocks into a document without pairs; its
// first nfr units are French. The document keeps the blocks, which usable
// reads.
func label(layout, path, frPath, nlPath string, blocks []Block) (doc *Document, nfr int) {
	all, nfr := units(blocks, frPath, nlPath)
	return &Document{Path: path, FRPath: frPath, NLPath: nlPath, Layout: layout, Blocks: blocks, Units: all, Aside: asides(blocks)}, nfr
}

// pair pairs the units of doc, whose first nfr are French. Unless keep,
// it first lets the blocks go: they are not read any more, and a large
// document's blocks take more memory than the pairing.
func (doc *Document) pair(nfr int, keep bool) {
	if !keep {
		doc.Blocks = nil
	}
	fr, nl := doc.Units[:nfr], doc.Units[nfr:]
	if doc.Layout == "flow" {
		doc.Pairs = pairFlow(fr, nl)
	} else {
		doc.Pairs = Match(fr, nl)
	}
	uniqueTableKeys(doc.Pairs)
}

// usable reports why a document cannot be checked, or nil.
func usable(doc *Document) error {
	var fr, nl, blocks int
	for _, b := range doc.Blocks {
		if b.Kind == Noise || b.Kind == Foreign {
			continue
		}
		blocks++
		switch b.Lang {
		case FR:
			fr++
		case NL:
			nl++
		}
	}
	if err := foreignText(doc); err != nil {
		return err
	}
	if err := swappedFiles(doc); err != nil {
		return err
	}
	switch {
	case blocks == 0:
		return errors.New("empty document: no text found")
	case fr == 0 && nl == 0:
		return fmt.Errorf("%w: no French or Dutch text found", ErrNotBilingual)
	case nl == 0:
		return fmt.Errorf("%w: only French text found", ErrNotBilingual)
	case fr == 0:
		return fmt.Errorf("%w: only Dutch text found", ErrNotBilingual)
	}
	return nil
}

// MonoLayout reads a monolingual source: blocks separated by blank lines,
// or, for a text that flows in one long line, blocks cut at the labels and
// headings found in the flow. Every block stands in column lang.
func MonoLayout(src *Source, lang Lang) []Block {
	return monoLayout(src, lang, isFlow(src) && !isBlocks(src))
}

// monoLayout reads a monolingual source as a flow or in blocks.
func monoLayout(src *Source, lang Lang, flow bool) []Block {
	var blocks []Block
	if flow {
		blocks = FlowLayout(src)
	} else {
		blocks = blockLayout(src, false)
	}
	for i := range blocks {
		if blocks[i].Kind != Noise {
			blocks[i].Col = lang
			if blocks[i].Kind == Cell && (blocks[i].Lang != Neutral || blocks[i].Table == "abbreviations") {
				// A row of a monolingual file belongs to its language; an
				// abbreviation's explanation too, even one that reads as
				// neither ("CRABV Compte Rendu Analytique"): standing in
				// both columns, it would pair with itself. Only the rows
				// of names (the parties) stand for both.
				blocks[i].Lang = lang
			}
		}
	}
	setAsideForeign(blocks, lang)
	return blocks
}

// isFlow reports whether a source is flowing text: at most three
// non-blank lines, one of them long (2,000 bytes or more), and no table
// row. A document in blocks has a line per paragraph and blank lines
// between them.
func isFlow(src *Source) bool {
	lines, long := 0, false
	for _, l := range src.Lines {
		if Blank(l) {
			continue
		}
		lines++
		long = long || len(l) >= 2000
		if strings.Contains(l, "\t") {
			return false
		}
	}
	return long && lines <= 3
}

// isBlocks reports whether a source is clearly in blocks: paragraphs
// separated by blank lines.
func isBlocks(src *Source) bool {
	for i := 1; i+1 < len(src.Lines); i++ {
		if Blank(src.Lines[i]) && !Blank(src.Lines[i-1]) && !Blank(src.Lines[i+1]) {
			return true
		}
	}
	return false
}
