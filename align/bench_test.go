package align

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
)

func seedBytes(b *testing.B) []byte {
	b.Helper()
	data, err := os.ReadFile("../testdata/kazakhstan.txt")
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkDecode measures reading bytes into NFC lines.
func BenchmarkDecode(b *testing.B) {
	data := seedBytes(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode("seed", data, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBlockLayout measures cutting the sample into blocks.
func BenchmarkBlockLayout(b *testing.B) {
	data := seedBytes(b)
	src, _ := Decode("seed", data, "")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		BlockLayout(src)
	}
}

// BenchmarkFlowLayout measures cutting a flowing corpus text into blocks.
func BenchmarkFlowLayout(b *testing.B) {
	data, err := os.ReadFile("../testdata/corpus/55K3511001-resolution-ascvd.fr.txt")
	if err != nil {
		b.Fatal(err)
	}
	src, _ := Decode("flow", data, "")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		FlowLayout(src)
	}
}

// BenchmarkUnits measures labelling the sample's blocks as units.
func BenchmarkUnits(b *testing.B) {
	data := seedBytes(b)
	src, _ := Decode("seed", data, "")
	blocks := BlockLayout(src)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Units(blocks, "seed", "seed")
	}
}

// BenchmarkMatch measures pairing the sample's units.
func BenchmarkMatch(b *testing.B) {
	data := seedBytes(b)
	src, _ := Decode("seed", data, "")
	fr, nl := Units(BlockLayout(src), "seed", "seed")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Match(fr, nl)
	}
}

// BenchmarkReadBytes measures the whole reading of the sample.
func BenchmarkReadBytes(b *testing.B) {
	data := seedBytes(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadBytes("seed", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BitextTSV returns a TSV bitext of about size bytes made of the sample's
// recital pairs, each line with its own id.
func BitextTSV(tb testing.TB, size int) []byte {
	tb.Helper()
	data, err := os.ReadFile("../testdata/kazakhstan.txt")
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := ReadBytes("seed", data, Options{})
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

// BenchmarkReadTSV16MB measures reading a 16 MB TSV bitext.
func BenchmarkReadTSV16MB(b *testing.B) {
	data := BitextTSV(b, 16<<20)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadTSV("big.tsv", bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
