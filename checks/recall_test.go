package checks

import (
	"path/filepath"
	"sort"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/internal/txtar"
)

// TestFixtureRecall prints, per category, how many expected findings of the
// fixtures were found and how many findings no fixture expected (false
// alarms). TestFixtures fails on any miss or surprise; this test only
// reports the counts (run with -v).
func TestFixtureRecall(t *testing.T) {
	files, err := filepath.Glob("../testdata/checks/*/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	want := map[string]int{}
	found := map[string]int{}
	alarms := map[string]int{}
	clean := 0
	for _, file := range files {
		a, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		fr, _ := a.Get("fr")
		nl, _ := a.Get("nl")
		wt, _ := a.Get("want")
		doc, err := align.FromTexts(file, fr, nl)
		if err != nil {
			t.Fatal(err)
		}
		ws := parseWants(t, wt)
		if len(ws) == 0 {
			clean++
		}
		used := make([]bool, len(ws))
		for _, f := range check.Run(doc, All, nil) {
			hit := false
			for i, w := range ws {
				if !used[i] && w.unit == f.Unit && w.rule == f.Rule && w.sev == f.Severity.String() && w.msg.MatchString(f.Message) {
					used[i], hit = true, true
					break
				}
			}
			if !hit {
				alarms[f.Category()]++
			}
		}
		for i, w := range ws {
			cat := (&check.Finding{Rule: w.rule}).Category()
			want[cat]++
			if used[i] {
				found[cat]++
			}
		}
	}
	var cats []string
	for c := range want {
		cats = append(cats, c)
	}
	for c := range alarms {
		if _, ok := want[c]; !ok {
			cats = append(cats, c)
		}
	}
	sort.Strings(cats)
	t.Logf("%d fixtures, %d with no finding expected", len(files), clean)
	for _, c := range cats {
		t.Logf("%-10s recall %d/%d, false alarms %d", c, found[c], want[c], alarms[c])
	}
}
