package checks

import (
	"bytes"
	"compress/gzip"
	"flag"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/checks/langdata"
)

var updateTables = flag.Bool("update", false, "rewrite the word tables made from the word lists of langdata/wordlists/")

// TestWordTables checks that the embedded word tables are what the word
// lists of langdata/wordlists/NOTICE give, and rewrites them with -update: the
// words with an f-ligature of each language in lower case
// (langdata/wordlists/lig-nl.txt from nl-f.txt.gz; fr-f.txt is written in that
// form), the stems of those words that keep the ligature
// (lig-stems.txt), each in byte order and once, as langdata.SortedWords wants
// them. It also checks that the English list is in that form.
func TestWordTables(t *testing.T) {
	nlText := gunzipFile(t, "langdata/wordlists/nl-f.txt.gz")
	frText, err := os.ReadFile("langdata/wordlists/fr-f.txt")
	if err != nil {
		t.Fatal(err)
	}
	nl, fr := ligatureText(nlText), ligatureText(string(frText))
	var stems []string
	for _, words := range [][]string{fr, nl} {
		for _, w := range words {
			for _, s := range stemsOf(w) {
				if langdata.HasLigature(s) {
					stems = append(stems, s)
				}
			}
		}
	}
	for _, f := range []struct {
		path  string
		words []string
		have  langdata.SortedWords
	}{
		{"langdata/wordlists/lig-nl.txt", nl, langdata.DutchLigatureWords},
		{"langdata/wordlists/fr-f.txt", fr, langdata.FrenchLigatureWords},
		{"langdata/wordlists/lig-stems.txt", stems, langdata.LigatureStems},
	} {
		want := sortedText(f.words)
		if *updateTables {
			if err := os.WriteFile(f.path, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if string(f.have) != want {
			t.Errorf("%s is not what the word lists give; run go test ./checks/ -run TestWordTables -update", f.path)
		}
	}
	if en := string(langdata.EnglishWords); sortedText(strings.Fields(en)) != en {
		t.Error("langdata/wordlists/en-small.txt is not one word a line, in byte order, each once")
	}
}

// ligatureText returns the words of text, one a line, that contain an
// f-ligature, in lower case.
func ligatureText(text string) []string {
	var out []string
	for line := range strings.Lines(strings.ToLower(text)) {
		if w := strings.TrimSpace(line); w != "" && langdata.HasLigature(w) {
			out = append(out, w)
		}
	}
	return out
}

// sortedText returns words in byte order, each once, each followed by a
// newline.
func sortedText(words []string) string {
	words = slices.Clone(words)
	slices.Sort(words)
	words = slices.Compact(words)
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	return b.String()
}

func gunzipFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
