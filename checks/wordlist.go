package checks

import (
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/langdata"
)

// ligatureWords returns the lower-case words with an f-ligature known in
// language l, or none for a language without a list.
func ligatureWords(l align.Lang) langdata.SortedWords {
	switch l {
	case align.NL:
		return langdata.DutchLigatureWords
	case align.FR:
		return langdata.FrenchLigatureWords
	}
	return ""
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
	for _, e := range langdata.BuiltinTerms {
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
