package checks

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/internal/txtar"
)

// TestCatalog validates the list of checks the way a driver validates its
// analyzers before running them: every rule concord can report is in All
// once, is well named and documented, has a severity and a function, and
// is shown raising a finding by at least one fixture.
func TestCatalog(t *testing.T) {
	idRE := regexp.MustCompile(`^[a-z]+/[a-z]+$`)
	exampleRE := regexp.MustCompile(`(?m)^\s+(FR|NL)(/FR|/NL)?:`)
	known := map[string]bool{}
	for _, c := range check.Categories {
		known[c] = true
	}
	seen := map[string]bool{}
	perCategory := map[string]int{}
	for i, c := range All {
		if c == nil {
			t.Fatalf("All[%d] is nil", i)
		}
		if !idRE.MatchString(c.ID) {
			t.Errorf("%q: an ID is category/name in lowercase letters", c.ID)
		}
		if seen[c.ID] {
			t.Errorf("%q is in All twice", c.ID)
		}
		seen[c.ID] = true
		if !known[c.Category()] {
			t.Errorf("%q: category %q is not in Categories", c.ID, c.Category())
		}
		perCategory[c.Category()]++
		if c.Severity < check.Info || c.Severity > check.Error {
			t.Errorf("%q: severity %d is none of info, warning, error", c.ID, c.Severity)
		}
		if c.Run == nil {
			t.Errorf("%q: no Run function", c.ID)
		}
		title := c.Title()
		switch {
		case title == "":
			t.Errorf("%q: Doc has no title line", c.ID)
		case utf8.RuneCountInString(title) > 60:
			t.Errorf("%q: title %q is longer than 60 characters", c.ID, title)
		case strings.HasSuffix(title, "."):
			t.Errorf("%q: title %q ends with a period", c.ID, title)
		default:
			if r, _ := utf8.DecodeRuneInString(title); !unicode.IsLower(r) {
				t.Errorf("%q: title %q does not start in lowercase", c.ID, title)
			}
		}
		_, body, _ := strings.Cut(c.Doc, "\n")
		if !strings.HasPrefix(body, "\n") || strings.TrimSpace(body) == "" {
			t.Errorf("%q: Doc needs a blank line after the title, then an explanation", c.ID)
		}
		if !exampleRE.MatchString(body) {
			t.Errorf("%q: Doc gives no indented FR:/NL: example", c.ID)
		}
	}
	for _, cat := range check.Categories {
		if perCategory[cat] == 0 {
			t.Errorf("category %q has no check", cat)
		}
	}

	// The framework's own validation: IDs, docs, functions and severities,
	// analyses named once and free of cycles, each check reading analyses
	// of its own view.
	if err := check.Validate(All); err != nil {
		t.Error(err)
	}
	// Every analysis a check reaches is listed in Analyses, and every check
	// names its view: only structure/unaligned reads the pairs as the
	// pairing made them, unaligned stretches included.
	listed := map[*check.Analysis]bool{}
	for _, a := range Analyses {
		listed[a] = true
	}
	var reach func(a *check.Analysis)
	reach = func(a *check.Analysis) {
		if a == nil {
			return
		}
		if !listed[a] {
			t.Errorf("analysis %q is not in Analyses", a.Name)
		}
		reach(a.Sees)
		for _, r := range a.Requires {
			reach(r)
		}
	}
	for _, c := range All {
		if c.Sees == nil && c != StructureUnaligned {
			t.Errorf("%q: no Sees; a check names the pairs it reads (ByContent, ByLabel)", c.ID)
		}
		reach(c.Sees)
		for _, r := range c.Requires {
			reach(r)
		}
	}

	// Every exported check declared in the package is in All: a check
	// written but not listed would never run.
	for name, file := range declaredChecks(t) {
		if want := checkFileName(name); file != want {
			t.Errorf("check %s is declared in %s: a newcomer looks for it in %s", name, file, want)
		}
		found := false
		for _, c := range All {
			if checkVarName(c.ID) == name {
				found = true
			}
		}
		if !found {
			t.Errorf("check variable %s is not in All (or its ID does not match its name)", name)
		}
	}

	// Every check is shown raising a finding by a fixture.
	shown := fixtureRules(t)
	for _, c := range All {
		if !shown[c.ID] {
			t.Errorf("%q: no fixture under testdata/checks expects a finding of it", c.ID)
		}
	}
}

// checkVarName is the Go name of the variable holding the check with this
// ID: "numbers/mismatch" is NumbersMismatch.
func checkVarName(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "/") {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

// checkFileName is the file that declares the check held by the variable
// name: NumbersMismatch is in numbers_mismatch.go.
func checkFileName(name string) string {
	for i, r := range name {
		if i > 0 && unicode.IsUpper(r) {
			return strings.ToLower(name[:i]) + "_" + strings.ToLower(name[i:]) + ".go"
		}
	}
	return strings.ToLower(name) + ".go"
}

// declaredChecks returns the exported package-level variables of the
// package's non-test files whose value is a check (&check.Check{…} or a call of a
// constructor whose name ends in "Check"), with the file of each.
func declaredChecks(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	names := map[string]string{}
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if !n.IsExported() || i >= len(vs.Values) {
						continue
					}
					if isCheckExpr(vs.Values[i]) {
						names[n.Name] = file
					}
				}
			}
		}
	}
	if len(names) < len(All) {
		t.Fatalf("found %d check declarations for %d checks in All: the parser missed some", len(names), len(All))
	}
	return names
}

func isCheckExpr(e ast.Expr) bool {
	switch v := e.(type) {
	case *ast.UnaryExpr:
		lit, ok := v.X.(*ast.CompositeLit)
		if !ok {
			return false
		}
		sel, ok := lit.Type.(*ast.SelectorExpr) // check.Check
		return ok && sel.Sel.Name == "Check"
	case *ast.CallExpr:
		id, ok := v.Fun.(*ast.Ident)
		return ok && strings.HasSuffix(id.Name, "Check")
	}
	return false
}

// fixtureRules returns the rules some fixture's want section expects.
func fixtureRules(t *testing.T) map[string]bool {
	t.Helper()
	files, err := filepath.Glob("../testdata/checks/*/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	rules := map[string]bool{}
	for _, file := range files {
		a, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := a.Get("want")
		for _, line := range strings.Split(want, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if f := strings.Fields(line); len(f) >= 2 {
				rules[f[1]] = true
			}
		}
	}
	return rules
}
