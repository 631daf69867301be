package report

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

var (
	//go:embed html/report.tmpl
	htmlTemplate string
	//go:embed html/report.css
	htmlCSS string
	//go:embed html/report.js
	htmlJS string

	// htmlPage is the page's template, parsed when a report first needs
	// it rather than at every start.
	htmlPage = sync.OnceValue(func() *template.Template {
		return template.Must(template.New("report").Funcs(template.FuncMap{"n": nounCount, "pos": lineCol}).Parse(htmlTemplate))
	})

	// htmlCSP allows the page's own style sheet and script, by hash, and
	// nothing else: no network, no other script, whatever the texts hold.
	htmlCSP = sync.OnceValue(func() string {
		return fmt.Sprintf("default-src 'none'; style-src '%s'; script-src '%s'; img-src data:; base-uri 'none'; form-action 'none'",
			cspHash(htmlCSS), cspHash(htmlJS))
	})
)

func cspHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}

// HTML returns a reporter of one self-contained audit report: totals per
// document and per category; for a batch, a chart of the documents with
// findings, worst first, by severity and category (see overview); an
// index of the documents that sorts by findings and filters to those with
// findings; and each document
// as FR | NL side by side, pair by pair, with every finding highlighted at
// its place in both texts and listed with its message under the pair.
// Filters by severity and category run in an embedded script; the page
// loads nothing and its Content-Security-Policy forbids any script but its
// own. All document text goes through html/template's contextual
// escaping. The totals head the page, so the index rows and the document
// sections wait in two spools until End.
func HTML() Reporter { return &htmlReporter{} }

type htmlReporter struct {
	w              io.Writer
	view           htmlView
	all            counts
	byCat          map[string]*counts
	index, section spool
	overview       overview
}

// htmlView is what the head and tail of the page show.
type htmlView struct {
	Tool, Version string
	CSP           string
	CSS           template.CSS
	JS            template.JS
	Totals        counts
	ByCat         []catCounts
	Severities    []string
	Categories    []string
	Documents     int
	Chart         *chartView // the overview of a batch; nil for one document or none with findings
}

func (h *htmlReporter) Begin(w io.Writer, r *Result) error {
	h.w, h.byCat = w, map[string]*counts{}
	h.view = htmlView{
		Tool: r.Tool.Name, Version: r.Tool.Version, CSP: htmlCSP(),
		CSS: template.CSS(htmlCSS), JS: template.JS(htmlJS),
		Severities: []string{"error", "warning", "info"},
	}
	return nil
}

func (h *htmlReporter) Document(d DocResult) error {
	h.view.Documents++
	hd := htmlDocModel(fmt.Sprintf("d%d", h.view.Documents), d)
	hd.Seq = h.view.Documents
	h.overview.add(&hd)
	for _, f := range d.Findings {
		h.all.add(f.Severity)
		addCategory(h.byCat, &f)
	}
	if err := htmlPage().ExecuteTemplate(&h.index, "row", &hd); err != nil {
		return err
	}
	return htmlPage().ExecuteTemplate(&h.section, "doc", &hd)
}

func (h *htmlReporter) End() error {
	defer h.index.Close()
	defer h.section.Close()
	v := &h.view
	v.Totals = h.all
	v.ByCat = orderCategories(h.byCat)
	for _, c := range v.ByCat {
		v.Categories = append(v.Categories, c.Cat)
	}
	if v.Documents > 1 {
		v.Chart = h.overview.chart(v.Categories)
	}
	if err := htmlPage().ExecuteTemplate(h.w, "head", v); err != nil {
		return err
	}
	if _, err := h.index.WriteTo(h.w); err != nil {
		return err
	}
	if err := htmlPage().ExecuteTemplate(h.w, "middle", v); err != nil {
		return err
	}
	if _, err := h.section.WriteTo(h.w); err != nil {
		return err
	}
	return htmlPage().ExecuteTemplate(h.w, "tail", v)
}

