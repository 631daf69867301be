package eval

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
)

// Input is one generated document as the reader sees it: a single
// bilingual file, or a French and a Dutch file.
type Input struct {
	Name   string // a name for reports, e.g. "kazakhstan/repaged-2"
	Source string // the source document it was built from
	Layout string // "blocks", "repaged", "two-files", "flow" or "pdftotext"
	Single string // the bilingual file, when the document is one file
	FR, NL string // the two monolingual files otherwise
}

// Read aligns the input as concord does, keeping its blocks (the
// re-layouts are made from them).
func (in *Input) Read() (*align.Document, error) {
	if in.Single != "" {
		return align.ReadBytes(in.Name+".txt", []byte(in.Single), align.Options{KeepBlocks: true})
	}
	return align.FromTexts(in.Name, in.FR, in.NL)
}

// raw returns the input text that holds language l.
func (in *Input) raw(l align.Lang) *string {
	switch {
	case in.Single != "":
		return &in.Single
	case l == align.NL:
		return &in.NL
	}
	return &in.FR
}

// edit replaces raw[start:end] of the file holding lang with repl.
type edit struct {
	lang       align.Lang
	start, end int
	repl       string
}

// apply returns a copy of in with the edits made. Edits must not overlap.
func (in Input) apply(edits []edit) Input {
	sort.Slice(edits, func(i, j int) bool { return edits[i].start > edits[j].start })
	for _, e := range edits {
		p := in.raw(e.lang)
		*p = (*p)[:e.start] + e.repl + (*p)[e.end:]
	}
	return in
}

// locator maps unit text offsets back to byte offsets of the raw input.
type locator struct {
	in     *Input
	starts map[*string][]int
}

func newLocator(in *Input) *locator {
	return &locator{in: in, starts: map[*string][]int{}}
}

// offset returns the byte offset in the raw file of language l of the
// input position p, or -1.
func (lc *locator) offset(l align.Lang, p align.Pos) int {
	raw := lc.in.raw(l)
	st, ok := lc.starts[raw]
	if !ok {
		st = []int{0}
		for i := 0; i < len(*raw); i++ {
			if (*raw)[i] == '\n' {
				st = append(st, i+1)
			}
		}
		lc.starts[raw] = st
	}
	if p.Line < 1 || p.Line > len(st) || p.Col < 1 {
		return -1
	}
	off := st[p.Line-1]
	for c := 1; c < p.Col; c++ {
		if off >= len(*raw) || (*raw)[off] == '\n' {
			return -1
		}
		_, n := utf8.DecodeRuneInString((*raw)[off:])
		off += n
	}
	return off
}

// token returns the raw byte range of u.Text.S[s:e], a stretch that must
// appear verbatim in the input (no markup, no line break inside).
func (lc *locator) token(u *align.Unit, s, e int) (int, int, bool) {
	a := lc.offset(u.Lang, u.Text.Pos(s))
	if a < 0 {
		return 0, 0, false
	}
	raw := *lc.in.raw(u.Lang)
	b := a + (e - s)
	if b > len(raw) || raw[a:b] != u.Text.S[s:e] {
		return 0, 0, false
	}
	return a, b, true
}

// span returns the raw byte range of u.Text.S[s:e], a stretch that may
// cross lines and markup; the raw text, without markup and white space,
// must equal the unit's.
func (lc *locator) span(u *align.Unit, s, e int) (int, int, bool) {
	a := lc.offset(u.Lang, u.Text.Pos(s))
	var b int
	if e < len(u.Text.S) {
		b = lc.offset(u.Lang, u.Text.Pos(e))
	} else {
		_, n := utf8.DecodeLastRuneInString(u.Text.S)
		b = lc.offset(u.Lang, u.Text.Pos(e-n))
		if b >= 0 {
			b += n
		}
	}
	raw := *lc.in.raw(u.Lang)
	if a < 0 || b < a || b > len(raw) {
		return 0, 0, false
	}
	if squeeze(raw[a:b]) != squeeze(u.Text.S[s:e]) {
		return 0, 0, false
	}
	return a, b, true
}

// squeeze drops white space and markup characters, for comparing a raw
// stretch with its cleaned text.
func squeeze(s string) string {
	for _, m := range []string{"<i>", "</i>", "<b>", "</b>", "**", "*", "^{", "^", "}"} {
		s = strings.ReplaceAll(s, m, "")
	}
	return strings.Join(strings.Fields(s), "")
}
