package langdata

import (
	_ "embed"
	"strings"
)

// The embedded lists hold only words with an f-ligature ("ff", "fi",
// "fl"): those are the words a broken ligature can split. They are made
// from the word lists of wordlists/NOTICE: in lower case, in byte order,
// each once, so that they are searched in place (SortedWords). fr-f.txt
// is written so; lig-nl.txt is made from nl-f.txt.gz, and lig-stems.txt
// holds the stems of the words of both (LigatureStems). TestWordTables
// checks them and rewrites the two made ones with -update.
var (
	//go:embed wordlists/lig-nl.txt
	DutchLigatureWords SortedWords
	//go:embed wordlists/fr-f.txt
	FrenchLigatureWords SortedWords
)

// LigatureStems holds the stems (stemsOf) with an f-ligature of the
// words of the built-in lists of both languages (ligatureWords), made
// with them (TestWordTables).
//
//go:embed wordlists/lig-stems.txt
var LigatureStems SortedWords

// HasLigature reports whether w contains "ff", "fi" or "fl" in any case.
func HasLigature(w string) bool {
	w = strings.ToLower(w)
	for i := 0; i+1 < len(w); i++ {
		if w[i] == 'f' && (w[i+1] == 'f' || w[i+1] == 'i' || w[i+1] == 'l') {
			return true
		}
	}
	return false
}
