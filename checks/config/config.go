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
// The file is TOML, read by github.com/pelletier/go-toml/v2: any valid TOML
// (multi-line strings, inline tables, dotted keys) that has the shape
// above is accepted, and a key concord does not know is an error naming
// its line.
package config

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"github.com/concord-bilingual/concord/checks"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/internal/bounded"
)

// FileName is the name Find looks for.
const FileName = "concord.toml"

// Config is a parsed configuration. The zero value changes nothing.
type Config struct {
	Path       string                    // the file it was read from
	Severity   map[string]check.Severity // by rule ID or category
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
	Finding check.Finding
	Reason  string
}

// tomlFile is the shape of concord.toml.
type tomlFile struct {
	Severity map[string]string `toml:"severity"`
	Suppress []tomlSuppress    `toml:"suppress"`
}

type tomlSuppress struct {
	Rule     string `toml:"rule"`
	Unit     string `toml:"unit"`
	Evidence string `toml:"evidence"`
	Reason   string `toml:"reason"`
}

// decodeTOML decodes src into doc, refusing unknown fields. A fault of
// the TOML reader on some input is an error of that file, not a crash of
// the run: go-toml 2.2.4 panicked on a table header with an escape
// (`["\b"]`), found by FuzzParse.
func decodeTOML(src string, doc *tomlFile) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("not a configuration concord can read (%v)", r)
		}
	}()
	dec := toml.NewDecoder(strings.NewReader(src))
	dec.DisallowUnknownFields()
	return dec.Decode(doc)
}

// Parse reads a configuration from src; name is used in errors.
func Parse(name, src string) (*Config, error) {
	var doc tomlFile
	if err := decodeTOML(src, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", name, tomlError(err, src))
	}
	c := &Config{Path: name, Severity: map[string]check.Severity{}}
	var keys []string
	for k := range doc.Severity {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		sev, err := check.ParseSeverity(doc.Severity[k])
		if err != nil {
			return nil, fmt.Errorf("%s: severity of %s: %w", name, k, err)
		}
		if !knownRule(k) {
			return nil, fmt.Errorf("%s: severity of %s: unknown check or category (see concord rules)", name, k)
		}
		c.Severity[k] = sev
	}
	for i, t := range doc.Suppress {
		s := Suppress(t)
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

// tomlError rewrites an error of the TOML decoder as "line N: …": the
// first unknown key with what is allowed where it stands, a value of the
// wrong type with its key, or a syntax error with its line. src is the
// file, to name the key of a line.
func tomlError(err error, src string) error {
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) && len(strict.Errors) > 0 {
		e := &strict.Errors[0]
		line, _ := e.Position()
		key := e.Key()
		want := "[severity] or [[suppress]]"
		if len(key) > 1 && key[0] == "suppress" {
			want = "rule, unit, evidence, reason"
		}
		return fmt.Errorf("line %d: unknown key %q (want %s)", line, strings.Join(key, "."), want)
	}
	msg := strings.TrimPrefix(err.Error(), "toml: ")
	if m := wrongType.FindStringSubmatch(msg); m != nil {
		msg = "want a string, not " + m[1]
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		line, _ := de.Position()
		key := strings.Join(de.Key(), ".")
		if key == "" {
			key = keyOfLine(src, line)
		}
		if key != "" {
			return fmt.Errorf("line %d: %s: %s", line, key, msg)
		}
		return fmt.Errorf("line %d: %s", line, msg)
	}
	return errors.New(msg)
}

// wrongType matches the decoder's message for a value of the wrong type
// and captures the TOML type.
var wrongType = regexp.MustCompile(`cannot (?:decode|store) (?:TOML )?(\w+(?: table)?)`)

// keyOfLine returns the key of "key = value" on line n of src, or "".
func keyOfLine(src string, n int) string {
	lines := strings.Split(src, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	k, _, ok := strings.Cut(lines[n-1], "=")
	if !ok {
		return ""
	}
	return strings.Trim(strings.TrimSpace(k), `"'`)
}

// knownRule reports whether s names a check of checks.All or a category.
func knownRule(s string) bool {
	if checks.Lookup(s) != nil {
		return true
	}
	for _, c := range check.Categories {
		if c == s {
			return true
		}
	}
	return false
}

// Load reads the named configuration file.
func Load(name string) (*Config, error) {
	data, err := bounded.ReadText(name)
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
func (c *Config) Apply(fs []check.Finding) (kept []check.Finding, suppressed []Suppressed) {
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

func (c *Config) match(f *check.Finding) *Suppress {
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
