package checks

import (
	_ "embed"
	"strings"
)

// englishWords holds the lower-case English words of SCOWL's small
// American list (see wordlists/NOTICE), in byte order, searched in place.
//
//go:embed wordlists/en-small.txt
var englishWords sortedWords

// englishWord reports whether the folded word w is a lower-case English
// word.
func englishWord(w string) bool {
	return englishWords.has(w)
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
