// Package checks holds concord's rule set. A check is a value in the
// explicit list All; a check reports findings on the pairs of one document
// and never prints.
package checks

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
)

// Severity says how sure a finding is that the two languages differ.
type Severity uint8

const (
	Info Severity = iota + 1
	Warning
	Error
)

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "none"
}

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "info":
		return Info, nil
	case "warning":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// Categories lists the finding categories of CONTRACT.md in display order.
var Categories = []string{
	"structure", "numbers", "dates", "refs", "names", "terms",
	"clauses", "length", "untranslated", "artefact",
}

// Check is one rule. Its ID is "category/name". Doc's first line is a
// lowercase title of at most 60 characters without a final period; the rest
// explains the rule and gives an FR/NL example. Sees says which pairs of the
// document the check reads, and Requires the analyses whose results its Run
// reads (Pass.ResultOf); the validity of the whole list is tested
// (TestCatalogue).
type Check struct {
	ID       string
	Severity Severity // default severity of its findings
	Doc      string
	Sees     View
	Requires []*Analysis
	Run      func(*Pass)
}

// View names the pairs of a document that a check or an analysis reads.
type View uint8

const (
	// ByContent is the pairs by content: where labels have shifted after a
	// unit missing in one language, each unit is paired with its
	// counterpart, so that the shift is reported once (by
	// structure/shifted) and not as a difference in every later pair. The
	// stretches the pairing could not align are left out: they are
	// reported once, by structure/unaligned. The default.
	ByContent View = iota
	// ByLabel is the pairs as labelled, the unaligned stretches left out.
	ByLabel
	// AsPaired is the pairs as the pairing made them.
	AsPaired
)

// Analysis is a computation over one document that several checks read:
// the facts of each unit, the label shifts, the word counts, the names and
// terms of each pair. It runs at most once per Run, when a check or another
// analysis that requires it first asks for its result, so nothing runs that
// no enabled check needs.
type Analysis struct {
	Name     string
	Doc      string
	Sees     View
	Requires []*Analysis
	Run      func(*Pass) any
}

// Category returns the part of the ID before the slash.
func (c *Check) Category() string {
	cat, _, _ := strings.Cut(c.ID, "/")
	return cat
}

// Title returns the first line of Doc.
func (c *Check) Title() string {
	t, _, _ := strings.Cut(c.Doc, "\n")
	return t
}

// Evidence is where a finding's proof stands on one side.
type Evidence struct {
	align.Pos
	Text string // the token or excerpt that differs
}

// Finding is one reported difference. FR or NL is nil when that side has
// no evidence (a unit missing in that language).
type Finding struct {
	Rule     string // the check ID
	Severity Severity
	Unit     string // the unit key
	Message  string
	FR, NL   *Evidence
}

// Category returns the part of the rule ID before the slash.
func (f *Finding) Category() string {
	cat, _, _ := strings.Cut(f.Rule, "/")
	return cat
}

// Pass is what a check or an analysis sees of one document: its pairs (in
// the view it declared), the results of the analyses it requires, and a
// way to report. A Pass is used by one check at a time.
type Pass struct {
	Check *Check // nil while an analysis runs
	Doc   *align.Document
	Env   *Env
	found *[]Finding
	run   *run
	needs []*Analysis // what the running check or analysis requires
	who   string      // its name, for the message of an undeclared read
}

// ResultOf returns the result of analysis a on the pass's document,
// computed on first use and shared by every check of the Run. Reading an
// analysis the running check or analysis does not require is a
// programming error: it panics.
func (p *Pass) ResultOf(a *Analysis) any {
	if p.run == nil {
		// A pass built outside Run (a test of one check's function) gets
		// a run of its own.
		p.run = newRun(p.Doc, p.Env)
	}
	if p.needs != nil || p.who != "" {
		if !slices.Contains(p.needs, a) {
			panic(fmt.Sprintf("checks: %s reads analysis %s, which it does not require", p.who, a.Name))
		}
	}
	return p.run.result(a)
}

// Report records a finding. Rule and Severity default to the check's.
func (p *Pass) Report(f Finding) {
	if f.Rule == "" {
		f.Rule = p.Check.ID
	}
	if f.Severity == 0 {
		f.Severity = p.Check.Severity
	}
	*p.found = append(*p.found, f)
}

// At returns the evidence for text u.Text.S[start:end], located in the input.
func At(u *align.Unit, start, end int) *Evidence {
	if u == nil {
		return nil
	}
	return &Evidence{Pos: u.Text.Pos(start), Text: u.Text.S[start:end]}
}

// Env holds what checks share across documents: the termbase and the word
// lists. The zero value uses the built-in data only. It is safe for
// concurrent use once built.
type Env struct {
	// Terms are extra FR↔NL term pairs from the user's termbase files.
	Terms []Term

	tb      *termbase // Terms compiled with the built-in entries by LoadTerms
	tbTerms int       // len(Terms) when tb was compiled
}

// Term is one termbase entry: a French and a Dutch form of the same name.
type Term struct {
	FR, NL string
	Note   string
}

// Run runs the checks on doc and returns the findings sorted by unit order
// of the document, then rule, then position, with duplicates removed.
func Run(doc *align.Document, list []*Check, env *Env) []Finding {
	if env == nil {
		env = &Env{}
	}
	var found []Finding
	r := newRun(doc, env)
	for _, c := range list {
		p := &Pass{Check: c, Doc: r.view(c.Sees), Env: env, found: &found, run: r, needs: c.Requires, who: c.ID}
		c.Run(p)
	}
	return Sort(doc, found)
}

// run holds what the checks of one Run share: the document's views and the
// results of the analyses computed so far. It lives as long as the Run, so
// a batch holds one document's worth at a time.
type run struct {
	doc, aligned, content *align.Document
	env                   *Env
	results               map[*Analysis]any
}

