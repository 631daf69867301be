package eval

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks"
	"github.com/concord-bilingual/concord/checks/check"
)

// Outcome is what the checks made of one case.
type Outcome struct {
	Err      error           // the document could not be read
	Found    bool            // a warning or error of the right category on the right unit
	InfoOnly bool            // found, but only at info severity
	Alarms   []check.Finding // warnings and errors anywhere else
	Known    []check.Finding // warnings and errors true of the source (SourceFindings)
	// Side holds the new warnings and errors of other categories on the
	// defect's own unit: what the defect also changed there (the number
	// of a dropped clause, the length of a unit left untranslated). They
	// point at the defect and are no false alarms.
	Side []check.Finding
	New  []check.Finding // those of Alarms the clean layout does not raise
}

// Score runs the checks on every case, in parallel, and returns the
// outcomes in the order of the cases. Clean cases must come first (as
// Generate returns them): they are the baselines of the others. Findings
// in sources are set apart, not counted as alarms.
func Score(cases []Case, sources []SourceFinding) []Outcome {
	out := make([]Outcome, len(cases))
	base := map[int]map[string]bool{}
	run := func(i int) {
		c := &cases[i]
		doc, err := c.Read()
		if err != nil {
			out[i].Err = err
			return
		}
		fs := check.Run(doc, checks.All, &check.Env{})
		o := &out[i]
		for _, f := range fs {
			hit := c.Inj != nil && contains(c.Inj.Units, f.Unit) && contains(c.Defect.Cats, f.Category())
			if hit && f.Severity == check.Info {
				o.InfoOnly = true
				continue
			}
			if f.Severity < check.Warning {
				continue
			}
			if hit && !base[c.Base][key(f)] {
				o.Found = true
				continue
			}
			if known(sources, c.Source, f) {
				o.Known = append(o.Known, f)
				continue
			}
			if c.Inj != nil && (within(c.Inj.Units, f.Unit) || c.Inj.quotedBy(f)) && !base[c.Base][key(f)] {
				o.Side = append(o.Side, f)
				continue
			}
			o.Alarms = append(o.Alarms, f)
		}
		if o.Found {
			o.InfoOnly = false
		}
	}
	// The clean layouts first, one by one, to fill the baselines.
	for i := range cases {
		if cases[i].Defect != nil {
			continue
		}
		run(i)
		seen := map[string]bool{}
		for _, f := range out[i].Alarms {
			seen[key(f)] = true
		}
		base[i] = seen
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				run(i)
			}
		}()
	}
	for i := range cases {
		if cases[i].Defect != nil {
			next <- i
		}
	}
	close(next)
	wg.Wait()
	for i := range cases {
		for _, f := range out[i].Alarms {
			if !base[cases[i].Base][key(f)] {
				out[i].New = append(out[i].New, f)
			}
		}
	}
	return out
}

func key(f check.Finding) string { return f.Rule + "|" + f.Unit + "|" + f.Message }

// within reports whether unit key is one of units or an item of one
// ("request:3.1" of "request:3"): what a defect does to a unit it does to
// the unit's items (a request whose label shifted no longer holds its
// sub-items "3.1.", "3.2." …, which are then missing on one side).
func within(units []string, key string) bool {
	for _, u := range units {
		if key == u || strings.HasPrefix(key, u+".") {
			return true
		}
	}
	return false
}

// quotedBy reports whether f quotes, on the side that was edited, a
// passage of the inserted text (sideQuoteMin characters at least): the
// text of a paragraph left untranslated that the reading cut into
// several units (one unit a sentence in a flow) stands in the units after
// the defect's as well, and what is found there points at the defect.
func (inj *Injection) quotedBy(f check.Finding) bool {
	for _, e := range inj.Edits {
		ev := f.FR
		if e.lang == align.NL {
			ev = f.NL
		}
		if ev == nil || len(ev.Text) < sideQuoteMin {
			continue
		}
		if strings.Contains(strings.Join(strings.Fields(e.repl), " "), strings.Join(strings.Fields(ev.Text), " ")) {
			return true
		}
	}
	return false
}

// sideQuoteMin is the shortest evidence that quotedBy takes for a quote
// of the inserted text, not a word or a number that happens to be in it.
const sideQuoteMin = 30

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Target is the recall every defect kind must reach.
const Target = 0.95

