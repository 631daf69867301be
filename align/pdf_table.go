package align

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// The table areas of a PDF page. A budget document prints many tables:
// full-width ones (the Dutch label, the figures, the French label on one
// row), tables of figures inside one language's column, and contents
// lists with dot leaders. Their rows must never be read as prose: a row of
// figures paired with the row beside it gives a number finding for every
// cell. markTables sets them aside row by row; the rows between two table
// rows (wrapped labels, sub-headings) go with them.

var (
	amountRE    = lazyregexp.New(`^[-–]?\d{1,3}([.,]\d{1,3})+$|^[-–]\d+$`)
	dotLeaderRE = lazyregexp.New(`\.{5,}\s*\d+`) // a table of contents row
	// cellNumRE is a figure as a table cell prints it ("94.494,7", "-0,3",
	// "2,96%", "(1)", "2025"): it ends in a digit, a percent sign or a
	// bracket, never in the punctuation of a sentence ("2026.", "2025,").
	cellNumRE = lazyregexp.New(`^[-+–]?\(?\d([\d.,  ]*\d)?%?\)?\*?$`)
)

// markTables marks the table rows of a page as Cell: every row of a page
// printed sideways, and otherwise each row that reads as a table row
// (tableRow), then the rows lying between two table rows.
func markTables(rows []pdfRow, g float64, rotated bool) {
	for i := range rows {
		rw := &rows[i]
		if rw.kind == Noise {
			continue
		}
		for _, w := range rw.words {
			if w.XMin < g-1 && w.XMax > g+1 || vertical(w) {
				rw.straddles = true
			}
		}
		if rotated || tableRow(rw, g) || contentsHeadRow(rw) {
			rw.kind = Cell
		}
	}
	keyedLists(rows, g)
	figureRuns(rows)
	fillTables(rows)
	extendTables(rows, g)
	glueRows(rows)
}

// tableRow reports whether a row reads as a table row: its words cross the
// gutter, it is a contents row with dot leaders, two words in five or more
// are figures (a heading "§ 1. Begroting 2026" has labels, not figures)
// and the row has no sentence punctuation,
// its words stand apart like cells, or it holds columns of figures.
func tableRow(rw *pdfRow, g float64) bool {
	if rw.straddles || dotLeaderRE.MatchString(rowText(rw.words)) {
		return true
	}
	nums := 0
	for _, w := range rw.words {
		if cellNumRE.MatchString(w.S) {
			nums++
		}
	}
	if nums >= 3 && nums*10 >= len(rw.words)*4 && !sentencePunct(rw.words) {
		return true
	}
	return spread(rw, g) || amountColumns(rw, g) || figureColumns(rw)
}

// figureColumns reports whether a row holds figures set in columns across
// the page: two or more figures, and either the row is nothing but figures
// with a wide gap between two of them ("2025      2026"), or it has two
// wide gaps, one of them beside a figure ("Bijdragen   1.871.110
// 1.952.005   Cotisations"), or three figures and two gaps beside figures
// of twice the type size. A wide gap is two and a half times the type
// size; justified prose stretches its spaces less, and the gutter alone is
// one gap.
func figureColumns(rw *pdfRow) bool {
	wide := 2.5 * rw.h
	nums, gaps, figGaps := 0, 0, 0
	apart := false
	for i, w := range rw.words {
		num := cellNumRE.MatchString(w.S)
		if num {
			nums++
		}
		if i == 0 {
			continue
		}
		prev := rw.words[i-1]
		gap := w.XMin - prev.XMax
		beside := num || cellNumRE.MatchString(prev.S)
		if gap > wide {
			gaps++
			apart = apart || beside
		}
		if gap > 2*rw.h && beside {
			figGaps++
		}
	}
	if nums < 2 {
		return false
	}
	return nums == len(rw.words) && gaps >= 1 || gaps >= 2 && apart || nums >= 3 && figGaps >= 2
}

// figureOnly reports whether a row holds figures and nothing else, as the
// value labels of a chart do.
func figureOnly(rw *pdfRow) bool {
	for _, w := range rw.words {
		if !cellNumRE.MatchString(w.S) {
			return false
		}
	}
	return len(rw.words) > 0
}

// sentencePunct reports whether a row's words carry the punctuation of a
// sentence: a word ending in a comma or semicolon, or a last word ending in
// a full stop ("2,15 %, 2,40 % et 2,00 %." is prose).
func sentencePunct(ws []PDFWord) bool {
	for i, w := range ws {
		if strings.HasSuffix(w.S, ",") || strings.HasSuffix(w.S, ";") || i == len(ws)-1 && strings.HasSuffix(w.S, ".") {
			return true
		}
	}
	return false
}

