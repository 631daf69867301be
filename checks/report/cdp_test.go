package report

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"testing"
	"time"
)

// browser is a headless Chromium driven over the DevTools protocol on a
// pipe (--remote-debugging-pipe: commands on its fd 3, answers on fd 4),
// attached to its one page. It lets a test click and read the page as a
// person would.
type browser struct {
	cmd     *exec.Cmd
	w       io.WriteCloser
	r       *bufio.Reader
	session string
	id      int
}

// openBrowser starts Chromium on url and waits for the page to load. It
// skips the test where Chromium is not installed.
func openBrowser(t *testing.T, url string) *browser {
	t.Helper()
	bin := chromiumPath(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	ansR, ansW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), "--remote-debugging-pipe", url)
	cmd.ExtraFiles = []*os.File{cmdR, ansW}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	cmdR.Close()
	ansW.Close()
	b := &browser{cmd: cmd, w: cmdW, r: bufio.NewReader(ansR)}
	t.Cleanup(func() {
		b.w.Close()
		cmd.Process.Kill()
		cmd.Wait()
	})
	var targets struct {
		TargetInfos []struct{ TargetID, Type, URL string } `json:"targetInfos"`
	}
	for range 100 {
		b.call(t, "Target.getTargets", nil, &targets)
		for _, ti := range targets.TargetInfos {
			if ti.Type == "page" && ti.URL == url {
				var att struct{ SessionID string }
				b.call(t, "Target.attachToTarget", map[string]any{"targetId": ti.TargetID, "flatten": true}, &att)
				b.session = att.SessionID
			}
		}
		if b.session != "" {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if b.session == "" {
		t.Fatalf("no page for %s in Chromium\n%s", url, stderr.String())
	}
	for range 100 {
		if b.eval(t, fmt.Sprintf("location.href === %q && document.readyState", url)) == "complete" {
			return b
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("the page did not load")
	return nil
}

// call sends one command and decodes its result into out.
func (b *browser) call(t *testing.T, method string, params any, out any) {
	t.Helper()
	b.id++
	msg := map[string]any{"id": b.id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if b.session != "" {
		msg["sessionId"] = b.session
	}
	data, _ := json.Marshal(msg)
	if _, err := b.w.Write(append(data, 0)); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	for {
		line, err := b.r.ReadBytes(0)
		if err != nil {
			t.Fatalf("%s: %v", method, err)
		}
		var ans struct {
			ID     int
			Result json.RawMessage
			Error  *struct{ Message string }
		}
		if err := json.Unmarshal(line[:len(line)-1], &ans); err != nil {
			t.Fatalf("%s: %v", method, err)
		}
		if ans.ID != b.id {
			continue // an event, or another command's answer
		}
		if ans.Error != nil {
			t.Fatalf("%s: %s", method, ans.Error.Message)
		}
		if out != nil {
			if err := json.Unmarshal(ans.Result, out); err != nil {
				t.Fatalf("%s: %v", method, err)
			}
		}
		return
	}
}

// eval evaluates a JavaScript expression in the page and returns its
// value as a string (JSON for anything but a string).
func (b *browser) eval(t *testing.T, expr string) string {
	t.Helper()
	var res struct {
		Result struct {
			Type  string
			Value json.RawMessage
		}
		ExceptionDetails *struct{ Text string }
	}
	b.call(t, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true}, &res)
	if res.ExceptionDetails != nil {
		t.Fatalf("%s: %s", expr, res.ExceptionDetails.Text)
	}
	var s string
	if json.Unmarshal(res.Result.Value, &s) == nil {
		return s
	}
	return string(res.Result.Value)
}

// click clicks the element that selector finds, as a user's click does:
// through the element, so that its listeners run.
func (b *browser) click(t *testing.T, selector string) {
	t.Helper()
	if got := b.eval(t, fmt.Sprintf(`(function(){var e=document.querySelector(%q); if(!e){return "none"} e.click(); return "ok"})()`, selector)); got != "ok" {
		t.Fatalf("click %s: no such element", selector)
	}
}