func newRun(doc *align.Document, env *Env) *run {
	if env == nil {
		env = &Env{}
	}
	return &run{doc: doc, env: env, results: map[*Analysis]any{}}
}

// view returns the pairs of the run's document in view v. The content view
// is made from the label shifts, on first use.
func (r *run) view(v View) *align.Document {
	if r.doc == nil {
		return nil
	}
	if r.aligned == nil {
		r.aligned = alignedView(r.doc)
	}
	switch v {
	case AsPaired:
		return r.doc
	case ByLabel:
		return r.aligned
	}
	if r.content == nil {
		r.content = contentView(r.aligned, r.result(LabelShifts).([]shift))
	}
	return r.content
}

// result returns the result of a, running it on first use.
func (r *run) result(a *Analysis) any {
	if v, ok := r.results[a]; ok {
		return v
	}
	p := &Pass{Doc: r.view(a.Sees), Env: r.env, run: r, needs: a.Requires, who: "analysis " + a.Name}
	v := a.Run(p)
	r.results[a] = v
	return v
}

// contentView returns doc with its pairs by label replaced, where labels
// have shifted, by the pairs by content; a unit left without counterpart
// stands alone. Without shifts it returns doc itself.
func contentView(doc *align.Document, shs []shift) *align.Document {
	if len(shs) == 0 {
		return doc
	}
	moved := map[*align.Unit]bool{}
	byUnit := map[*align.Unit]ContentPair{}
	for _, s := range shs {
		for _, cp := range s.pairs {
			moved[cp.FR], moved[cp.NL] = true, true
			byUnit[cp.FR], byUnit[cp.NL] = cp, cp
		}
		if s.lost != nil {
			moved[s.lost] = true
		}
	}
	v := *doc
	v.Pairs = make([]align.Pair, 0, len(doc.Pairs))
	done := map[*align.Unit]bool{}
	for _, pr := range doc.Pairs {
		if pr.Shared || (!moved[pr.FR] && !moved[pr.NL]) {
			v.Pairs = append(v.Pairs, pr)
			continue
		}
		for _, u := range []*align.Unit{pr.FR, pr.NL} {
			if u == nil || done[u] {
				continue
			}
			if cp, ok := byUnit[u]; ok {
				v.Pairs = append(v.Pairs, align.Pair{Key: cp.Key, FR: cp.FR, NL: cp.NL})
				done[cp.FR], done[cp.NL] = true, true
				continue
			}
			one := align.Pair{Key: pr.Key}
			if u == pr.FR {
				one.FR = u
			} else {
				one.NL = u
			}
			v.Pairs = append(v.Pairs, one)
			done[u] = true
		}
	}
	return &v
}

// Sort orders findings by the position of their unit in the document, then
// by rule and evidence position, and removes exact duplicates.
func Sort(doc *align.Document, fs []Finding) []Finding {
	order := map[string]int{}
	for i, p := range doc.Pairs {
		if _, ok := order[p.Key]; !ok {
			order[p.Key] = i
		}
	}
	rank := func(key string) int {
		if r, ok := order[key]; ok {
			return r
		}
		return len(order)
	}
	line := func(e *Evidence) (int, int) {
		if e == nil {
			return 0, 0
		}
		return e.Line, e.Col
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if ra, rb := rank(a.Unit), rank(b.Unit); ra != rb {
			return ra < rb
		}
		if a.Unit != b.Unit {
			return a.Unit < b.Unit
		}
		al, ac := line(a.FR)
		bl, bc := line(b.FR)
		if al != bl {
			return al < bl
		}
		if ac != bc {
			return ac < bc
		}
		al, ac = line(a.NL)
		bl, bc = line(b.NL)
		if al != bl {
			return al < bl
		}
		if ac != bc {
			return ac < bc
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
	out := fs[:0]
	for i, f := range fs {
		if i > 0 && same(&fs[i-1], &f) {
			continue
		}
		out = append(out, f)
	}
	return out
}

func same(a, b *Finding) bool {
	return a.Rule == b.Rule && a.Unit == b.Unit && a.Message == b.Message &&
		sameEv(a.FR, b.FR) && sameEv(a.NL, b.NL)
}

func sameEv(a, b *Evidence) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// Lookup returns the check with the given ID, or nil.
func Lookup(id string) *Check {
	for _, c := range All {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// Select returns the checks of All kept by enable and disable lists. Each
// entry is a check ID or a category. An empty enable list keeps all.
func Select(enable, disable []string) ([]*Check, error) {
	known := func(s string) bool {
		if Lookup(s) != nil {
			return true
		}
		for _, c := range Categories {
			if c == s {
				return true
			}
		}
		return false
	}
	for _, s := range append(append([]string(nil), enable...), disable...) {
		if !known(s) {
			return nil, fmt.Errorf("unknown check or category %q (see concord rules)", s)
		}
	}
	match := func(c *Check, list []string) bool {
		for _, s := range list {
			if s == c.ID || s == c.Category() {
				return true
			}
		}
		return false
	}
	var out []*Check
	for _, c := range All {
		if len(enable) > 0 && !match(c, enable) {
			continue
		}
		if match(c, disable) {
			continue
		}
		out = append(out, c)
	}
	return out, nil
}

// labelEnd returns the end of a unit's label, or of its first 40 bytes
// when it has none, for use as evidence text.
func labelEnd(u *align.Unit) int {
	if u.Body > 0 {
		return u.Body
	}
	n := 40
	for n < len(u.Text.S) && !utf8.RuneStart(u.Text.S[n]) {
		n++
	}
	return min(n, len(u.Text.S))
}