// contentsHeadRow reports whether a row holds only the headings of a table
// of contents: "INHOUDSOPGAVE" beside "SOMMAIRE", "Blz." beside "Pages".
func contentsHeadRow(rw *pdfRow) bool {
	for _, w := range rw.words {
		if tocHeadings[w.S] == Neutral && !pageWordLineRE.MatchString(w.S) {
			return false
		}
	}
	return true
}

// keyedLists marks as table rows the runs of three or more rows, in one
// column half, that pair a key with a value set at a tab stop: the list
// of party abbreviations ("N-VA:  Nieuw-Vlaamse Alliantie") and of
// publication abbreviations ("QRVA      Schriftelijke Vragen"). A key ends
// with a colon or stands apart by a wide gap; the values of the run start
// at the same x.
func keyedLists(rows []pdfRow, g float64) {
	for half := 0; half < 2; half++ {
		run, tab := 0, -1.0
		for i := range rows {
			x, ok, first := keyedRow(&rows[i], g, half)
			switch {
			case ok && run > 0 && math.Abs(x-tab) < 1.5:
				run++
			case ok:
				run, tab = 1, x
			case run > 0 && (first < 0 || math.Abs(first-tab) < 1.5):
				continue // a value's second line, or nothing in this half
			default:
				run = 0
				continue
			}
			if run == 3 {
				for k, n := i, 0; k >= 0 && n < 3; k-- {
					if _, ok, _ := keyedRow(&rows[k], g, half); ok {
						rows[k].kind = Cell
						n++
					}
				}
			} else if run > 3 {
				rows[i].kind = Cell
			}
		}
	}
}

