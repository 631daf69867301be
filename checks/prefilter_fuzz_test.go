package checks

import "testing"

// FuzzDateWordFilter checks that the date-word prefilter never passes over
// a word whose fold is a weekday, a month, an abbreviation or "premier".
func FuzzDateWordFilter(f *testing.F) {
	for _, w := range []string{"Mars", "SEPTEMBRE", "févr", "premier", "donderdag", "mei", "word", "x", "Ａｖｒｉｌ", "aout"} {
		f.Add(w)
	}
	sets := []map[string]int{frMonths, nlMonths, frMonthAbbrevs, nlMonthAbbrevs, frWeekdays, nlWeekdays}
	f.Fuzz(func(t *testing.T, w string) {
		if dateWords.maybe(w) {
			return
		}
		k := fold(w)
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
		if refWords.maybe(w) {
			return
		}
		if k := fold(w); paragraphWords[k] || lawFirstWords[k] || refLeadWords[k] {
			t.Fatalf("%q folds to %q, a reference word, but the filter passes over it", w, k)
		}
	})
}

// FuzzPhraseWordFilter checks that the phrase-word prefilter never passes
// over a word whose key is a French or Dutch phrase word.
func FuzzPhraseWordFilter(f *testing.F) {
	for _, w := range []string{"Les", "CETTE", "tegen", "À", "l", "Het", "word", "ｄｅ"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if phraseWords.maybe(w) {
			return
		}
		if k := foldKey(w); frPhraseWords[k] || nlPhraseWords[k] {
			t.Fatalf("%q folds to %q, a phrase word, but the filter passes over it", w, k)
		}
	})
}
