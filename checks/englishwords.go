package checks

import (
	_ "embed"
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
