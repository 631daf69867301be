package report

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// The overview heads the HTML report of a batch: one row per document with
// findings, worst first, drawn as inline SVG. Each row is a bar of the
// document's findings by severity and a cell per category holding the
// number of its findings, coloured by the worst severity among them. A
// row links to the document's section. The SVG uses presentation
// attributes and the page's style sheet only, so the page's
// Content-Security-Policy allows it as it is.

// chartRows is the most documents the overview draws; the index lists
// the others.
const chartRows = 40

// Geometry of the chart, in SVG user units (CSS pixels).
const (
	chartLabelW = 300 // document names
	chartBarW   = 260 // the longest severity bar
	chartTotalW = 64  // the number after a bar
	chartCellW  = 34  // one category
	chartRowH   = 20
	chartHeadH  = 72 // slanted category names
	chartFootH  = 24 // the legend
)

// docSummary is what the overview keeps of a document: its counts only.
type docSummary struct {
	ID, Path string
	Seq      int // input order, from 0
	Counts   counts
	ByCat    map[string]counts
}

// overview collects the summaries of a batch, a document at a time.
type overview struct {
	docs []docSummary
}

func (o *overview) add(hd *htmlDoc) {
	s := docSummary{ID: hd.ID, Path: hd.Path, Seq: len(o.docs), Counts: hd.Counts, ByCat: map[string]counts{}}
	for _, c := range hd.ByCat {
		s.ByCat[c.Cat] = c.counts
	}
	o.docs = append(o.docs, s)
}

// chartView is the SVG of the overview, ready for the template.
type chartView struct {
	Width, Height int
	LabelX        int // where document names end
	BarX, CellX   int // where the bars and the category cells start
	BarH, CellW   int
	HeadY         int // the baseline of the headings
	Cats          []chartCat
	Rows          []chartRow
	Legend        []chartBar
	LegendY       int
	Drawn         int // documents drawn
	More          int // documents with findings not drawn
	Clean         int // documents without findings
}

type chartCat struct {
	Name string
	X, Y int // where the slanted name starts
}

type chartRow struct {
	ID, Label, Path string
	Y, TextY        int
	Bars            []chartBar
	TotalX          int
	Total           string
	Cells           []chartCell
}

type chartBar struct {
	X, W  int
	TX    int // where a legend entry's name starts
	Class string
	Title string
}

type chartCell struct {
	X, TX   int     // the cell, and the middle of its number
	Class   string  // sev-… of the worst finding; empty: none
	Opacity float64 // more findings, stronger colour
	N       int
	Title   string
	Strong  bool // the colour is dark enough for a white number
}

// worstFirst orders summaries by errors, then warnings, then info, most
// first, and by input order among equals.
func worstFirst(a, b *docSummary) bool {
	if a.Counts.Error != b.Counts.Error {
		return a.Counts.Error > b.Counts.Error
	}
	if a.Counts.Warning != b.Counts.Warning {
		return a.Counts.Warning > b.Counts.Warning
	}
	if a.Counts.Info != b.Counts.Info {
		return a.Counts.Info > b.Counts.Info
	}
	return a.Seq < b.Seq
}

