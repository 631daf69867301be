package eval

import (
	"os"
	"path/filepath"
	"strconv"
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
	dir, ps := realQRVA(t, "CONCORD_EVAL_REAL", "=1 (make eval-real) to measure the real development texts")
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

// TestDumpRealMutations writes, with CONCORD_REAL_DUMP=DIR, each kind of
// defect of the real-text harness as files a concord binary can be run on:
// KIND.clean.tsv and KIND.bad.tsv (the same pairs without and with the
// defect) and KIND.defects.tsv (unit, side, what changed). Up to
// CONCORD_REAL_MUT_PAIRS pairs per kind (80, as make eval-real), of the
// half CONCORD_REAL_HALF names (even, odd, or all); the same seed as make
// eval-real. scripts/score-mutation.py scores a binary on them.
func TestDumpRealMutations(t *testing.T) {
	_, ps := realQRVA(t, "CONCORD_REAL_DUMP", "=DIR to write the injected defects of the real-text harness")
	out := os.Getenv("CONCORD_REAL_DUMP")
	ps = Half(ps, os.Getenv("CONCORD_REAL_HALF"))
	n := mutPairs
	if s := os.Getenv("CONCORD_REAL_MUT_PAIRS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil || n < 1 {
			t.Fatalf("CONCORD_REAL_MUT_PAIRS=%q: want a positive number", s)
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for ki, m := range Mutations {
		d := DrawMutation(ps, m, n, mutSeed, ki)
		var defects strings.Builder
		defects.WriteString("unit\tside\twhat\n")
		for i, p := range d.Bad {
			defects.WriteString("tu:" + p.ID + "\t" + d.Sides[i].String() + "\t" + strings.ReplaceAll(d.Whats[i], "\t", " ") + "\n")
		}
		base := filepath.Join(out, strings.ReplaceAll(m.Kind, " ", "-"))
		for suffix, text := range map[string]string{".clean.tsv": QRVATSV(d.Clean), ".bad.tsv": QRVATSV(d.Bad), ".defects.tsv": defects.String()} {
			if err := os.WriteFile(base+suffix, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("%s: %d pairs", m.Kind, len(d.Bad))
	}
}

// realQRVA returns the directory of the real development texts and its
// written questions, or skips t unless the variable env is set ("set ENV
// why") and the texts are there.
func realQRVA(t *testing.T, env, why string) (string, []QRVAPair) {
	t.Helper()
	if os.Getenv(env) == "" {
		t.Skip("set " + env + why)
	}
	dir := RealDir("..")
	if dir == "" {
		t.Skip("no real development texts: ../shared/realdev is absent and CONCORD_REALDEV is not set")
	}
	ps, err := ReadQRVA(filepath.Join(dir, "qrva-dev.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	return dir, ps
}
