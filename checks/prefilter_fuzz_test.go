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