// chart lays out the overview of the documents with findings, in the
// categories cats (the batch's, in the catalogue's order). It returns nil
// when no document has a finding.
func (o *overview) chart(cats []string) *chartView {
	var flagged []*docSummary
	clean := 0
	for i := range o.docs {
		if o.docs[i].Counts.Total() == 0 {
			clean++
			continue
		}
		flagged = append(flagged, &o.docs[i])
	}
	if len(flagged) == 0 {
		return nil
	}
	sort.SliceStable(flagged, func(i, j int) bool { return worstFirst(flagged[i], flagged[j]) })
	v := &chartView{Clean: clean}
	if len(flagged) > chartRows {
		v.More = len(flagged) - chartRows
		flagged = flagged[:chartRows]
	}
	v.Drawn = len(flagged)
	dir := o.commonDir()
	most := 0
	for _, d := range flagged {
		most = max(most, d.Counts.Total())
	}
	v.LabelX, v.BarX = chartLabelW-8, chartLabelW
	v.BarH, v.CellW = chartRowH-4, chartCellW-2
	v.HeadY = chartHeadH - 8
	v.CellX = chartLabelW + chartBarW + chartTotalW
	v.Width = v.CellX + chartCellW*len(cats) + 40 // room for the last slanted name
	for i, c := range cats {
		v.Cats = append(v.Cats, chartCat{Name: c, X: v.CellX + i*chartCellW + chartCellW/2, Y: chartHeadH - 6})
	}
	for i, d := range flagged {
		y := chartHeadH + i*chartRowH
		r := chartRow{ID: d.ID, Path: d.Path, Label: shortPath(d.Path[len(dir):], 46), Y: y + 2, TextY: y + chartRowH - 6}
		x := v.BarX
		for _, s := range []struct {
			n     int
			class string
			name  string
		}{{d.Counts.Error, "sev-error", "error"}, {d.Counts.Warning, "sev-warning", "warning"}, {d.Counts.Info, "sev-info", "info"}} {
			if s.n == 0 {
				continue
			}
			w := max(2, int(math.Round(float64(chartBarW-8)*float64(s.n)/float64(most))))
			r.Bars = append(r.Bars, chartBar{X: x, W: w, Class: s.class, Title: nounCount(s.n, s.name)})
			x += w
		}
		r.TotalX = x + 6
		r.Total = fmt.Sprint(d.Counts.Total())
		for j, cat := range cats {
			c := d.ByCat[cat]
			cell := chartCell{X: v.CellX + j*chartCellW + 1, TX: v.CellX + j*chartCellW + chartCellW/2, N: c.Total()}
			if cell.N > 0 {
				cell.Class = "sev-" + worstOf(c)
				// 1 finding: 0.35; 10 or more: 1.
				cell.Opacity = math.Round(min(1, 0.35+0.65*math.Log10(float64(cell.N)))*100) / 100
				cell.Strong = cell.Opacity >= 0.65
				cell.Title = fmt.Sprintf("%s · %s: %s, %s, %d info", d.Path, cat, nounCount(c.Error, "error"), nounCount(c.Warning, "warning"), c.Info)
			}
			r.Cells = append(r.Cells, cell)
		}
		v.Rows = append(v.Rows, r)
	}
	v.LegendY = chartHeadH + len(flagged)*chartRowH + 8
	for i, s := range []string{"error", "warning", "info"} {
		v.Legend = append(v.Legend, chartBar{X: v.BarX + i*90, W: 12, TX: v.BarX + i*90 + 16, Class: "sev-" + s, Title: s})
	}
	v.Height = v.LegendY + chartFootH
	return v
}

// worstOf returns the name of the worst severity counted in c.
func worstOf(c counts) string {
	switch {
	case c.Error > 0:
		return "error"
	case c.Warning > 0:
		return "warning"
	}
	return "info"
}

// commonDir returns the directory, with its final slash, that every
// document's path starts with; "" if none. The chart names documents
// without it: in a batch of one directory, by their file names.
func (o *overview) commonDir() string {
	if len(o.docs) == 0 {
		return ""
	}
	dir := o.docs[0].Path[:strings.LastIndex(o.docs[0].Path, "/")+1]
	for _, d := range o.docs[1:] {
		for !strings.HasPrefix(d.Path, dir) {
			dir = dir[:strings.LastIndex(dir[:len(dir)-1], "/")+1]
		}
	}
	return dir
}

// shortPath returns p cut to at most n characters, keeping its end (the
// file name) and marking the cut with an ellipsis.
func shortPath(p string, n int) string {
	if utf8.RuneCountInString(p) <= n {
		return p
	}
	r := []rune(p)
	return "…" + string(r[len(r)-(n-1):])
}
