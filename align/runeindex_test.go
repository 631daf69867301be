package align

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestPosLongRun checks that the positions Pos gives far into a long run,
// through its rune index, are those of counting the runes from the run's
// start, on text with accents, four-byte runes and invalid bytes, in runs
// that start inside a character too.
func TestPosLongRun(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"a", "é", "€", "𝄞", "\xe2\x82", "\x80", " ", "considérant "}
	var b strings.Builder
	for b.Len() < 300<<10 {
		b.WriteString(pieces[rng.Intn(len(pieces))])
	}
	s := b.String()
	plain := func(t *Text, off int) Pos {
		if off > len(t.S) {
			off = len(t.S)
		}
		for off > 0 && off < len(t.S) && !utf8.RuneStart(t.S[off]) {
			off--
		}
		i := 0
		for i+1 < len(t.Segs) && t.Segs[i+1].Off <= off {
			i++
		}
		p := t.Segs[i].Pos
		p.Col += utf8.RuneCountInString(t.S[t.Segs[i].Off:off])
		return p
	}
	texts := []Text{
		{S: s, Segs: []Segment{{Off: 0, Pos: Pos{Line: 1, Col: 1}}}},
		{S: s, Segs: []Segment{{Off: 0, Pos: Pos{Line: 1, Col: 1}}, {Off: 70001, Pos: Pos{Line: 2, Col: 1}}, {Off: 150002, Pos: Pos{Line: 3, Col: 5}}}},
	}
	for k := range texts {
		tx := &texts[k]
		for n := 0; n < 2000; n++ {
			off := rng.Intn(len(s) + 10)
			if got, want := tx.Pos(off), plain(tx, off); got != want {
				t.Fatalf("text %d: Pos(%d) = %+v, want %+v", k, off, got, want)
			}
		}
		if tx.runes == nil {
			t.Errorf("text %d: no rune index built", k)
		}
	}
	// A text whose S changes after a position was asked counts afresh.
	tx := &texts[0]
	tx.S = strings.Repeat("é", len(s)/2)
	if got, want := tx.Pos(len(tx.S)-2), plain(tx, len(tx.S)-2); got != want {
		t.Fatalf("after a change: Pos = %+v, want %+v", got, want)
	}
}
