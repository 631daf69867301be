package align

import (
	"sort"
	"unicode/utf8"
	"unsafe"
)

// Lang is the language of a block or unit. The zero value, Neutral, means
// the text belongs to neither language (numbers, names, shared rows).
type Lang uint8

const (
	Neutral Lang = iota
	FR
	NL
)

// String returns "fr", "nl" or "neutral".
func (l Lang) String() string {
	switch l {
	case FR:
		return "fr"
	case NL:
		return "nl"
	}
	return "neutral"
}

// Other returns the other language of a pair; Neutral stays Neutral.
func (l Lang) Other() Lang {
	switch l {
	case FR:
		return NL
	case NL:
		return FR
	}
	return Neutral
}

// Pos is a place in an input file: 1-based line and 1-based column counted
// in Unicode code points. Page and Column are set only for inputs that have
// pages (PDF); they are zero otherwise. File names the input file where a
// document is read from two files (--fr/--nl); it is empty otherwise.
type Pos struct {
	Line   int
	Col    int
	Page   int
	Column int    // 1 = left, 2 = right
	File   string // the input file, for a document read from two files
}

// Segment maps a run of a Text back to the input. Inside a run every rune
// of the text stands for one rune of the input, so a position inside the
// run is the run's position plus the number of runes before it.
type Segment struct {
	Off int // byte offset in Text.S where the run starts
	Pos     // where the run's first rune stands in the input
}

// MarkKind says what extraction markup surrounded a stretch of text.
type MarkKind uint8

const (
	Italic MarkKind = iota + 1
	Bold
	Super // superscript: ^e, ^{er}
)

// Mark records that Text.S[Start:End] was marked up in the input
// (`*italic*`, `<i>…</i>`, `**bold**`, `^{er}`). The markup itself is not in
// the text.
type Mark struct {
	Start, End int
	Kind       MarkKind
}

// Text is a stretch of document text with markup removed and its map back
// to the input. The zero value is an empty text.
type Text struct {
	S     string
	Segs  []Segment // sorted by Off; Segs[0].Off == 0 when S is not empty
	Marks []Mark

	runes *runeIndex // built by Pos at its first position far into a run
}

// runeIndex holds how many runes of a long text stand before every
// runeStep-th byte (moved on to the next rune's start), so that Pos counts
// the runes of at most one step instead of a whole run: a text of one line
// (a 50 MB paragraph) has one run, and its findings made the counting
// quadratic.
type runeIndex struct {
	s           string // the text counted: Pos counts again when S changed
	offs, runes []int
}

// runeStep is the distance between two counts of a runeIndex; Pos counts
// directly within runeIndexFrom bytes of a run's start.
const (
	runeStep      = 4 << 10
	runeIndexFrom = 64 << 10
)

// newRuneIndex counts the runes of s before every runeStep bytes. A count
// is taken at a rune's first byte, where no character can span the cut,
// so the counts add up to those of the whole prefix.
func newRuneIndex(s string) *runeIndex {
	x := &runeIndex{s: s, offs: []int{0}, runes: []int{0}}
	n := 0
	for last, off := 0, runeStep; off < len(s); off += runeStep {
		for off < len(s) && !utf8.RuneStart(s[off]) {
			off++
		}
		if off >= len(s) {
			break
		}
		n += utf8.RuneCountInString(s[last:off])
		x.offs, x.runes = append(x.offs, off), append(x.runes, n)
		last = off
	}
	return x
}

// count returns the number of runes of s[:off]; off is a rune's first byte
// or len(s).
func (x *runeIndex) count(s string, off int) int {
	k := sort.SearchInts(x.offs, off+1) - 1
	return x.runes[k] + utf8.RuneCountInString(s[x.offs[k]:off])
}

