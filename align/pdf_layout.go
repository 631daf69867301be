package align

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// PDFLayout turns the word boxes of a two-column bilingual PDF into
// blocks. On each page it finds the gutter (the emptiest vertical strip
// near the middle), sets running headers and page numbers aside as noise,
// and sets table rows aside as noise cells of table "table": a row whose
// words cross the gutter, that is mostly numbers or spread like cells, a
// table of contents row (dot leaders), and the rows between two such rows. The remaining words are cut into a left and a right
// column; each column's lines are grouped into paragraphs at vertical gaps
// and changes of type size, and the column's language is the one its words
// point to. A paragraph cut by the page end goes on in the same language on
// the next page when it starts in lower case. Superscript digits (footnote
// markers) are left out of the text; other superscripts ("56e") are kept
// with a Super mark.
func PDFLayout(pages []PDFPage) []Block {
	r := &pdfReader{open: map[Lang]int{FR: -1, NL: -1}}
	var all [][2][]pdfLine
	var rows [][]pdfRow
	gutters := pageGutters(pages)
	for i := range pages {
		cols, rs := splitPage(&pages[i], gutters[i])
		all = append(all, cols)
		rows = append(rows, rs)
	}
	var lines []ptLine
	for _, cols := range all {
		for _, col := range cols {
			for _, l := range col {
				lines = append(lines, ptLine{t: l.t})
			}
		}
	}
	r.pt = ptReader{known: knownHyphenations(lines)}
	leftFR := frenchLeft(all)
	for i := range pages {
		r.page(i+1, all[i], rows[i], leftFR[i])
	}
	return withRaw(r.blocks)
}

// pageGutters returns the x of the gutter of each page. A page without a
// clean strip (a table crosses it) takes the gutter most pages have.
func pageGutters(pages []PDFPage) []float64 {
	gutters := make([]float64, len(pages))
	covers := make([]int, len(pages))
	var clean []float64
	for i := range pages {
		gutters[i], covers[i] = gutter(&pages[i], pageRows(pages[i].Words))
		if covers[i] == 0 {
			clean = append(clean, gutters[i])
		}
	}
	if len(clean) > 0 {
		sort.Float64s(clean)
		for i := range gutters {
			if covers[i] > 0 {
				gutters[i] = clean[len(clean)/2]
			}
		}
	}
	return gutters
}

// frenchLeft reports for each page whether its left column is the French
// one: the column whose words score more French. A page whose columns say
// little (headings, a contents page, "Blz." beside "Pages") follows the
// side most pages of the document give French.
func frenchLeft(pages [][2][]pdfLine) []bool {
	const clear = 6
	diffs := make([]int, len(pages))
	votes := 0
	for i, cols := range pages {
		for _, l := range cols[0] {
			diffs[i] += Score(l.t.S)
		}
		for _, l := range cols[1] {
			diffs[i] -= Score(l.t.S)
		}
		switch {
		case diffs[i] >= clear:
			votes++
		case diffs[i] <= -clear:
			votes--
		}
	}
	left := make([]bool, len(pages))
	for i, d := range diffs {
		switch {
		case d >= clear || d <= -clear || votes == 0:
			left[i] = d >= 0
		default:
			left[i] = votes > 0
		}
	}
	return left
}

// pdfRow is a row of words at the same height across the whole page.
type pdfRow struct {
	words      []PDFWord
	yMin, yMax float64
	h          float64 // median word height
	kind       BlockKind
	straddles  bool
}

// pdfLine is a line of one column.
type pdfLine struct {
	t          Text
	yMin, yMax float64
	h          float64
	col        int  // 1 left, 2 right
	n          int  // line number within the page's column
	afterTable bool // a table row stands between this line and the one before
}

var (
	pdfFurnitureRE = lazyregexp.New(`^(\d{1,5}|(DOC|Doc)\s*\d{2}\s*\d{4}/\d{3}(\s+\d{1,3})?|\d{1,3}\s+(DOC|Doc)\s*\d{2}\s*\d{4}/\d{3}|(K A M E R|C H A M B R E|KAMER|CHAMBRE)\b.*)$`)
)

