package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// ANSI colours of the text report.
const (
	cReset = "\x1b[0m"
	cBold  = "\x1b[1m"
	cRed   = "\x1b[31m"
	cYel   = "\x1b[33m"
	cBlue  = "\x1b[36m"
	cMark  = "\x1b[7m"
)

// Text returns the constructor of the human report's reporter: findings
// grouped by unit, each with file:line of both sides and an excerpt of
// each side in which the differing token is marked, and a line of totals
// at the end. With color, ANSI colours are used; without, the marked token
// stands between ⟦ and ⟧.
func Text(color bool) func() Reporter {
	return func() Reporter { return &textReporter{color: color} }
}

type textReporter struct {
	color bool
	bw    *bufio.Writer
	docs  int
	c     counts
}

func (t *textReporter) Begin(w io.Writer, r *Result) error {
	t.bw = bufio.NewWriter(w)
	return nil
}

func (t *textReporter) paint(code, s string) string {
	if !t.color {
		return s
	}
	return code + s + cReset
}

func (t *textReporter) Document(d DocResult) error {
	t.docs++
	bw := t.bw
	units := map[string]*align.Pair{}
	for i := range d.Doc.Pairs {
		units[d.Doc.Pairs[i].Key] = &d.Doc.Pairs[i]
	}
	last := ""
	for _, f := range d.Findings {
		t.c.add(f.Severity)
		if f.Unit != last {
			fmt.Fprintf(bw, "\n%s %s\n", t.paint(cBold, d.Doc.Path), t.paint(cBold, f.Unit))
			last = f.Unit
		}
		sev := f.Severity.String()
		switch f.Severity {
		case check.Error:
			sev = t.paint(cRed, sev)
		case check.Warning:
			sev = t.paint(cYel, sev)
		default:
			sev = t.paint(cBlue, sev)
		}
		fmt.Fprintf(bw, "  %s %s: %s\n", sev, f.Rule, f.Message)
		p := units[f.Unit]
		frMark, nlMark := diffTokens(f.FR, f.NL)
		for _, side := range []struct {
			name string
			ev   *check.Evidence
			file string
			u    *align.Unit
			mark string
		}{{"FR", f.FR, evFile(d.Doc, align.FR, f.FR), unitOf(p, align.FR), frMark}, {"NL", f.NL, evFile(d.Doc, align.NL, f.NL), unitOf(p, align.NL), nlMark}} {
			if side.ev == nil {
				fmt.Fprintf(bw, "    %s —\n", side.name)
				continue
			}
			fmt.Fprintf(bw, "    %s %s  %s\n", side.name, textPlace(side.file, side.ev.Pos), excerpt(side.u, side.ev, side.mark, t.color))
		}
	}
	return bw.Flush()
}

func (t *textReporter) End() error {
	fmt.Fprintf(t.bw, "\n%s: %s\n", nounCount(t.docs, "document"), plural(t.c))
	return t.bw.Flush()
}

// textPlace returns "FILE:LINE:COL", or for PDF input, whose lines are
// counted on their page, the page and column first:
// "k.pdf, page 7, right column, 32:1".
func textPlace(file string, p align.Pos) string {
	if p.Page > 0 {
		return file + ", " + lineCol(p)
	}
	return fmt.Sprintf("%s:%d:%d", file, p.Line, p.Col)
}

func unitOf(p *align.Pair, l align.Lang) *align.Unit {
	if p == nil {
		return nil
	}
	return p.Side(l)
}

// diffTokens returns, for each side's evidence, the evidence text with the
// words that differ from the other side's evidence marked by ⟦ ⟧.
func diffTokens(fr, nl *check.Evidence) (string, string) {
	if fr == nil || nl == nil {
		return "", ""
	}
	dmp := diffmatchpatch.New()
	a, b, words := dmp.DiffLinesToRunes(wordLines(fr.Text), wordLines(nl.Text))
	diffs := dmp.DiffCharsToLines(dmp.DiffMainRunes(a, b, false), words)
	var fa, fb strings.Builder
	for _, d := range diffs {
		t := strings.ReplaceAll(d.Text, "\n", "")
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			fa.WriteString(t)
			fb.WriteString(t)
		case diffmatchpatch.DiffDelete:
			fa.WriteString("⟦" + t + "⟧")
		case diffmatchpatch.DiffInsert:
			fb.WriteString("⟦" + t + "⟧")
		}
	}
	return fa.String(), fb.String()
}

// wordLines puts every word and every run of other characters on a line
// of its own, so that a line diff is a word diff.
func wordLines(s string) string {
	var b strings.Builder
	prevWord := false
	for i, r := range s {
		isWord := r == '_' || ('0' <= r && r <= '9') || isLetter(r)
		if i > 0 && isWord != prevWord {
			b.WriteByte('\n')
		}
		b.WriteRune(r)
		prevWord = isWord
	}
	b.WriteByte('\n')
	return b.String()
}

func isLetter(r rune) bool {
	return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || r > 0x7f && r != '\u00a0'
}

// excerpt shows up to 40 runes either side of the evidence in the unit,
// with the evidence (or its differing words) marked.
func excerpt(u *align.Unit, ev *check.Evidence, marked string, color bool) string {
	mark := func(s string) string {
		if color {
			s = strings.NewReplacer("⟦", cMark, "⟧", cReset).Replace(s)
			if !strings.Contains(s, cMark) {
				s = cMark + s + cReset
			}
			return s
		}
		if !strings.Contains(s, "⟦") {
			s = "⟦" + s + "⟧"
		}
		return s
	}
	if marked == "" {
		marked = ev.Text
	}
	if u == nil {
		return mark(marked)
	}
	text := u.Text.S
	i := strings.Index(text, ev.Text)
	if i < 0 || ev.Text == "" {
		return mark(marked)
	}
	before := []rune(text[:i])
	after := []rune(text[i+len(ev.Text):])
	pre, post := "", ""
	if len(before) > 40 {
		before, pre = before[len(before)-40:], "…"
	}
	if len(after) > 40 {
		after, post = after[:40], "…"
	}
	return pre + string(before) + mark(marked) + string(after) + post
}