// keyedRow returns where the value of a key–value row starts in one half
// of the page (0 left, 1 right) and whether the half reads as one; first
// is where the half's first word starts, -1 when the half is empty.
func keyedRow(rw *pdfRow, g float64, half int) (x float64, ok bool, first float64) {
	if rw.kind == Noise {
		return 0, false, -1
	}
	var ws []PDFWord
	for _, w := range rw.words {
		if (w.XMin+w.XMax)/2 > g == (half == 1) {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return 0, false, -1
	}
	for k := 0; k+1 < len(ws) && k < 3; k++ {
		key := ws[k].S
		if ws[k+1].S == ":" && k+2 < len(ws) {
			return ws[k+2].XMin, true, ws[0].XMin
		}
		if strings.HasSuffix(key, ":") && len(key) > 1 || ws[k+1].XMin-ws[k].XMax > 2.5*rw.h {
			return ws[k+1].XMin, true, ws[0].XMin
		}
	}
	return 0, false, ws[0].XMin
}

// figureRuns marks as table rows two neighbouring rows of figures only (a
// chart's value labels), and the rows that each hold a figure set apart
// from the words before it, when two such
// rows close to each other end their figures at the same x: a table with
// one column of figures ("Impact groeivertraging      -1,4 Impact
// ralentissement de croissance").
func figureRuns(rows []pdfRow) {
	for i := 1; i < len(rows); i++ {
		a, b := &rows[i-1], &rows[i]
		if a.kind != Noise && b.kind != Noise && figureOnly(a) && figureOnly(b) && b.yMin-a.yMax < 3*b.h {
			a.kind, b.kind = Cell, Cell
		}
	}
	last, lastX := -1, 0.0
	for i := range rows {
		x, ok := apartFigure(&rows[i])
		if !ok {
			continue
		}
		if last >= 0 && i-last <= 3 && math.Abs(x-lastX) < 2 && rows[i].yMin-rows[last].yMax < 4*rows[i].h {
			rows[last].kind, rows[i].kind = Cell, Cell
		}
		last, lastX = i, x
	}
}

// apartFigure returns the right edge of a figure in a row that stands more
// than two and a half times the type size from the word before it. The
// gap may be the gutter: a right column's line may start with a figure
// after a short left line, but two such rows in a row are not right-aligned
// unless they are a table's.
func apartFigure(rw *pdfRow) (float64, bool) {
	if rw.kind == Noise {
		return 0, false
	}
	for i := 1; i < len(rw.words); i++ {
		a, w := rw.words[i-1], rw.words[i]
		if cellNumRE.MatchString(w.S) && w.XMin-a.XMax > 2.5*rw.h {
			return w.XMax, true
		}
	}
	return 0, false
}

// glueRows marks as table rows the rows glued to a table row above them:
// the second line of a cell set between two rows.
func glueRows(rows []pdfRow) {
	for i := 1; i < len(rows); i++ {
		if rows[i].kind == Para && rows[i-1].kind == Cell && rows[i].yMin-rows[i-1].yMax < 0.3*rows[i].h {
			rows[i].kind = Cell
		}
	}
}

// fillTables marks as table rows the glued rows (glueRows) and the rows
// that lie between two table rows:
// the header, label and sub-heading rows of a table. The rows between must
// follow each other closely, or be few (at most four) with no gap wider
// than six lines' height — a table's first label row often stands apart
// from its column headings.
func fillTables(rows []pdfRow) {
	glueRows(rows)
	for i := 0; i < len(rows); i++ {
		if rows[i].kind != Cell {
			continue
		}
		j := i + 1
		maxGap := 0.0
		for j < len(rows) && rows[j].kind == Para {
			if gap := (rows[j].yMin - rows[j-1].yMax) / rows[j].h; gap > maxGap {
				maxGap = gap
			}
			j++
		}
		if j == len(rows) || j == i+1 || rows[j].kind != Cell {
			continue
		}
		if gap := (rows[j].yMin - rows[j-1].yMax) / rows[j].h; gap > maxGap {
			maxGap = gap
		}
		if maxGap < 2.5 || j-i-1 <= 4 && maxGap < 6 {
			for k := i + 1; k < j; k++ {
				rows[k].kind = Cell
			}
		}
	}
}

// extendTables grows each table area by the rows that go with it: upward,
// the column headings packed tightly above its first row (less than a
// line's height apart, as multi-line headings are, in type no larger than
// the table's, and not shaped like a line of prose); downward, a row whose
// figures end where the figures of the table row above it end (a row
// whose cells stand too close to pass as a table row on its own).
func extendTables(rows []pdfRow, g float64) {
	for i := len(rows) - 2; i >= 0; i-- {
		rw, below := &rows[i], &rows[i+1]
		if rw.kind == Para && below.kind == Cell && below.yMin-rw.yMax < 1.2*rw.h && rw.h <= 1.08*below.h && headingLike(rw, g) {
			rw.kind = Cell
		}
	}
	ends := map[int]bool{} // where the figures of the table above end
	for i := 1; i < len(rows); i++ {
		if rows[i-1].kind == Cell {
			for _, w := range rows[i-1].words {
				if cellNumRE.MatchString(w.S) {
					ends[int(math.Round(w.XMax))] = true
				}
			}
		} else {
			clear(ends)
		}
		if rows[i].kind != Para || rows[i-1].kind != Cell || rows[i].yMin-rows[i-1].yMax > 2*rows[i].h {
			continue
		}
		n := 0
		for _, w := range rows[i].words {
			x := int(math.Round(w.XMax))
			if cellNumRE.MatchString(w.S) && (ends[x] || ends[x-1] || ends[x+1]) {
				n++
			}
		}
		if n >= 2 {
			rows[i].kind = Cell
		}
	}
}

// headingLike reports whether a row is shaped like a line of column
// headings rather than a line of prose: few words, or words standing apart
// in one column half (the gutter is no such gap).
func headingLike(rw *pdfRow, g float64) bool {
	if len(rw.words) <= 4 {
		return true
	}
	for i := 1; i < len(rw.words); i++ {
		a, b := rw.words[i-1], rw.words[i]
		if b.XMin-a.XMax > 2.5*rw.h && (a.XMax < g) == (b.XMin < g) {
			return true
		}
	}
	return false
}

// spread reports whether a row's words stand apart like table cells: a
// column half with three or more gaps wider than three times the type
// size. Justified prose leaves narrower gaps.
func spread(rw *pdfRow, g float64) bool {
	var wide [2]int
	for i := 1; i < len(rw.words); i++ {
		a, b := rw.words[i-1], rw.words[i]
		if (a.XMax < g) != (b.XMin < g) {
			continue // the gutter
		}
		if b.XMin-a.XMax > 3*rw.h {
			c := 0
			if b.XMin >= g {
				c = 1
			}
			wide[c]++
		}
	}
	return wide[0] >= 3 || wide[1] >= 3
}

// amountColumns reports whether a column half of a row holds two or more
// amounts ("-30.926", "4,4") standing apart from the words before them, as
// in a table of figures printed inside one language's column.
func amountColumns(rw *pdfRow, g float64) bool {
	var n [2]int
	for i, w := range rw.words {
		if !amountRE.MatchString(w.S) || i == 0 {
			continue
		}
		if prev := rw.words[i-1]; w.XMin-prev.XMax > 2*rw.h && (prev.XMax < g) == (w.XMin < g) {
			c := 0
			if w.XMin >= g {
				c = 1
			}
			n[c]++
		}
	}
	return n[0] >= 2 || n[1] >= 2
}

// vertical reports whether a word is set upright (rotated text): its box
// is much taller than wide.
func vertical(w PDFWord) bool {
	return utf8.RuneCountInString(w.S) >= 3 && w.YMax-w.YMin > 1.5*(w.XMax-w.XMin)
}

// rotatedPage reports whether a page is printed sideways (a wide table
// turned on a portrait page): most of its words are vertical.
func rotatedPage(ws []PDFWord) bool {
	n := 0
	for _, w := range ws {
		if vertical(w) {
			n++
		}
	}
	return n*10 > len(ws)*3
}
