package align

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// A bitext is a document already aligned by someone else: a translation
// memory (TMX), a CAT tool's exchange file (XLIFF 1.2 or 2.0) or a table
// of tab-separated French and Dutch columns (TSV). Each translation unit
// becomes one pair, keyed by the unit's id when it has one and para:N
// otherwise, so that a TMX written by concord reads back with its keys.

// ErrNotBitext is wrapped by errors for XML input that is not a TMX or
// XLIFF document, or whose languages are not French and Dutch.
var ErrNotBitext = errors.New("not a French-Dutch bitext")

// bitext collects the pairs of a bitext as they stream in.
type bitext struct {
	path   string
	keys   []string
	fr, nl []*Unit
	seen   map[string]int
}

// add records one translation unit. id may be empty.
func (b *bitext) add(id string, fr, nl Text) {
	n := len(b.keys) + 1
	key := "para:" + strconv.Itoa(n)
	if id = strings.TrimSpace(id); id != "" {
		key = id
		if !strings.Contains(id, ":") {
			key = "tu:" + id
		}
	}
	if b.seen == nil {
		b.seen = map[string]int{}
	}
	if k := b.seen[key]; k > 0 { // ids must stay unique to be keys
		key += "#" + strconv.Itoa(k+1)
	}
	b.seen[key]++
	unit := func(t Text, l Lang) *Unit {
		t = trimText(t)
		if t.S == "" {
			return nil
		}
		return &Unit{Key: key, Lang: l, Text: t, File: b.path}
	}
	b.keys = append(b.keys, key)
	b.fr = append(b.fr, unit(fr, FR))
	b.nl = append(b.nl, unit(nl, NL))
}

// document turns the collected units into a Document whose Units hold the
// French units then the Dutch ones, each in reading order.
func (b *bitext) document(layout string) (*Document, error) {
	if len(b.keys) == 0 {
		return nil, fmt.Errorf("%s: %w: no translation unit found", b.path, ErrNotBilingual)
	}
	doc := &Document{Path: b.path, FRPath: b.path, NLPath: b.path, Layout: layout}
	frIdx := make([]int, len(b.keys))
	nlIdx := make([]int, len(b.keys))
	for i, u := range b.fr {
		frIdx[i] = -1
		if u != nil {
			u.Seq = len(doc.Units)
			frIdx[i] = len(doc.Units)
			doc.Units = append(doc.Units, *u)
		}
	}
	nFR := len(doc.Units)
	for i, u := range b.nl {
		nlIdx[i] = -1
		if u != nil {
			u.Seq = len(doc.Units) - nFR
			nlIdx[i] = len(doc.Units)
			doc.Units = append(doc.Units, *u)
		}
	}
	for i, key := range b.keys {
		p := Pair{Key: key}
		if frIdx[i] >= 0 {
			p.FR = &doc.Units[frIdx[i]]
		}
		if nlIdx[i] >= 0 {
			p.NL = &doc.Units[nlIdx[i]]
		}
		if p.FR == nil && p.NL == nil {
			continue
		}
		doc.Pairs = append(doc.Pairs, p)
	}
	return doc, nil
}

// LangOf maps a language tag (fr, fr-BE, nl_BE, NL-be …) to FR or NL, or
// Neutral for any other language.
func LangOf(tag string) Lang {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	switch tag {
	case "fr", "fra", "fre":
		return FR
	case "nl", "nld", "dut":
		return NL
	}
	return Neutral
}

// maxTSVLine bounds a TSV line: one pair of units.
const maxTSVLine = 64 << 20

