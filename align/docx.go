package align

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/internal/bounded"
	"github.com/concord-bilingual/concord/internal/roman"
	"golang.org/x/text/unicode/norm"
)

// A Word draft (DOCX) is a zip archive of XML parts. ReadDOCX reads its
// body (word/document.xml) paragraph by paragraph:
//
//   - a table whose rows have two cells is a side-by-side translation: each
//     row's cells are a French and a Dutch block, the column's language
//     decided by the w:lang of its runs or, failing that, by its words;
//   - any other paragraph is a block in the language of its runs' w:lang
//     (or of the document default in word/styles.xml), else of its words;
//   - automatic numbering ("A.", "1.") is not in the text: it is rebuilt
//     from word/numbering.xml and put before the paragraph's text, so that
//     recitals and requests keep their labels.
//
// Positions: Line is the paragraph's number in the body, from 1, and Col
// the code point in its text, spaces folded (a label added from numbering
// maps to column 1).

// ErrNotDOCX is wrapped by the error ReadDOCX returns for a zip archive
// that is not a Word document.
var ErrNotDOCX = errors.New("not a Word document")

// ReadDOCX reads a bilingual Word document.
func ReadDOCX(path string) (*Document, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", path, ErrNotDOCX, err)
	}
	defer zr.Close()
	doc, err := readDOCX(path, &zr.Reader)
	if err != nil {
		return nil, err
	}
	return doc, nil
}

func readDOCX(path string, zr *zip.Reader) (*Document, error) {
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[f.Name] = f
	}
	body := parts["word/document.xml"]
	if body == nil {
		return nil, fmt.Errorf("%s: %w: no word/document.xml", path, ErrNotDOCX)
	}
	r := &docxReader{path: path, num: map[string]*docxNum{}, counters: map[string][]int{}}
	if f := parts["word/numbering.xml"]; f != nil {
		if err := withPart(f, r.readNumbering); err != nil {
			return nil, fmt.Errorf("%s: numbering: %w", path, err)
		}
	}
	if f := parts["word/styles.xml"]; f != nil {
		if err := withPart(f, r.readStyles); err != nil {
			return nil, fmt.Errorf("%s: styles: %w", path, err)
		}
	}
	if err := withPart(body, r.readBody); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := tooManyBlocks(r.blocks); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	doc := build("docx", path, path, path, withRaw(r.blocks))
	if err := usable(doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return doc, nil
}

// Bounds on what a Word document may declare: a part larger than any other
// input once decompressed (a zip bomb is a few kilobytes) is refused, and a list
// numbered in letters past this many repeats (ZZZZZZZZ.) is numbered in
// digits, so that a start value of 10¹² cannot make a label of 40 GB.
const (
	maxLetterLabel = 8
	// A part of more than bombPart bytes that expands more than
	// maxDOCXRatio times is a zip bomb: Word's XML compresses about ten
	// times; 60 MB of repeated paragraphs compress 254 times, to 236 KB, and
	// their 900,000 units need gigabytes to pair and check.
	bombPart     = 8 << 20
	maxDOCXRatio = 100
)

func withPart(f *zip.File, read func(*xml.Decoder) error) error {
	if max := uint64(bounded.Max()); f.UncompressedSize64 > max {
		return fmt.Errorf("%s is %d MB once decompressed (at most %d MB)", f.Name, f.UncompressedSize64>>20, max>>20)
	}
	if f.UncompressedSize64 > bombPart && f.UncompressedSize64 > maxDOCXRatio*max(f.CompressedSize64, 1) {
		return fmt.Errorf("%s expands %d times (%d MB from %d KB): a zip bomb, not a Word document", f.Name, f.UncompressedSize64/max(f.CompressedSize64, 1), f.UncompressedSize64>>20, f.CompressedSize64>>10)
	}
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	return read(d)
}

// docxNum is one numbering definition: per level, the number format
// (decimal, upperLetter, lowerRoman, bullet …), the label pattern ("%1.")
// and the first number.
type docxNum struct {
	fmt, text []string
	start     []int
}

type docxReader struct {
	path     string
	abstract map[string]*docxNum // by w:abstractNumId
	num      map[string]*docxNum // by w:numId
	counters map[string][]int    // by w:numId, per level
	defLang  Lang                // the document's default language
	blocks   []Block
	para     int // paragraphs read so far
}

