package check

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/concord-bilingual/concord/align"
)

// TestRunAnalysesOnce runs two checks that require the same analysis, one
// through a view: the analysis and the view run once each, an analysis no
// check asks for never runs (even when required), and each check sees the
// document its Sees names.
func TestRunAnalysesOnce(t *testing.T) {
	doc := &align.Document{Pairs: []align.Pair{{Key: "a"}, {Key: "b"}}}
	var mu sync.Mutex // the checks may run side by side
	runs := map[string]int{}
	view := &Analysis{Name: "first", Doc: "the first pair only", Run: func(p *Pass) any {
		mu.Lock()
		defer mu.Unlock()
		runs["first"]++
		v := *p.Doc
		v.Pairs = v.Pairs[:1]
		return &v
	}}
	count := &Analysis{Name: "count", Doc: "the pairs counted", Run: func(p *Pass) any {
		mu.Lock()
		defer mu.Unlock()
		runs["count"]++
		return len(p.Doc.Pairs)
	}}
	unused := &Analysis{Name: "unused", Doc: "never needed", Run: func(*Pass) any {
		mu.Lock()
		defer mu.Unlock()
		runs["unused"]++
		return nil
	}}
	seen := map[string]int{}
	mk := func(id string, sees *Analysis) *Check {
		return &Check{ID: id, Severity: Warning, Doc: id, Sees: sees, Requires: []*Analysis{count, unused}, Run: func(p *Pass) {
			mu.Lock()
			seen[id] = len(p.Doc.Pairs)
			mu.Unlock()
			p.Report(Finding{Unit: p.Doc.Pairs[0].Key, Message: "pairs counted"})
			_ = p.ResultOf(count)
		}}
	}
	fs := Run(doc, []*Check{mk("x/all", nil), mk("x/first", view)}, nil)
	if runs["count"] != 1 || runs["first"] != 1 || runs["unused"] != 0 {
		t.Errorf("analyses ran %v times, want count and first once, unused never", runs)
	}
	if seen["x/all"] != 2 || seen["x/first"] != 1 {
		t.Errorf("checks saw %v pairs, want x/all 2 and x/first 1", seen)
	}
	if len(fs) != 2 || fs[0].Severity != Warning || fs[0].Rule != "x/all" || fs[1].Rule != "x/first" {
		t.Errorf("findings %+v: want one of each check, with the check's ID and severity", fs)
	}
}

// TestUndeclaredAnalysis: a check that reads an analysis it does not
// require is a programming error, named in the panic.
func TestUndeclaredAnalysis(t *testing.T) {
	a := &Analysis{Name: "words", Doc: "words", Run: func(*Pass) any { return 1 }}
	c := &Check{ID: "x/bad", Severity: Info, Doc: "bad", Run: func(p *Pass) { p.ResultOf(a) }}
	defer func() {
		r := recover()
		if s := fmt.Sprint(r); !strings.Contains(s, "x/bad reads analysis words") {
			t.Errorf("panic %v, want one naming the check and the analysis", r)
		}
	}()
	Run(&align.Document{}, []*Check{c}, nil)
	t.Error("no panic")
}

// TestSortRemovesDuplicates: findings come out in the document's unit
// order, and one reported twice comes out once.
func TestSortRemovesDuplicates(t *testing.T) {
	doc := &align.Document{Pairs: []align.Pair{{Key: "B"}, {Key: "A"}}}
	f := Finding{Rule: "x/y", Unit: "A", Message: "m"}
	g := Finding{Rule: "x/y", Unit: "B", Message: "m"}
	out := Sort(doc, []Finding{f, g, f})
	if len(out) != 2 || out[0].Unit != "B" || out[1].Unit != "A" {
		t.Errorf("Sort gave %+v, want B then A, once each", out)
	}
}

// TestValidate: each fault of a catalogue is told, and a sound one passes.
func TestValidate(t *testing.T) {
	run := func(*Pass) {}
	an := func(name string) *Analysis {
		return &Analysis{Name: name, Doc: name, Run: func(*Pass) any { return nil }}
	}
	view := an("view")
	words := an("words")
	words.Sees = view
	loopA, loopB := an("a"), an("b")
	loopA.Requires, loopB.Requires = []*Analysis{loopB}, []*Analysis{loopA}
	twin := an("words")
	ok := &Check{ID: "x/ok", Severity: Info, Doc: "ok", Sees: view, Requires: []*Analysis{words}, Run: run}
	for _, tc := range []struct {
		list []*Check
		want string
	}{
		{[]*Check{ok}, ""},
		{[]*Check{ok, ok}, "listed twice"},
		{[]*Check{{ID: "x/no-run", Severity: Info, Doc: "d"}}, "needs an ID, a Doc and a Run"},
		{[]*Check{{ID: "x/sev", Doc: "d", Run: run}}, "severity 0"},
		{[]*Check{{ID: "x/loop", Severity: Info, Doc: "d", Requires: []*Analysis{loopA}, Run: run}}, "requires itself: x/loop → a → b → a"},
		{[]*Check{ok, {ID: "x/twin", Severity: Info, Doc: "d", Sees: view, Requires: []*Analysis{twin}, Run: run}}, "two analyses are named words"},
		{[]*Check{{ID: "x/view", Severity: Info, Doc: "d", Requires: []*Analysis{words}, Run: run}}, "sees other pairs than the check"},
	} {
		err := Validate(tc.list)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v, want no error", tc.list[0].ID, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: %v, want an error with %q", tc.list[len(tc.list)-1].ID, err, tc.want)
		}
	}
}

