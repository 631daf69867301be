package align

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tags are the HTML-like tags extraction tools leave; they are removed and
// recorded as marks.
var tags = []struct {
	open, close string
	kind        MarkKind
}{
	{"<i>", "</i>", Italic},
	{"<em>", "</em>", Italic},
	{"<b>", "</b>", Bold},
	{"<strong>", "</strong>", Bold},
	{"<sup>", "</sup>", Super},
}

// CleanLine removes extraction markup from one input line and returns the
// text with its map: line is the 1-based line number and col the 1-based
// column of s's first rune in that line. Markup handled: **bold**,
// *italic*, <i>…</i>, <b>…</b>, <sup>…</sup>, ^{er} and ^e superscripts.
// Leading and trailing white space is dropped.
func CleanLine(s string, line, col int) Text {
	var t Text
	if !strings.ContainsAny(s, "<*^") {
		// No markup: the text is the line itself, one run. Most lines
		// are such, and a long document's lines were each copied.
		t.S, t.Segs = s, []Segment{}
		if s != "" {
			t.Segs = append(t.Segs, Segment{Off: 0, Pos: Pos{Line: line, Col: col}})
		}
		return trimText(t)
	}
	var b strings.Builder
	b.Grow(len(s))
	var stack []openMark
	var marks []Mark
	// run tracks the segment being built: its start in b and its column.
	runStart, runCol := 0, col
	segs := []Segment{}
	flush := func() {
		if b.Len() > runStart {
			segs = append(segs, Segment{Off: runStart, Pos: Pos{Line: line, Col: runCol}})
		}
	}
	closeMark := func(k MarkKind) bool {
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].kind == k {
				if b.Len() > stack[i].start {
					marks = append(marks, Mark{Start: stack[i].start, End: b.Len(), Kind: k})
				}
				stack = append(stack[:i], stack[i+1:]...)
				return true
			}
		}
		return false
	}
	cur := col // column of s[i]
	skip := func(n int, text string) {
		flush()
		cur += utf8.RuneCountInString(text[:n])
		runStart, runCol = b.Len(), cur
	}
	for i := 0; i < len(s); {
		rest := s[i:]
		if rest[0] == '<' {
			matched := false
			for _, tg := range tags {
				if strings.HasPrefix(rest, tg.open) {
					skip(len(tg.open), rest)
					stack = append(stack, openMark{tg.kind, b.Len()})
					i += len(tg.open)
					matched = true
					break
				}
				if strings.HasPrefix(rest, tg.close) {
					skip(len(tg.close), rest)
					closeMark(tg.kind)
					i += len(tg.close)
					matched = true
					break
				}
			}
			if matched {
				continue
			}
		}
		if rest[0] == '*' {
			n := 1
			if strings.HasPrefix(rest, "**") {
				n = 2
			}
			kind := Italic
			if n == 2 {
				kind = Bold
			}
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			opening := (i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("(\"“«'‘[", prev)) && i+n < len(s) && !unicode.IsSpace(next) && next != '*'
			closing := i > 0 && !unicode.IsSpace(prev) && (i+n == len(s) || unicode.IsSpace(next) || unicode.IsPunct(next))
			if closing && (hasOpen(stack, kind) || (n == 2 && i+n == len(s))) {
				skip(n, rest)
				closeMark(kind)
				i += n
				continue
			}
			if opening && (n == 2 || strings.Contains(s[i+n:], rest[:n])) {
				skip(n, rest)
				stack = append(stack, openMark{kind, b.Len()})
				i += n
				continue
			}
		}
		if rest[0] == '^' && len(rest) > 1 {
			if rest[1] == '{' {
				if j := strings.IndexByte(rest, '}'); j > 2 {
					skip(2, rest)
					start := b.Len()
					b.WriteString(rest[2:j])
					cur += utf8.RuneCountInString(rest[2:j])
					marks = append(marks, Mark{Start: start, End: b.Len(), Kind: Super})
					skip(1, rest[j:])
					i += j + 1
					continue
				}
			} else if r, _ := utf8.DecodeRuneInString(rest[1:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				skip(1, rest)
				start := b.Len()
				j := 1
				for j < len(rest) {
					r, n := utf8.DecodeRuneInString(rest[j:])
					if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
						break
					}
					j += n
				}
				b.WriteString(rest[1:j])
				cur += utf8.RuneCountInString(rest[1:j])
				marks = append(marks, Mark{Start: start, End: b.Len(), Kind: Super})
				i += j
				continue
			}
		}
		_, n := utf8.DecodeRuneInString(rest)
		b.WriteString(rest[:n])
		cur++
		i += n
	}
	flush()
	for _, o := range stack { // unclosed markup runs to the end of the line
		if b.Len() > o.start {
			marks = append(marks, Mark{Start: o.start, End: b.Len(), Kind: o.kind})
		}
	}
	t.S = b.String()
	t.Segs = segs
	t.Marks = marks
	return trimText(t)
}

