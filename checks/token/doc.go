// Package token reads the words and facts of a unit's text: the letter
// runs (Run), the words of names and terms (Word, Part, Case), their
// comparison keys (Fold, FoldKey), and the numbers (Num), dates (Date) and
// references (Ref) in French and Dutch, read together by ScanFacts.
//
// Every reader never fails: any input, valid UTF-8 or not, gives tokens
// whose offsets lie inside the text, in order. The fuzz targets of this
// package check it (their seed corpora are under testdata/fuzz).
//
// The package knows no rule and no finding; package checks compares what it
// reads. It imports align for the text and language of a unit, and
// langdata for the words it must know (name particles, titles).
package token