// Table writes the results as Markdown: recall per defect kind, false
// alarms per 100 documents, the clean layouts, and the most frequent
// false alarms and misses.
func Table(cases []Case, outs []Outcome) string {
	var b strings.Builder
	type row struct {
		docs, found, info, unread, alarms, fresh, side int
	}
	rows := map[string]*row{}
	var total row
	for i, c := range cases {
		if c.Defect == nil {
			continue
		}
		r := rows[c.Defect.Kind]
		if r == nil {
			r = &row{}
			rows[c.Defect.Kind] = r
		}
		o := &outs[i]
		for _, r := range []*row{r, &total} {
			r.docs++
			r.found += b2i(o.Found)
			r.info += b2i(o.InfoOnly)
			r.unread += b2i(o.Err != nil)
			r.alarms += len(o.Alarms)
			r.fresh += len(o.New)
			r.side += len(o.Side)
		}
	}
	per100 := func(n, d int) string {
		if d == 0 {
			return "–"
		}
		return fmt.Sprintf("%.1f", 100*float64(n)/float64(d))
	}
	b.WriteString("| defect | category | docs | found | recall | info only | unreadable | also on the defect's unit /100 docs | false alarms /100 docs | of which new /100 docs | |\n")
	b.WriteString("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|\n")
	for _, d := range Defects {
		r := rows[d.Kind]
		if r == nil {
			fmt.Fprintf(&b, "| %s | %s | 0 | | | | | | | | no place found |\n", d.Kind, strings.Join(d.Cats, ", "))
			continue
		}
		rec := float64(r.found) / float64(r.docs)
		mark := ""
		if rec < Target {
			mark = "below 0.95"
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %d | %.2f | %d | %d | %s | %s | %s | %s |\n", d.Kind, strings.Join(d.Cats, ", "),
			r.docs, r.found, rec, r.info, r.unread, per100(r.side, r.docs), per100(r.alarms, r.docs), per100(r.fresh, r.docs), mark)
	}
	fmt.Fprintf(&b, "| **all** | | %d | %d | %.2f | %d | %d | %s | %s | %s | |\n\n", total.docs, total.found,
		float64(total.found)/float64(max(total.docs, 1)), total.info, total.unread, per100(total.side, total.docs), per100(total.alarms, total.docs), per100(total.fresh, total.docs))

	b.WriteString("\"Also on the defect's unit\": new warnings and errors on the unit that holds the defect or on its items\n")
	b.WriteString("(request:3.1 of request:3), which the defect caused (the number of a dropped clause, the length of an\n")
	b.WriteString("untranslated unit, the sub-items of a request whose label shifted).\n")
	b.WriteString("False alarms are the warnings and errors anywhere else, except those true of the source; \"new\" ones are\n")
	b.WriteString("those the same layout without the defect does not raise.\n\n")

	b.WriteString("Clean layouts (no defect). \"True in the source\" are the warnings and errors listed, each checked by hand,\n")
	b.WriteString("in eval/testdata/source-findings.txt: extraction artefacts in the published text and real differences\n")
	b.WriteString("between its versions. Every other warning and error is a false alarm.\n\n")
	b.WriteString("| document | layout | units paired | true in the source | false alarms |\n|---|---|--:|--:|--:|\n")
	cleanDocs, cleanAlarms, cleanKnown := 0, 0, 0
	for i, c := range cases {
		if c.Defect != nil {
			continue
		}
		cleanDocs++
		cleanAlarms += len(outs[i].Alarms)
		cleanKnown += len(outs[i].Known)
		k, n := "–", "unreadable"
		if outs[i].Err == nil {
			k, n = fmt.Sprint(len(outs[i].Known)), fmt.Sprint(len(outs[i].Alarms))
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", c.Source, c.Layout, paired(&c), k, n)
	}
	fmt.Fprintf(&b, "| **all** | | | %s /100 docs | %s /100 docs |\n\n", per100(cleanKnown, cleanDocs), per100(cleanAlarms, cleanDocs))

	// The false alarms of the clean layouts, by rule.
	cleanCount := map[string]int{}
	for i, c := range cases {
		if c.Defect == nil {
			for _, f := range outs[i].Alarms {
				cleanCount[f.Rule]++
			}
		}
	}
	b.WriteString("False alarms of the clean layouts by rule:\n\n| rule | count |\n|---|--:|\n")
	for _, k := range sortedKeys(cleanCount) {
		fmt.Fprintf(&b, "| %s | %d |\n", k, cleanCount[k])
	}
	b.WriteString("\n")

	// The most frequent false alarms by rule, in the injected documents.
	count := map[string]int{}
	for i := range outs {
		if cases[i].Defect == nil {
			continue
		}
		for _, f := range outs[i].New {
			count[f.Rule]++
		}
	}
	b.WriteString("New false alarms by rule (injected documents):\n\n| rule | count |\n|---|--:|\n")
	for _, k := range sortedKeys(count) {
		fmt.Fprintf(&b, "| %s | %d |\n", k, count[k])
	}
	b.WriteString("\n")
	return b.String()
}

// paired returns the number of pairs with both sides, or "–".
func paired(c *Case) string {
	doc, err := c.Read()
	if err != nil {
		return "–"
	}
	n := 0
	for _, p := range doc.Pairs {
		if p.FR != nil && p.NL != nil {
			n++
		}
	}
	return fmt.Sprint(n)
}

// Misses lists the cases whose defect was not found, for reading.
func Misses(cases []Case, outs []Outcome) string {
	var b strings.Builder
	for i, c := range cases {
		if c.Defect == nil || outs[i].Found {
			continue
		}
		fmt.Fprintf(&b, "MISS %s [%s] %s %s", c.Defect.Kind, c.Layout, c.Name, c.Inj.Detail)
		if outs[i].Err != nil {
			fmt.Fprintf(&b, " (unreadable: %v)", outs[i].Err)
		}
		b.WriteString("\n")
	}
	for i, c := range cases {
		if c.Defect != nil {
			continue
		}
		for _, f := range outs[i].Alarms {
			fmt.Fprintf(&b, "CLEAN %s [%s]: %s %s %s %s\n", c.Source, c.Layout, f.Unit, f.Rule, f.Severity, f.Message)
		}
	}
	for i, c := range cases {
		if c.Defect == nil {
			continue
		}
		for _, f := range outs[i].Side {
			fmt.Fprintf(&b, "SIDE %s [%s] %s: %s %s %s %s\n", c.Defect.Kind, c.Layout, c.Inj.Detail, f.Unit, f.Rule, f.Severity, f.Message)
		}
		for _, f := range outs[i].New {
			fmt.Fprintf(&b, "ALARM %s [%s] %s: %s %s %s %s\n", c.Defect.Kind, c.Layout, c.Inj.Detail, f.Unit, f.Rule, f.Severity, f.Message)
		}
	}
	return b.String()
}

func sortedKeys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if m[ks[i]] != m[ks[j]] {
			return m[ks[i]] > m[ks[j]]
		}
		return ks[i] < ks[j]
	})
	return ks
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