type catCounts struct {
	Cat string
	counts
}

type htmlDoc struct {
	ID, Path       string
	Seq            int // input order, from 1
	FRPath, NLPath string
	Counts         counts
	ByCat          []catCounts
	Pairs          []htmlPair
	Orphans        *findingList // findings on units that no pair lists
}

type findingList struct {
	ListID   string
	Findings []htmlFinding
}

type htmlPair struct {
	ID, Key string
	Worst   string // severity of the worst finding
	Unsure  string // for an unsure or unaligned pair, its confidence; "" otherwise
	FR, NL  *htmlSide
	findingList
}

type htmlSide struct {
	Lang   string
	Line   int
	Page   int // of a PDF, else 0
	Pieces []piece
}

// piece is a run of unit text; IDs lists the findings whose evidence
// covers it, if any.
type piece struct {
	Text, IDs, Sev, Title string
}

type htmlFinding struct {
	ID, Sev, Cat, Rule, Message string
	FR, NL                      *check.Evidence
	Placed                      bool // its evidence was found in the unit text
}

// span is where one finding's evidence stands in one unit text.
type span struct {
	start, end int
	f          *htmlFinding
	sev        check.Severity
}

func htmlDocModel(id string, d DocResult) htmlDoc {
	hd := htmlDoc{
		ID: id, Path: d.Doc.Path,
		FRPath: file(d.Doc, align.FR), NLPath: file(d.Doc, align.NL),
		Counts: tally(d.Findings), ByCat: byCategory(d.Findings),
	}
	byUnit := map[string][]int{}
	for i, f := range d.Findings {
		byUnit[f.Unit] = append(byUnit[f.Unit], i)
	}
	done := map[string]bool{}
	for i, p := range d.Doc.Pairs {
		hp := htmlPair{ID: fmt.Sprintf("%s-p%d", id, i+1), Key: p.Key}
		if c := PairConfidence(p); p.Unaligned || p.FR != nil && p.NL != nil && c < 0.35 {
			hp.Unsure = fmt.Sprintf("unsure pairing (confidence %.2f)", c)
			if p.Unaligned {
				hp.Unsure = fmt.Sprintf("unaligned, not compared (confidence %.2f)", c)
			}
		}
		hp.ListID = hp.ID + "-f"
		var frSpans, nlSpans []span
		worst := check.Severity(0)
		if !done[p.Key] {
			done[p.Key] = true
			for _, fi := range byUnit[p.Key] {
				f := &d.Findings[fi]
				hp.Findings = append(hp.Findings, newHTMLFinding(fmt.Sprintf("%s-f%d", id, fi+1), f))
				worst = max(worst, f.Severity)
			}
		}
		for j := range hp.Findings {
			hf := &hp.Findings[j]
			f := &d.Findings[byUnit[p.Key][j]]
			placed := false
			if s, ok := locate(p.FR, f.FR); ok {
				frSpans = append(frSpans, span{s.start, s.end, hf, f.Severity})
				placed = true
			}
			if s, ok := locate(p.NL, f.NL); ok {
				nlSpans = append(nlSpans, span{s.start, s.end, hf, f.Severity})
				placed = true
			}
			hf.Placed = placed || (f.FR == nil && f.NL == nil)
		}
		if worst > 0 {
			hp.Worst = worst.String()
		}
		hp.FR = htmlSideModel(p.FR, frSpans)
		hp.NL = htmlSideModel(p.NL, nlSpans)
		hd.Pairs = append(hd.Pairs, hp)
	}
	for i, f := range d.Findings {
		if !done[f.Unit] {
			if hd.Orphans == nil {
				hd.Orphans = &findingList{ListID: id + "-other-f"}
			}
			hf := newHTMLFinding(fmt.Sprintf("%s-f%d", id, i+1), &d.Findings[i])
			hf.Placed = true
			hd.Orphans.Findings = append(hd.Orphans.Findings, hf)
		}
	}
	return hd
}

