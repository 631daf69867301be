package checks

import (
	"fmt"
	"strconv"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// StructureUnaligned reports, once, each stretch of a document that the
// pairing could not align with confidence, and each passage of one
// language found in the other language's stream and set aside. The
// content checks do not compare the pairs of such a stretch (see Run).
var StructureUnaligned = &check.Check{
	ID:       "structure/unaligned",
	Severity: check.Warning,
	// Sees no view: the pairs as the pairing made them, unaligned
	// stretches included.
	Doc: `stretch that could not be paired with confidence

A run of units that the pairing could not match with confidence: units
on one side only, or pairs whose lengths, numbers and words do not show
them to be translations. It is reported once, with its span on each
side, and its units are not compared by the other checks. A stretch with
units on one side only is a warning; one with units on both sides that
do not match is information, as is a passage of the other language found
in a language's stream (an annex or a table the extraction sent to the
wrong column), which is set aside. A pair with a unit of more than a
megabyte (an extraction that lost every paragraph break) is reported the
same way, as a warning, and not compared.

  FR: 12 sentences of an impact analysis   NL: (none)   → one finding`,
	Run: func(p *check.Pass) {
		pairs := p.Doc.Pairs
		for k := 0; k < len(pairs); {
			if !pairs[k].Unaligned {
				if tooLong(&pairs[k]) {
					reportTooLong(p, &pairs[k])
				}
				k++
				continue
			}
			e := k
			var fr, nl []*align.Unit
			for e < len(pairs) && pairs[e].Unaligned {
				if u := pairs[e].FR; u != nil {
					fr = append(fr, u)
				}
				if u := pairs[e].NL; u != nil {
					nl = append(nl, u)
				}
				e++
			}
			f := check.Finding{Unit: pairs[k].Key, Severity: check.Info,
				Message: fmt.Sprintf("stretch that could not be paired with confidence: %s in FR, %s in NL", stretch(fr), stretch(nl))}
			if len(fr) == 0 || len(nl) == 0 {
				f.Severity = check.Warning
			}
			if len(fr) > 0 {
				f.FR = check.At(fr[0], 0, labelEnd(fr[0]))
			}
			if len(nl) > 0 {
				f.NL = check.At(nl[0], 0, labelEnd(nl[0]))
			}
			p.Report(f)
			k = e
		}
		reportAside(p)
	},
}

// maxComparedUnit is the longest unit, in bytes, the content checks
// compare: a pair with a longer side is reported once by
// structure/unaligned and compared by no other check. The longest
// paragraph of the real documents has 126 KB; a unit of megabytes is an
// extraction that lost every paragraph break (a document on one line),
// and comparing two such units word by word held some 70 bytes of memory
// per byte of text (3.7 GB for two lines of 25 MB).
const maxComparedUnit = 1 << 20

// tooLong reports whether a side of pr is longer than maxComparedUnit.
func tooLong(pr *align.Pair) bool {
	return pr.FR != nil && len(pr.FR.Text.S) > maxComparedUnit || pr.NL != nil && len(pr.NL.Text.S) > maxComparedUnit
}

// reportTooLong reports a pair too long to be compared.
func reportTooLong(p *check.Pass, pr *align.Pair) {
	var fr, nl []*align.Unit
	if pr.FR != nil {
		fr = []*align.Unit{pr.FR}
	}
	if pr.NL != nil && !pr.Shared {
		nl = []*align.Unit{pr.NL}
	}
	f := check.Finding{Unit: pr.Key, Severity: check.Warning,
		Message: fmt.Sprintf("pair too long to compare: %s in FR, %s in NL (units of more than %d characters are not compared)", stretch(fr), stretch(nl), maxComparedUnit)}
	if len(fr) > 0 {
		f.FR = check.At(fr[0], 0, labelEnd(fr[0]))
	}
	if len(nl) > 0 {
		f.NL = check.At(nl[0], 0, labelEnd(nl[0]))
	}
	p.Report(f)
}

// stretch describes units of one side: how many and how many characters.
func stretch(us []*align.Unit) string {
	if len(us) == 0 {
		return "nothing"
	}
	n := 0
	for _, u := range us {
		n += len(u.Text.S)
	}
	unit := "units"
	if len(us) == 1 {
		unit = "unit"
	}
	return fmt.Sprintf("%d %s (%d characters)", len(us), unit, n)
}

// reportAside reports each run of text set aside as the other language in
// a language's stream.
func reportAside(p *check.Pass) {
	for i, a := range p.Doc.Aside {
		ev := &check.Evidence{Pos: a.Text.Pos(0), Text: excerpt(a.Text.S)}
		f := check.Finding{Unit: "aside:" + strconv.Itoa(i+1), Severity: check.Info,
			Message: fmt.Sprintf("%d characters of %s text in the %s text set aside (an annex or a table in the other language's column)",
				a.Len, langWord(a.Lang), langWord(a.Col))}
		if a.Col == align.NL {
			f.NL = ev
		} else {
			f.FR = ev
		}
		p.Report(f)
	}
}

// excerpt returns the first 40 bytes of s, cut at a character.
func excerpt(s string) string {
	n := min(40, len(s))
	for n < len(s) && s[n]&0xC0 == 0x80 {
		n++
	}
	return s[:n]
}

// alignedView returns doc without the pairs of the stretches the pairing
// could not align and those too long to compare, which
// structure/unaligned reports once: no other check compares them. Without such pairs it returns doc itself.
func alignedView(doc *align.Document) *align.Document {
	n := 0
	for i := range doc.Pairs {
		if doc.Pairs[i].Unaligned || tooLong(&doc.Pairs[i]) {
			n++
		}
	}
	if n == 0 {
		return doc
	}
	v := *doc
	v.Pairs = make([]align.Pair, 0, len(doc.Pairs)-n)
	for _, p := range doc.Pairs {
		if !p.Unaligned && !tooLong(&p) {
			v.Pairs = append(v.Pairs, p)
		}
	}
	return &v
}
