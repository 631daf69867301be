package checks

import (
	_ "embed"
	"strings"

	"github.com/concord-bilingual/concord/align"
)

// The embedded lists hold only words with an f-ligature ("ff", "fi",
// "fl"): those are the words a broken ligature can split. They are made
// from the word lists of wordlists/NOTICE: in lower case, in byte order,
// each once, so that they are searched in place (sortedWords). fr-f.txt
// is written so; lig-nl.txt is made from nl-f.txt.gz, and lig-stems.txt
// holds the stems of the words of both (ligatureStemList). TestWordTables
// checks them and rewrites the two made ones with -update.
var (
	//go:embed wordlists/lig-nl.txt
	nlLigatureWords sortedWords
	//go:embed wordlists/fr-f.txt
	frLigatureWords sortedWords
)

// ligatureWords returns the lower-case words with an f-ligature known in
// language l, or none for a language without a list.
func ligatureWords(l align.Lang) sortedWords {
	switch l {
	case align.NL:
		return nlLigatureWords
	case align.FR:
		return frLigatureWords
	}
	return ""
}

// hasLigature reports whether w contains "ff", "fi" or "fl" in any case.
func hasLigature(w string) bool {
	w = lower(w)
	for i := 0; i+1 < len(w); i++ {
		if w[i] == 'f' && (w[i+1] == 'f' || w[i+1] == 'i' || w[i+1] == 'l') {
			return true
		}
	}
	return false
}

// Preload builds the tables that checks otherwise build on first use: the
// built-in termbase. A caller with a core to spare runs it while it reads
// its input; a check that needs a table before it is ready waits for it.
// It is safe for concurrent use.
func Preload() {
	termbaseOf(nil)
}

// TermAcronyms returns the acronyms the built-in termbase knows in
// language l (ONSS, INAMI; RSZ, RIZIV), each once, in the termbase's
// order. The real-text evaluation swaps one for another.
func TermAcronyms(l align.Lang) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range builtinTerms {
		forms := e.FR
		if l == align.NL {
			forms = e.NL
		}
		for _, f := range forms {
			if strings.ContainsAny(f, " -'’") || !isAcronym(f) || seen[f] {
				continue
			}
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}