func wattr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// readNumbering reads word/numbering.xml: the abstract definitions and the
// numbering instances that point to them.
func (r *docxReader) readNumbering(d *xml.Decoder) error {
	r.abstract = map[string]*docxNum{}
	var cur *docxNum
	lvl := -1
	numID := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "abstractNum":
			cur = &docxNum{}
			r.abstract[wattr(se, "abstractNumId")] = cur
			numID = ""
		case "lvl":
			lvl, _ = strconv.Atoi(wattr(se, "ilvl"))
			if cur != nil && lvl >= 0 && lvl < 10 {
				for len(cur.fmt) <= lvl {
					cur.fmt = append(cur.fmt, "decimal")
					cur.text = append(cur.text, "")
					cur.start = append(cur.start, 1)
				}
			}
		case "start":
			if cur != nil && lvl >= 0 && lvl < len(cur.start) {
				cur.start[lvl], _ = strconv.Atoi(wattr(se, "val"))
			}
		case "numFmt":
			if cur != nil && lvl >= 0 && lvl < len(cur.fmt) {
				cur.fmt[lvl] = wattr(se, "val")
			}
		case "lvlText":
			if cur != nil && lvl >= 0 && lvl < len(cur.text) {
				cur.text[lvl] = wattr(se, "val")
			}
		case "num":
			numID, cur = wattr(se, "numId"), nil
		case "abstractNumId":
			if numID != "" {
				if a := r.abstract[wattr(se, "val")]; a != nil {
					r.num[numID] = a
				}
			}
		}
	}
}

// readStyles reads the document's default language from word/styles.xml
// (w:docDefaults … w:lang).
func (r *docxReader) readStyles(d *xml.Decoder) error {
	inDefaults := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "docDefaults":
				inDefaults = true
			case "lang":
				if inDefaults {
					r.defLang = LangOf(wattr(t, "val"))
				}
			}
		case xml.EndElement:
			if t.Name.Local == "docDefaults" {
				return nil
			}
		}
	}
}

// docxPara is a paragraph being read: its text, the languages its runs
// are tagged with (by characters), and its numbering.
type docxPara struct {
	b           strings.Builder
	langs       [3]int
	runLang     Lang
	numID       string
	ilvl        int
	numbered    bool
	inText      bool
	inRunProps  bool
	inParaProps bool
}

// docxRow collects the cells of a table row.
type docxRow struct {
	cells []docxCell
}

type docxCell struct {
	text  Text
	langs [3]int
}

// readBody walks word/document.xml.
func (r *docxReader) readBody(d *xml.Decoder) error {
	var (
		p      *docxPara
		depth  int // table nesting
		row    *docxRow
		cell   *docxCell
		table  []docxRow
		tables int
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			l, c := d.InputPos()
			return fmt.Errorf("word/document.xml %d:%d: %w", l, c, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "tbl":
				depth++
				if depth == 1 {
					table = nil
				}
			case "tr":
				if depth == 1 {
					row = &docxRow{}
				}
			case "tc":
				if depth == 1 && row != nil {
					cell = &docxCell{}
				}
			case "p":
				p = &docxPara{runLang: Neutral}
			case "pPr":
				if p != nil {
					p.inParaProps = true
				}
			case "rPr":
				if p != nil && !p.inParaProps {
					p.inRunProps = true
				}
			case "r":
				if p != nil {
					p.runLang = Neutral
				}
			case "lang":
				if p != nil && p.inRunProps {
					p.runLang = LangOf(wattr(t, "val"))
				}
			case "numId":
				if p != nil && p.inParaProps {
					p.numID, p.numbered = wattr(t, "val"), true
				}
			case "ilvl":
				if p != nil && p.inParaProps {
					p.ilvl, _ = strconv.Atoi(wattr(t, "val"))
				}
			case "t":
				if p != nil {
					p.inText = true
				}
			case "tab":
				if p != nil {
					p.add(" ")
				}
			case "br", "cr":
				if p != nil {
					p.add(" ")
				}
			}
		case xml.CharData:
			if p != nil && p.inText {
				p.add(string(t))
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				if p != nil {
					p.inText = false
				}
			case "pPr":
				if p != nil {
					p.inParaProps = false
				}
			case "rPr":
				if p != nil {
					p.inRunProps = false
				}
			case "p":
				if p == nil {
					continue
				}
				r.para++
				text := paraText(r.label(p), p.b.String(), r.para)
				if cell != nil {
					cell.text.Join(text)
					for i := range cell.langs {
						cell.langs[i] += p.langs[i]
					}
				} else if text.S != "" {
					r.addBlock(text, p.langs, Neutral)
				}
				p = nil
			case "tc":
				if depth == 1 && row != nil && cell != nil {
					row.cells = append(row.cells, *cell)
				}
				cell = nil
			case "tr":
				if depth == 1 && row != nil {
					table = append(table, *row)
				}
				row = nil
			case "tbl":
				depth--
				if depth == 0 {
					tables++
					r.addTable(table, tables)
					table = nil
				}
			}
		}
	}
}

// add appends run text to the paragraph, counting its characters for the
// run's language.
func (p *docxPara) add(s string) {
	p.b.WriteString(s)
	p.langs[p.runLang] += utf8.RuneCountInString(s)
}

