package align

import (
	"strings"

	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// BlockLayout reads the block layout: paragraphs separated by blank lines,
// the French column's blocks and the Dutch column's blocks following each
// other page by page. A line holding tabs is a table row; a row whose
// cells split into a French half and a Dutch half gives one cell block per
// language, any other row one neutral cell. Lone page numbers, DOC lines
// and running headers are noise.
func BlockLayout(src *Source) []Block {
	return blockLayout(src, true)
}

// blockLayout reads blocks; a bilingual source has its table rows cut
// between the languages, a monolingual one keeps each row whole.
func blockLayout(src *Source, bilingual bool) []Block {
	// Room for the blocks the lines give (a paragraph, or two cells for
	// a table row) from the start: grown by append, the slice of a large
	// document's blocks was held twice while it moved.
	n, inPara := 0, false
	for _, l := range src.Lines {
		switch {
		case strings.Contains(l, "\t"):
			n, inPara = n+2, false
		case Blank(l):
			inPara = false
		case !inPara:
			n, inPara = n+1, true
		}
	}
	var blocks []Block
	if n > 0 {
		blocks = make([]Block, 0, n)
	}
	table, row := "", 0
	para := func(start, end int) {
		var t Text
		var lines []int
		for i := start; i < end; i++ {
			if i == start {
				t = CleanLine(src.Lines[i], i+1, 1) // what Join gives on an empty text, without a copy of the map
			} else {
				t.Join(CleanLine(src.Lines[i], i+1, 1))
			}
			lines = append(lines, i+1)
		}
		raw := strings.Join(src.Lines[start:end], "\n")
		if m := printerTail(t.S); m != nil && m[0] > 0 {
			// The printer's line closes the last page; in a stream it is
			// glued to the text before it.
			tail := t.Slice(m[0], len(t.S))
			t = t.Slice(0, m[0])
			if k := strings.LastIndex(raw, tail.S); k > 0 {
				raw = raw[:k]
			}
			defer func() {
				blocks = append(blocks, Block{Text: tail, Lines: lines[len(lines)-1:], Kind: Noise, Raw: tail.S})
			}()
		}
		b := Block{Text: t, Lines: lines, Kind: Para, Raw: raw}
		if isNoise(t.S) || printerTail(t.S) != nil {
			b.Kind = Noise
		} else {
			b.Lang = Detect(t.S)
		}
		blocks = append(blocks, b)
	}
	start := -1
	for i := 0; i <= len(src.Lines); i++ {
		if i < len(src.Lines) && strings.Contains(src.Lines[i], "\t") {
			if start >= 0 && tableHeading(src.Lines[i-1]) {
				// A table's heading written without a cell separator, as
				// one column of a split file has it ("Afkorting bij de
				// nummering van de publicaties:"): the heading row.
				if start < i-1 {
					para(start, i-1)
				}
				cells := rowCells(src.Lines[i-1], i)
				table, _ = classifyRow(cells, table)
				row = 0
				blocks = append(blocks, rowBlocks(cells, table, row, i, bilingual)...)
				start = -1
			}
			if start >= 0 {
				para(start, i)
				start = -1
			}
			cells := rowCells(src.Lines[i], i+1)
			t, isHeader := classifyRow(cells, table)
			if t != table {
				table, row = t, 0
			}
			if !isHeader {
				row++
			}
			blocks = append(blocks, rowBlocks(cells, table, row, i+1, bilingual)...)
			continue
		}
		if i == len(src.Lines) || Blank(src.Lines[i]) {
			if start >= 0 {
				para(start, i)
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	assignColumns(blocks)
	if bilingual {
		fixPageRuns(blocks)
		fixTwins(blocks)
		fixMisplaced(blocks)
		followMoved(blocks)
	}
	return blocks
}

// labelKey returns the key a block's label would give, or "".
func labelKey(s string) string {
	if m := recitalRE.FindStringSubmatch(s); m != nil && startsLetter(s[len(m[0]):]) {
		return "recital:" + m[1]
	}
	if m := requestRE.FindStringSubmatch(s); m != nil && strings.Contains(m[0], ".") && startsLetter(s[len(m[0]):]) {
		return "request:" + m[1]
	}
	if m := articleLabel(s); m != nil {
		return "article:" + m[1] + m[2]
	}
	return ""
}

// fixMisplaced puts a labelled block written in the wrong language back
// in its column. A unit left untranslated (a Dutch recital still in French)
// is detected as the other language; its label then stands twice in that
// column and not at all in its own. Of the two blocks, the one that was
// misplaced is the one whose neighbours are in the other language, and
// whose label fits the other column's sequence (the label before it and
// the label after it there are its predecessor and successor) better than
// its own column's.
func fixMisplaced(blocks []Block) {
	// Where each label stands in each column: how many times (counted up
	// to 3, as only twice matters) and the first two blocks. A slice of
	// places per label cost an allocation per block and held a seventh
	// of the peak memory of reading a large document.
	type places struct {
		n  int32
		at [2]int32
	}
	where := map[Lang]map[string]places{FR: {}, NL: {}}
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != Para || (b.Col != FR && b.Col != NL) {
			continue
		}
		if k := labelKey(b.Text.S); k != "" {
			p := where[b.Col][k]
			if p.n < 2 {
				p.at[p.n] = int32(i)
			}
			p.n = min(p.n+1, 3)
			where[b.Col][k] = p
		}
	}
	neighbour := func(i, step int) Lang {
		for j := i + step; j >= 0 && j < len(blocks); j += step {
			if blocks[j].Kind == Para && blocks[j].Lang != Neutral {
				return blocks[j].Lang
			}
		}
		return Neutral
	}
	for _, col := range []Lang{FR, NL} {
		other := col.Other()
		for k, p := range where[col] {
			if p.n != 2 || where[other][k].n != 0 {
				continue
			}
			idx := []int{int(p.at[0]), int(p.at[1])}
			best, score := -1, 0
			for x, i := range idx {
				n := 0
				for _, step := range []int{-1, 1} {
					if neighbour(i, step) == other {
						n++
					}
				}
				// The labels around it in a column are strong evidence of
				// its place: in the other column they should be its
				// predecessor and successor, in its own column they are
				// where its twin belongs.
				twin := idx[1-x]
				n += 2*fits(blocks, i, other, k, -1) - 2*fits(blocks, i, col, k, twin)
				if n > score {
					best, score = i, n
				} else if n == score {
					best = -1 // no evidence which one strayed
				}
			}
			if best >= 0 {
				blocks[best].Col = other
			}
		}
	}
}

// followMoved puts a neutral block starting in lower case, the top of a
// column continued from the page before, back in the column of the block
// after it once the blocks written in the wrong language have been put
// back in theirs: assignColumns read that column from the language of the
// next block, which an untranslated paragraph gets wrong ("de
// VN-Mensenrechtenraad;" ending a Dutch recital, followed by the next
// Dutch recital left in French).
func followMoved(blocks []Block) {
	next := Neutral
	for i := len(blocks) - 1; i >= 0; i-- {
		b := &blocks[i]
		if b.Kind != Para {
			continue
		}
		if b.Lang != Neutral {
			next = b.Col
			continue
		}
		if next != Neutral && startsLower(b.Text.S) {
			b.Col = next
		}
	}
}

// cell is one tab-separated cell of a table row.
type cell struct {
	Text
	raw string
}

func rowCells(line string, n int) []cell {
	var cells []cell
	col := 1
	for _, part := range strings.Split(line, "\t") {
		cells = append(cells, cell{CleanLine(part, n, col), part})
		col += len([]rune(part)) + 1
	}
	return cells
}

// tableHeading reports whether line, just before a table row, is the
// heading of the table: one short line ending with a colon.
func tableHeading(line string) bool {
	t := strings.TrimSpace(CleanLine(line, 1, 1).S)
	return len(t) < 120 && strings.HasSuffix(t, ":") && !strings.HasPrefix(t, ":")
}

// classifyRow names the table a row belongs to and reports whether it is
// the table's header row.
func classifyRow(cells []cell, current string) (table string, header bool) {
	var nonEmpty []string
	for _, c := range cells {
		if c.S != "" {
			nonEmpty = append(nonEmpty, c.S)
		}
	}
	if len(nonEmpty) == 2 && strings.HasPrefix(nonEmpty[1], ":") {
		return "parties", false
	}
	if len(nonEmpty) > 0 && len(nonEmpty) <= 2 && strings.HasSuffix(nonEmpty[len(nonEmpty)-1], ":") && !strings.HasPrefix(nonEmpty[len(nonEmpty)-1], ":") {
		return "abbreviations", true
	}
	if current == "parties" && len(nonEmpty) >= 2 {
		return "abbreviations", false
	}
	if current == "" {
		current = "table"
	}
	return current, false
}

// rowBlocks splits a row into a French and a Dutch cell block when its
// first and second halves are in different languages, else one neutral
// block for the whole row.
func rowBlocks(cells []cell, table string, row, line int, bilingual bool) []Block {
	join := func(cs []cell) Text {
		var t Text
		for _, c := range cs {
			t.Join(c.Text)
		}
		return t
	}
	raw := func(cs []cell) string {
		var parts []string
		for _, c := range cs {
			parts = append(parts, c.raw)
		}
		return strings.Join(parts, "\t")
	}
	// Drop trailing empty cells, then compare the two halves.
	for len(cells) > 1 && strings.TrimSpace(cells[len(cells)-1].raw) == "" {
		cells = cells[:len(cells)-1]
	}
	if n := len(cells); bilingual && n >= 2 && table != "parties" {
		cut := (n + 1) / 2
		a, b := join(cells[:cut]), join(cells[cut:])
		sa, sb := Score(a.S), Score(b.S)
		la, lb := Neutral, Neutral
		switch {
		case sa > sb:
			la, lb = FR, NL
		case sa < sb:
			la, lb = NL, FR
		case table == "abbreviations":
			la, lb = FR, NL
		}
		if la != Neutral {
			return []Block{
				{Text: a, Lang: la, Col: la, Kind: Cell, Table: table, Row: row, Lines: []int{line}, Raw: raw(cells[:cut])},
				{Text: b, Lang: lb, Col: lb, Kind: Cell, Table: table, Row: row, Lines: []int{line}, Raw: raw(cells[cut:])},
			}
		}
	}
	t := join(cells)
	if strings.TrimSpace(t.S) == "" {
		// A row of empty cells ("\t \t"): no text, no block. As blocks
		// they made units without text under one key on both sides.
		return nil
	}
	lang := Neutral
	if !bilingual && table != "parties" {
		lang = Detect(t.S)
	}
	return []Block{{Text: t, Lang: lang, Kind: Cell, Table: table, Row: row, Lines: []int{line}, Raw: raw(cells)}}
}

var (
	pageNumberRE = lazyregexp.New(`^\d{1,3}$`)
	docLineRE    = lazyregexp.New(`^(DOC|Doc) \d{2} \d{4}/\d{3}$`)
	// printerTailRE is the printer's line at the end of a document, with
	// the print job's number before it.
	printerTailRE = lazyregexp.New(`(?:\b\d{4,6} +)?(?:Imprimerie centrale – Centrale drukkerij|Centrale drukkerij – Imprimerie centrale)\s*$`)
	headerRE      = lazyregexp.New(`^(CHAMBRE|KAMER|C H A M B R E|K A M E R)\b.*(SESSION|ZITTING|S E S S I O N|Z I T T I N G).*$`)
)

// printerSign is text that every match of printerTailRE holds.
const printerSign = "Centrale drukkerij"

// printerTail returns the span of the printer's line at the end of s, as
// printerTailRE.FindStringIndex does. The expression is not anchored at
// its start, so it is tried at every offset of a paragraph; a paragraph
// without the printer's name, nearly all of them, is passed over at the
// cost of one substring search.
func printerTail(s string) []int {
	if !strings.Contains(s, printerSign) {
		return nil
	}
	return printerTailRE.FindStringIndex(s)
}

// isNoise reports whether a block is page furniture: a lone page number,
// a DOC reference line or a running header.
func isNoise(s string) bool {
	s = strings.TrimSpace(s)
	// A running header is a line of a hundred characters; headerRE reads
	// a line to its end, at about 10 MB/s, which a whole document in one
	// line paid for nothing.
	return pageNumberRE.MatchString(s) || docLineRE.MatchString(s) || len(s) <= maxHeaderLen && headerRE.MatchString(s)
}

// maxHeaderLen is the length past which a line is no running header.
const maxHeaderLen = 1000

// assignColumns sets Col on blocks without it: a block in a language
// stands in that language's column; a neutral block stands in the column
// of the block before it (or after it, at the start) — except a neutral
// block starting in lower case, the top of a column continued from the
// page before, which stands in the column of the block after it, and a
// neutral block where one column ends and the other begins, which goes
// the way its little evidence points ("2019) en 163 miljoen euro (2021
// t.o.v.", the top of the Dutch column after the French one: "miljoen"
// is Dutch, the rest figures).
func assignColumns(blocks []Block) {
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != Para || b.Lang != Neutral || b.Col != Neutral {
			continue
		}
		next := Neutral
		for j := i + 1; j < len(blocks); j++ {
			if blocks[j].Kind == Para && blocks[j].Lang != Neutral {
				next = blocks[j].Lang
				break
			}
		}
		if startsLower(b.Text.S) {
			b.Col = next
			continue
		}
		prev := Neutral
		for j := i - 1; j >= 0; j-- {
			if blocks[j].Kind == Para && blocks[j].Lang != Neutral {
				prev = blocks[j].Lang
				break
			}
		}
		if prev != Neutral && next != Neutral && prev != next {
			switch sc := Score(b.Text.S); {
			case sc > 0:
				b.Col = FR
			case sc < 0:
				b.Col = NL
			}
		}
	}
	last := Neutral
	for i := range blocks {
		b := &blocks[i]
		if b.Kind == Noise {
			continue
		}
		if b.Col == Neutral {
			b.Col = b.Lang
		}
		if b.Kind == Cell && b.Lang == Neutral {
			continue // shared rows stand in both columns
		}
		if b.Col == Neutral {
			b.Col = last
		}
		last = b.Col
	}
	next := Neutral
	for i := len(blocks) - 1; i >= 0; i-- {
		b := &blocks[i]
		if b.Kind == Noise || (b.Kind == Cell && b.Lang == Neutral) {
			continue
		}
		if b.Col == Neutral {
			b.Col = next
		}
		next = b.Col
	}
}

// fits counts how well label k at blocks[i] fits the label sequence of
// column col: one for the nearest labelled block of its kind before it
// carrying the label just before k's, one for the nearest after it
// carrying the label just after. The block at index skip is passed over.
func fits(blocks []Block, i int, col Lang, k string, skip int) int {
	n := 0
	for _, step := range []int{-1, 1} {
		if adjacentLabel(blocks, i, step, col, k, skip) {
			n++
		}
	}
	return n
}

// adjacentLabel reports whether the nearest labelled block of k's kind
// before (step -1) or after (step 1) blocks[i] in column col, other than
// blocks[skip], carries the label just before (or after) k's.
func adjacentLabel(blocks []Block, i, step int, col Lang, k string, skip int) bool {
	kind, v := labelOrder(k)
	for j := i + step; j >= 0 && j < len(blocks); j += step {
		b := &blocks[j]
		if j == skip || b.Kind != Para || b.Col != col {
			continue
		}
		if pk := labelKey(b.Text.S); pk != "" {
			if pkind, pv := labelOrder(pk); pkind == kind {
				return pv == v+step
			}
		}
	}
	return false
}

// labelOrder returns the kind of a labelled key and its place in the
// sequence: recital:A is 1, recital:AA 27, request:3 3 (sub-items count as
// their item).
func labelOrder(key string) (string, int) {
	kind, label, _ := strings.Cut(key, ":")
	if kind == "recital" {
		n := int(label[0]-'A') + 1
		return kind, n + 26*(len(label)-1)
	}
	num, _, _ := strings.Cut(label, ".")
	v := 0
	for _, c := range num {
		if c < '0' || c > '9' {
			break
		}
		v = v*10 + int(c-'0')
	}
	return kind, v
}