func newHTMLFinding(id string, f *check.Finding) htmlFinding {
	return htmlFinding{ID: id, Sev: f.Severity.String(), Cat: f.Category(), Rule: f.Rule, Message: f.Message, FR: f.FR, NL: f.NL}
}

// locate finds the evidence e in unit u: at the byte offset whose input
// position is e's, or failing that at the first occurrence of its text.
func locate(u *align.Unit, e *check.Evidence) (span, bool) {
	if u == nil || e == nil || e.Text == "" {
		return span{}, false
	}
	t := &u.Text
	for j, s := range t.Segs {
		if s.Line != e.Line || s.Col > e.Col || (e.Page != 0 && s.Page != e.Page) {
			continue
		}
		end := len(t.S)
		if j+1 < len(t.Segs) {
			end = t.Segs[j+1].Off
		}
		off := s.Off
		for n := s.Col; n < e.Col && off < end; n++ {
			_, size := utf8.DecodeRuneInString(t.S[off:])
			off += size
		}
		if off < end && strings.HasPrefix(t.S[off:], e.Text) {
			return span{start: off, end: off + len(e.Text)}, true
		}
	}
	if i := strings.Index(t.S, e.Text); i >= 0 {
		return span{start: i, end: i + len(e.Text)}, true
	}
	return span{}, false
}

// htmlSideModel cuts the text of u into pieces at every span boundary, so
// that overlapping findings mark the same piece together.
func htmlSideModel(u *align.Unit, spans []span) *htmlSide {
	if u == nil {
		return nil
	}
	hs := &htmlSide{Lang: u.Lang.String(), Line: u.Text.Pos(0).Line, Page: u.Text.Pos(0).Page}
	s := u.Text.S
	cuts := []int{0, len(s)}
	for _, sp := range spans {
		cuts = append(cuts, sp.start, sp.end)
	}
	sort.Ints(cuts)
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		p := piece{Text: s[a:b]}
		var ids, titles []string
		worst := check.Severity(0)
		for _, sp := range spans {
			if sp.start <= a && b <= sp.end {
				ids = append(ids, sp.f.ID)
				titles = append(titles, sp.f.Sev+": "+sp.f.Message)
				worst = max(worst, sp.sev)
			}
		}
		if len(ids) > 0 {
			p.IDs, p.Sev, p.Title = strings.Join(ids, " "), worst.String(), strings.Join(titles, "\n")
		}
		if n := len(hs.Pieces); n > 0 && hs.Pieces[n-1].IDs == "" && p.IDs == "" {
			hs.Pieces[n-1].Text += p.Text
			continue
		}
		hs.Pieces = append(hs.Pieces, p)
	}
	return hs
}

// byCategory counts findings per category, in the catalogue's order.
func byCategory(fs []check.Finding) []catCounts {
	m := map[string]*counts{}
	for i := range fs {
		addCategory(m, &fs[i])
	}
	return orderCategories(m)
}

// addCategory counts f in m, by category.
func addCategory(m map[string]*counts, f *check.Finding) {
	c := m[f.Category()]
	if c == nil {
		c = &counts{}
		m[f.Category()] = c
	}
	c.add(f.Severity)
}

// orderCategories returns the counts of m in the catalogue's order of
// categories, then any other category by name.
func orderCategories(m map[string]*counts) []catCounts {
	var out []catCounts
	seen := map[string]bool{}
	for _, cat := range check.Categories {
		if c := m[cat]; c != nil && !seen[cat] {
			seen[cat] = true
			out = append(out, catCounts{cat, *c})
		}
	}
	var rest []string
	for cat := range m {
		if !seen[cat] {
			rest = append(rest, cat)
		}
	}
	sort.Strings(rest)
	for _, cat := range rest {
		out = append(out, catCounts{cat, *m[cat]})
	}
	return out
}
