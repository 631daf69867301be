package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/internal/txtar"
)

// goldenSections returns the named section of every golden case.
func goldenSections(t *testing.T, name string) map[string]string {
	t.Helper()
	files, _ := filepath.Glob("testdata/golden/*.txtar")
	out := map[string]string{}
	for _, f := range files {
		a, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, ok := a.Get(name)
		if !ok {
			t.Fatalf("%s: no %s section", f, name)
		}
		out[filepath.Base(f)] = s
	}
	if len(out) == 0 {
		t.Fatal("no golden cases")
	}
	return out
}

// writeTemp writes s to a file in a fresh directory and returns its path.
func writeTemp(t *testing.T, name, s string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func need(t *testing.T, tool string) string {
	t.Helper()
	p, err := exec.LookPath(tool)
	if err != nil {
		t.Skipf("%s not installed (Debian: see testdata/schemas/README.md)", tool)
	}
	return p
}

// sarifValidator returns a function that validates a SARIF log against
// the SARIF 2.1.0 JSON schema with Debian's python3-jsonschema, or skips.
func sarifValidator(t *testing.T) func(log string) error {
	t.Helper()
	py := need(t, "/usr/bin/python3")
	if err := exec.Command(py, "-c", "import jsonschema").Run(); err != nil {
		t.Skip("python3-jsonschema not installed")
	}
	schema, err := filepath.Abs("testdata/schemas/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	const script = `
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft4Validator.check_schema(schema)
v = jsonschema.Draft4Validator(schema)
errs = sorted(v.iter_errors(json.load(open(sys.argv[2]))), key=str)
for e in errs:
    print("/".join(map(str, e.absolute_path)), e.message)
sys.exit(1 if errs else 0)
`
	return func(log string) error {
		out, err := exec.Command(py, "-c", script, schema, writeTemp(t, "out.sarif", log)).CombinedOutput()
		if err != nil {
			return fmt.Errorf("%v\n%s", err, out)
		}
		return nil
	}
}

// TestSARIFSchema validates every SARIF golden against the SARIF 2.1.0
// JSON schema with Debian's python3-jsonschema.
func TestSARIFSchema(t *testing.T) {
	valid := sarifValidator(t)
	for name, s := range goldenSections(t, "sarif") {
		if err := valid(s); err != nil {
			t.Errorf("%s: SARIF does not validate: %v", name, err)
		}
	}
	// The validator must be able to fail: a log without runs is invalid.
	if valid(`{"version":"2.1.0"}`) == nil {
		t.Error("schema check accepted a log without runs")
	}
}

// TestSARIFRoot writes the batch case with its documents under a root
// directory given by absolute paths, one outside the root and one read
// from standard input: URIs under the root are relative to %SRCROOT%,
// whose absolute URI the run gives; the one outside is a file URI; standard
// input has no file to point at and gets logical locations only. The log
// validates against the schema.
func TestSARIFRoot(t *testing.T) {
	valid := sarifValidator(t)
	r := goldenResult(t, "batch")
	root := filepath.Join(t.TempDir(), "repo root")
	outside := filepath.Join(filepath.Dir(root), "elsewhere", "b.nl.txt")
	r.Root = root
	a, b := *r.Docs[0].Doc, *r.Docs[1].Doc
	a.Path, a.FRPath, a.NLPath = filepath.Join(root, "docs", "a.fr.txt"), filepath.Join(root, "docs", "a.fr.txt"), filepath.Join(root, "docs", "a.nl.txt")
	b.Path, b.FRPath, b.NLPath = filepath.Join(root, "docs", "b.fr.txt"), filepath.Join(root, "docs", "b.fr.txt"), outside
	stdin := b
	stdin.Path, stdin.FRPath, stdin.NLPath = "-", "-", "-"
	r.Docs = []DocResult{{Doc: &a, Findings: r.Docs[0].Findings}, {Doc: &b, Findings: r.Docs[1].Findings}, {Doc: &stdin, Findings: r.Docs[1].Findings}}
	var buf bytes.Buffer
	if err := Whole(SARIF)(&buf, r); err != nil {
		t.Fatal(err)
	}
	if err := valid(buf.String()); err != nil {
		t.Fatalf("SARIF does not validate: %v\n%s", err, buf.String())
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if base := run.OriginalURIBaseIDs[sarifRootID].URI; base != "file://"+strings.ReplaceAll(filepath.ToSlash(root), " ", "%20")+"/" {
		t.Errorf("originalUriBaseIds %%SRCROOT%% = %q", base)
	}
	var got []string
	for _, res := range run.Results {
		for _, l := range res.Locations {
			if l.PhysicalLocation == nil {
				got = append(got, "logical "+l.LogicalLocations[0].FullyQualifiedName)
				continue
			}
			a := l.PhysicalLocation.ArtifactLocation
			got = append(got, a.URIBaseID+" "+a.URI)
		}
	}
	want := []string{
		// b: the mismatch on both sides, the NL side outside the root;
		// the unit in NL only.
		"%SRCROOT% docs/b.fr.txt", " file://" + strings.ReplaceAll(filepath.ToSlash(outside), " ", "%20"), " file://" + strings.ReplaceAll(filepath.ToSlash(outside), " ", "%20"),
		// the same from standard input
		"logical recital:O", "logical recital:O", "logical request:2",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("locations:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if strings.Contains(buf.String(), `"uri": "-"`) {
		t.Error("standard input written as the URI -")
	}
}

// TestSARIFStructure checks in Go what code scanning relies on, beyond the
// schema: columns of at least 1, code-point columns, a rule for every
// result, the other language's evidence both as related location and in
// the message, and unique fingerprints.
func TestSARIFStructure(t *testing.T) {
	for name, s := range goldenSections(t, "sarif") {
		var log sarifLog
		if err := json.Unmarshal([]byte(s), &log); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		run := log.Runs[0]
		if run.ColumnKind != "unicodeCodePoints" {
			t.Errorf("%s: columnKind %q", name, run.ColumnKind)
		}
		fps := map[string]bool{}
		for _, res := range run.Results {
			if res.RuleIndex >= len(run.Tool.Driver.Rules) || run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
				t.Errorf("%s: result %s has a wrong ruleIndex", name, res.RuleID)
			}
			for _, l := range append(append([]sarifLocation(nil), res.Locations...), res.RelatedLocations...) {
				if l.PhysicalLocation == nil {
					t.Errorf("%s: a location without file", name)
					continue
				}
				if r := l.PhysicalLocation.Region; r.StartLine < 1 || r.StartColumn < 1 {
					t.Errorf("%s: region %+v starts before 1:1", name, r)
				}
			}
			for _, rl := range res.RelatedLocations {
				if sn := rl.PhysicalLocation.Region.Snippet; sn != nil && !strings.Contains(res.Message.Text, sn.Text) {
					t.Errorf("%s: message %q lacks the related evidence %q", name, res.Message.Text, sn.Text)
				}
			}
			fp := res.PartialFingerprints["concordFingerprint/v1"]
			if fp == "" || fps[fp] {
				t.Errorf("%s: fingerprint %q empty or repeated", name, fp)
			}
			fps[fp] = true
		}
	}
}

// TestTMXValid validates the TMX goldens against the TMX 1.4b DTD.
func TestTMXValid(t *testing.T) {
	xmllint := need(t, "xmllint")
	dtd, _ := filepath.Abs("testdata/schemas/tmx14.dtd")
	for name, s := range goldenSections(t, "align-tmx") {
		out, err := exec.Command(xmllint, "--noout", "--nonet", "--dtdvalid", dtd, writeTemp(t, "out.tmx", s)).CombinedOutput()
		if err != nil {
			t.Errorf("%s: TMX does not validate: %v\n%s", name, err, out)
		}
		if !strings.Contains(s, `srclang="fr-BE"`) || !strings.Contains(s, `<prop type="x-concord-unit">`) {
			t.Errorf("%s: TMX lacks srclang fr-BE or the unit key property", name)
		}
	}
	bad := "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body/></tmx>\n"
	if err := exec.Command(xmllint, "--noout", "--nonet", "--dtdvalid", dtd, writeTemp(t, "bad.tmx", bad)).Run(); err == nil {
		t.Error("the DTD accepted a TMX without header")
	}
}

// xliffSchemas returns the XLIFF schema of each golden section: 1.2 for
// the check and align reports, 2.0 for the xliff2 section.
var xliffSchemas = map[string]string{
	"xliff":       "testdata/schemas/xliff-core-1.2-strict.xsd",
	"align-xliff": "testdata/schemas/xliff-core-1.2-strict.xsd",
	"xliff2":      "testdata/schemas/xliff-core-2.0.xsd",
}

// xmllintSchema returns a command validating a file against an XML schema
// without the network: the XLIFF 1.2 schema imports the W3C xml.xsd by its
// web address, which an XML catalog maps to the local copy.
func xmllintSchema(t *testing.T, xmllint, xsd, file string) *exec.Cmd {
	t.Helper()
	xsd, _ = filepath.Abs(xsd)
	xmlXSD, _ := filepath.Abs("testdata/schemas/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd")
	catalog := writeTemp(t, "catalog.xml", `<?xml version="1.0"?>
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <uri name="http://www.w3.org/2001/xml.xsd" uri="file://`+filepath.ToSlash(xmlXSD)+`"/>
  <system systemId="http://www.w3.org/2001/xml.xsd" uri="file://`+filepath.ToSlash(xmlXSD)+`"/>
</catalog>
`)
	cmd := exec.Command(xmllint, "--noout", "--nonet", "--schema", xsd, file)
	cmd.Env = append(os.Environ(), "XML_CATALOG_FILES="+catalog)
	return cmd
}

// TestXLIFFValid validates the XLIFF goldens against the XLIFF 1.2 strict
// and 2.0 core schemas.
func TestXLIFFValid(t *testing.T) {
	xmllint := need(t, "xmllint")
	for section, xsd := range xliffSchemas {
		for name, s := range goldenSections(t, section) {
			out, err := xmllintSchema(t, xmllint, xsd, writeTemp(t, "out.xlf", s)).CombinedOutput()
			if err != nil {
				t.Errorf("%s %s: XLIFF does not validate: %v\n%s", name, section, err, out)
			}
		}
	}
	bad := map[string]string{
		"xliff2": `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr-BE"><file id="f1"><unit id="u1"><segment><target>x</target></segment></unit></file></xliff>`,
		"xliff":  `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" source-language="fr-BE" datatype="plaintext"><body><trans-unit id="1"><target>x</target></trans-unit></body></file></xliff>`,
	}
	for section, s := range bad {
		if err := xmllintSchema(t, xmllint, xliffSchemas[section], writeTemp(t, "bad.xlf", s)).Run(); err == nil {
			t.Errorf("the %s schema accepted a unit without source", section)
		}
	}
}

// TestXLIFFTranslateToolkit reads the XLIFF 1.2 goldens with
// translate-toolkit, the library behind Pootle and Weblate's converters:
// xliff2po must write one PO entry per unit, and the library must see the
// findings' notes on their units. translate-toolkit reads XLIFF 1.2 only.
func TestXLIFFTranslateToolkit(t *testing.T) {
	xliff2po := need(t, "xliff2po")
	py := need(t, "/usr/bin/python3")
	const notes = `
import sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
for u in store.units:
    for n in u.getnotes().splitlines():
        print(u.getid() + "\t" + n)
`
	for _, section := range []string{"xliff", "align-xliff"} {
		for name, s := range goldenSections(t, section) {
			in := writeTemp(t, "in.xlf", s)
			po := filepath.Join(filepath.Dir(in), "out.po")
			if out, err := exec.Command(xliff2po, "--progress=none", in, po).CombinedOutput(); err != nil {
				t.Fatalf("%s %s: xliff2po: %v\n%s", name, section, err, out)
			}
			data, err := os.ReadFile(po)
			if err != nil {
				t.Fatalf("%s %s: xliff2po wrote nothing: %v", name, section, err)
			}
			units := strings.Count(s, "<trans-unit ")
			// The PO header is a msgid of its own.
			entries := strings.Count(string(data), "\nmsgid \"") - 1
			if units == 0 || entries != units {
				t.Errorf("%s %s: xliff2po wrote %d entries for %d units", name, section, entries, units)
			}
			out, err := exec.Command(py, "-c", notes, in).CombinedOutput()
			if err != nil {
				t.Fatalf("%s %s: translate-toolkit: %v\n%s", name, section, err, out)
			}
			if got, want := strings.Count(string(out), "\n"), strings.Count(s, "<note "); got != want {
				t.Errorf("%s %s: translate-toolkit sees %d notes, the file has %d:\n%s", name, section, got, want, out)
			}
		}
	}
}

// TestJUnitParses reads the JUnit goldens back and checks their shape: one
// suite per document, unique case names, classname = file, and the
// counts agreeing with the cases.
func TestJUnitParses(t *testing.T) {
	for name, s := range goldenSections(t, "junit") {
		var got junitSuites
		if err := xml.NewDecoder(bytes.NewReader([]byte(s))).Decode(&got); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		tests, failures := 0, 0
		for _, suite := range got.Suites {
			seen := map[string]bool{}
			n := 0
			for _, c := range suite.Cases {
				if seen[c.Name] {
					t.Errorf("%s: case %q repeated", name, c.Name)
				}
				seen[c.Name] = true
				if c.Classname != suite.Name {
					t.Errorf("%s: classname %q, want %q", name, c.Classname, suite.Name)
				}
				if c.Failure != nil {
					n++
				}
			}
			if n != suite.Failures || len(suite.Cases) != suite.Tests {
				t.Errorf("%s: suite %s counts %d/%d, cases say %d/%d", name, suite.Name, suite.Failures, suite.Tests, n, len(suite.Cases))
			}
			tests += suite.Tests
			failures += suite.Failures
		}
		if tests != got.Tests || failures != got.Failures {
			t.Errorf("%s: totals %d/%d, suites say %d/%d", name, got.Failures, got.Tests, failures, tests)
		}
	}
}
