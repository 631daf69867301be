package token

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/checks/langdata"
)

// FuzzDateWordFilter checks that the date-word prefilter never passes over
// a word whose fold is a weekday, a month, an abbreviation or "premier".
func FuzzDateWordFilter(f *testing.F) {
	for _, w := range []string{"Mars", "SEPTEMBRE", "févr", "premier", "donderdag", "mei", "word", "x", "Ａｖｒｉｌ", "aout"} {
		f.Add(w)
	}
	sets := []map[string]int{langdata.FrenchMonths, langdata.DutchMonths, langdata.FrenchMonthAbbrevs, langdata.DutchMonthAbbrevs, langdata.FrenchWeekdays, langdata.DutchWeekdays}
	f.Fuzz(func(t *testing.T, w string) {
		if dateWords.Maybe(w) {
			return
		}
		k := Fold(w)
		for _, set := range sets {
			if _, ok := set[k]; ok {
				t.Fatalf("%q folds to %q, a date word, but the filter passes over it", w, k)
			}
		}
		if k == "premier" {
			t.Fatalf("%q folds to premier but the filter passes over it", w)
		}
	})
}

// FuzzRefWordFilter checks that the reference-word prefilter never passes
// over a word whose fold is a word wordRef reads a reference after.
func FuzzRefWordFilter(f *testing.F) {
	for _, w := range []string{"Article", "ARTT", "paragraaf", "ECLI", "Loi", "arrêté", "Koninklijk", "nº", "word", "Ｄｏｃ"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if refWords.Maybe(w) {
			return
		}
		if k := Fold(w); paragraphWords[k] || lawFirstWords[k] || refLeadWords[k] {
			t.Fatalf("%q folds to %q, a reference word, but the filter passes over it", w, k)
		}
	})
}

// FuzzNumberWordFilter checks that the number-word prefilters never pass
// over a word that scanFrench or scanDutch would read as a number.
func FuzzNumberWordFilter(f *testing.F) {
	for _, w := range []string{"Vingt", "quatre", "unième", "premières", "Tiers", "drieëntwintig", "tweehonderd", "zevenjarige",
		"Eerste", "honderdeerste", "allebei", "dertigste", "duizendmaal", "word", "x", "ＶＩＮＧＴ", "nul"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		k := Fold(w)
		if !frNumberWords.maybe(w) {
			if _, _, ok := frWord(k); ok {
				t.Fatalf("%q folds to %q, a French number word, but the filter passes over it", w, k)
			}
		}
		if !nlNumberWords.maybe(w) {
			if _, _, ok := nlWord(k); ok {
				t.Fatalf("%q folds to %q, a Dutch number word, but the filter passes over it", w, k)
			}
			if _, _, ok := scanDutchCompound(k, 0, len(w)); ok {
				t.Fatalf("%q folds to %q, a Dutch number compound, but the filter passes over it", w, k)
			}
		}
	})
}

// TestWordFiltersOnCorpus runs the number and reference prefilters on
// each word of the sample and the corpus texts, and on number words joined
// in pairs: none may pass over a word its reader would take.
func TestWordFiltersOnCorpus(t *testing.T) {
	var words []string
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	for _, name := range append(files, "../../testdata/kazakhstan.txt") {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for w := range EachLetterRun(string(data)) {
			words = append(words, w.S, strings.ToUpper(w.S[:1])+w.S[1:])
		}
	}
	var stems []string
	for _, m := range []map[string]float64{frWords, frOrdinalStems, nlBasic} {
		stems = append(stems, mapKeys(m)...)
	}
	stems = append(stems, numberWordsOf(nlTens, nlMult)...)
	for _, a := range stems {
		for _, b := range append(stems, "", "en", "ste", "de", "ieme", "iemes", "jarige", "maal", "eerste") {
			words = append(words, a+b, a+"en"+b)
		}
	}
	var fr, nl, refs int
	for _, w := range words {
		k := Fold(w)
		if _, _, ok := frWord(k); ok {
			fr++
		}
		_, _, ok1 := nlWord(k)
		_, _, ok2 := scanDutchCompound(k, 0, len(w))
		if ok1 || ok2 {
			nl++
		}
		if paragraphWords[k] || lawFirstWords[k] || refLeadWords[k] {
			refs++
		}
		if _, _, ok := frWord(k); ok && !frNumberWords.maybe(w) {
			t.Errorf("French number word %q stopped", w)
		}
		if (ok1 || ok2) && !nlNumberWords.maybe(w) {
			t.Errorf("Dutch number word %q stopped", w)
		}
		if (paragraphWords[k] || lawFirstWords[k] || refLeadWords[k]) && !refWords.Maybe(w) {
			t.Errorf("reference word %q stopped", w)
		}
	}
	// The words must hold what the filters are there to find.
	if fr < 100 || nl < 100 || refs < 100 {
		t.Errorf("too few words to find: %d French and %d Dutch number words, %d reference words", fr, nl, refs)
	}
}