// ReadTSV reads a bitext of one pair per line: French, a tab, Dutch. A
// first line naming the languages ("fr<TAB>nl" or "nl<TAB>fr") sets the
// order of the columns; a line with three columns starts with the unit's
// id. Empty lines are skipped.
func ReadTSV(path string, r io.Reader) (*Document, error) {
	b := &bitext{path: path}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxTSVLine)
	frCol, nlCol := 0, 1
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("%s:%d: invalid UTF-8", path, n)
		}
		cells := strings.Split(line, "\t")
		id := ""
		if len(cells) == 3 {
			id, cells = cells[0], cells[1:]
		}
		if len(cells) != 2 {
			return nil, fmt.Errorf("%s:%d: want 2 tab-separated columns (fr, nl), got %d", path, n, len(cells))
		}
		if n == 1 && LangOf(cells[0]) != Neutral && LangOf(cells[1]) == LangOf(cells[0]).Other() {
			if LangOf(cells[0]) == NL {
				frCol, nlCol = 1, 0
			}
			continue
		}
		col := 1 + utf8.RuneCountInString(id)
		if id != "" {
			col++
		}
		texts := [2]Text{}
		for i, c := range cells {
			texts[i] = plainText(c, n, col)
			col += utf8.RuneCountInString(c) + 1
		}
		b.add(id, texts[frCol], texts[nlCol])
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return nil, fmt.Errorf("%s: line %d: longer than %d MiB (the most concord reads of one TSV line)", path, n+1, maxTSVLine>>20)
	} else if err != nil {
		return nil, fmt.Errorf("%s: line %d: %w", path, n+1, err)
	}
	return b.document("tsv")
}

// plainText maps s, found at line and col of the input, to a Text
// normalised to NFC.
func plainText(s string, line, col int) Text {
	if !norm.NFC.IsNormalString(s) {
		// Normalising may merge runes; the map then points at the run's start.
		s = norm.NFC.String(s)
	}
	var t Text
	t.Append(s, Pos{Line: line, Col: col})
	return t
}

// xmlText accumulates the character data of one segment with its map.
type xmlText struct {
	t Text
}

// add appends character data that starts at line and col of the input.
// Newlines inside the data move the map to the next line.
func (x *xmlText) add(s string, line, col int) {
	for {
		i := strings.IndexByte(s, '\n')
		part := s
		if i >= 0 {
			part = s[:i]
		}
		part = strings.TrimSuffix(part, "\r")
		if part != "" {
			if !norm.NFC.IsNormalString(part) {
				part = norm.NFC.String(part)
			}
			x.t.Append(part, Pos{Line: line, Col: col})
		}
		if i < 0 {
			return
		}
		if x.t.S != "" && !strings.HasSuffix(x.t.S, " ") {
			x.t.S += " " // a line break inside a segment reads as a space
		}
		s = s[i+1:]
		line, col = line+1, 1
	}
}

// xmlReader walks an XML bitext token by token, so that large files are
// never held whole in memory.
type xmlReader struct {
	d     *xml.Decoder
	path  string
	depth int // elements open
}

// maxXMLNest bounds the nesting of a bitext's elements: TMX and XLIFF nest
// a few levels, inline markup a few more.
const maxXMLNest = 256

func newXMLReader(path string, r io.Reader) *xmlReader {
	d := xml.NewDecoder(r)
	d.Strict = true
	d.CharsetReader = charsetReader
	return &xmlReader{d: d, path: path}
}

// charsetReader reads a bitext whose XML declaration names another
// encoding than UTF-8: UTF-16 (the reader has turned UTF-16 with its mark
// into UTF-8 already, so the bytes are UTF-8 by now), ISO-8859-1 and
// windows-1252.
func charsetReader(label string, r io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "utf-16", "utf-16le", "utf-16be", "ucs-2", "unicode":
		return r, nil
	case "iso-8859-1", "latin-1", "latin1", "l1":
		return charmap.ISO8859_1.NewDecoder().Reader(r), nil
	case "windows-1252", "cp1252":
		return charmap.Windows1252.NewDecoder().Reader(r), nil
	}
	return nil, errors.New("not supported: convert the file to UTF-8 first")
}

