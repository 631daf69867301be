package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// batchResult is a batch of three documents, the sample first: the sample
// (2 errors, 1 warning, 1 info), docs/a (no finding) and docs/b (2 errors).
func batchResult(t *testing.T) *Result {
	t.Helper()
	r := goldenResult(t, "kazakhstan")
	b := goldenResult(t, "batch")
	r.Docs = append(r.Docs, b.Docs...)
	r.Checks = append(r.Checks, b.Checks...)
	return r
}

func TestOverviewChart(t *testing.T) {
	o := &overview{}
	var docs []DocResult
	for i := range 45 {
		d := DocResult{Doc: &align.Document{Path: fmt.Sprintf("archive/2026/doc%02d.txt", i)}}
		// doc00 and doc01 are clean; then ever more warnings, and errors
		// in doc10 only.
		for j := 0; j < i-1; j++ {
			d.Findings = append(d.Findings, check.Finding{Rule: "artefact/case", Severity: check.Warning})
		}
		if i == 10 {
			d.Findings = append(d.Findings, check.Finding{Rule: "numbers/mismatch", Severity: check.Error})
		}
		docs = append(docs, d)
	}
	for i, d := range docs {
		hd := htmlDocModel(fmt.Sprintf("d%d", i+1), d)
		o.add(&hd)
	}
	v := o.chart([]string{"numbers", "artefact"})
	if v == nil {
		t.Fatal("no chart")
	}
	if v.Drawn != chartRows || v.More != 43-chartRows || v.Clean != 2 {
		t.Errorf("drawn %d, more %d, clean %d; want %d, %d, 2", v.Drawn, v.More, v.Clean, chartRows, 43-chartRows)
	}
	// The one document with an error first, then the most warnings first.
	for i, want := range []string{"doc10.txt", "doc44.txt", "doc43.txt"} {
		if v.Rows[i].Label != want {
			t.Errorf("row %d is %s, want %s", i, v.Rows[i].Label, want)
		}
	}
	first := v.Rows[0]
	if len(first.Bars) != 2 || first.Bars[0].Class != "sev-error" || first.Bars[1].Class != "sev-warning" {
		t.Errorf("doc10's bars = %+v, want an error then a warning bar", first.Bars)
	}
	if c := first.Cells; c[0].N != 1 || c[0].Class != "sev-error" || c[1].N != 9 || c[1].Class != "sev-warning" {
		t.Errorf("doc10's cells = %+v, want numbers 1 error, artefact 9 warnings", c)
	}
	if w := v.Rows[1].Bars[0].W; w != chartBarW-8 {
		t.Errorf("the document with most findings has a bar of %d, want the full %d", w, chartBarW-8)
	}

	if v := (&overview{}).chart(nil); v != nil {
		t.Error("a chart of no documents")
	}
}

func TestShortPath(t *testing.T) {
	for in, want := range map[string]string{
		"a.txt":         "a.txt",
		"dir/long-name": "…ong-name",
		"dir/éééééééé":  "…éééééééé",
	} {
		if got := shortPath(in, 9); got != want {
			t.Errorf("shortPath(%q) = %q, want %q", in, got, want)
		}
	}
}

// docRow matches an index row and captures its path.
var docRow = regexp.MustCompile(`<tr class="doc-row( flagged)?( hidden)?" data-seq="\d+" data-path="([^"]+)"`)

// indexOrder returns the paths of the index rows in DOM order, with
// " (hidden)" after those the filter hides.
func indexOrder(dom string) []string {
	var out []string
	for _, m := range docRow.FindAllStringSubmatch(dom, -1) {
		p := m[3]
		if m[2] != "" {
			p += " (hidden)"
		}
		out = append(out, p)
	}
	return out
}

