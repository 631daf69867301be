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
// a word pair is kept when both directions agree (translex_gen_test.go
// says how). Rebuild it with `make translex`. The words are folded
// (fold) and of lexMinWord letters at least; pairs of identical words and
// cognates are left out, since lexTable.matches finds them without it.
//
//go:generate go test -run TestGenerateTranslex -v .
//go:embed translex.txt.gz
var translexGz []byte

// translex is the loaded table: words by number, and for each FR word the
// sorted numbers of its NL translations.
type translex struct {
	ids   map[string]int32
	trans [][]int32
}

var (
	translexOnce  sync.Once
	translexTable *translex
)

// loadTranslex returns the table, reading it on first use. It is safe for
// concurrent use.
func loadTranslex() *translex {
	translexOnce.Do(func() {
		t := &translex{ids: map[string]int32{}}
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
// ("liefdesrelatie" → "relatie"); translexMinHead is the shortest first
// part left before it.
const (
	translexMinSuffix = 5
	translexMinHead   = 3
)

// lookup returns the number of folded word w in the table, or of its
// longest last part that the table knows, or -1.
func (t *translex) lookup(w string) int32 {
	if n, ok := t.ids[w]; ok {
		return n
	}
	for i := translexMinHead; len(w)-i >= translexMinSuffix; i++ {
		if n, ok := t.ids[w[i:]]; ok {
			return n
		}
	}
	return -1
}

// translates reports whether the table gives NL word b as a translation of
// FR word a, both numbers of the table.
func (t *translex) translates(a, b int32) bool {
	if a < 0 || b < 0 {
		return false
	}
	_, ok := slices.BinarySearch(t.trans[a], b)
	return ok
}