// next returns the next token, its start position, and io.EOF at the end.
func (x *xmlReader) next() (xml.Token, int, int, error) {
	line, col := x.d.InputPos()
	tok, err := x.d.Token()
	if err != nil {
		if err == io.EOF {
			return nil, line, col, err
		}
		return nil, line, col, fmt.Errorf("%s:%d:%d: %w", x.path, line, col, err)
	}
	switch tok.(type) {
	case xml.StartElement:
		if x.depth++; x.depth > maxXMLNest {
			return nil, line, col, fmt.Errorf("%s:%d:%d: elements nested more than %d deep", x.path, line, col, maxXMLNest)
		}
	case xml.EndElement:
		x.depth--
	}
	return tok, line, col, nil
}

// text reads the content of the element just opened up to its end tag,
// keeping the text of inline elements that hold text (hi, g, mrk, pc,
// sub inside a segment) and dropping native codes (bpt, ept, ph, it …).
func (x *xmlReader) text(skip map[string]bool) (Text, error) {
	var out xmlText
	depth, skipping := 1, 0
	for depth > 0 {
		tok, line, col, err := x.next()
		if err != nil {
			if err == io.EOF {
				return out.t, fmt.Errorf("%s: unexpected end of file inside a segment", x.path)
			}
			return out.t, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			if skipping > 0 || skip[tok.Name.Local] {
				skipping++
			}
		case xml.EndElement:
			depth--
			if skipping > 0 {
				skipping--
			}
		case xml.CharData:
			if skipping == 0 && depth > 0 {
				out.add(string(tok), line, col)
			}
		}
	}
	return out.t, nil
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// tmxCodes are TMX inline elements holding native codes, not text.
var tmxCodes = map[string]bool{"bpt": true, "ept": true, "ph": true, "it": true, "ut": true}

// ReadTMX reads a TMX translation memory: each <tu> with a French and a
// Dutch <tuv> (xml:lang fr, fr-BE, nl, nl-BE …) is one pair, keyed by its
// x-concord-unit property when concord wrote it, else by its tuid. Units
// in other languages are an error.
func ReadTMX(path string, r io.Reader) (*Document, error) {
	x := newXMLReader(path, r)
	b := &bitext{path: path}
	var (
		inTU   bool
		id     string
		sides  [3]Text // by Lang
		lang   Lang
		root   bool
		others int
	)
	for {
		tok, _, _, err := x.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "tmx":
				root = true
			case "tu":
				inTU, id, sides = true, attr(tok, "tuid"), [3]Text{}
			case "prop":
				// concord writes "document#key" as the tuid and the
				// unit key as a property: read the key back.
				if !inTU || attr(tok, "type") != "x-concord-unit" {
					continue
				}
				t, err := x.text(nil)
				if err != nil {
					return nil, err
				}
				if k := strings.TrimSpace(t.S); k != "" {
					id = k
				}
			case "tuv":
				tag := attr(tok, "lang")
				lang = LangOf(tag)
				if lang == Neutral {
					others++
				}
			case "seg":
				if !inTU {
					continue
				}
				t, err := x.text(tmxCodes)
				if err != nil {
					return nil, err
				}
				if lang != Neutral {
					sides[lang].Join(trimText(t))
				}
			}
		case xml.EndElement:
			if tok.Name.Local == "tu" && inTU {
				inTU = false
				if sides[FR].S != "" || sides[NL].S != "" {
					b.add(id, sides[FR], sides[NL])
				}
			}
		}
	}
	if !root {
		return nil, fmt.Errorf("%s: %w: no <tmx> element", path, ErrNotBitext)
	}
	if len(b.keys) == 0 && others > 0 {
		return nil, fmt.Errorf("%s: %w: no French or Dutch variant in %d variants", path, ErrNotBitext, others)
	}
	return b.document("tmx")
}

// xliffCodes are XLIFF 1.2 and 2.0 inline elements holding native codes.
var xliffCodes = map[string]bool{"bpt": true, "ept": true, "ph": true, "it": true, "sub": true}

