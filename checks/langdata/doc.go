// Package langdata holds concord's French and Dutch language data and the
// look-ups over it. Everything is built into the binary: nothing is read
// from the host machine, so that a run gives the same findings everywhere.
// The package imports nothing of concord.
//
// The tables and where they come from:
//
//   - BuiltinTerms (termbase_data.go): the FR↔NL termbase of institutions,
//     bodies, texts and parties that Belgian parliamentary documents name,
//     with their acronyms, written for concord.
//   - EnglishWords (englishwords.go): the lower-case words of SCOWL's small
//     American English list (wordlists/en-small.txt; wordlists/NOTICE).
//   - FrenchLigatureWords, DutchLigatureWords and LigatureStems
//     (ligaturewords.go): the words with "ff", "fi" or "fl" that a broken
//     ligature can split; the Dutch ones from the OpenTaal word list, the
//     French ones written for concord (wordlists/NOTICE says how each was
//     made; TestWordTables in package checks rewrites the made ones).
//   - The name words (namewords.go): particles, titles, honorifics, stop
//     words, month and day names, institution and place words, furniture
//     words, publication series, Latin phrases, given names each language
//     writes its own way, noun endings; written for concord from the
//     texts it reads. They hold folded forms (lower case, no accents).
//   - The month and weekday names and month abbreviations of both
//     languages (months.go), and NameAbbrevs, the abbreviations whose
//     period closes no sentence (namewords.go), written for concord.
//   - The word-translation table (translex.go, translex.bin): FR↔NL word
//     stems learned by IBM Model 1 from half of the written parliamentary
//     questions of 2020 (docs/translex.md; `make translex` rebuilds it).
//
// SortedWords and KeyFilter are the two look-up structures the tables use:
// a word list searched in place by binary search, and a filter that
// passes over most words without a map look-up.
package langdata
