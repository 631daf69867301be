package checks

import (
	_ "embed"
	"encoding/binary"
	"sync"
)

// The FR↔NL word-translation table. A paraphrase shares few cognates
// with its original ("Les ados proxénètes … une relation de dépendance
// avec des personnes vulnérables" / "Tienerpooiers proberen kwetsbare
// personen afhankelijk te maken"), so the clause search takes the words it
// does not recognise for a clause without counterpart. The table knows
// that "vulnérables" is "kwetsbare" and "dépendance" is "afhankelijk".
//
// It was learned by IBM Model 1 (expectation maximisation, both
// directions) from half of the written parliamentary questions of 2020
// (QRVA) published by the Belgian Chamber in both languages, the pairs at
// even positions of qrva-dev.jsonl.gz, their sentences aligned by length;
// each word keeps its most probable translations (translex_gen_test.go
// says how). Rebuild it with `make translex`. The words are folded
// (fold) and of lexMinWord letters at least; pairs of identical stems are
// left out, since lexTable.matches finds them without it. The words are
// cut to stems (translexStem), and the words in more than a tenth of the
// pairs are listed as function words.
//
// The table is stored as it is searched, so that nothing is parsed when
// it loads (docs/translex.md gives the layout, about 120 KB): the stems,
// each packed into a number, sorted, found by binary search; for each
// stem, by its place in that order, whether it is in a pair or a
// function word, and the sorted places of its NL translations.
//
//go:generate make -C .. translex
//go:embed translex.bin
var translexBin []byte

// translex is the table read in place from its bytes (translexBin): keys
// holds the stems packed by translexKey in ascending order, and a stem's
// number is its place there. Stem i's translations are the numbers
// trans[off[i]:off[i+1]], in ascending order; flags[i] has translexPair
// set for a stem of a pair (either side) and translexFunction for a
// function word.
type translex struct {
	n     int
	keys  []byte // n little-endian uint64
	off   []byte // n+1 little-endian uint32
	flags []byte // n bytes
	trans []byte // little-endian uint16
}

// The layout of translexBin: the magic, the number of stems and of
// translations as little-endian uint32, then the keys, offsets, flags and
// translations of type translex one after the other.
const (
	translexMagic    = "TLX1"
	translexHeader   = 12
	translexPair     = 1
	translexFunction = 2
)

// translexStemLen is the length of a stem in runes: the table's words are
// cut to their first translexStemLen runes, so that "introduit" and
// "introduire", "maanden" and "maand" are one word for it; a final s goes
// first.
const translexStemLen = 6

// translexStem returns the stem of folded word w: without a plural s
// ("seuls" is "seul"), cut to translexStemLen runes.
func translexStem(w string) string {
	if len(w) > 4 && w[len(w)-1] == 's' {
		w = w[:len(w)-1]
	}
	n := 0
	for i := range w {
		if n == translexStemLen {
			return w[:i]
		}
		n++
	}
	return w
}

// translexKey packs a stem of at most eight bytes into a number whose
// order is the stems' byte order (a stem holds no zero byte); ok is false
// for a longer stem, which the table cannot hold.
func translexKey(st string) (k uint64, ok bool) {
	if len(st) > 8 {
		return 0, false
	}
	for i := 0; i < 8; i++ {
		k <<= 8
		if i < len(st) {
			k |= uint64(st[i])
		}
	}
	return k, true
}

var (
	translexOnce  sync.Once
	translexTable *translex
)

// loadTranslex returns the table. It only slices the embedded bytes; a
// table with a wrong header is empty. It is safe for concurrent use.
func loadTranslex() *translex {
	translexOnce.Do(func() {
		translexTable = readTranslex(translexBin)
	})
	return translexTable
}

// readTranslex returns the table stored in b, or an empty one if b does
// not hold one.
func readTranslex(b []byte) *translex {
	if len(b) < translexHeader || string(b[:4]) != translexMagic {
		return &translex{off: make([]byte, 4)}
	}
	n := int(binary.LittleEndian.Uint32(b[4:]))
	m := int(binary.LittleEndian.Uint32(b[8:]))
	if len(b) != translexHeader+8*n+4*(n+1)+n+2*m {
		return &translex{off: make([]byte, 4)}
	}
	t := &translex{n: n}
	b = b[translexHeader:]
	t.keys, b = b[:8*n], b[8*n:]
	t.off, b = b[:4*(n+1)], b[4*(n+1):]
	t.flags, t.trans = b[:n], b[n:]
	return t
}

// find returns the number of stem st if it has one of flags, or -1.
func (t *translex) find(st string, flags byte) int32 {
	k, ok := translexKey(st)
	if !ok {
		return -1
	}
	lo, hi := 0, t.n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if binary.LittleEndian.Uint64(t.keys[8*m:]) < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < t.n && binary.LittleEndian.Uint64(t.keys[8*lo:]) == k && t.flags[lo]&flags != 0 {
		return int32(lo)
	}
	return -1
}

// translexMinSuffix is the shortest last part of a Dutch compound that
// stands for the compound when the table lacks the whole word
// ("liefdesrelatie" → "relatie"), translexMaxEnding the most it may run
// past its stem; translexMinHead is the shortest first part left before
// it.
const (
	translexMinSuffix = 5
	translexMaxEnding = 3
	translexMinHead   = 3
)

// lookup returns the number of folded word w's stem in the table, or of
// the stem of its longest last part that the table knows, or -1.
func (t *translex) lookup(w string) int32 {
	if n := t.find(translexStem(w), translexPair); n >= 0 {
		return n
	}
	for i := translexMinHead; len(w)-i >= translexMinSuffix; i++ {
		st := translexStem(w[i:])
		if len(w)-i-len(st) > translexMaxEnding {
			continue
		}
		if n := t.find(st, translexPair); n >= 0 {
			return n
		}
	}
	return -1
}

// function reports whether folded word w is a function word of the
// pairs the table was learned from.
func (t *translex) function(w string) bool {
	return t.find(translexStem(w), translexFunction) >= 0
}

// translates reports whether the table gives NL word b as a translation of
// FR word a, both numbers of the table.
func (t *translex) translates(a, b int32) bool {
	if a < 0 || b < 0 {
		return false
	}
	// A stem has a few translations: a scan beats a binary search.
	lo, hi := binary.LittleEndian.Uint32(t.off[4*a:]), binary.LittleEndian.Uint32(t.off[4*a+4:])
	for i := lo; i < hi; i++ {
		if x := int32(binary.LittleEndian.Uint16(t.trans[2*i:])); x >= b {
			return x == b
		}
	}
	return false
}

// translationsOf appends to out the numbers of the NL translations of FR
// stem a, in ascending order.
func (t *translex) translationsOf(a int32, out []int32) []int32 {
	lo, hi := binary.LittleEndian.Uint32(t.off[4*a:]), binary.LittleEndian.Uint32(t.off[4*a+4:])
	for i := lo; i < hi; i++ {
		out = append(out, int32(binary.LittleEndian.Uint16(t.trans[2*i:])))
	}
	return out
}
