// Package check is the framework concord's rules are written in, in the
// shape of golang.org/x/tools/go/analysis. A Check reports findings on the
// pairs of one document through a Pass; an Analysis computes, once per
// document, what several checks read (Pass.ResultOf), a view of the pairs
// included; Run drives them and sorts the findings. The rules themselves,
// and the list of them, are package checks.
package check

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"

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
// explains the rule and gives an FR/NL example. Sees is the analysis whose
// result, a view of the document, is the document the check reads (nil: the
// pairs as the pairing made them), and Requires the analyses whose results
// its Run reads (Pass.ResultOf).
type Check struct {
	ID       string
	Severity Severity // default severity of its findings
	Doc      string
	Sees     *Analysis
	Requires []*Analysis
	Run      func(*Pass)
}

// Analysis is a computation over one document that several checks read:
// the facts of each unit, the label shifts, the word counts, a view of the
// pairs. It runs at most once per Run, when a check or another analysis
// that requires it first asks for its result, so nothing runs that no
// enabled check needs. Sees is as for a Check. The checks of a Run run side
// by side and share its result: what a result computes on first use (a
// cache, a table built lazily) it must guard, as lexicon does in package
// checks.
type Analysis struct {
	Name     string
	Doc      string
	Sees     *Analysis
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
	if !slices.Contains(p.needs, a) {
		panic(fmt.Sprintf("check: %s reads analysis %s, which it does not require", p.who, a.Name))
	}
	return p.run.result(a)
}

// Report records a finding. Rule and Severity default to the check's; a
// finding is of its check's rule and at most of its check's severity
// (weaker evidence lowers it), so that the catalogue says what a check can
// report. An analysis computes and does not report. Breaking any of these
// is a programming error: Report panics.
func (p *Pass) Report(f Finding) {
	switch {
	case p.Check == nil:
		panic(fmt.Sprintf("check: %s reports a finding; only checks report", p.who))
	case f.Rule != "" && f.Rule != p.Check.ID:
		panic(fmt.Sprintf("check: %s reports a finding of %s", p.Check.ID, f.Rule))
	case f.Severity > p.Check.Severity:
		panic(fmt.Sprintf("check: %s reports a finding at %s, above its declared %s", p.Check.ID, f.Severity, p.Check.Severity))
	}
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

// Env holds what the checks share across documents. The zero value uses
// the built-in data only. It is safe for concurrent use once built.
type Env struct {
	// Terms are extra FR↔NL term pairs from the user's termbase files.
	Terms []Term
}

// Term is one termbase entry: a French and a Dutch form of the same name.
type Term struct {
	FR, NL string
	Note   string
}

// Run runs the checks on doc and returns their findings in the order of
// Sort. The checks run side by side, on as many goroutines as the program
// may run at once (runtime.GOMAXPROCS); each analysis runs once, for the
// first check that reads it, and the others wait for its result. The
// findings are gathered check by check in the order of list, so that the
// report is the same however the checks were scheduled. A check or an
// analysis that panics (a fault of concord) makes Run panic with a
// *PanicError once the checks under way have ended.
func Run(doc *align.Document, list []*Check, env *Env) []Finding {
	if env == nil {
		env = &Env{}
	}
	r := &run{doc: doc, env: env, results: map[*Analysis]*result{}}
	found := make([][]Finding, len(list))
	// Half the workers take the checks from the front of the list, half
	// from the back, so that the costly checks at either end (the
	// analyses of numbers and names first, the clause search last) start
	// at once rather than one after the other.
	var (
		mu     sync.Mutex
		lo, hi = 0, len(list)
		failed *PanicError
	)
	take := func(back bool) (int, bool) {
		mu.Lock()
		defer mu.Unlock()
		switch {
		case lo == hi || failed != nil:
			return 0, false
		case back:
			hi--
			return hi, true
		}
		lo++
		return lo - 1, true
	}
	work := func(back bool) {
		defer func() {
			if v := recover(); v != nil {
				mu.Lock()
				if failed == nil {
					failed = asPanicError(v)
				}
				mu.Unlock()
			}
		}()
		for {
			i, ok := take(back)
			if !ok {
				return
			}
			c := list[i]
			c.Run(&Pass{Check: c, Doc: r.view(c.Sees), Env: env, found: &found[i], run: r, needs: c.Requires, who: c.ID})
		}
	}
	var wg sync.WaitGroup
	for w := 1; w < min(runtime.GOMAXPROCS(0), len(list)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(w%2 == 1)
		}()
	}
	work(false)
	wg.Wait()
	if failed != nil {
		panic(failed)
	}
	var all []Finding
	for _, fs := range found {
		all = append(all, fs...)
	}
	return Sort(doc, all)
}