type openMark struct {
	kind  MarkKind
	start int
}

func hasOpen(stack []openMark, k MarkKind) bool {
	for _, o := range stack {
		if o.kind == k {
			return true
		}
	}
	return false
}

// trimText drops leading and trailing white space, keeping the map right.
func trimText(t Text) Text {
	lead := len(t.S) - len(strings.TrimLeftFunc(t.S, unicode.IsSpace))
	end := len(strings.TrimRightFunc(t.S, unicode.IsSpace))
	if lead == 0 && end == len(t.S) {
		return t
	}
	return t.Slice(lead, max(lead, end))
}

// Slice returns t.S[start:end] with its map and marks.
func (t *Text) Slice(start, end int) Text {
	var u Text
	u.S = t.S[start:end]
	if start < end && len(t.Segs) > 0 {
		u.Segs = append(u.Segs, Segment{Off: 0, Pos: t.Pos(start)})
		for _, s := range t.Segs {
			if s.Off > start && s.Off < end {
				s.Off -= start
				u.Segs = append(u.Segs, s)
			}
		}
	}
	for _, m := range t.Marks {
		if m.End <= start || m.Start >= end {
			continue
		}
		m.Start = max(m.Start, start) - start
		m.End = min(m.End, end) - start
		u.Marks = append(u.Marks, m)
	}
	return u
}

// slicer cuts a text into pieces at increasing offsets in time linear in
// the text: the position of each cut is counted from the cut before it,
// not from the start of its segment, which in a flowing line is the
// whole line.
type slicer struct {
	t        *Text
	seg, off int  // the segment holding off, the last cut
	pos      Pos  // where off stands
	mark     int  // marks before this one end before off
	sorted   bool // the marks are in order of their start
}

func newSlicer(t *Text) *slicer {
	c := &slicer{t: t, sorted: slices.IsSortedFunc(t.Marks, func(a, b Mark) int { return a.Start - b.Start })}
	if len(t.Segs) > 0 {
		c.pos = t.Segs[0].Pos
	}
	return c
}

// slice returns t.S[start:end] with its map and marks, as t.Slice does;
// start must not be before the start of the previous slice.
func (c *slicer) slice(start, end int) Text {
	t := c.t
	if start < c.off || len(t.Segs) == 0 || start >= end || !c.sorted {
		return t.Slice(start, end)
	}
	for c.seg+1 < len(t.Segs) && t.Segs[c.seg+1].Off <= start {
		c.seg++
		c.off, c.pos = t.Segs[c.seg].Off, t.Segs[c.seg].Pos
	}
	if c.off < t.Segs[c.seg].Off {
		c.off, c.pos = t.Segs[c.seg].Off, t.Segs[c.seg].Pos
	}
	c.pos.Col += utf8.RuneCountInString(t.S[c.off:start])
	c.off = start
	u := Text{S: t.S[start:end], Segs: []Segment{{Off: 0, Pos: c.pos}}}
	for _, s := range t.Segs[c.seg+1:] {
		if s.Off >= end {
			break
		}
		s.Off -= start
		u.Segs = append(u.Segs, s)
	}
	for c.mark < len(t.Marks) && t.Marks[c.mark].End <= start {
		c.mark++ // ends before this cut, and so before every later one
	}
	for _, m := range t.Marks[c.mark:] {
		if m.Start >= end {
			break
		}
		if m.End <= start {
			continue
		}
		m.Start = max(m.Start, start) - start
		m.End = min(m.End, end) - start
		u.Marks = append(u.Marks, m)
	}
	return u
}
