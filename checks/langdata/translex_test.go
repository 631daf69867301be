package langdata

import (
	"bytes"
	"encoding/binary"
	"os"
	"strings"
	"testing"
)

// TestTranslexTable checks the embedded table's layout: stems in strictly
// ascending order, each flagged, translations in range and ascending, and
// the bytes exactly what EncodeTranslex makes of the table's contents.
func TestTranslexTable(t *testing.T) {
	tl := LoadTranslex()
	if tl.n < 1000 {
		t.Fatalf("the table has %d stems", tl.n)
	}
	for i := 0; i < tl.n; i++ {
		if i > 0 && binary.LittleEndian.Uint64(tl.keys[8*i:]) <= binary.LittleEndian.Uint64(tl.keys[8*i-8:]) {
			t.Fatalf("stem %d is not above stem %d", i, i-1)
		}
		if tl.flags[i]&(translexPair|translexFunction) == 0 {
			t.Errorf("stem %d has no flag", i)
		}
		lo, hi := binary.LittleEndian.Uint32(tl.off[4*i:]), binary.LittleEndian.Uint32(tl.off[4*i+4:])
		if lo > hi || int(hi) > len(tl.trans)/2 {
			t.Fatalf("stem %d: translations %d to %d of %d", i, lo, hi, len(tl.trans)/2)
		}
		for j := lo; j < hi; j++ {
			x := int(binary.LittleEndian.Uint16(tl.trans[2*j:]))
			if x >= tl.n || (j > lo && x <= int(binary.LittleEndian.Uint16(tl.trans[2*j-2:]))) {
				t.Fatalf("stem %d: translation %d out of order", i, x)
			}
		}
	}
	b, err := EncodeTranslex(TranslexEntries(tl))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, translexBin) {
		t.Error("the table's contents encode to other bytes")
	}
}

// TestTranslexLookup checks the table's answers on words it was learned
// with (docs/translex.md): pairs, a compound found by its
// last part, a function word.
func TestTranslexLookup(t *testing.T) {
	tl := LoadTranslex()
	for _, c := range []struct {
		fr, nl string
		want   bool
	}{
		{"dependance", "afhankelijk", true},
		{"cyclistes", "verkeer", true},
		{"cancer", "longziekte", true}, // by its last part
		{"dependance", "verkeer", false},
		{"zzzzzz", "afhankelijk", false},
	} {
		if got := tl.Translates(tl.Lookup(c.fr), tl.Lookup(c.nl)); got != c.want {
			t.Errorf("translates(%q, %q) = %v, want %v", c.fr, c.nl, got, c.want)
		}
	}
	if !tl.Function("aantal") || tl.Function("afhankelijk") {
		t.Error(`"aantal" is a function word of the table, "afhankelijk" is not`)
	}
	if readTranslex([]byte("TLX1")).Lookup("relatie") != -1 {
		t.Error("a truncated table is not empty")
	}
}

// TestTranslexDump writes the table as text, one stem pair a line
// (`fr nl`), then the function words one a line, to the file
// $CONCORD_TRANSLEX_DUMP, to read or compare it; skipped without it.
func TestTranslexDump(t *testing.T) {
	path := os.Getenv("CONCORD_TRANSLEX_DUMP")
	if path == "" {
		t.Skip("CONCORD_TRANSLEX_DUMP not set")
	}
	var b strings.Builder
	for _, e := range TranslexEntries(LoadTranslex()) {
		b.WriteString(strings.TrimSpace(e[0] + " " + e[1]))
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkTranslexLookup looks a stem, a compound found by its last part
// and an unknown word up in the table, and tests a translation.
func BenchmarkTranslexLookup(b *testing.B) {
	tl := LoadTranslex()
	for b.Loop() {
		a, n := tl.Lookup("dependance"), tl.Lookup("longziekte")
		if !tl.Translates(a, tl.Lookup("afhankelijk")) || n < 0 || tl.Lookup("zzzzzzzz") >= 0 {
			b.Fatal("wrong answer")
		}
	}
}