// Pos returns where the byte at offset off of t.S stands in the input.
// An offset past the end maps to the position after the last rune, one
// inside a character to that character.
func (t *Text) Pos(off int) Pos {
	if len(t.Segs) == 0 {
		return Pos{}
	}
	if off > len(t.S) {
		off = len(t.S)
	}
	for off > 0 && off < len(t.S) && !utf8.RuneStart(t.S[off]) {
		off-- // inside a character: the character's position
	}
	i := sort.Search(len(t.Segs), func(i int) bool { return t.Segs[i].Off > off }) - 1
	if i < 0 {
		i = 0
	}
	s := t.Segs[i]
	p := s.Pos
	if off-s.Off > runeIndexFrom && (s.Off == 0 || utf8.RuneStart(t.S[s.Off])) {
		if x := t.runes; x == nil || len(x.s) != len(t.S) || unsafe.StringData(x.s) != unsafe.StringData(t.S) {
			t.runes = newRuneIndex(t.S)
		}
		p.Col += t.runes.count(t.S, off) - t.runes.count(t.S, s.Off)
		return p
	}
	p.Col += utf8.RuneCountInString(t.S[s.Off:off])
	return p
}

// Append adds s to t, mapped to p. Text appended with the same position
// continuing a run (same line, the next column) merges into that run.
func (t *Text) Append(s string, p Pos) {
	if s == "" {
		return
	}
	off := len(t.S)
	t.S += s
	if n := len(t.Segs); n > 0 {
		last := t.Segs[n-1]
		if last.Line == p.Line && last.Page == p.Page && last.Column == p.Column &&
			last.Col+utf8.RuneCountInString(t.S[last.Off:off]) == p.Col {
			return
		}
	}
	t.Segs = append(t.Segs, Segment{Off: off, Pos: p})
}

// AppendText adds u to t, keeping u's map and marks.
func (t *Text) AppendText(u Text) {
	off := len(t.S)
	t.S += u.S
	t.appendMaps(u, off)
}

// appendMaps adds u's segments and marks to t, shifted to u's offset off
// in t.S.
func (t *Text) appendMaps(u Text, off int) {
	for _, s := range u.Segs {
		s.Off += off
		t.Segs = append(t.Segs, s)
	}
	for _, m := range u.Marks {
		m.Start += off
		m.End += off
		t.Marks = append(t.Marks, m)
	}
}

// Join appends a single space that stands for a line or block break, then
// u. The space maps to nothing in the input; it borrows u's first position.
func (t *Text) Join(u Text) {
	if t.S != "" && u.S != "" {
		t.S += " "
	}
	t.AppendText(u)
}

// textGrower joins texts to a text that grows by many parts, as a unit
// does by its continuation blocks, copying each byte once: its buffer
// holds the text it grew last with room to spare. Join on a string copies
// the whole text at each step, which made a unit of 400,000 blocks cost
// gigabytes. The zero value is ready to use; it is not safe for
// concurrent use.
type textGrower struct{ buf []byte }

// join does t.Join(u).
func (g *textGrower) join(t *Text, u Text) {
	if len(t.S) != len(g.buf) || unsafe.StringData(t.S) != unsafe.SliceData(g.buf) {
		// t is not the text g grew last: start again from a copy of it.
		// Bytes past a string's length are never read through it, so
		// writing there leaves every string already handed out alone.
		g.buf = append(make([]byte, 0, 2*(len(t.S)+len(u.S))+1), t.S...)
	}
	if len(g.buf) > 0 && u.S != "" {
		g.buf = append(g.buf, ' ')
	}
	off := len(g.buf)
	g.buf = append(g.buf, u.S...)
	t.S = unsafe.String(unsafe.SliceData(g.buf), len(g.buf))
	t.appendMaps(u, off)
}

// Block is a paragraph of the input as a layout reader found it: the lines
// between two blank lines, one cell of a table row, or a line of page
// furniture.
type Block struct {
	Text  Text
	Lang  Lang // the language the block is written in
	Col   Lang // the language column the block stands in (for neutral blocks, by context)
	Kind  BlockKind
	Table string // for table cells: "parties" or "abbreviations"
	Row   int    // for table cells: the row number, from 1
	Page  int    // the page, from 1, where the layout knows pages
	Lines []int  // the input lines the block covers
	Raw   string // the input text of the block, markup included
}