// splitPage cuts a page into its two columns' lines and its rows.
func splitPage(p *PDFPage, g float64) (cols [2][]pdfLine, rows []pdfRow) {
	rows = pageRows(p.Words)
	for i := range rows {
		rw := &rows[i]
		text := rowText(rw.words)
		if (rw.yMax < 0.075*p.Height || rw.yMin > 0.9*p.Height) && pdfFurnitureRE.MatchString(text) {
			rw.kind = Noise
		}
		if rw.yMax < 0.06*p.Height {
			rw.kind = Noise
		}
	}
	markTables(rows, g, rotatedPage(p.Words))
	n := [2]int{}
	var table [2]bool
	for _, rw := range rows {
		if rw.kind == Cell {
			table = [2]bool{true, true}
		}
		if rw.kind != Para {
			continue
		}
		var side [2][]PDFWord
		for _, w := range rw.words {
			c := 0
			if (w.XMin+w.XMax)/2 > g {
				c = 1
			}
			side[c] = append(side[c], w)
		}
		for c := range side {
			if len(side[c]) == 0 {
				continue
			}
			n[c]++
			l := makeLine(side[c], c+1, n[c])
			l.afterTable, table[c] = table[c], false
			cols[c] = append(cols[c], l)
		}
	}
	return cols, rows
}

// pageRows groups a page's words into rows by their vertical middles.
func pageRows(words []PDFWord) []pdfRow {
	idx := make([]int, len(words))
	for i := range idx {
		idx[i] = i
	}
	mid := func(w PDFWord) float64 { return (w.YMin + w.YMax) / 2 }
	sort.SliceStable(idx, func(a, b int) bool { return mid(words[idx[a]]) < mid(words[idx[b]]) })
	var rows []pdfRow
	for _, i := range idx {
		w := words[i]
		h := w.YMax - w.YMin
		if n := len(rows); n > 0 {
			last := &rows[n-1]
			if math.Abs(mid(w)-(last.yMin+last.yMax)/2) < 0.45*math.Max(h, last.h) {
				last.words = append(last.words, w)
				last.yMin = math.Min(last.yMin, w.YMin)
				last.yMax = math.Max(last.yMax, w.YMax)
				continue
			}
		}
		rows = append(rows, pdfRow{words: []PDFWord{w}, yMin: w.YMin, yMax: w.YMax, h: h})
	}
	for i := range rows {
		ws := rows[i].words
		sort.SliceStable(ws, func(a, b int) bool { return ws[a].XMin < ws[b].XMin })
		hs := make([]float64, len(ws))
		for k, w := range ws {
			hs[k] = w.YMax - w.YMin
		}
		sort.Float64s(hs)
		rows[i].h = hs[len(hs)/2]
	}
	return rows
}

func rowText(ws []PDFWord) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.S
	}
	return strings.Join(parts, " ")
}

// gutter returns the x of the emptiest vertical strip between 30% and 70%
// of the page width, preferring the one nearest the middle, and how many
// words cross it.
func gutter(p *PDFPage, rows []pdfRow) (float64, int) {
	lo, hi := int(0.3*p.Width), int(0.7*p.Width)
	if hi <= lo {
		return p.Width / 2, 0
	}
	// cover[x-lo] counts the words across x: each word adds one where it
	// starts and takes it back after it ends, summed left to right, so a
	// page costs its words plus its width, however wide the words.
	cover := make([]int, hi-lo+2)
	for _, rw := range rows {
		if rw.yMax < 0.075*p.Height || rw.yMin > 0.93*p.Height {
			continue // running headers and footers
		}
		for _, w := range rw.words {
			a, b := max(int(w.XMin), lo), min(int(w.XMax), hi)
			if a <= b {
				cover[a-lo]++
				cover[b-lo+1]--
			}
		}
	}
	for x := 1; x < len(cover); x++ {
		cover[x] += cover[x-1]
	}
	cover = cover[:hi-lo+1]
	// The lowest coverage wins; among strips as low and at least 8 points
	// wide, the one nearest the middle (a short line leaves wider blanks).
	best, bestX := math.MaxInt, p.Width/2
	mid := p.Width / 2
	for x := 0; x < len(cover); {
		y := x
		for y < len(cover) && cover[y] == cover[x] {
			y++
		}
		c := float64(lo+x+lo+y-1) / 2
		if y-x >= 8 && (cover[x] < best || cover[x] == best && math.Abs(c-mid) < math.Abs(bestX-mid)) {
			best, bestX = cover[x], c
		}
		x = y
	}
	return bestX, best
}

