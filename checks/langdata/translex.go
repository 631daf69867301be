package langdata

import (
	"cmp"
	_ "embed"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
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
// each word keeps its most probable translations (checks/translex_gen_test.go
// says how). Rebuild it with `make translex`. The words are folded
// (case and accents) and of four letters at least; pairs of identical
// stems are left out, since the matcher of package checks finds them without it. The words are
// cut to stems (TranslexStem), and the words in more than a tenth of the
// pairs are listed as function words.
//
// The table is stored as it is searched, so that nothing is parsed when
// it loads (docs/translex.md gives the layout, about 120 KB): the stems,
// each packed into a number, sorted, found by binary search; for each
// stem, by its place in that order, whether it is in a pair or a
// Function word, and the sorted places of its NL translations.
//
//go:generate make -C ../.. translex
//go:embed translex.bin
var translexBin []byte

// Translex is the table read in place from its bytes (translexBin): keys
// holds the stems packed by translexKey in ascending order, and a stem's
// number is its place there. Stem i's translations are the numbers
// trans[off[i]:off[i+1]], in ascending order; flags[i] has translexPair
// set for a stem of a pair (either side) and translexFunction for a
// Function word.
type Translex struct {
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

// TranslexStem returns the stem of folded word w: without a plural s
// ("seuls" is "seul"), cut to translexStemLen runes.
func TranslexStem(w string) string {
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
	translexTable *Translex
)

// LoadTranslex returns the table. It only slices the embedded bytes; a
// table with a wrong header is empty. It is safe for concurrent use.
func LoadTranslex() *Translex {
	translexOnce.Do(func() {
		translexTable = readTranslex(translexBin)
	})
	return translexTable
}

// readTranslex returns the table stored in b, or an empty one if b does
// not hold one.
func readTranslex(b []byte) *Translex {
	if len(b) < translexHeader || string(b[:4]) != translexMagic {
		return &Translex{off: make([]byte, 4)}
	}
	n := int(binary.LittleEndian.Uint32(b[4:]))
	m := int(binary.LittleEndian.Uint32(b[8:]))
	if len(b) != translexHeader+8*n+4*(n+1)+n+2*m {
		return &Translex{off: make([]byte, 4)}
	}
	t := &Translex{n: n}
	b = b[translexHeader:]
	t.keys, b = b[:8*n], b[8*n:]
	t.off, b = b[:4*(n+1)], b[4*(n+1):]
	t.flags, t.trans = b[:n], b[n:]
	return t
}

// find returns the number of stem st if it has one of flags, or -1.
func (t *Translex) find(st string, flags byte) int32 {
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

// Lookup returns the number of folded word w's stem in the table, or of
// the stem of its longest last part that the table knows, or -1.
func (t *Translex) Lookup(w string) int32 {
	if n := t.find(TranslexStem(w), translexPair); n >= 0 {
		return n
	}
	for i := translexMinHead; len(w)-i >= translexMinSuffix; i++ {
		st := TranslexStem(w[i:])
		if len(w)-i-len(st) > translexMaxEnding {
			continue
		}
		if n := t.find(st, translexPair); n >= 0 {
			return n
		}
	}
	return -1
}

// Function reports whether folded word w is a function word of the
// pairs the table was learned from.
func (t *Translex) Function(w string) bool {
	return t.find(TranslexStem(w), translexFunction) >= 0
}

// Translates reports whether the table gives NL word b as a translation of
// FR word a, both numbers of the table.
func (t *Translex) Translates(a, b int32) bool {
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

// TranslationsOf appends to out the numbers of the NL translations of FR
// stem a, in ascending order.
func (t *Translex) TranslationsOf(a int32, out []int32) []int32 {
	lo, hi := binary.LittleEndian.Uint32(t.off[4*a:]), binary.LittleEndian.Uint32(t.off[4*a+4:])
	for i := lo; i < hi; i++ {
		out = append(out, int32(binary.LittleEndian.Uint16(t.trans[2*i:])))
	}
	return out
}

// EncodeTranslex lays out table, the stem pairs and function words
// TestGenerateTranslex of package checks learns, as translexBin (see translex.go and
// docs/translex.md).
func EncodeTranslex(table [][2]string) ([]byte, error) {
	flags := map[string]byte{}
	for _, e := range table {
		if e[1] == "" {
			flags[e[0]] |= translexFunction
			continue
		}
		flags[e[0]] |= translexPair
		flags[e[1]] |= translexPair
	}
	type stem struct {
		key uint64
		s   string
	}
	var stems []stem
	for s := range flags {
		k, ok := translexKey(s)
		if !ok || strings.IndexByte(s, 0) >= 0 {
			return nil, fmt.Errorf("stem %q does not fit in a key", s)
		}
		stems = append(stems, stem{k, s})
	}
	slices.SortFunc(stems, func(a, b stem) int { return cmp.Compare(a.key, b.key) })
	if len(stems) > 1<<16 {
		return nil, fmt.Errorf("%d stems: translations are numbered in 16 bits", len(stems))
	}
	num := make(map[string]int, len(stems))
	for i, st := range stems {
		num[st.s] = i
	}
	trans := make([][]uint16, len(stems))
	for _, e := range table {
		if e[1] != "" {
			a, b := num[e[0]], uint16(num[e[1]])
			if !slices.Contains(trans[a], b) {
				trans[a] = append(trans[a], b)
			}
		}
	}
	m := 0
	for _, ts := range trans {
		slices.Sort(ts)
		m += len(ts)
	}
	n := len(stems)
	out := make([]byte, 0, translexHeader+8*n+4*(n+1)+n+2*m)
	out = append(out, translexMagic...)
	out = binary.LittleEndian.AppendUint32(out, uint32(n))
	out = binary.LittleEndian.AppendUint32(out, uint32(m))
	for _, st := range stems {
		out = binary.LittleEndian.AppendUint64(out, st.key)
	}
	off := 0
	for _, ts := range trans {
		out = binary.LittleEndian.AppendUint32(out, uint32(off))
		off += len(ts)
	}
	out = binary.LittleEndian.AppendUint32(out, uint32(off))
	for _, st := range stems {
		out = append(out, flags[st.s])
	}
	for _, ts := range trans {
		for _, x := range ts {
			out = binary.LittleEndian.AppendUint16(out, x)
		}
	}
	return out, nil
}

// TranslexEntries returns the contents of t in the form EncodeTranslex
// takes them: the stem pairs, sorted, then the function words, sorted,
// each with an empty translation.
func TranslexEntries(t *Translex) [][2]string {
	stem := func(i int) string {
		var b []byte
		for k := binary.LittleEndian.Uint64(t.keys[8*i:]); k != 0; k <<= 8 {
			b = append(b, byte(k>>56))
		}
		return string(b)
	}
	var pairs, function [][2]string
	for i := 0; i < t.n; i++ {
		lo, hi := binary.LittleEndian.Uint32(t.off[4*i:]), binary.LittleEndian.Uint32(t.off[4*i+4:])
		for j := lo; j < hi; j++ {
			pairs = append(pairs, [2]string{stem(i), stem(int(binary.LittleEndian.Uint16(t.trans[2*j:])))})
		}
		if t.flags[i]&translexFunction != 0 {
			function = append(function, [2]string{stem(i), ""})
		}
	}
	slices.SortFunc(pairs, func(a, b [2]string) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	return append(pairs, function...)
}