// BlockKind says what a block is.
type BlockKind uint8

const (
	Para  BlockKind = iota // running text
	Cell                   // a cell of a table row
	Noise                  // page furniture: running headers, page numbers, DOC lines
	// Foreign is a run of text in the other language than the column it
	// stands in (an annex or a table that the extraction sent to the wrong
	// stream). Its Lang is the language it is written in; it is set aside,
	// not paired, and reported once (structure/unaligned).
	Foreign
	// Crossed is text of the other language than the column it stands in
	// that is read as part of that language's text: its column holds it
	// where the other column holds a run of this column's language (the
	// two halves of each language's table, each sent to one stream; see
	// crossForeign). Its Lang is the language it is written in, its Col
	// the file it comes from.
	Crossed
)

// Unit is one labelled or numbered piece of a document in one language:
// a recital, a request, an article, an explanatory paragraph, a heading, a
// table row.
type Unit struct {
	Key   string // stable key, the same for both languages of a pair, e.g. "recital:A"
	Label string // the label as printed ("A.", "3.1.", "Art. 2"), empty if none
	Lang  Lang
	Text  Text   // the whole unit, continuations joined, label included
	Body  int    // byte offset in Text.S where the text after the label starts
	File  string // the input file the unit was read from
	Seq   int    // the unit's place in reading order of its language, from 0
}

// Pair is a French unit and its Dutch counterpart. A unit without
// counterpart is a pair with one side nil.
type Pair struct {
	Key    string
	FR, NL *Unit
	// Confidence is how sure the pairing is that FR and NL translate each
	// other, from 0 to 1. The zero value means it was not measured: pairs
	// made by key or given by the input (bitexts) count as sure.
	Confidence float64
	Shared     bool // the same language-neutral text stands for both sides (names, party rows)
	// Unaligned reports that the pair lies in a stretch the pairing could
	// not align with confidence: the stretch is reported once
	// (structure/unaligned) and the content checks do not compare it.
	// (The two flags stand together: a pair takes 48 bytes, not 56.)
	Unaligned bool
}

// Side returns the pair's unit in language l.
func (p *Pair) Side(l Lang) *Unit {
	if l == NL {
		return p.NL
	}
	return p.FR
}

// Document is a read and aligned bilingual document.
type Document struct {
	Path   string // the input path; with two files, the French one
	FRPath string // the file holding French text
	NLPath string // the file holding Dutch text
	Layout string // the layout reader that read it, e.g. "blocks", "flow"
	// Blocks are the blocks the layout reader found, in reading order.
	// ReadFile, ReadBytes and ReadPair leave them out (nil) unless
	// Options.KeepBlocks asks for them: the units and Aside hold all
	// that checking reads, and the blocks were a third of the memory of
	// a large document.
	Blocks []Block
	Units  []Unit // FR then NL units in reading order, each language numbered by Seq
	Pairs  []Pair
	Aside  []Aside // the runs of text set aside as the other language, in reading order
}

// Aside is a run of blocks set aside as text of the other language in a
// language's stream (Foreign blocks, with the page furniture between
// them): an annex or a table the extraction sent to the wrong column. It
// is not paired; structure/unaligned reports it once.
type Aside struct {
	Text Text // the text of the run's first block
	Lang Lang // the language the first block is written in
	Col  Lang // the language column the first block stands in
	Len  int  // the bytes of text of the run's Foreign blocks
}

// asides returns the runs of Foreign blocks of blocks; page furniture
// between two Foreign blocks does not end a run.
func asides(blocks []Block) []Aside {
	var out []Aside
	for k := 0; k < len(blocks); {
		if blocks[k].Kind != Foreign {
			k++
			continue
		}
		a := Aside{Text: blocks[k].Text, Lang: blocks[k].Lang, Col: blocks[k].Col}
		for ; k < len(blocks) && (blocks[k].Kind == Foreign || blocks[k].Kind == Noise); k++ {
			if blocks[k].Kind == Foreign {
				a.Len += len(blocks[k].Text.S)
			}
		}
		out = append(out, a)
	}
	return out
}
