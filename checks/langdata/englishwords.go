package langdata

import (
	_ "embed"
)

// EnglishWords holds the lower-case English words of SCOWL's small
// American list (see wordlists/NOTICE), in byte order, searched in place.
//
//go:embed wordlists/en-small.txt
var EnglishWords SortedWords

// EnglishWord reports whether the folded word w is a lower-case English
// word.
func EnglishWord(w string) bool {
	return EnglishWords.Has(w)
}
