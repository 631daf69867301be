package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
)

// alignWidth is the width of each column of the side-by-side view.
const alignWidth = 58

// AlignText writes the pairs of each document side by side, FR left and NL
// right, each unit wrapped to its column under its key and line numbers.
func AlignText(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	for i, d := range r.Docs {
		if i > 0 {
			bw.WriteString("\n")
		}
		p, f, n := Counts(d.Doc)
		fmt.Fprintf(bw, "%s: %s, %d FR only, %d NL only (%s layout)\n", d.Doc.Path, nounCount(p, "pair"), f, n, d.Doc.Layout)
		for _, pr := range d.Doc.Pairs {
			fmt.Fprintf(bw, "\n%s%s\n", pr.Key, sharedNote(pr))
			left, right := wrapUnit(pr.FR), wrapUnit(pr.NL)
			if pr.Shared {
				right = nil
			}
			for k := 0; k < max(len(left), len(right)); k++ {
				l, r := "", ""
				if k < len(left) {
					l = left[k]
				}
				if k < len(right) {
					r = right[k]
				}
				pad := alignWidth - utf8.RuneCountInString(l)
				fmt.Fprintf(bw, "  %s%s │ %s\n", l, strings.Repeat(" ", max(pad, 0)), r)
			}
		}
	}
	return bw.Flush()
}

func sharedNote(p align.Pair) string {
	if p.Shared {
		return " (shared by both languages)"
	}
	return ""
}

// wrapUnit renders a unit as lines of at most alignWidth runes, the first
// starting with its line number.
func wrapUnit(u *align.Unit) []string {
	if u == nil {
		return []string{"—"}
	}
	text := fmt.Sprintf("[%d] %s", u.Text.Pos(0).Line, u.Text.S)
	var lines []string
	var cur strings.Builder
	n := 0
	for _, word := range strings.Fields(text) {
		wl := utf8.RuneCountInString(word)
		if n > 0 && n+1+wl > alignWidth {
			lines = append(lines, cur.String())
			cur.Reset()
			n = 0
		}
		for wl > alignWidth { // a word longer than the column
			r := []rune(word)
			lines = append(lines, string(r[:alignWidth]))
			word = string(r[alignWidth:])
			wl = len(r) - alignWidth
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(word)
		n += wl
	}
	if n > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}
