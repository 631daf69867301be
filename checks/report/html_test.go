package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/concord-bilingual/concord/internal/txtar"
)

// goldenResult parses the result section of a golden case.
func goldenResult(t *testing.T, name string) *Result {
	t.Helper()
	a, err := txtar.ParseFile(filepath.Join("testdata/golden", name+".txtar"))
	if err != nil {
		t.Fatal(err)
	}
	src, _ := a.Get("result")
	r, err := parseResult(src)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// hostile is document text that would run script if it reached the page
// unescaped: each payload marks the body when it runs.
const hostile = `<script>document.body.setAttribute('data-pwned','script')</script>` +
	` "><img src=x onerror="document.body.setAttribute('data-pwned','img')">` +
	` <svg onload="document.body.setAttribute('data-pwned','svg')"></svg>`

// hostileResult is a one-pair result whose texts, message, unit key and
// path carry the payloads.
func hostileResult(t *testing.T) *Result {
	t.Helper()
	src := "tool concord 0.1.0\n" +
		"check numbers/mismatch error numbers that differ\n" +
		"doc x.txt\n" +
		"pair recital:P\n" +
		"fr 1 P. considérant que 208 persécutions " + hostile + "\n" +
		"nl 2 P. merkt op dat 209 vervolgingen " + hostile + "\n" +
		"finding recital:P numbers/mismatch error fr=\"208\" nl=\"209\" NL has 209 " + hostile + "\n"
	r, err := parseResult(src)
	if err != nil {
		t.Fatal(err)
	}
	r.Docs[0].Doc.Path = `a"><script>document.body.setAttribute('data-pwned','path')</script>.txt`
	return r
}

// TestHTMLEscapesText checks at the template level that document text
// reaches the page as text: the page holds exactly one script element (its
// own), no injected element or handler, and the policy hashes match the
// embedded style sheet and script.
func TestHTMLEscapesText(t *testing.T) {
	var buf bytes.Buffer
	if err := Whole(HTML)(&buf, hostileResult(t)); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if n := strings.Count(strings.ToLower(page), "<script"); n != 1 {
		t.Errorf("page has %d <script tags, want 1 (its own)", n)
	}
	for _, bad := range []string{"<img", "<svg", `onerror="`, `onload="`} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;,&#39;script&#39;)&lt;/script&gt;") {
		t.Error("the script payload is not shown as text")
	}
	for _, body := range []string{htmlCSS, htmlJS} {
		if !strings.Contains(page, body) {
			t.Error("embedded style sheet or script is not verbatim in the page, so its CSP hash would not match")
		}
	}
	// html/template writes the attribute with ' and + as references.
	if !strings.Contains(page, strings.NewReplacer("'", "&#39;", "+", "&#43;").Replace(htmlCSP())) {
		t.Error("page lacks its Content-Security-Policy")
	}
}

// chromium runs headless Chromium with the given arguments and returns its
// standard output. It skips the test where Chromium is not installed.
func chromium(t *testing.T, args ...string) string {
	t.Helper()
	bin := chromiumPath(t)
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	return stdout.String()
}

// chromiumPath returns the path of Chromium, or skips the test where it
// is not installed.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not installed (Debian: apt-get install chromium)")
	return ""
}

func fileURL(t *testing.T, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return "file://" + filepath.ToSlash(abs)
}

// pwned matches a body that a payload has marked.
var pwned = regexp.MustCompile(`<body[^>]*data-pwned`)

// TestHTMLInjectionInChromium loads a report whose texts carry script
// payloads in a real browser and reads back the DOM after scripts ran: no
// payload marked the body, and no injected element exists. A control page
// that puts the same text in unescaped proves the payloads do run when
// they can.
func TestHTMLInjectionInChromium(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := Whole(HTML)(&buf, hostileResult(t)); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := chromium(t, "--dump-dom", fileURL(t, page))
	if !strings.Contains(dom, "finding sev-error") {
		t.Fatalf("chromium did not render the report:\n%.500s", dom)
	}
	if pwned.MatchString(dom) {
		t.Errorf("a payload ran in the report:\n%s", dom)
	}
	for _, el := range []string{"<img", "<svg"} {
		if strings.Contains(dom, el) {
			t.Errorf("the DOM holds an injected %s element", el)
		}
	}
	if n := strings.Count(dom, "<script"); n != 1 {
		t.Errorf("the DOM holds %d script elements, want 1", n)
	}

	control := filepath.Join(dir, "control.html")
	raw := template.Must(template.New("").Parse(`<!DOCTYPE html><html><body><p>{{.}}</p></body></html>`))
	var cb bytes.Buffer
	if err := raw.Execute(&cb, hostile); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(control, cb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dom := chromium(t, "--dump-dom", fileURL(t, control)); !pwned.MatchString(dom) {
		t.Errorf("the payload did not run on the unescaped control page either, so the test proves nothing:\n%s", dom)
	}
}

// TestHTMLFiltersInChromium opens the seed report with a filter in the URL
// and checks that the embedded script hid the findings of other
// severities and unmarked their highlights.
func TestHTMLFiltersInChromium(t *testing.T) {
	var buf bytes.Buffer
	if err := Whole(HTML)(&buf, goldenResult(t, "kazakhstan")); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := chromium(t, "--dump-dom", fileURL(t, page)+"#sev=error&flagged")
	for _, want := range []string{
		`<li class="finding sev-warning hidden" id="d1-f2"`, // case break: filtered out
		`<li class="finding sev-info hidden" id="d1-f1"`,    // transliteration: filtered out
		`<li class="finding sev-error" id="d1-f3"`,          // 208/209 stays
		`<mark class="sev-info off" data-f="d1-f1"`,
		`<tr class="pair has-findings worst-info hidden" id="d1-p1">`, // intro:1 has no error: hidden by "flagged"
		`<tr class="pair has-findings worst-error" id="d1-p4">`,       // recital:P stays
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("DOM lacks %s", want)
		}
	}
}

// TestHTMLScreenshot renders the seed report in headless Chromium and
// checks that a screenshot was taken. Set CONCORD_SCREENSHOT_DIR to keep
// it for viewing.
func TestHTMLScreenshot(t *testing.T) {
	var buf bytes.Buffer
	if err := Whole(HTML)(&buf, goldenResult(t, "kazakhstan")); err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("CONCORD_SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	page := filepath.Join(dir, "kazakhstan-report.html")
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "kazakhstan-report.png")
	os.Remove(shot)
	chromium(t, "--screenshot="+shot, "--window-size=1400,1800", "--hide-scrollbars", fileURL(t, page))
	data, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	if !bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) || len(data) < 10000 {
		t.Errorf("screenshot is not a plausible PNG (%d bytes)", len(data))
	}
}