// paraText is the text of paragraph number line: its runs' text with
// spaces folded, NFC, after its automatic label if it has one. The label
// maps to the paragraph's start, as the text does.
func paraText(label, runs string, line int) Text {
	s := strings.Join(strings.Fields(runs), " ")
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	var t Text
	if s == "" {
		return t
	}
	if label != "" {
		t.Append(label+" ", Pos{Line: line, Col: 1})
	}
	t.Append(s, Pos{Line: line, Col: 1})
	return t
}

// label returns the automatic number of a numbered paragraph ("B.",
// "3.") and moves the list's counters on.
func (r *docxReader) label(p *docxPara) string {
	if !p.numbered || p.numID == "" || p.numID == "0" {
		return ""
	}
	n := r.num[p.numID]
	if n == nil || p.ilvl < 0 || p.ilvl >= len(n.fmt) {
		return ""
	}
	c := r.counters[p.numID]
	for len(c) < len(n.fmt) {
		c = append(c, 0)
	}
	for l := range c {
		switch {
		case l == p.ilvl && c[l] == 0:
			c[l] = n.start[l]
		case l == p.ilvl:
			c[l]++
		case l > p.ilvl:
			c[l] = 0 // a deeper level starts again
		case c[l] == 0:
			c[l] = n.start[l]
		}
	}
	r.counters[p.numID] = c
	if n.fmt[p.ilvl] == "bullet" || n.fmt[p.ilvl] == "none" {
		return ""
	}
	label := n.text[p.ilvl]
	for l := 0; l <= p.ilvl && l < len(c); l++ {
		label = strings.ReplaceAll(label, "%"+strconv.Itoa(l+1), formatNum(c[l], n.fmt[l]))
	}
	return label
}

// formatNum writes n in a numbering format of Word.
func formatNum(n int, f string) string {
	switch f {
	case "upperLetter", "lowerLetter":
		// A … Z, then AA … ZZ, as Word numbers past Z.
		if n < 1 || n > 26*maxLetterLabel {
			return strconv.Itoa(n) // a start value no list reaches
		}
		s := strings.Repeat(string(rune('A'+(n-1)%26)), (n-1)/26+1)
		if f == "lowerLetter" {
			s = strings.ToLower(s)
		}
		return s
	case "upperRoman", "lowerRoman":
		s := roman.Format(n)
		if s == "" {
			return strconv.Itoa(n)
		}
		if f == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	}
	return strconv.Itoa(n)
}

// tagged returns the language most characters are tagged with, or the
// document default when none is tagged.
func (r *docxReader) tagged(langs [3]int) Lang {
	switch {
	case langs[FR] > langs[NL]:
		return FR
	case langs[NL] > langs[FR]:
		return NL
	}
	return r.defLang
}

// addBlock adds a paragraph or a table cell. col is the column it stands
// in, or Neutral to take its language.
func (r *docxReader) addBlock(t Text, langs [3]int, col Lang) {
	lang := Detect(t.S)
	if tag := r.tagged(langs); tag != Neutral && (lang == Neutral || langs[tag] > 0) {
		lang = tag // a tagged run outweighs the words
	}
	if col == Neutral {
		col = lang
	}
	r.blocks = append(r.blocks, Block{Text: t, Lang: lang, Col: col, Kind: Para, Lines: []int{t.Pos(0).Line}})
}

// addTable adds a table. A table whose rows have two cells holds the two
// languages side by side: each column's language is the one its cells are
// tagged with, else the one its words point to, and each row gives one
// block per column, in that column. Other tables are read cell by cell.
func (r *docxReader) addTable(rows []docxRow, n int) {
	two := len(rows) > 0
	for _, rw := range rows {
		if len(rw.cells) != 2 {
			two = false
		}
	}
	if !two {
		for _, rw := range rows {
			for _, c := range rw.cells {
				if c.text.S != "" {
					r.addBlock(c.text, c.langs, Neutral)
				}
			}
		}
		return
	}
	var tags [2][3]int
	var score [2]int
	for _, rw := range rows {
		for c := range 2 {
			for l := range tags[c] {
				tags[c][l] += rw.cells[c].langs[l]
			}
			score[c] += Score(rw.cells[c].text.S)
		}
	}
	cols := [2]Lang{FR, NL}
	switch left := r.tagged(tags[0]); {
	case left == NL || left == Neutral && r.tagged(tags[1]) == FR:
		cols = [2]Lang{NL, FR}
	case left == FR:
	case score[0] < score[1]:
		cols = [2]Lang{NL, FR}
	}
	for _, rw := range rows {
		for c := range 2 {
			if rw.cells[c].text.S != "" {
				r.addBlock(rw.cells[c].text, rw.cells[c].langs, cols[c])
			}
		}
	}
}
