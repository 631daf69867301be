package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

const sample = `# concord.toml of a document archive
[severity]
"structure/missing" = "warning"   # drafts often lack a unit
names = 'info'

[[suppress]]
rule = "names"
unit = "intro:*"
evidence = "Loekasjenko"
reason = "official Dutch transliteration of Лукашенко"

[[suppress]]
unit = "recital:Q"
reason = "Q was withdrawn in the NL \"version\"\u00a0only"
`

func TestParse(t *testing.T) {
	c, err := Parse("concord.toml", sample)
	if err != nil {
		t.Fatal(err)
	}
	if c.Severity["structure/missing"] != check.Warning || c.Severity["names"] != check.Info || len(c.Severity) != 2 {
		t.Errorf("severity = %v", c.Severity)
	}
	want := []Suppress{
		{Rule: "names", Unit: "intro:*", Evidence: "Loekasjenko", Reason: "official Dutch transliteration of Лукашенко"},
		{Unit: "recital:Q", Reason: "Q was withdrawn in the NL \"version\"\u00a0only"},
	}
	if len(c.Suppresses) != len(want) {
		t.Fatalf("suppresses = %+v", c.Suppresses)
	}
	for i := range want {
		if c.Suppresses[i] != want[i] {
			t.Errorf("suppress %d = %+v, want %+v", i, c.Suppresses[i], want[i])
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"[[suppress]]\nrule = \"names\"\n", "reason is required"},
		{"[[suppress]]\nreason = \"x\"\n", "give a rule, a unit or an evidence"},
		{"[severity]\n\"numbers/nope\" = \"error\"\n", "unknown check or category"},
		{"[severity]\nnames = \"fatal\"\n", "unknown severity"},
		{"[severity]\nnames = 3\n", "line 2: severity.names: want a string, not integer"},
		{"[severity]\nnames = [\"info\"]\n", "want a string, not array"},
		{"[colours]\n", `line 1: unknown key "colours" (want [severity] or [[suppress]])`},
		{"# c\n\nx = 1\n", `line 3: unknown key "x"`},
		{"[[suppress]]\nrule = \"names\"\nreson = \"x\"\n", `line 3: unknown key "suppress.reson" (want rule, unit, evidence, reason)`},
		{"[[suppress]]\nrule = \"names\"\n\n[[suppress]]\nunit = \"x\"\nreason = \"r\"\nwhy = \"\"\n", `line 7: unknown key "suppress.why"`},
		{"[severity]\nnames = \"info\nnames = 1", "line 2: names: basic strings cannot have new lines"},
		{"[severity]\nnames = \"info\"\nnames = \"error\"\n", "key names is already defined"},
		{"[severity]\nnames = {a = 1}\n", "line 2: severity.names: want a string, not inline table"},
		{"[[suppress]]\nunit = \"[\"\nreason = \"r\"\n", "bad unit pattern"},
	} {
		_, err := Parse("c.toml", tc.src)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %v, want error containing %q", tc.src, err, tc.want)
		}
	}
}

// TestParseTOML reads valid TOML that the earlier hand-written reader
// rejected: multi-line strings, inline tables, dotted keys, an array of
// inline tables.
func TestParseTOML(t *testing.T) {
	src := `severity.names = "info"
severity."structure/missing" = 'warning'
suppress = [
  {rule = "names", unit = "intro:*", reason = """
official Dutch \
transliteration"""},
  {evidence = 'Loekasjenko', reason = '''a "literal" one'''},
]
`
	c, err := Parse("c.toml", src)
	if err != nil {
		t.Fatal(err)
	}
	if c.Severity["names"] != check.Info || c.Severity["structure/missing"] != check.Warning {
		t.Errorf("severity = %v", c.Severity)
	}
	want := []Suppress{
		{Rule: "names", Unit: "intro:*", Reason: "official Dutch transliteration"},
		{Evidence: "Loekasjenko", Reason: `a "literal" one`},
	}
	if len(c.Suppresses) != 2 || c.Suppresses[0] != want[0] || c.Suppresses[1] != want[1] {
		t.Errorf("suppresses = %+v, want %+v", c.Suppresses, want)
	}
}

func ev(s string) *check.Evidence { return &check.Evidence{Pos: align.Pos{Line: 1, Col: 1}, Text: s} }

