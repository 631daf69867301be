package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
)

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
	t.Log("\n" + table)
	head := "# Findings on real published text\n\nWritten by `make eval-real` (eval/real_test.go) from the real development set\n" +
		"(../shared/realdev: 3,030 written questions as one TSV bitext, five long documents as two files each).\n" +
		"These are correct published translations with few real slips, so the densities below are mostly\n" +
		"false alarms; how many are true is read by hand in eval/testdata/real-sample.tsv.\n\n"
	if err := os.WriteFile("REAL.md", []byte(head+table), 0o644); err != nil {
		t.Fatal(err)
	}
}
