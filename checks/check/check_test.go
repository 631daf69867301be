package check

import (
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
)

// TestRunAnalysesOnce runs two checks that require the same analysis, one
// through a view: the analysis and the view run once each, an analysis no
// check asks for never runs (even when required), and each check sees the
// document its Sees names.
func TestRunAnalysesOnce(t *testing.T) {
	doc := &align.Document{Pairs: []align.Pair{{Key: "a"}, {Key: "b"}}}
	runs := map[string]int{}
	view := &Analysis{Name: "first", Doc: "the first pair only", Run: func(p *Pass) any {
		runs["first"]++
		v := *p.Doc
		v.Pairs = v.Pairs[:1]
		return &v
	}}
	count := &Analysis{Name: "count", Doc: "the pairs counted", Run: func(p *Pass) any {
		runs["count"]++
		return len(p.Doc.Pairs)
	}}
	unused := &Analysis{Name: "unused", Doc: "never needed", Run: func(*Pass) any {
		runs["unused"]++
		return nil
	}}
	seen := map[string]int{}
	mk := func(id string, sees *Analysis) *Check {
		return &Check{ID: id, Severity: Warning, Doc: id, Sees: sees, Requires: []*Analysis{count, unused}, Run: func(p *Pass) {
			seen[id] = len(p.Doc.Pairs)
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
		if s, _ := r.(string); !strings.Contains(s, "x/bad reads analysis words") {
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
