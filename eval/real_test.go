package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
)

// The injected defects: up to mutPairs pairs per kind, drawn with mutSeed.
const (
	mutPairs = 80
	mutSeed  = 15
)

const mutHead = "Each kind of defect is injected into one side of up to 80 written questions where it applies\n" +
	"(drawn at random with a fixed seed, alternately French and Dutch). The checks run on a document of\n" +
	"the defective pairs and on the same pairs clean; a defect is found when a warning or error of a\n" +
	"counted category names its unit and the clean run has no finding with the same rule and evidence.\n\n"

// TestEvalReal measures the checks on the real development texts
// (../shared/realdev, or CONCORD_REALDEV): warnings and errors per 1,000
// written questions and per 10,000 characters of the long documents, by
// rule, with the pairing of each document. With CONCORD_EVAL_REAL=1 (make
// eval-real) it writes REAL.md; it skips where the texts are absent.
func TestEvalReal(t *testing.T) {
	if os.Getenv("CONCORD_EVAL_REAL") == "" {
		t.Skip("set CONCORD_EVAL_REAL=1 (make eval-real) to measure the real development texts")
	}
	dir := RealDir("..")
	if dir == "" {
		t.Skip("no real development texts: ../shared/realdev is absent and CONCORD_REALDEV is not set")
	}
	ps, err := ReadQRVA(filepath.Join(dir, "qrva-dev.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	ps = Half(ps, os.Getenv("CONCORD_REAL_HALF"))
	tsv := QRVATSV(ps)
	doc, err := align.ReadTSV("qrva-dev.tsv", strings.NewReader(tsv))
	if err != nil {
		t.Fatal(err)
	}
	qrva, _ := ScoreReal("qrva-dev", doc, len([]rune(tsv)))
	docs, err := RealDocs(dir)
	if err != nil {
		t.Fatal(err)
	}
	var scores []RealScore
	for _, d := range docs {
		doc, err := align.ReadPair(d.FR, d.NL, align.Options{})
		if err != nil {
			t.Fatalf("%s: %v", d.Name, err)
		}
		fc, err := CountChars(d.FR)
		if err != nil {
			t.Fatal(err)
		}
		nc, err := CountChars(d.NL)
		if err != nil {
			t.Fatal(err)
		}
		s, _ := ScoreReal(d.Name, doc, fc+nc)
		scores = append(scores, s)
	}
	table := RealTable(qrva, scores)
	muts := MutateReal(ps, Mutations, mutPairs, mutSeed)
	table += "\n## Recall on defects injected into the written questions\n\n" + mutHead + MutTable(muts)
	for _, m := range muts {
		for _, miss := range m.Missed {
			t.Logf("missed %s: %s", m.Kind, miss)
		}
	}
	t.Log("\n" + table)
	head := "# Findings on real published text\n\nWritten by `make eval-real` (eval/real_test.go) from the real development set\n" +
		"(../shared/realdev: 3,030 written questions as one TSV bitext, five long documents as two files each).\n" +
		"These are correct published translations with few real slips, so the densities below are mostly\n" +
		"false alarms; how many are true is read by hand in eval/testdata/real-sample.tsv.\n\n"
	if err := os.WriteFile("REAL.md", []byte(head+table), 0o644); err != nil {
		t.Fatal(err)
	}
}
