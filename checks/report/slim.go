package report

import (
	"slices"
	"strings"

	"concord/align"
	"concord/checks"
)

// Slim returns a copy of d and fs for the formats that read only the
// units findings name (every format but HTML and rdjsonl, see
// NeedsWholeDocument): the paths, every pair's key, the units of the pairs
// fs name in full, and for the other pairs which sides they have, each
// side standing as one empty unit of its language. Nothing of the copy
// shares memory with d, so a batch that keeps its reports in this form
// holds each document's text only while it is checked.
func Slim(d *align.Document, fs []checks.Finding) (*align.Document, []checks.Finding) {
	named := map[string]bool{}
	for _, f := range fs {
		named[f.Unit] = true
	}
	out := &align.Document{
		Path:   strings.Clone(d.Path),
		FRPath: strings.Clone(d.FRPath),
		NLPath: strings.Clone(d.NLPath),
		Layout: strings.Clone(d.Layout),
		Pairs:  make([]align.Pair, len(d.Pairs)),
	}
	full := map[*align.Unit]bool{} // the units of the named pairs
	for _, p := range d.Pairs {
		if named[p.Key] {
			full[p.FR], full[p.NL] = true, true
		}
	}
	copies := map[*align.Unit]*align.Unit{}
	stubs := map[align.Lang]*align.Unit{}
	unit := func(u *align.Unit) *align.Unit {
		if u == nil {
			return nil
		}
		if !full[u] {
			if stubs[u.Lang] == nil {
				stubs[u.Lang] = &align.Unit{Lang: u.Lang}
			}
			return stubs[u.Lang]
		}
		if c, ok := copies[u]; ok {
			return c
		}
		c := &align.Unit{Key: strings.Clone(u.Key), Label: strings.Clone(u.Label), Lang: u.Lang,
			Body: u.Body, File: strings.Clone(u.File), Seq: u.Seq,
			Text: align.Text{S: strings.Clone(u.Text.S), Segs: slices.Clone(u.Text.Segs), Marks: slices.Clone(u.Text.Marks)}}
		copies[u] = c
		return c
	}
	for i, p := range d.Pairs {
		out.Pairs[i] = align.Pair{Key: strings.Clone(p.Key), FR: unit(p.FR), NL: unit(p.NL), Shared: p.Shared}
	}
	return out, Detach(fs)
}

// Detach returns a copy of fs that shares no memory with the document
// the findings come from.
func Detach(fs []checks.Finding) []checks.Finding {
	out := make([]checks.Finding, len(fs))
	for i, f := range fs {
		f.Rule, f.Unit, f.Message = strings.Clone(f.Rule), strings.Clone(f.Unit), strings.Clone(f.Message)
		f.FR, f.NL = cloneEvidence(f.FR), cloneEvidence(f.NL)
		out[i] = f
	}
	return out
}

func cloneEvidence(e *checks.Evidence) *checks.Evidence {
	if e == nil {
		return nil
	}
	c := *e
	c.Text = strings.Clone(e.Text)
	return &c
}

// NeedsWholeDocument reports whether the check format name reads more of a
// document than Slim keeps: the HTML report shows every unit, and rdjsonl
// rebuilds the input lines from the units when it cannot read the file.
func NeedsWholeDocument(name string) bool {
	return name == "html" || name == "rdjsonl"
}
