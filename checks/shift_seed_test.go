package checks

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// TestSeedShiftFromB drops the Dutch recital B of the sample and letters
// the Dutch recitals after it one earlier (C becomes B … GG becomes FF):
// the shift is reported once, recital GG is missing in Dutch, and no
// content check compares the relabelled recitals by label.
func TestSeedShiftFromB(t *testing.T) {
	lines, order := seedLines(t)
	relabel(lines, order, func(i int) string {
		switch {
		case i == 1: // B
			return ""
		case i > 1:
			return order[i-1]
		}
		return order[i]
	})
	doc, err := align.ReadBytes("shift", []byte(strings.Join(lines, "\n")), align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var shifted, missing int
	for _, f := range check.Run(doc, All, nil) {
		switch {
		case f.Rule == "structure/shifted":
			shifted++
			if f.Unit != "recital:B" || f.Message != "FR recital B has no counterpart in NL: NL B to FF stand for FR C to GG" {
				t.Errorf("shift reported as %s %q", f.Unit, f.Message)
			}
		case f.Rule == "structure/missing":
			missing++
			if f.Unit != "recital:GG" {
				t.Errorf("missing unit %s", f.Unit)
			}
		case f.Category() == "artefact" || f.Severity == check.Info:
			// the sample's own artefacts and transliterations
		default:
			t.Errorf("unexpected %s %s %s: %s", f.Unit, f.Rule, f.Severity, f.Message)
		}
	}
	if shifted != 1 || missing != 1 {
		t.Errorf("%d shift and %d missing findings, want 1 and 1", shifted, missing)
	}
}

// TestSeedRelabelledFromB letters the Dutch recitals from B on one later
// (B becomes C … GG becomes HH) without leaving any out: one shift finding,
// the labels B and HH each in one language, and no content check comparing
// the relabelled recitals by label.
func TestSeedRelabelledFromB(t *testing.T) {
	lines, order := seedLines(t)
	relabel(lines, order, func(i int) string {
		if i >= 1 { // from B on
			return order[i+1]
		}
		return order[i]
	})
	doc, err := align.ReadBytes("relabel", []byte(strings.Join(lines, "\n")), align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var shifted int
	for _, f := range check.Run(doc, All, nil) {
		switch {
		case f.Rule == "structure/shifted":
			shifted++
			if f.Message != "labels differ from recital B on: NL C to HH stand for FR B to GG" {
				t.Errorf("shift reported as %s %q", f.Unit, f.Message)
			}
		case f.Rule == "structure/missing" && (f.Unit == "recital:B" || f.Unit == "recital:HH"):
		case f.Category() == "artefact" || f.Severity == check.Info:
		default:
			t.Errorf("unexpected %s %s %s: %s", f.Unit, f.Rule, f.Severity, f.Message)
		}
	}
	if shifted != 1 {
		t.Errorf("%d shift findings, want 1", shifted)
	}
}

// seedLines returns the sample's lines and the recital labels in order:
// A … Z, AA … ZZ.
func seedLines(t *testing.T) ([]string, []string) {
	t.Helper()
	data, err := os.ReadFile("../testdata/kazakhstan.txt")
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for c := 'A'; c <= 'Z'; c++ {
		order = append(order, string(c))
	}
	for c := 'A'; c <= 'Z'; c++ {
		order = append(order, string([]rune{c, c}))
	}
	return strings.Split(string(data), "\n"), order
}

// nlRecital matches a Dutch recital of the sample: they start with these verbs.
var nlRecital = regexp.MustCompile(`^([A-Z]{1,2})\. (verwijst|geeft|wijst|attendeert|merkt|vestigt|stelt)`)

// relabel rewrites the label of every Dutch recital of lines with f,
// which gets the label's place in order and returns the new label, or ""
// to drop the recital.
func relabel(lines, order []string, f func(i int) string) {
	index := map[string]int{}
	for i, l := range order {
		index[l] = i
	}
	for k, l := range lines {
		if m := nlRecital.FindStringSubmatch(l); m != nil {
			if nl := f(index[m[1]]); nl == "" {
				lines[k] = ""
			} else {
				lines[k] = nl + l[len(m[1]):]
			}
		}
	}
}
