package checks

import "github.com/concord-bilingual/concord/checks/check"

// The framework's names, as the rules write them. The framework is package
// check; these aliases keep the rules' code short and let callers that
// only run the rule set import this package alone.
type (
	Check    = check.Check
	Analysis = check.Analysis
	Pass     = check.Pass
	Finding  = check.Finding
	Evidence = check.Evidence
	Severity = check.Severity
	Env      = check.Env
	Term     = check.Term
)

// The severities.
const (
	Info    = check.Info
	Warning = check.Warning
	Error   = check.Error
)

// At returns the evidence for text u.Text.S[start:end] (check.At).
var At = check.At

// Run runs the checks on doc (check.Run).
var Run = check.Run

// Sort orders findings by their units' order in doc (check.Sort).
var Sort = check.Sort

// ParseSeverity reads "info", "warning" or "error" (check.ParseSeverity).
var ParseSeverity = check.ParseSeverity

// Categories lists the finding categories (check.Categories).
var Categories = check.Categories