// PanicError is what Run panics with when a check or an analysis running
// beside others panicked (a fault of concord): the value of that panic,
// and the stack of the goroutine it was raised on. When several panic,
// the first is kept.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string { return fmt.Sprint(e.Value) }

// asPanicError returns the recovered value v as a *PanicError, with the
// stack of the goroutine that recovers it unless v already is one.
func asPanicError(v any) *PanicError {
	if e, ok := v.(*PanicError); ok {
		return e
	}
	return &PanicError{Value: v, Stack: debug.Stack()}
}

// run holds what the checks of one Run share: the results of the analyses
// computed so far, the views among them. It lives as long as the Run, so
// a batch holds one document's worth at a time.
type run struct {
	doc     *align.Document
	env     *Env
	mu      sync.Mutex
	results map[*Analysis]*result
}

// result is one analysis's result, computed once; failed holds the panic
// of an analysis that panicked, for every check that waited for it.
type result struct {
	once   sync.Once
	v      any
	failed *PanicError
}

// view returns the document as analysis v sees it: v's result, or the
// document itself for nil.
func (r *run) view(v *Analysis) *align.Document {
	if v == nil {
		return r.doc
	}
	return r.result(v).(*align.Document)
}

// result returns the result of a, running it on first use.
func (r *run) result(a *Analysis) any {
	r.mu.Lock()
	e := r.results[a]
	if e == nil {
		e = &result{}
		r.results[a] = e
	}
	r.mu.Unlock()
	e.once.Do(func() {
		defer func() {
			if v := recover(); v != nil {
				e.failed = asPanicError(v)
				panic(e.failed)
			}
		}()
		p := &Pass{Doc: r.view(a.Sees), Env: r.env, run: r, needs: a.Requires, who: "analysis " + a.Name}
		e.v = a.Run(p)
	})
	if e.failed != nil {
		panic(e.failed)
	}
	return e.v
}

// Sort orders findings by the place of their unit among the document's
// pairs (then by unit key), then by the line and column of their French
// evidence, of their Dutch evidence, by rule and by message; and keeps one
// of findings that agree in all of these (severity aside).
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

// Validate reports the first fault of a list of checks and the analyses
// they reach, the way a driver validates its analyzers before running
// them: a check without ID, Doc, Run or a severity, an ID given twice, an
// analysis without name, Doc or Run, two analyses of one name, an analysis
// that requires or sees itself (directly or through others), and a check
// that requires an analysis seeing other pairs than its own (its result
// would speak of pairs the check never meets).
func Validate(list []*Check) error {
	ids := map[string]bool{}
	names := map[string]*Analysis{}
	state := map[*Analysis]int{} // 1 being visited, 2 done
	var visit func(a *Analysis, path []string) error
	visit = func(a *Analysis, path []string) error {
		switch state[a] {
		case 1:
			return fmt.Errorf("analysis %s requires itself: %s", a.Name, strings.Join(append(path, a.Name), " → "))
		case 2:
			return nil
		}
		if a.Name == "" || a.Doc == "" || a.Run == nil {
			return fmt.Errorf("analysis %q: needs a name, a Doc and a Run function", a.Name)
		}
		if b, ok := names[a.Name]; ok && b != a {
			return fmt.Errorf("two analyses are named %s", a.Name)
		}
		names[a.Name] = a
		state[a] = 1
		for _, r := range append(slices.Clip(a.Requires), a.Sees) {
			if r == nil {
				continue
			}
			if err := visit(r, append(path, a.Name)); err != nil {
				return err
			}
		}
		state[a] = 2
		return nil
	}
	for _, c := range list {
		switch {
		case c.ID == "" || c.Doc == "" || c.Run == nil:
			return fmt.Errorf("check %q: needs an ID, a Doc and a Run function", c.ID)
		case c.Severity < Info || c.Severity > Error:
			return fmt.Errorf("check %s: severity %d is none of info, warning, error", c.ID, c.Severity)
		case ids[c.ID]:
			return fmt.Errorf("check %s is listed twice", c.ID)
		}
		ids[c.ID] = true
		for _, a := range append(slices.Clip(c.Requires), c.Sees) {
			if a == nil {
				continue
			}
			if err := visit(a, []string{c.ID}); err != nil {
				return err
			}
		}
		for _, a := range c.Requires {
			if a.Sees != c.Sees {
				return fmt.Errorf("check %s requires analysis %s, which sees other pairs than the check", c.ID, a.Name)
			}
		}
	}
	return nil
}