// makeLine joins the words of one column line, gluing words whose boxes
// touch (pdftotext splits a word where the type size changes, as in small
// capitals), dropping raised small digits (footnote markers) and marking
// other raised small text as superscript.
func makeLine(ws []PDFWord, col, n int) pdfLine {
	hs := make([]float64, len(ws))
	base := make([]float64, len(ws))
	for i, w := range ws {
		hs[i] = w.YMax - w.YMin
		base[i] = w.YMax
	}
	sort.Float64s(hs)
	sort.Float64s(base)
	h, baseline := hs[len(hs)/2], base[len(base)/2]
	l := pdfLine{col: col, n: n, h: h, yMin: ws[0].YMin, yMax: ws[0].YMax}
	var b strings.Builder
	var segs []Segment
	var marks []Mark
	runes := 0
	var prev *PDFWord
	for i := range ws {
		w := &ws[i]
		l.yMin = math.Min(l.yMin, w.YMin)
		l.yMax = math.Max(l.yMax, w.YMax)
		wh := w.YMax - w.YMin
		super := wh < 0.8*h && w.YMax < baseline-0.2*h
		if super && isDigits(w.S) {
			continue // a footnote marker
		}
		touching := prev != nil && w.XMin-prev.XMax < 0.6
		if b.Len() > 0 && !touching {
			b.WriteByte(' ')
			runes++
		}
		segs = append(segs, Segment{Off: b.Len(), Pos: Pos{Line: n, Col: runes + 1, Column: col}})
		start := b.Len()
		b.WriteString(symbolBullets.Replace(w.S))
		runes += utf8.RuneCountInString(w.S)
		if super {
			marks = append(marks, Mark{Start: start, End: b.Len(), Kind: Super})
		}
		prev = w
	}
	l.t = Text{S: b.String(), Segs: segs, Marks: marks}
	if l.t.S == "" {
		l.t.Segs = nil
	}
	return l
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// pdfReader accumulates the blocks of a PDF.
type pdfReader struct {
	blocks []Block
	pt     ptReader
	open   map[Lang]int // per language, the paragraph cut by the last page end
}

func (r *pdfReader) page(num int, cols [2][]pdfLine, rows []pdfRow, leftFR bool) {
	for _, rw := range rows {
		if rw.kind == Para {
			continue
		}
		b := Block{Kind: Noise, Page: num}
		if rw.kind == Cell {
			b.Table = "table"
		}
		for _, w := range rw.words {
			if b.Text.S != "" {
				b.Text.S += " "
			}
			b.Text.Append(w.S, Pos{Page: num})
		}
		r.blocks = append(r.blocks, b)
	}
	for i := range cols {
		for k := range cols[i] {
			cols[i][k].t.Segs = withPage(cols[i][k].t.Segs, num)
		}
	}
	langs := [2]Lang{Neutral, Neutral}
	if len(cols[0]) > 0 && len(cols[1]) > 0 {
		langs = [2]Lang{FR, NL}
		if !leftFR {
			langs = [2]Lang{NL, FR}
		}
	}
	for c := range cols {
		r.column(num, cols[c], langs[c])
	}
}

func withPage(segs []Segment, page int) []Segment {
	for i := range segs {
		segs[i].Page = page
	}
	return segs
}

// column groups one column's lines into paragraphs. lang is the column's
// language, or Neutral on a page with one column only.
func (r *pdfReader) column(page int, lines []pdfLine, lang Lang) {
	if len(lines) == 0 {
		return
	}
	pitch := medianPitch(lines)
	var cur *Block
	var last pdfLine
	first := true
	for _, l := range lines {
		if cur != nil && (paraBreak(last, l, pitch) || bulleted(l.t.S) || enumerated(l.t.S) && closed(last.t.S)) {
			r.finish(cur, lang)
			cur = nil
		}
		if cur == nil {
			if first && lang != Neutral {
				if o := r.open[lang]; o >= 0 && startsLower(l.t.S) {
					taken := r.blocks[o]
					r.blocks = append(r.blocks[:o], r.blocks[o+1:]...) // re-appended by finish
					r.fixOpen(o)
					cur = &taken
					r.joinPDF(cur, l)
					cur.Lines = append(cur.Lines, l.n)
					last, first = l, false
					continue
				}
			}
			cur = &Block{Kind: Para, Page: page, Col: lang, Text: l.t, Lines: []int{l.n}}
			last, first = l, false
			continue
		}
		r.joinPDF(cur, l)
		cur.Lines = append(cur.Lines, l.n)
		last = l
	}
	if cur != nil {
		r.finish(cur, lang)
		if lang != Neutral {
			r.open[lang] = -1
			end := strings.TrimRightFunc(cur.Text.S, unicode.IsSpace)
			if rr, _ := utf8.DecodeLastRuneInString(end); !strings.ContainsRune(".:;!?", rr) {
				r.open[lang] = len(r.blocks) - 1
			}
		}
	}
}

// fixOpen shifts the open-paragraph indexes after the block at o was taken
// out to be continued.
func (r *pdfReader) fixOpen(o int) {
	for l, i := range r.open {
		switch {
		case i == o:
			r.open[l] = -1
		case i > o:
			r.open[l] = i - 1
		}
	}
}

func (r *pdfReader) finish(b *Block, lang Lang) {
	nb := *b
	nb.Lang = Detect(nb.Text.S)
	if nb.Col == Neutral {
		nb.Col = nb.Lang
	}
	r.blocks = append(r.blocks, nb)
}

// joinPDF appends line l to b, undoing a word split by a hyphen at the end
// of the line before, and keeping without a space a hyphen after a figure.
func (r *pdfReader) joinPDF(b *Block, l pdfLine) {
	s := b.Text.S
	if strings.HasSuffix(s, "-") && len(s) > 1 {
		pr, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
		if unicode.IsLetter(pr) {
			keep, space := r.pt.keepHyphen(lastWord(s), firstWord(l.t.S), b.Col)
			switch {
			case space:
				b.Text.Join(l.t)
			case keep:
				b.Text.AppendText(l.t)
			default:
				b.Text = b.Text.Slice(0, len(s)-1)
				b.Text.AppendText(l.t)
			}
			return
		}
		if unicode.IsDigit(pr) && l.t.S != "" && !strings.HasPrefix(l.t.S, " ") {
			// "2026-" then "2027", "ESR2010-" then "reglementering": a
			// hyphen after a figure joins, it never splits a syllable.
			b.Text.AppendText(l.t)
			return
		}
	}
	b.Text.Join(l.t)
}

// medianPitch is the usual distance between the tops of two lines that
// follow each other in a column. Distances over twice the type size are
// gaps between paragraphs, headings and tables, not pitches: on a page
// with few lines they would otherwise make the median.
func medianPitch(lines []pdfLine) float64 {
	var ps []float64
	for i := 1; i < len(lines); i++ {
		if d := lines[i].yMin - lines[i-1].yMin; d > 0 && d <= 2*lines[i].h {
			ps = append(ps, d)
		}
	}
	if len(ps) == 0 {
		return 0
	}
	sort.Float64s(ps)
	return ps[len(ps)/2]
}

// paraBreak reports whether line l starts a new paragraph after prev: a
// wider gap than the column's usual line pitch, a change of type size, or
// something (a table) between them.
func paraBreak(prev, l pdfLine, pitch float64) bool {
	if l.afterTable {
		return true
	}
	d := l.yMin - prev.yMin
	if d <= 0 {
		return true
	}
	if pitch == 0 {
		pitch = 1.2 * prev.h
	}
	if d > 1.45*pitch {
		return true
	}
	return math.Abs(l.h-prev.h) > 0.2*math.Max(l.h, prev.h)
}

// symbolBullets maps the bullets that symbol fonts (Wingdings, Symbol)
// print as private-use code points to the Unicode bullets they show. Each
// replacement has the same length in UTF-8, so positions keep.
var symbolBullets = strings.NewReplacer("\uf0a7", "▪", "\uf0b7", "•", "\uf0a8", "□")

// bulleted reports whether a column line starts a list item: a bullet or
// a hyphen standing alone before a word. A list item is a paragraph of its
// own even when no wider gap sets it apart.
func bulleted(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '▪', '■', '□', '◦', '‣', '►', '➢':
		return true
	case '-':
		r2, _ := utf8.DecodeRuneInString(s[n:])
		if r2 != ' ' {
			return false
		}
		r3, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[n:], " "))
		return unicode.IsLetter(r3)
	}
	return false
}

// enumeratorRE is the number of a list item: "1°.", "2°", "a)", "3)".
var enumeratorRE = lazyregexp.New(`^(\d{1,2}°\.?|[a-z]\)|\d{1,2}\))\s+\p{L}`)

// enumerated reports whether a column line starts with the number of a
// list item. Such a line starts a paragraph only after a line that closed
// a clause ("… ontvangsten:"): inside a sentence "2°, 3° en 4°" may wrap
// to the start of a line.
func enumerated(s string) bool {
	return enumeratorRE.MatchString(s)
}