// TestOverviewInChromium opens a batch report in a real browser and reads
// the DOM after its script ran: the chart is drawn inline, worst document
// first; the index sorts by a column and keeps only the documents with
// findings when asked, through the link parameters the headings and the
// checkbox set.
func TestOverviewInChromium(t *testing.T) {
	var buf bytes.Buffer
	if err := Whole(HTML)(&buf, batchResult(t)); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(t.TempDir(), "batch.html")
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		hash  string
		order []string
	}{
		{"", []string{"testdata/kazakhstan.txt", "docs/a.fr.txt", "docs/b.fr.txt"}},
		// b and the sample have two errors each; the sample's warning
		// puts it first.
		{"#sort=error", []string{"testdata/kazakhstan.txt", "docs/b.fr.txt", "docs/a.fr.txt"}},
		{"#sort=total&docs=flagged", []string{"testdata/kazakhstan.txt", "docs/b.fr.txt", "docs/a.fr.txt (hidden)"}},
	} {
		dom := chromium(t, "--dump-dom", fileURL(t, page)+tc.hash)
		if got := indexOrder(dom); strings.Join(got, "|") != strings.Join(tc.order, "|") {
			t.Errorf("%q: index = %q, want %q", tc.hash, got, tc.order)
		}
		hidden := strings.Contains(dom, `<section class="doc clean hidden" id="d2">`)
		if want := strings.Contains(tc.hash, "docs=flagged"); hidden != want {
			t.Errorf("%q: the clean document's section hidden = %v, want %v", tc.hash, hidden, want)
		}
		if tc.hash == "#sort=error" && !strings.Contains(dom, `<th class="c-error" aria-sort="descending">`) {
			t.Errorf("%q: the errors heading is not marked as the sort", tc.hash)
		}
		if tc.hash != "" {
			continue
		}
		chart := dom[strings.Index(dom, `<figure class="chart"`):]
		chart = chart[:strings.Index(chart, "</figure>")]
		names := regexp.MustCompile(`<text class="name"[^>]*>([^<]*)</text>`).FindAllStringSubmatch(chart, -1)
		if len(names) != 2 || names[0][1] != "testdata/kazakhstan.txt" || names[1][1] != "docs/b.fr.txt" {
			t.Errorf("chart rows = %q, want the sample then docs/b (docs/a has no finding)", names)
		}
		if !strings.Contains(chart, `<rect class="sev-error"`) || !strings.Contains(chart, `<a class="doc" href="#d1">`) {
			t.Errorf("chart lacks its bars or its links:\n%s", chart)
		}
		if !strings.Contains(chart, "1 document without findings is not drawn.") {
			t.Errorf("chart caption does not say that docs/a is left out")
		}
	}
}

// TestOverviewScreenshot renders the batch report's top in Chromium. Set
// CONCORD_SCREENSHOT_DIR to keep it for viewing.
func TestOverviewScreenshot(t *testing.T) {
	var buf bytes.Buffer
	if err := Whole(HTML)(&buf, batchResult(t)); err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("CONCORD_SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	page := filepath.Join(dir, "batch-report.html")
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "batch-report.png")
	os.Remove(shot)
	chromium(t, "--screenshot="+shot, "--window-size=1200,900", "--hide-scrollbars", fileURL(t, page))
	data, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	if !bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) || len(data) < 10000 {
		t.Errorf("screenshot is not a plausible PNG (%d bytes)", len(data))
	}
}

// TestOverviewClicksInChromium clicks the index's headings and checkbox
// in a real browser and reads the rows back: a heading sorts by its
// column, a second click reverses, and the checkbox hides the documents
// without findings and their sections.
func TestOverviewClicksInChromium(t *testing.T) {
	var buf bytes.Buffer
	if err := Whole(HTML)(&buf, batchResult(t)); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(t.TempDir(), "batch.html")
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	b := openBrowser(t, fileURL(t, page))
	rows := func() string {
		return b.eval(t, `Array.from(document.querySelectorAll("#index-rows tr")).map(function(tr){
			return tr.dataset.path + (getComputedStyle(tr).display === "none" ? " (hidden)" : "")}).join("|")`)
	}
	steps := []struct {
		click, want string
	}{
		{"", "testdata/kazakhstan.txt|docs/a.fr.txt|docs/b.fr.txt"},
		{`button[data-sort="path"]`, "docs/a.fr.txt|docs/b.fr.txt|testdata/kazakhstan.txt"},
		{`button[data-sort="path"]`, "testdata/kazakhstan.txt|docs/b.fr.txt|docs/a.fr.txt"},
		{`button[data-sort="total"]`, "testdata/kazakhstan.txt|docs/b.fr.txt|docs/a.fr.txt"},
		{`button[data-sort="total"]`, "docs/a.fr.txt|docs/b.fr.txt|testdata/kazakhstan.txt"},
		{`#only-docs-flagged`, "docs/a.fr.txt (hidden)|docs/b.fr.txt|testdata/kazakhstan.txt"},
		{`#only-docs-flagged`, "docs/a.fr.txt|docs/b.fr.txt|testdata/kazakhstan.txt"},
	}
	for _, s := range steps {
		if s.click != "" {
			b.click(t, s.click)
		}
		if got := rows(); got != s.want {
			t.Errorf("after clicking %s: index %s, want %s", s.click, got, s.want)
		}
	}
	b.click(t, `#only-docs-flagged`)
	if got := b.eval(t, `getComputedStyle(document.getElementById("d2")).display`); got != "none" {
		t.Errorf("the clean document's section shows (display %s) with only documents with findings", got)
	}
	if got := b.eval(t, `document.querySelector('button[data-sort="total"]').parentNode.getAttribute("aria-sort")`); got != "ascending" {
		t.Errorf("findings heading after two clicks: aria-sort %s, want ascending", got)
	}
}
