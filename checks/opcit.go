package checks

import (
	"strconv"
	"strings"

	"github.com/concord-bilingual/concord/checks/token"
	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// A footnote that cites a work given before writes "op. cit." with the page
// ("I. Maes en S. Rey, op.cit, (22) 12"), where the other version may repeat
// the whole reference ("I. Maes et S. Rey, “The status …”, Octobre 2022,
// Inovigate"). The figures of the two notes then differ by convention, not
// by error, and are not compared.
var (
	opCitRE   = lazyregexp.New(`(?i)\bop\.\s?cit\b`)
	noteNumRE = lazyregexp.New(`(?:^|\s)(\d{1,3}) \p{Lu}`)
)

// opCitNotes returns the byte spans of a note citing "op. cit." on one side
// and of the note with the same number on the other side, which does not.
func opCitNotes(fr, nl string) (frSpan, nlSpan token.Span, ok bool) {
	if !strings.Contains(fr, "cit") && !strings.Contains(nl, "cit") || !mayCiteOpCit(fr) && !mayCiteOpCit(nl) {
		return token.Span{}, token.Span{}, false
	}
	for _, side := range []struct {
		s, other string
		fr       bool
	}{{fr, nl, true}, {nl, fr, false}} {
		// A few notes at most: each search reads the other side whole.
		for _, m := range opCitRE.FindAllStringIndex(side.s, maxOpCit) {
			n, own, found := noteAround(side.s, m[0])
			if !found {
				continue
			}
			theirs, found := noteNumbered(side.other, n)
			if !found || opCitRE.MatchString(side.other[theirs.Start:theirs.End]) {
				continue
			}
			if side.fr {
				return own, theirs, true
			}
			return theirs, own, true
		}
	}
	return token.Span{}, token.Span{}, false
}

// mayCiteOpCit reports whether s may hold a match of opCitRE, which
// needs "p." in either case: most texts with "cit" (citoyen, explicite)
// have none, and need not be searched.
func mayCiteOpCit(s string) bool {
	return strings.Contains(s, "p.") || strings.Contains(s, "P.")
}

// noteAround returns the number and span of the note that holds offset at:
// from the last note number before it (within 300 bytes) to the next note
// number or the end of the text.
func noteAround(s string, at int) (int, token.Span, bool) {
	from := max(0, at-300)
	ms := noteNumRE.FindAllStringSubmatchIndex(s[from:at], -1)
	if len(ms) == 0 {
		return 0, token.Span{}, false
	}
	m := ms[len(ms)-1]
	n, _ := strconv.Atoi(s[from+m[2] : from+m[3]])
	return n, token.Span{Start: from + m[2], End: noteEnd(s, at, n)}, true
}

// noteNumbered returns the span of note n in s.
func noteNumbered(s string, n int) (token.Span, bool) {
	for _, m := range noteNumRE.FindAllStringSubmatchIndex(s, -1) {
		if s[m[2]:m[3]] == strconv.Itoa(n) {
			return token.Span{Start: m[2], End: noteEnd(s, m[3], n)}, true
		}
	}
	return token.Span{}, false
}

// noteEnd returns where the note numbered n, running at from, ends: at
// note n+1, or the end of the text, or maxNote bytes further.
func noteEnd(s string, from, n int) int {
	next := strconv.Itoa(n + 1)
	end := min(len(s), from+maxNote)
	for _, m := range noteNumRE.FindAllStringSubmatchIndex(s[from:end], -1) {
		if s[from+m[2]:from+m[3]] == next {
			return from + m[2]
		}
	}
	return end
}

const (
	maxOpCit = 8    // the "op. cit." notes looked at per side of a pair
	maxNote  = 2000 // the longest note, in bytes
)

// without returns the facts outside sp.
func (f facts) without(sp token.Span) facts {
	out := f
	out.nums, out.dates, out.refs = nil, nil, nil
	for _, n := range f.nums {
		if n.End <= sp.Start || n.Start >= sp.End {
			out.nums = append(out.nums, n)
		}
	}
	for _, d := range f.dates {
		if d.End <= sp.Start || d.Start >= sp.End {
			out.dates = append(out.dates, d)
		}
	}
	for _, r := range f.refs {
		if r.End <= sp.Start || r.Start >= sp.End {
			out.refs = append(out.refs, r)
		}
	}
	return out
}
