package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/concord-bilingual/concord/checks"
)

// githubShown is how many annotations of one kind (error, warning, notice)
// a workflow step displays; the rest are in the log only.
const githubShown = 10

// GitHub returns a reporter of workflow commands that annotate the files
// of a pull request: "::error file=F,line=L,col=C,title=RULE::MESSAGE",
// warnings as ::warning and info findings as ::notice. The message carries
// the unit and the other language's evidence. When a kind has more
// findings than a step displays, a first ::warning line says how many
// there are in all; so the annotations wait in a spool until End.
func GitHub() Reporter { return &githubReporter{} }

type githubReporter struct {
	w     io.Writer
	tool  string
	c     counts
	docs  int
	lines spool
}

func (g *githubReporter) Begin(w io.Writer, r *Result) error {
	g.w, g.tool = w, r.Tool.Name
	return nil
}

func (g *githubReporter) Document(d DocResult) error {
	g.docs++
	for i := range d.Findings {
		f := &d.Findings[i]
		g.c.add(f.Severity)
		main, others := primary(d.Doc, f)
		if _, err := fmt.Fprintf(&g.lines, "::%s file=%s,line=%d,col=%d,title=%s::%s\n",
			githubKind(f.Severity), githubProperty(main.File), max(main.Ev.Line, 1), max(main.Ev.Col, 1),
			githubProperty(f.Rule), githubData(fullMessage(f, others))); err != nil {
			return err
		}
	}
	return nil
}

func (g *githubReporter) End() error {
	defer g.lines.Close()
	c := g.c
	if c.Error > githubShown || c.Warning > githubShown || c.Info > githubShown {
		if _, err := fmt.Fprintf(g.w, "::warning title=%s::%s\n", githubProperty(g.tool+" summary"), githubData(fmt.Sprintf(
			"%d errors, %d warnings, %d notices in %d documents; a step shows the first %d of each kind, see the job log or the full report for the rest",
			c.Error, c.Warning, c.Info, g.docs, githubShown))); err != nil {
			return err
		}
	}
	_, err := g.lines.WriteTo(g.w)
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
