package checks

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"
)

// englishGz holds the lower-case English words of SCOWL's small American
// list (see wordlists/NOTICE).
//
//go:embed wordlists/en-small.txt.gz
var englishGz []byte

var (
	englishOnce sync.Once
	english     wordSet
)

// englishWord reports whether the folded word w is a lower-case English
// word. The list is read on first use; it is safe for concurrent use.
func englishWord(w string) bool {
	englishOnce.Do(func() {
		english = wordSet{}
		zr, err := gzip.NewReader(bytes.NewReader(englishGz))
		if err != nil {
			return
		}
		data, err := io.ReadAll(zr)
		if err != nil {
			return
		}
		for line := range strings.SplitSeq(string(data), "\n") {
			if line != "" {
				english[line] = true
			}
		}
	})
	return english[w]
}

// englishPhrase reports whether every word of n but its particles is a
// lower-case English word: a capitalised English phrase (Trade Exchanges,
// Exit Strategy, Control System), the name of a programme or a body that
// the other language translates, not a person's name.
func englishPhrase(n *personName) bool {
	core := 0
	for _, p := range n.Parts {
		for _, w := range strings.Fields(p) {
			if nameParticles[w] {
				continue
			}
			if !englishWord(w) {
				return false
			}
			core++
		}
	}
	return core >= 2
}
