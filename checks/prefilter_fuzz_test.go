package checks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/checks/langdata"
	"github.com/concord-bilingual/concord/checks/token"
)

// FuzzPhraseWordFilter checks that the phrase-word prefilter never passes
// over a word whose key is a French or Dutch phrase word.
func FuzzPhraseWordFilter(f *testing.F) {
	for _, w := range []string{"Les", "CETTE", "tegen", "À", "l", "Het", "word", "ｄｅ"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if phraseWords.Maybe(w) {
			return
		}
		if k := token.FoldKey(w); frPhraseWords[k] || nlPhraseWords[k] {
			t.Fatalf("%q folds to %q, a phrase word, but the filter passes over it", w, k)
		}
	})
}

// TestPhraseFilterOnCorpus runs the phrase-word prefilter on each word of
// the sample and the corpus texts: it may not pass over a phrase word.
func TestPhraseFilterOnCorpus(t *testing.T) {
	var words []string
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	for _, name := range append(files, "../testdata/kazakhstan.txt") {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for w := range token.EachLetterRun(string(data)) {
			words = append(words, w.S, strings.ToUpper(w.S[:1])+w.S[1:])
		}
	}
	phrases := 0
	for _, w := range words {
		if frPhraseWords[token.FoldKey(w)] || nlPhraseWords[token.FoldKey(w)] {
			phrases++
			if !phraseWords.Maybe(w) {
				t.Errorf("phrase word %q stopped", w)
			}
		}
	}
	// The words must hold what the filter is there to find.
	if phrases < 1000 {
		t.Errorf("too few words to find: %d phrase words", phrases)
	}
}

// FuzzTitleWordFilter checks that the title-word prefilter never passes
// over a key that is a title word or the first word of a two-word title.
func FuzzTitleWordFilter(f *testing.F) {
	for _, w := range []string{"de", "premier", "mevrouw", "m", "mme", "vice", "secretaire", "heer", "word", "x", "ｄｅ", "Ministre"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if langdata.TitleKeys.Maybe(w) {
			return
		}
		if _, ok := langdata.TitleLeads[w]; ok || langdata.TitleWords[w] {
			t.Fatalf("%q is a title key, but the filter passes over it", w)
		}
	})
}
