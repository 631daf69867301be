package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/baseline"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/config"
	"github.com/concord-bilingual/concord/checks/report"
	"github.com/concord-bilingual/concord/internal/bounded"
)

// gate holds what decides which findings a run reports: the project's
// concord.toml (named by --config or found next to each input) and the
// --baseline of accepted findings.
type gate struct {
	explicit *config.Config            // --config, if given
	found    map[string]*config.Config // by file found, for the others
	broken   map[string]error          // files found that do not load
	base     *baseline.File            // --baseline, if given

	suppressed, known int
}

func newGate(configPath, baselinePath string) (*gate, error) {
	g := &gate{found: map[string]*config.Config{}}
	if configPath != "" {
		c, err := config.Load(configPath)
		if err != nil {
			return nil, usageError(flagFileErr("--config", configPath, err))
		}
		g.explicit = c
	}
	if baselinePath != "" {
		b, err := baseline.Load(baselinePath)
		if err != nil {
			return nil, usageError(flagFileErr("--baseline", baselinePath, err))
		}
		g.base = b
	}
	return g, nil
}

// loadFound loads a concord.toml the search found. One that is not a
// regular file (a named pipe would be waited on for ever) does not load.
func loadFound(name string) (*config.Config, error) {
	if st, err := os.Stat(name); err == nil && !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", name)
	}
	return config.Load(name)
}

// config returns the configuration governing the input at path.
func (g *gate) config(path string) (*config.Config, error) {
	if g.explicit != nil {
		return g.explicit, nil
	}
	if path == "-" {
		path = "."
	}
	name, err := config.Find(path)
	if err != nil || name == "" {
		return nil, err
	}
	if c, ok := g.found[name]; ok {
		return c, nil
	}
	if err := g.broken[name]; err != nil {
		return nil, err
	}
	c, err := loadFound(name)
	if err != nil {
		if g.broken == nil {
			g.broken = map[string]error{}
		}
		g.broken[name] = err
		return nil, err
	}
	g.found[name] = c
	return c, nil
}

// apply returns the findings of doc that the configuration keeps (with
// its severities), and of those the ones the baseline does not hold.
func (g *gate) apply(doc *align.Document, fs []check.Finding) (all, fresh []check.Finding, err error) {
	c, err := g.config(doc.Path)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: not checked: %w", doc.Path, err)
	}
	all, sup := c.Apply(fs)
	g.suppressed += len(sup)
	all = check.Sort(doc, all)
	fresh = all
	if g.base != nil {
		var known int
		fresh, known = g.base.Filter(doc.Path, all)
		g.known += known
	}
	return all, fresh, nil
}

// outputTarget is one report to write: a file ("" or "-" for standard
// output) and its format.
type outputTarget struct {
	path   string
	format func() report.Reporter
}

// outputTargets reads the -o values. "-o FILE" writes the --format report
// to FILE; "-o FORMAT=FILE" writes that format, so one run can write
// several reports. Without -o the --format report goes to standard output.
func outputTargets(def func() report.Reporter, specs []string, lookup func(string) (func() report.Reporter, error)) ([]outputTarget, error) {
	if len(specs) == 0 {
		return []outputTarget{{format: def}}, nil
	}
	var out []outputTarget
	seen := map[string]bool{}
	for _, s := range specs {
		t := outputTarget{path: s, format: def}
		if name, file, ok := strings.Cut(s, "="); ok && !strings.ContainsAny(name, `/\.`) {
			f, err := lookup(name)
			if err != nil {
				return nil, err
			}
			t = outputTarget{path: file, format: f}
		}
		if t.path == "" {
			return nil, usageError(fmt.Errorf("-o %s: no file name", s))
		}
		if key := filepath.Clean(t.path); seen[key] && t.path != "-" {
			return nil, usageError(fmt.Errorf("-o: %s is named twice", t.path))
		} else {
			seen[key] = true
		}
		out = append(out, t)
	}
	return out, nil
}

// sourceLines reads an input file's lines for formats that count bytes.
func sourceLines(encoding string) func(string) ([]string, error) {
	return func(path string) ([]string, error) {
		data, err := bounded.ReadFile(path)
		if err != nil {
			return nil, err
		}
		src, err := align.Decode(path, data, encoding)
		if err != nil {
			return nil, err
		}
		return src.Lines, nil
	}
}
