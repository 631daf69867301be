package checks

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestLayers checks that the imports of the packages under checks point one
// way: langdata imports nothing of concord, the reader and pairing (align)
// only langdata's word-translation table of it, token only align, langdata and
// the Roman numerals, so that neither can come to depend on the rules; the
// framework (check) only align; the baselines and the reports only the
// framework, never the rule set, so that a report can be written of
// findings from anywhere.
func TestLayers(t *testing.T) {
	const mod = "github.com/concord-bilingual/concord/"
	for dir, allowed := range map[string][]string{
		"langdata": nil,
		"token":    {"align", "checks/langdata", "internal/roman"},
		"check":    {"align"},
		"baseline": {"checks/check", "internal/bounded"},
		"report":   {"align", "checks/check", "checks/baseline", "checks/report/html"},
		"../align": {"checks/langdata", "internal/bounded", "internal/lazyregexp", "internal/roman"},
	} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no Go files in %s: %v", dir, err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if rest, ok := strings.CutPrefix(p, mod); ok && !slices.Contains(allowed, rest) {
					t.Errorf("%s imports %s", name, p)
				}
			}
		}
	}
}
