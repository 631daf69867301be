package checks

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// corpusChecks are the checks whose findings on correct text would be
// false alarms: the corpus documents are correct translations, so none of
// these may report at warning or error on them.
var corpusChecks = []*check.Check{UntranslatedLanguage, UntranslatedIdentical, ClausesMissing, LengthRatio}

// labelCut finds the recital and request labels inside a one-line text
// (" B. considérant", " 3.1. het publiek"); dateCut finds the closing date.
var (
	labelCut = regexp.MustCompile(`([;:.]) ((?:[A-Z]{1,2}|\d{1,2}(?:\.\d{1,2})?)\. )`)
	dateCut  = regexp.MustCompile(` (\d{1,2} (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4})`)
)

// resolutionStart finds where the resolution itself begins: after the
// heading "la Chambre des représentants," or "de Kamer van
// volksvertegenwoordigers," (case aside; the corpus has small capitals).
func resolutionStart(s string) int {
	low := strings.ToLower(s)
	for _, h := range []string{"la chambre des représentants,", "de kamer van volksvertegenwoordigers,"} {
		if i := strings.Index(low, h); i >= 0 {
			return i + len(h)
		}
	}
	return -1
}

// paragraphs cuts a one-line corpus text the way a layout reader would cut
// a laid-out resolution: each recital and request becomes a block, and so
// does the closing date at the end with what follows it. Texts without
// lettered recitals (bills, rules, opinions, whose paragraph numbers start
// again in every article) and the numbered sections of an explanation
// (whose footnote numbers look like labels) are left as they are.
func paragraphs(s string) string {
	i := resolutionStart(s)
	if i < 0 || !strings.Contains(s[i:], " A. ") {
		return s
	}
	head, body := s[:i], s[i:]
	body = labelCut.ReplaceAllString(body, "$1\n\n$2")
	if m := dateCut.FindAllStringIndex(body, -1); len(m) > 0 && len(body)-m[len(m)-1][0] < 300 {
		last := m[len(m)-1]
		body = body[:last[0]] + "\n\n" + body[last[0]+1:]
	}
	return head + "\n\n" + strings.TrimSpace(body)
}

// TestCorpusNoFalseAlarms runs the untranslated, clauses and length checks
// on the real documents of testdata/corpus, both as read and with the
// one-line texts cut into paragraphs at their labels, and requires that
// they report nothing at warning or error.
func TestCorpusNoFalseAlarms(t *testing.T) {
	frs, err := filepath.Glob("../testdata/corpus/*.fr.txt")
	if err != nil || len(frs) == 0 {
		t.Fatalf("no corpus documents: %v", err)
	}
	for _, frPath := range frs {
		nlPath := strings.TrimSuffix(frPath, ".fr.txt") + ".nl.txt"
		fr, err1 := os.ReadFile(frPath)
		nl, err2 := os.ReadFile(nlPath)
		if err1 != nil || err2 != nil {
			t.Fatalf("read %s: %v %v", frPath, err1, err2)
		}
		name := filepath.Base(frPath)
		docs := map[string]*align.Document{}
		if d, err := align.ReadPair(frPath, nlPath, align.Options{}); err == nil {
			docs["as read"] = d
		}
		if d, err := align.FromTexts(frPath, paragraphs(string(fr)), paragraphs(string(nl))); err == nil {
			docs["cut at labels"] = d
		}
		for how, d := range docs {
			paired := 0
			for _, p := range d.Pairs {
				if p.FR != nil && p.NL != nil && !p.Shared {
					paired++
				}
			}
			t.Logf("%s (%s): %d pairs, %d with both sides", name, how, len(d.Pairs), paired)
			noFalseAlarms(t, name+" ("+how+")", d)
		}
	}
	// The two-column extractions are read by the layout reader as they are.
	pdfs, _ := filepath.Glob("../testdata/corpus/*.pdftotext.txt")
	for _, path := range pdfs {
		d, err := align.ReadFile(path, align.Options{})
		if err != nil {
			t.Logf("%s: %v", filepath.Base(path), err)
			continue
		}
		t.Logf("%s: %d pairs", filepath.Base(path), len(d.Pairs))
		noFalseAlarms(t, filepath.Base(path), d)
	}
}

// noFalseAlarms fails for every corpusChecks finding at warning or error.
func noFalseAlarms(t *testing.T, name string, d *align.Document) {
	t.Helper()
	for _, f := range check.Run(d, corpusChecks, nil) {
		if f.Severity >= check.Warning {
			t.Errorf("%s: %s %s %s: %s", name, f.Unit, f.Rule, f.Severity, f.Message)
		}
	}
}
