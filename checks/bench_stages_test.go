package checks

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"concord/align"
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
	for _, cat := range Categories {
		list, err := Select([]string{cat}, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(cat, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				Run(doc, list, &Env{})
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
		Run(doc, All, &Env{})
	}
}

// BenchmarkCheckBitext reads a TSV bitext of the sample's pairs and runs
// every check on it. CONCORD_BENCH_MB sets its size (default 1; the
// README's figure is for 16).
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
		Run(doc, All, &Env{})
	}
}

// bitext returns a TSV bitext of about size bytes made of the sample's
// pairs, each line with its own id.
func bitext(tb testing.TB, size int) []byte {
	data, err := os.ReadFile("../testdata/kazakhstan.txt")
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := align.ReadBytes("seed", data, align.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	var rows []string
	for _, p := range doc.Pairs {
		if p.FR != nil && p.NL != nil && !p.Shared {
			rows = append(rows, strings.ReplaceAll(p.FR.Text.S, "\t", " ")+"\t"+strings.ReplaceAll(p.NL.Text.S, "\t", " "))
		}
	}
	var buf bytes.Buffer
	buf.WriteString("fr\tnl\n")
	for i := 0; buf.Len() < size; i++ {
		fmt.Fprintf(&buf, "u%d\t%s\n", i, rows[i%len(rows)])
	}
	return buf.Bytes()
}
