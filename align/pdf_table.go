package align

import (
	"regexp"
	"unicode/utf8"
)

// The table areas of a PDF page. A budget document prints many tables:
// full-width ones (the Dutch label, the figures, the French label on one
// row), tables of figures inside one language's column, and contents
// lists with dot leaders. Their rows must never be read as prose: a row of
// figures paired with the row beside it gives a number finding for every
// cell. markTables sets them aside row by row; the rows between two table
// rows (wrapped labels, sub-headings) go with them.

var (
	amountRE    = regexp.MustCompile(`^[-–]?\d{1,3}([.,]\d{1,3})+$|^[-–]\d+$`)
	dotLeaderRE = regexp.MustCompile(`\.{5,}\s*\d+`) // a table of contents row
	numericRE   = regexp.MustCompile(`^[-+–]?\(?\d[\d.,  ]*%?\)?\*?$`)
	// cellNumRE is a figure as a table cell prints it ("94.494,7", "-0,3",
	// "2,96%", "(1)", "2025"): it ends in a digit, a percent sign or a
	// bracket, never in the punctuation of a sentence ("2026.", "2025,").
	cellNumRE = regexp.MustCompile(`^[-+–]?\(?\d([\d.,  ]*\d)?%?\)?\*?$`)
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
		if rotated || tableRow(rw, g) {
			rw.kind = Cell
		}
	}
	fillTables(rows)
}

// tableRow reports whether a row reads as a table row: its words cross the
// gutter, it is a contents row with dot leaders, its words stand apart
// like cells, or it holds columns of figures.
func tableRow(rw *pdfRow, g float64) bool {
	if rw.straddles || dotLeaderRE.MatchString(rowText(rw.words)) {
		return true
	}
	nums := 0
	for _, w := range rw.words {
		if numericRE.MatchString(w.S) {
			nums++
		}
	}
	if nums >= 3 && nums*10 >= len(rw.words)*4 {
		return true
	}
	return spread(rw, g) || amountColumns(rw, g) || figureColumns(rw)
}

// figureColumns reports whether a row holds figures set in columns across
// the page: two or more figures, and either the row is nothing but figures
// with a wide gap between two of them ("2025      2026"), or it has two
// wide gaps, one of them beside a figure ("Bijdragen   1.871.110
// 1.952.005   Cotisations"). A wide gap is two and a half times the type
// size; justified prose stretches its spaces less, and the gutter alone is
// one gap.
func figureColumns(rw *pdfRow) bool {
	wide := 2.5 * rw.h
	nums, gaps := 0, 0
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
		if w.XMin-prev.XMax > wide {
			gaps++
			if num || cellNumRE.MatchString(prev.S) {
				apart = true
			}
		}
	}
	if nums < 2 {
		return false
	}
	return nums == len(rw.words) && gaps >= 1 || gaps >= 2 && apart
}

// fillTables marks as table rows the rows that lie between two table rows:
// the header, label and sub-heading rows of a table. The rows between must
// follow each other closely, or be few (at most four) with no gap wider
// than six lines' height — a table's first label row often stands apart
// from its column headings.
func fillTables(rows []pdfRow) {
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
