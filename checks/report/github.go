package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/concord-bilingual/concord/checks/check"
)

// githubShown is how many annotations of one kind (error, warning, notice)
// a workflow step displays; the rest are in the log only.
const githubShown = 10

// GitHub returns a reporter of workflow commands that annotate the files
// of a pull request: "::error file=F,line=L,col=C,title=RULE::MESSAGE",
// warnings as ::warning and info findings as ::notice. The message carries
// the unit and the other language's evidence. A finding with evidence on
// both sides is annotated on each side, so that a pull request changing
// either language's text shows it on the lines it changed. When a kind has
// more annotations than a step displays, a first ::warning line says how many
// there are in all; so the annotations wait in a spool until End.
func GitHub() Reporter { return &githubReporter{} }

type githubReporter struct {
	w     io.Writer
	tool  string
	c     counts // findings
	shown counts // annotations
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
		for _, pl := range placements(d.Doc, f) {
			g.shown.add(f.Severity)
			if _, err := fmt.Fprintf(&g.lines, "::%s file=%s,line=%d,col=%d,title=%s::%s\n",
				githubKind(f.Severity), githubProperty(pl.At.File), max(pl.At.Ev.Line, 1), max(pl.At.Ev.Col, 1),
				githubProperty(f.Rule), githubData(fullMessage(f, pl.At, pl.Others))); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *githubReporter) End() error {
	defer g.lines.Close()
	c, a := g.c, g.shown
	if a.Error > githubShown || a.Warning > githubShown || a.Info > githubShown {
		if _, err := fmt.Fprintf(g.w, "::warning title=%s::%s\n", githubProperty(g.tool+" summary"), githubData(fmt.Sprintf(
			"%s, %s, %s in %s; a step shows the first %d of each kind, see the job log or the full report for the rest",
			nounCount(c.Error, "error"), nounCount(c.Warning, "warning"), nounCount(c.Info, "notice"), nounCount(g.docs, "document"), githubShown))); err != nil {
			return err
		}
	}
	_, err := g.lines.WriteTo(g.w)
	return err
}

func githubKind(s check.Severity) string {
	switch s {
	case check.Error:
		return "error"
	case check.Warning:
		return "warning"
	}
	return "notice"
}

// githubData escapes a command's message the way the runner unescapes it.
var githubData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// githubProperty escapes a command property value: as data, plus the
// separators ':' and ','.
var githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
