// Package config reads concord.toml: the findings a project has accepted
// (suppressions, each with its reason) and the severities it wants for
// some rules.
//
//	# concord.toml
//	[severity]
//	"names/variant" = "warning"      # a rule ID or a category
//
//	[[suppress]]
//	rule = "names/variant"           # rule ID or category (optional)
//	unit = "recital:*"               # unit key, * matches any run (optional)
//	evidence = "Loekasjenko"         # evidence text on either side (optional)
//	reason = "official Dutch transliteration"   # required
//
// The file is TOML; concord reads the subset above itself rather than take
// a dependency for it.
package config

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"

	"github.com/concord-bilingual/concord/checks"
)

// FileName is the name Find looks for.
const FileName = "concord.toml"

// Config is a parsed configuration. The zero value changes nothing.
type Config struct {
	Path       string                     // the file it was read from
	Severity   map[string]checks.Severity // by rule ID or category
	Suppresses []Suppress
}

// Suppress accepts the findings it matches. Empty fields match anything;
// at least one of Rule, Unit and Evidence is set.
type Suppress struct {
	Rule     string // rule ID or category
	Unit     string // unit key; "*" matches any run of characters
	Evidence string // the evidence text of either side
	Reason   string
}

// Suppressed is a finding a suppression accepted, and why.
type Suppressed struct {
	Finding checks.Finding
	Reason  string
}

// Parse reads a configuration from src; name is used in errors.
func Parse(name, src string) (*Config, error) {
	doc, err := parseTOML(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	c := &Config{Path: name, Severity: map[string]checks.Severity{}}
	for k := range doc.root {
		return nil, fmt.Errorf("%s: unknown key %q (want [severity] or [[suppress]])", name, k)
	}
	for t := range doc.tables {
		if t != "severity" {
			return nil, fmt.Errorf("%s: unknown table [%s]", name, t)
		}
	}
	for a := range doc.arrays {
		if a != "suppress" {
			return nil, fmt.Errorf("%s: unknown array [[%s]]", name, a)
		}
	}
	var keys []string
	for k := range doc.tables["severity"] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s, ok := doc.tables["severity"][k].(string)
		if !ok {
			return nil, fmt.Errorf("%s: severity of %s: want a string", name, k)
		}
		sev, err := checks.ParseSeverity(s)
		if err != nil {
			return nil, fmt.Errorf("%s: severity of %s: %w", name, k, err)
		}
		if !knownRule(k) {
			return nil, fmt.Errorf("%s: severity of %s: unknown check or category (see concord rules)", name, k)
		}
		c.Severity[k] = sev
	}
	for i, t := range doc.arrays["suppress"] {
		var s Suppress
		for k, v := range t {
			str, ok := v.(string)
			if !ok {
				return nil, fmt.Errorf("%s: suppress %d: %s: want a string", name, i+1, k)
			}
			switch k {
			case "rule":
				s.Rule = str
			case "unit":
				s.Unit = str
			case "evidence":
				s.Evidence = str
			case "reason":
				s.Reason = str
			default:
				return nil, fmt.Errorf("%s: suppress %d: unknown key %q (want rule, unit, evidence, reason)", name, i+1, k)
			}
		}
		switch {
		case s.Reason == "":
			return nil, fmt.Errorf("%s: suppress %d: a reason is required", name, i+1)
		case s.Rule == "" && s.Unit == "" && s.Evidence == "":
			return nil, fmt.Errorf("%s: suppress %d: give a rule, a unit or an evidence", name, i+1)
		case s.Rule != "" && !knownRule(s.Rule):
			return nil, fmt.Errorf("%s: suppress %d: unknown check or category %q", name, i+1, s.Rule)
		}
		if s.Unit != "" {
			if _, err := path.Match(s.Unit, ""); err != nil {
				return nil, fmt.Errorf("%s: suppress %d: bad unit pattern %q", name, i+1, s.Unit)
			}
		}
		c.Suppresses = append(c.Suppresses, s)
	}
	return c, nil
}

// knownRule reports whether s names a check of checks.All or a category.
func knownRule(s string) bool {
	if checks.Lookup(s) != nil {
		return true
	}
	for _, c := range checks.Categories {
		if c == s {
			return true
		}
	}
	return false
}

// Load reads the named configuration file.
func Load(name string) (*Config, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return Parse(name, string(data))
}

// Find returns the path of the concord.toml that governs input: the first
// found in the input's directory or one of its parents, or "" if none.
func Find(input string) (string, error) {
	abs, err := filepath.Abs(input)
	if err != nil {
		return "", err
	}
	dir := abs
	if fi, err := os.Stat(abs); err != nil || !fi.IsDir() {
		dir = filepath.Dir(abs)
	}
	for {
		p := filepath.Join(dir, FileName)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Apply changes the severities of fs as configured and removes the
// findings a suppression accepts. It returns the kept findings, in order,
// and the suppressed ones with their reasons. A nil Config keeps all.
func (c *Config) Apply(fs []checks.Finding) (kept []checks.Finding, suppressed []Suppressed) {
	if c == nil {
		return fs, nil
	}
	for _, f := range fs {
		if sev, ok := c.Severity[f.Rule]; ok {
			f.Severity = sev
		} else if sev, ok := c.Severity[f.Category()]; ok {
			f.Severity = sev
		}
		if s := c.match(&f); s != nil {
			suppressed = append(suppressed, Suppressed{Finding: f, Reason: s.Reason})
			continue
		}
		kept = append(kept, f)
	}
	return kept, suppressed
}

func (c *Config) match(f *checks.Finding) *Suppress {
	for i := range c.Suppresses {
		s := &c.Suppresses[i]
		if s.Rule != "" && s.Rule != f.Rule && s.Rule != f.Category() {
			continue
		}
		if s.Unit != "" {
			if ok, _ := path.Match(s.Unit, f.Unit); !ok {
				continue
			}
		}
		if s.Evidence != "" && !(f.FR != nil && f.FR.Text == s.Evidence) && !(f.NL != nil && f.NL.Text == s.Evidence) {
			continue
		}
		return s
	}
	return nil
}
