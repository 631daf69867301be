package align

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
)

// genReader produces a bitext of n units on the fly, so that the input is
// never held in memory by the test itself: head, then unit(i) for each i,
// then tail.
type genReader struct {
	head, tail string
	unit       func(i int) string
	n, i       int
	buf        string
	read       int64
	onMB       func() // called after each megabyte read
}

func (g *genReader) Read(p []byte) (int, error) {
	for g.buf == "" {
		switch {
		case g.i == 0 && g.head != "":
			g.buf, g.head = g.head, ""
		case g.i < g.n:
			g.buf = g.unit(g.i)
			g.i++
		case g.tail != "":
			g.buf, g.tail = g.tail, ""
		default:
			return 0, io.EOF
		}
	}
	k := copy(p, g.buf)
	g.buf = g.buf[k:]
	before := g.read >> 20
	g.read += int64(k)
	if g.onMB != nil && g.read>>20 != before {
		g.onMB()
	}
	return k, nil
}

// heapUse is the live heap after a collection.
func heapUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// streamRun reads one generated bitext with read and returns the input
// size, the peak heap seen during the read (sampled after each megabyte,
// after a collection) and the heap the result keeps, both above the heap
// before the read.
func streamRun(t *testing.T, g *genReader, read func(io.Reader) (*Document, error)) (size int64, peak, kept uint64, pairs int) {
	t.Helper()
	base := heapUse()
	g.onMB = func() {
		if h := heapUse(); h > base && h-base > peak {
			peak = h - base
		}
	}
	doc, err := read(g)
	if err != nil {
		t.Fatal(err)
	}
	if h := heapUse(); h > base {
		kept = h - base
	}
	if kept > peak {
		peak = kept
	}
	pairs = len(doc.Pairs)
	runtime.KeepAlive(doc)
	return g.read, peak, kept, pairs
}

// tmxGen makes a TMX of n units: recital A in French and Dutch, kept as a
// pair, and an English and a German variant of pad bytes each, which the
// reader must skip.
func tmxGen(n, pad int) *genReader {
	filler := strings.Repeat("Lorem ipsum dolor sit amet. ", pad/28+1)[:pad]
	return &genReader{
		head: `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<tmx version="1.4"><header srclang="fr-BE" datatype="plaintext" segtype="paragraph" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>` + "\n",
		unit: func(i int) string {
			return fmt.Sprintf("<tu tuid=\"u%d\"><tuv xml:lang=\"en-GB\"><seg>%s</seg></tuv><tuv xml:lang=\"fr-BE\"><seg>%s</seg></tuv><tuv xml:lang=\"nl-BE\"><seg>%s</seg></tuv><tuv xml:lang=\"de-DE\"><seg>%s</seg></tuv></tu>\n", i, filler, recitalAFR, recitalANL, filler)
		},
		n:    n,
		tail: "</body></tmx>\n",
	}
}

// TestBitextStreams reads translation memories of 6 and 16 MB that hold
// the same 4,000 French–Dutch pairs (recital A of the reference document)
// and differ only in the English and German variants the reader skips:
// the heap at its peak must be about the same for both (what the pairs
// need), not grow with the file. A 16 MB TSV, all of which is kept, must
// peak at no more than what its pairs keep plus a margin.
func TestBitextStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 38 MB of generated input")
	}
	readTMX := func(r io.Reader) (*Document, error) { return ReadTMX("big.tmx", r) }
	size1, peak1, kept1, n1 := streamRun(t, tmxGen(4000, 500), readTMX)
	size2, peak2, kept2, n2 := streamRun(t, tmxGen(4000, 1800), readTMX)
	t.Logf("TMX %.1f MB: %d pairs, peak %.1f MB, kept %.1f MB", float64(size1)/1e6, n1, float64(peak1)/1e6, float64(kept1)/1e6)
	t.Logf("TMX %.1f MB: %d pairs, peak %.1f MB, kept %.1f MB", float64(size2)/1e6, n2, float64(peak2)/1e6, float64(kept2)/1e6)
	if n1 != 4000 || n2 != 4000 {
		t.Fatalf("%d and %d pairs, want 4000", n1, n2)
	}
	if size2 < 15e6 {
		t.Fatalf("generated TMX is %d bytes, want about 16 MB", size2)
	}
	// 10 MB more input may cost a few buffers, not megabytes.
	if peak2 > peak1+2<<20 {
		t.Errorf("peak heap %d MB for %d MB of input, %d MB for %d MB: grows with the skipped input", peak2>>20, size2>>20, peak1>>20, size1>>20)
	}

	line := recitalAFR + "\t" + recitalANL + "\n"
	n := 16e6 / len(line)
	tsv := &genReader{head: "fr\tnl\n", unit: func(int) string { return line }, n: n}
	size, peak, kept, pairs := streamRun(t, tsv, func(r io.Reader) (*Document, error) { return ReadTSV("big.tsv", r) })
	t.Logf("TSV %.1f MB: %d pairs, peak %.1f MB, kept %.1f MB", float64(size)/1e6, pairs, float64(peak)/1e6, float64(kept)/1e6)
	if pairs != n {
		t.Fatalf("%d pairs, want %d", pairs, n)
	}
	if peak > kept+kept/2+4<<20 {
		t.Errorf("TSV peak heap %d MB, kept %d MB: the reader holds more than its pairs", peak>>20, kept>>20)
	}
}