// ReadXLIFF reads an XLIFF 1.2 file (<trans-unit> with <source> and
// <target>) or an XLIFF 2.0 file (<unit> with <segment>s). The file's
// source and target languages (source-language/target-language, or
// srcLang/trgLang) say which side is French; each unit is one pair keyed
// by its id.
func ReadXLIFF(path string, r io.Reader) (*Document, error) {
	x := newXMLReader(path, r)
	b := &bitext{path: path}
	var (
		src, trg   Lang
		inUnit     bool
		id         string
		sides      [2]Text // source, target
		root       bool
		unitTag    string
		sawLangTag bool
	)
	for {
		tok, line, col, err := x.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "xliff":
				root = true
				if v := attr(tok, "srcLang"); v != "" {
					src, trg, sawLangTag = LangOf(v), LangOf(attr(tok, "trgLang")), true
				}
			case "file":
				if v := attr(tok, "source-language"); v != "" {
					src, trg, sawLangTag = LangOf(v), LangOf(attr(tok, "target-language")), true
				}
			case "trans-unit", "unit":
				if inUnit {
					continue
				}
				inUnit, id, sides, unitTag = true, attr(tok, "id"), [2]Text{}, tok.Name.Local
			case "source", "target":
				if !inUnit {
					continue
				}
				side := 0
				if tok.Name.Local == "target" {
					side = 1
				}
				if v := attr(tok, "lang"); v != "" { // xml:lang on the element wins
					if l := LangOf(v); l != Neutral {
						if side == 0 {
							src = l
						} else {
							trg = l
						}
						sawLangTag = true
					}
				}
				t, err := x.text(xliffCodes)
				if err != nil {
					return nil, err
				}
				sides[side].Join(trimText(t))
			case "alt-trans":
				// Alternative translations are suggestions, not the text.
				if err := x.d.Skip(); err != nil {
					return nil, fmt.Errorf("%s:%d:%d: %w", path, line, col, err)
				}
				x.depth-- // Skip has read its end

			}
		case xml.EndElement:
			if tok.Name.Local == unitTag && inUnit {
				inUnit = false
				if !sawLangTag || src == Neutral || trg != src.Other() {
					return nil, fmt.Errorf("%s:%d: %w: the file's languages are not French and Dutch", path, line, ErrNotBitext)
				}
				fr, nl := sides[0], sides[1]
				if src == NL {
					fr, nl = nl, fr
				}
				b.add(id, fr, nl)
			}
		}
	}
	if !root {
		return nil, fmt.Errorf("%s: %w: no <xliff> element", path, ErrNotBitext)
	}
	return b.document("xliff")
}

// SniffBitext names the bitext format of input that starts with head:
// "tmx", "xliff", or "" for anything else. TSV is left to Sniff, which
// also knows the input's name.
func SniffBitext(head []byte) string {
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	switch {
	case bytes.Contains(head, []byte("<tmx")):
		return "tmx"
	case bytes.Contains(head, []byte("<xliff")):
		return "xliff"
	}
	return ""
}

// looksTSV reports whether an input that starts with head is a table of
// tab-separated columns: its first line names the languages ("fr<TAB>nl",
// "id<TAB>fr<TAB>nl"), or at least two lines are in head and every
// non-blank one has two or three columns. Only the lines head holds whole
// count, so that a file and the same bytes on standard input agree.
func looksTSV(head []byte) bool {
	whole := len(head) < sniffLen
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	n := 0
	for len(head) > 0 {
		line, rest, found := bytes.Cut(head, []byte("\n"))
		head = rest
		if !found && !whole {
			break
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		cells := bytes.Split(line, []byte("\t"))
		if len(cells) < 2 || len(cells) > 3 {
			return false
		}
		n++
		if n == 1 {
			a, b := LangOf(string(cells[len(cells)-2])), LangOf(string(cells[len(cells)-1]))
			if a != Neutral && b == a.Other() {
				return true
			}
		}
	}
	return n >= 2
}
