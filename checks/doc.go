// Package checks holds concord's rule set: the checks, the analyses they
// share, and the explicit list All. They are written in the framework of
// package check (Check, Analysis, Pass, Run).
//
// A document's pairs flow through views and analyses to the checks, which
// report findings:
//
//   - The views (ByLabel, ByContent in analyses.go) are the pairs a check
//     reads: as labelled, or by content where labels shifted after a unit
//     missing in one language.
//   - The analyses (analyses.go) compute once per document what several
//     checks read: the numbers, dates and references of each unit
//     (UnitFacts) and their comparison per pair (Comparisons), the label
//     shifts, the word counts, the names and terms of each pair, the text
//     around each pair. Each runs only when a check that requires it asks.
//   - A check is declared in the file named after its ID: numbers/mismatch
//     is NumbersMismatch in numbers_mismatch.go. It names the view it reads
//     (Sees) and the analyses it reads (Requires), and reports findings of
//     its own rule at its declared severity at most; weaker evidence
//     lowers it. The names, terms and clause checks report what their
//     shared analysis found (namecheck.go, terms.go, clauses.go).
//
// To add a check: declare it in category_name.go with a Doc (a title line,
// an explanation and an indented FR:/NL: example), add it to All, and add
// a fixture under the repository's testdata/checks/category/ that expects
// one of its findings. TestCatalog checks all of that, and check.Validate
// the requirements.
//
// Below the rules, and imported by them only: package token reads the
// words, numbers, dates, references and identifiers of a text, and package
// langdata holds the language data (termbase, word lists, name words,
// month names, the word-translation table). langdata imports nothing of
// concord, and token only align, langdata and internal/roman (TestLayers).
package checks