// manyChecks returns n checks that each read the analyses shared and
// report a finding per pair they pick, and the number of times each
// analysis ran.
func manyChecks(n int) ([]*Check, *[3]atomic.Int32) {
	var runs [3]atomic.Int32
	var shared []*Analysis
	for k := range runs {
		shared = append(shared, &Analysis{Name: fmt.Sprint("a", k), Doc: "a sum", Run: func(p *Pass) any {
			runs[k].Add(1)
			sum := 0
			for i := range 20000 * (k + 1) {
				sum += i % 7
			}
			return sum + len(p.Doc.Pairs)
		}})
	}
	var list []*Check
	for c := range n {
		id := fmt.Sprintf("x/c%02d", c)
		needs := []*Analysis{shared[c%3], shared[(c+1)%3]}
		list = append(list, &Check{ID: id, Severity: Warning, Doc: id, Requires: needs, Run: func(p *Pass) {
			v := p.ResultOf(needs[0]).(int) + p.ResultOf(needs[1]).(int)
			for i, pr := range p.Doc.Pairs {
				if (i+c)%3 == 0 {
					p.Report(Finding{Unit: pr.Key, Message: fmt.Sprint("seen ", v, " at ", i)})
				}
			}
		}})
	}
	return list, &runs
}

// TestRunSideBySide runs 40 checks sharing three analyses with one
// goroutine and with four: the same findings in the same order, and each
// analysis run once per Run, however the checks were scheduled.
func TestRunSideBySide(t *testing.T) {
	doc := &align.Document{}
	for i := range 30 {
		doc.Pairs = append(doc.Pairs, align.Pair{Key: fmt.Sprint("u", i)})
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var want []Finding
	for _, procs := range []int{1, 4, 2} {
		runtime.GOMAXPROCS(procs)
		list, runs := manyChecks(40)
		got := Run(doc, list, nil)
		for k := range runs {
			if n := runs[k].Load(); n != 1 {
				t.Errorf("GOMAXPROCS %d: analysis a%d ran %d times, want once", procs, k, n)
			}
		}
		if want == nil {
			want = got
			if len(want) != 400 {
				t.Fatalf("%d findings, want 400 (10 of 30 pairs for each of 40 checks)", len(want))
			}
			continue
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("GOMAXPROCS %d: findings differ from one goroutine's", procs)
		}
	}
}

// TestRunPanicSideBySide: a check that panics among others running side
// by side makes Run panic with a *PanicError that carries the panic and
// the stack of the check that raised it; an analysis that panics does so
// for every check that waited for it, not with a nil result.
func TestRunPanicSideBySide(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	doc := &align.Document{Pairs: []align.Pair{{Key: "a"}}}
	boom := &Analysis{Name: "boom", Doc: "fails", Run: func(*Pass) any { panic("analysis boom") }}
	for _, tc := range []struct {
		name, want string
		bad        *Check
	}{
		{"check", "check boom", &Check{ID: "x/bad", Severity: Info, Doc: "bad", Run: func(*Pass) { panic("check boom") }}},
		{"analysis", "analysis boom", &Check{ID: "x/bad", Severity: Info, Doc: "bad", Requires: []*Analysis{boom}, Run: func(p *Pass) { p.ResultOf(boom) }}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			list, _ := manyChecks(12)
			list = append(list[:6:6], append([]*Check{tc.bad}, list[6:]...)...)
			if tc.name == "analysis" {
				// Others wait for the same analysis.
				for i := range 3 {
					id := fmt.Sprint("x/wait", i)
					list = append(list, &Check{ID: id, Severity: Info, Doc: id, Requires: []*Analysis{boom}, Run: func(p *Pass) { p.ResultOf(boom) }})
				}
			}
			defer func() {
				pe, ok := recover().(*PanicError)
				if !ok {
					t.Fatalf("Run did not panic with a *PanicError")
				}
				if pe.Error() != tc.want || !strings.Contains(string(pe.Stack), "check_test.go") {
					t.Errorf("panic %q with stack\n%s\nwant %q and the stack of the test's function", pe.Error(), pe.Stack, tc.want)
				}
			}()
			Run(doc, list, nil)
			t.Error("no panic")
		})
	}
}
