package checks

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
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
// each word keeps its most probable translations (translex_gen_test.go
// says how). Rebuild it with `make translex`. The words are folded
// (fold) and of lexMinWord letters at least; pairs of identical stems are
// left out, since lexTable.matches finds them without it. The words are
// cut to stems (translexStem), and the words in more than a tenth of the
// pairs are listed as function words. The file is about 54 KB.
//
//go:generate make -C .. translex
//go:embed translex.txt.gz
var translexGz []byte

// translex is the loaded table: word stems by number, for each FR stem
// the sorted numbers of its NL translations, and the stems of function
// words, too common in the pairs it was learned from to tell sentences
// apart.
type translex struct {
	ids   map[string]int32
	trans [][]int32
	stop  map[string]bool
}

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

var (
	translexOnce  sync.Once
	translexTable *translex
)

// loadTranslex returns the table, reading it on first use. It is safe for
// concurrent use.
func loadTranslex() *translex {
	translexOnce.Do(func() {
		t := &translex{ids: map[string]int32{}, stop: map[string]bool{}}
		id := func(w string) int32 {
			if n, ok := t.ids[w]; ok {
				return n
			}
			n := int32(len(t.trans))
			t.ids[w] = n
			t.trans = append(t.trans, nil)
			return n
		}
		zr, err := gzip.NewReader(bytes.NewReader(translexGz))
		if err != nil {
			translexTable = t
			return
		}
		sc := bufio.NewScanner(zr)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") {
				continue
			}
			f, n, ok := strings.Cut(line, " ")
			if !ok {
				t.stop[line] = true
				continue
			}
			a, b := id(f), id(n)
			t.trans[a] = append(t.trans[a], b)
		}
		for _, ts := range t.trans {
			slices.Sort(ts)
		}
		translexTable = t
	})
	return translexTable
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
	if n, ok := t.ids[translexStem(w)]; ok {
		return n
	}
	for i := translexMinHead; len(w)-i >= translexMinSuffix; i++ {
		st := translexStem(w[i:])
		if len(w)-i-len(st) > translexMaxEnding {
			continue
		}
		if n, ok := t.ids[st]; ok {
			return n
		}
	}
	return -1
}

// function reports whether folded word w is a function word of the
// pairs the table was learned from.
func (t *translex) function(w string) bool {
	return t.stop[translexStem(w)]
}

// translates reports whether the table gives NL word b as a translation of
// FR word a, both numbers of the table.
func (t *translex) translates(a, b int32) bool {
	if a < 0 || b < 0 {
		return false
	}
	// A stem has a few translations: a scan beats a binary search.
	for _, x := range t.trans[a] {
		if x >= b {
			return x == b
		}
	}
	return false
}
