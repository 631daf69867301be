package checks

import (
	"os"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// TestUntranslatedInOneFile reads a page of the Council of State opinion
// laid out as a two-column extraction (French column, then Dutch column,
// between page furniture) and leaves one French paragraph in Dutch. The
// paragraph is Dutch, but it stands in the French column: it must be
// reported as an untranslated French unit, paired with its Dutch
// counterpart, not as a Dutch unit with no French side. The page as it
// is gets no finding.
func TestUntranslatedInOneFile(t *testing.T) {
	data, err := os.ReadFile("../align/testdata/pageruns/council-of-state.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	const fr, nl = 7, 19 // "On pense à cet égard …", "Daarbij valt bijvoorbeeld …"
	if !strings.HasPrefix(lines[fr-1], "On pense") || !strings.HasPrefix(lines[nl-1], "Daarbij valt") {
		t.Fatal("sample lines moved")
	}
	list := []*check.Check{UntranslatedLanguage, UntranslatedIdentical}
	clean, err := align.ReadBytes("clean.txt", data, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range check.Run(clean, list, nil) {
		t.Errorf("clean page: %s %s %s", f.Unit, f.Rule, f.Message)
	}

	lines[fr-1] = lines[nl-1]
	doc, err := align.ReadBytes("untranslated.txt", []byte(strings.Join(lines, "\n")), align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range check.Run(doc, list, nil) {
		if f.FR == nil || f.NL == nil || f.FR.Pos.Line != fr || f.NL.Pos.Line != nl {
			t.Errorf("unexpected finding %s %s %s", f.Unit, f.Rule, f.Message)
			continue
		}
		found = true
	}
	if !found {
		t.Error("the French paragraph left in Dutch is not reported")
	}
}

// TestUntranslatedInPdftotext leaves the French paragraph "Initialement,
// la tutelle …" of the committee report's pdftotext extraction in Dutch,
// wrapped as its Dutch counterpart is: it must be reported as an
// untranslated French unit paired with that counterpart. The extraction
// as it is gets no untranslated finding.
func TestUntranslatedInPdftotext(t *testing.T) {
	data, err := os.ReadFile("../testdata/corpus/56K0055002-committee-report.pdftotext.txt")
	if err != nil {
		t.Fatal(err)
	}
	list := []*check.Check{UntranslatedLanguage, UntranslatedIdentical}
	clean, err := align.ReadBytes("clean.txt", data, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range check.Run(clean, list, nil) {
		t.Errorf("clean extraction: %s %s %s", f.Unit, f.Rule, f.Message)
	}
	lines := strings.Split(string(data), "\n")
	if !strings.HasPrefix(lines[204], "Initialement") || !strings.HasPrefix(lines[249], "Aanvankelijk") {
		t.Fatal("sample lines moved")
	}
	copy(lines[204:215], lines[249:260])
	doc, err := align.ReadBytes("untranslated.txt", []byte(strings.Join(lines, "\n")), align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range check.Run(doc, list, nil) {
		if f.FR == nil || f.NL == nil || f.FR.Pos.Line != 205 || f.NL.Pos.Line != 250 {
			t.Errorf("unexpected finding %s %s %s", f.Unit, f.Rule, f.Message)
			continue
		}
		found = true
	}
	if !found {
		t.Error("the French paragraph left in Dutch is not reported")
	}
}