func TestApply(t *testing.T) {
	c, err := Parse("concord.toml", sample)
	if err != nil {
		t.Fatal(err)
	}
	fs := []check.Finding{
		{Rule: "names/variant", Severity: check.Info, Unit: "intro:1", FR: ev("Loukachenko"), NL: ev("Loekasjenko")},
		{Rule: "names/variant", Severity: check.Warning, Unit: "intro:1", FR: ev("Tokayev"), NL: ev("Tokajev")},
		{Rule: "names/variant", Severity: check.Warning, Unit: "recital:L", NL: ev("Loekasjenko")},
		{Rule: "structure/missing", Severity: check.Error, Unit: "recital:Q", FR: ev("Q.")},
		{Rule: "structure/missing", Severity: check.Error, Unit: "recital:R", FR: ev("R.")},
	}
	kept, sup := c.Apply(fs)
	if len(sup) != 2 || sup[0].Finding.FR.Text != "Loukachenko" || sup[1].Finding.Unit != "recital:Q" || !strings.HasPrefix(sup[1].Reason, "Q was withdrawn") {
		t.Errorf("suppressed = %+v", sup)
	}
	if len(kept) != 3 {
		t.Fatalf("kept = %+v", kept)
	}
	// Tokayev: other evidence, kept, category override to info.
	if kept[0].NL.Text != "Tokajev" || kept[0].Severity != check.Info {
		t.Errorf("kept[0] = %+v", kept[0])
	}
	// recital:L is no intro unit: kept.
	if kept[1].Unit != "recital:L" {
		t.Errorf("kept[1] = %+v", kept[1])
	}
	// rule override to warning.
	if kept[2].Unit != "recital:R" || kept[2].Severity != check.Warning {
		t.Errorf("kept[2] = %+v", kept[2])
	}
	if k, s := (*Config)(nil).Apply(fs); len(k) != len(fs) || s != nil {
		t.Error("a nil config changed the findings")
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(deep, "doc.txt")
	os.WriteFile(doc, []byte("x"), 0o644)
	if p, err := Find(doc); err != nil || (p != "" && strings.HasPrefix(p, root)) {
		t.Errorf("Find without config = %q, %v", p, err)
	}
	cfg := filepath.Join(root, "a", FileName)
	os.WriteFile(cfg, []byte(sample), 0o644)
	for _, in := range []string{doc, deep} {
		if p, err := Find(in); err != nil || p != cfg {
			t.Errorf("Find(%s) = %q, %v; want %s", in, p, err, cfg)
		}
	}
}

// FuzzParse checks that Parse never panics on any input, and that what it
// accepts it reads again the same way after writing its suppressions back
// as TOML.
func FuzzParse(f *testing.F) {
	f.Add(sample)
	f.Add("[[suppress]]\nunit = 'x' # c\nreason = \"\\U0001F600\"\n")
	f.Add("severity.names = \"info\"\nsuppress = [{rule = \"names\", reason = \"\"\"\nr\"\"\"}]\n")
	f.Add("[\"severity\"]\n\"names\" = \"\\t\"\n")
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 1<<16 {
			return
		}
		c, err := Parse("c.toml", src)
		if err != nil {
			return
		}
		var b strings.Builder
		for _, s := range c.Suppresses {
			fmt.Fprintf(&b, "[[suppress]]\nrule = %s\nunit = %s\nevidence = %s\nreason = %s\n",
				tomlQuote(s.Rule), tomlQuote(s.Unit), tomlQuote(s.Evidence), tomlQuote(s.Reason))
		}
		again, err := Parse("again.toml", b.String())
		if err != nil || len(again.Suppresses) != len(c.Suppresses) {
			t.Fatalf("round trip of %q: %v", b.String(), err)
		}
		for i := range c.Suppresses {
			if again.Suppresses[i] != c.Suppresses[i] {
				t.Fatalf("round trip: %+v, want %+v", again.Suppresses[i], c.Suppresses[i])
			}
		}
	})
}

// tomlQuote writes s as a basic string.
func tomlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			b.WriteString("\\u00")
			b.WriteByte("0123456789abcdef"[r>>4])
			b.WriteByte("0123456789abcdef"[r&15])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
