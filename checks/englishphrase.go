package checks

import (
	"strings"

	"github.com/concord-bilingual/concord/checks/langdata"
)

// englishPhrase reports whether every word of n but its particles is a
// lower-case English word: a capitalised English phrase (Trade Exchanges,
// Exit Strategy, Control System), the name of a programme or a body that
// the other language translates, not a person's name.
func englishPhrase(n *personName) bool {
	core := 0
	for _, p := range n.Parts {
		for _, w := range strings.Fields(p) {
			if langdata.NameParticles[w] {
				continue
			}
			if !langdata.EnglishWord(w) {
				return false
			}
			core++
		}
	}
	return core >= 2
}
