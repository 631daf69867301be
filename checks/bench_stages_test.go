package checks

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

func benchDoc(b *testing.B) (*align.Document, int) {
	b.Helper()
	data, err := os.ReadFile("../testdata/kazakhstan.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := align.ReadBytes("seed", data, align.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return doc, len(data)
}

// BenchmarkCategory runs each category's checks on the sample.
func BenchmarkCategory(b *testing.B) {
	doc, n := benchDoc(b)
	for _, cat := range check.Categories {
		list, err := Select([]string{cat}, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(cat, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				check.Run(doc, list, &check.Env{})
			}
		})
	}
}

// BenchmarkCheckSeed reads the sample and runs every check: the work of
// concord check on it, without process start.
func BenchmarkCheckSeed(b *testing.B) {
	data, err := os.ReadFile("../testdata/kazakhstan.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := align.ReadBytes("seed", data, align.Options{})
		if err != nil {
			b.Fatal(err)
		}
		check.Run(doc, All, &check.Env{})
	}
}

// BenchmarkCheckBitext reads a TSV bitext of the pairs of every test
// document and runs every check on it. CONCORD_BENCH_MB sets its size
// (default 1; the README's figure is for 16).
func BenchmarkCheckBitext(b *testing.B) {
	size := 1
	if s := os.Getenv("CONCORD_BENCH_MB"); s != "" {
		fmt.Sscan(s, &size)
	}
	data := bitext(b, size<<20)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := align.ReadTSV("big.tsv", bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		check.Run(doc, All, &check.Env{})
	}
}

// TestWriteBitext writes the benchmark's bitext to the file named by
// CONCORD_BENCH_TSV (CONCORD_BENCH_MB megabytes), so that the binary can be
// timed and its report compared on the same input.
func TestWriteBitext(t *testing.T) {
	path := os.Getenv("CONCORD_BENCH_TSV")
	if path == "" {
		t.Skip("CONCORD_BENCH_TSV is not set")
	}
	size := 1
	if s := os.Getenv("CONCORD_BENCH_MB"); s != "" {
		fmt.Sscan(s, &size)
	}
	if err := os.WriteFile(path, bitext(t, size<<20), 0o644); err != nil {
		t.Fatal(err)
	}
}

// bitext returns a TSV bitext of about size bytes made of the pairs of
// every test document (the sample and each corpus document: two-file
// documents read as --fr/--nl pairs, pdftotext files, the PDF when
// pdftotext is installed), repeated in turn, each line with its own id.
func bitext(tb testing.TB, size int) []byte {
	var docs []*align.Document
	read := func(doc *align.Document, err error) {
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, doc)
	}
	read(align.ReadFile("../testdata/kazakhstan.txt", align.Options{}))
	dir := "../testdata/corpus"
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		tb.Fatal(err)
	}
	for _, name := range names {
		switch {
		case strings.HasSuffix(name, ".fr.txt"):
			read(align.ReadPair(name, strings.TrimSuffix(name, ".fr.txt")+".nl.txt", align.Options{}))
		case strings.HasSuffix(name, ".pdftotext.txt"):
			read(align.ReadFile(name, align.Options{}))
		case strings.HasSuffix(name, ".pdf"):
			doc, err := align.ReadFile(name, align.Options{})
			if err != nil {
				tb.Logf("bitext without %s: %v", filepath.Base(name), err)
				continue
			}
			docs = append(docs, doc)
		}
	}
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	var rows []string
	for _, doc := range docs {
		for _, p := range doc.Pairs {
			if p.FR != nil && p.NL != nil && !p.Shared {
				rows = append(rows, clean.Replace(p.FR.Text.S)+"\t"+clean.Replace(p.NL.Text.S))
			}
		}
	}
	var buf bytes.Buffer
	buf.WriteString("fr\tnl\n")
	for i := 0; buf.Len() < size; i++ {
		fmt.Fprintf(&buf, "u%d\t%s\n", i, rows[i%len(rows)])
	}
	return buf.Bytes()
}

// BenchmarkCheckQRVA reads the written questions of the real development
// set ($CONCORD_REALDEV/qrva-dev.jsonl.gz, default ../shared/realdev from
// the repository) as one TSV bitext, repeated to CONCORD_BENCH_MB
// megabytes (default 16), and runs every check: the throughput on real
// pairs that docs/performance.md reports. Skipped without the file.
func BenchmarkCheckQRVA(b *testing.B) {
	size := 16
	if s := os.Getenv("CONCORD_BENCH_MB"); s != "" {
		fmt.Sscan(s, &size)
	}
	data := qrvaBitext(b, size<<20)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := align.ReadTSV("qrva.tsv", bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		check.Run(doc, All, &check.Env{})
	}
}

// qrvaBitext returns the written questions of the development set as a
// TSV bitext of about size bytes (all of them at least once, then
// repeated), each line with its own id; it skips tb without them.
func qrvaBitext(tb testing.TB, size int) []byte {
	dir := os.Getenv("CONCORD_REALDEV")
	if dir == "" {
		dir = "../../shared/realdev"
	}
	path := filepath.Join(dir, "qrva-dev.jsonl.gz")
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("no written questions: %v", err)
	}
	var halves [2][][2]string
	for h := range halves {
		var err error
		if halves[h], err = readQRVAHalf(path, h); err != nil {
			tb.Fatal(err)
		}
	}
	var rows []string
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	for i := 0; i < len(halves[0])+len(halves[1]); i++ {
		p := halves[i%2][i/2]
		rows = append(rows, clean.Replace(p[0])+"\t"+clean.Replace(p[1]))
	}
	var buf bytes.Buffer
	buf.WriteString("id\tfr\tnl\n")
	for i := 0; i < len(rows) || buf.Len() < size; i++ {
		fmt.Fprintf(&buf, "q%d\t%s\n", i, rows[i%len(rows)])
	}
	return buf.Bytes()
}
