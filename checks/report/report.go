// Package report renders check results. Each format is a pure function of
// a Result, in its own file, and owns its wire types.
package report

import (
	"io"

	"concord/align"
	"concord/checks"
)

// Result is what a reporter gets: the rule catalogue and, per document, its
// pairs and its findings, already sorted and de-duplicated.
type Result struct {
	Tool struct{ Name, Version string }
	// Checks is the catalogue the run used (for SARIF rules and JUnit
	// passing cases).
	Checks []*checks.Check
	Docs   []DocResult
}

// DocResult is one document of a Result.
type DocResult struct {
	Doc      *align.Document
	Findings []checks.Finding
}

// Formatter writes a Result in one format.
type Formatter func(w io.Writer, r *Result) error

// Formats maps a --format name of concord check to its formatter.
var Formats = map[string]Formatter{
	"json": JSON,
}

// AlignFormats maps a --format name of concord align to its formatter.
var AlignFormats = map[string]Formatter{
	"json": AlignJSON,
	"tsv":  AlignTSV,
}

// Summary counts findings by severity over all documents.
func (r *Result) Summary() (errors, warnings, infos int) {
	for _, d := range r.Docs {
		for _, f := range d.Findings {
			switch f.Severity {
			case checks.Error:
				errors++
			case checks.Warning:
				warnings++
			case checks.Info:
				infos++
			}
		}
	}
	return
}
