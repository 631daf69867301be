package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/checks/check"
)

func TestReadSourceFindings(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("# comment\n\nkazakhstan|other\tartefact/repeat\t^NL \"opgevattte\"\trecital M\n"), 0o644)
	list, err := ReadSourceFindings(good)
	if err != nil || len(list) != 1 {
		t.Fatalf("got %v, %v; want one entry", list, err)
	}
	f := check.Finding{Rule: "artefact/repeat", Message: `NL "opgevattte" has a letter written three times`}
	if !known(list, "other", f) || known(list, "third", f) {
		t.Errorf("entry matched the wrong sources")
	}
	f.Rule = "artefact/case"
	if known(list, "kazakhstan", f) {
		t.Errorf("entry matched another rule")
	}
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("kazakhstan\tartefact/repeat\tno why\n"), 0o644)
	if _, err := ReadSourceFindings(bad); err == nil || !strings.Contains(err.Error(), "bad.txt:1") {
		t.Errorf("a line of three fields: error %v, want one naming bad.txt:1", err)
	}
}
