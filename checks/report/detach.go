package report

import (
	"strings"

	"github.com/concord-bilingual/concord/checks/check"
)

// Detach returns a copy of fs that shares no memory with the document
// the findings come from.
func Detach(fs []check.Finding) []check.Finding {
	out := make([]check.Finding, len(fs))
	for i, f := range fs {
		f.Rule, f.Unit, f.Message = strings.Clone(f.Rule), strings.Clone(f.Unit), strings.Clone(f.Message)
		f.FR, f.NL = cloneEvidence(f.FR), cloneEvidence(f.NL)
		out[i] = f
	}
	return out
}

func cloneEvidence(e *check.Evidence) *check.Evidence {
	if e == nil {
		return nil
	}
	c := *e
	c.Text = strings.Clone(e.Text)
	return &c
}
