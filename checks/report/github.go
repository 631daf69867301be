package report

import (
	"fmt"
	"io"
	"strings"

	"concord/checks"
)

// githubShown is how many annotations of one kind (error, warning, notice)
// a workflow step displays; the rest are in the log only.
const githubShown = 10

// GitHub writes r as workflow commands that annotate the files of a pull
// request: "::error file=F,line=L,col=C,title=RULE::MESSAGE", warnings as
// ::warning and info findings as ::notice. The message carries the unit and
// the other language's evidence. When a kind has more findings than a step
// displays, a first ::warning line says how many there are in all.
func GitHub(w io.Writer, r *Result) error {
	var c counts
	for _, d := range r.Docs {
		for _, f := range d.Findings {
			c.add(f.Severity)
		}
	}
	var b strings.Builder
	if c.Error > githubShown || c.Warning > githubShown || c.Info > githubShown {
		fmt.Fprintf(&b, "::warning title=%s::%s\n", githubProperty(r.Tool.Name+" summary"), githubData(fmt.Sprintf(
			"%d errors, %d warnings, %d notices in %d documents; a step shows the first %d of each kind, see the job log or the full report for the rest",
			c.Error, c.Warning, c.Info, len(r.Docs), githubShown)))
	}
	for _, d := range r.Docs {
		for i := range d.Findings {
			f := &d.Findings[i]
			main, others := primary(d.Doc, f)
			fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,title=%s::%s\n",
				githubKind(f.Severity), githubProperty(main.File), max(main.Ev.Line, 1), max(main.Ev.Col, 1),
				githubProperty(f.Rule), githubData(fullMessage(f, others)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func githubKind(s checks.Severity) string {
	switch s {
	case checks.Error:
		return "error"
	case checks.Warning:
		return "warning"
	}
	return "notice"
}

// githubData escapes a command's message the way the runner unescapes it.
var githubData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// githubProperty escapes a command property value: as data, plus the
// separators ':' and ','.
var githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
