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

	"github.com/concord-bilingual/concord/align"
)

var updateTables = flag.Bool("update", false, "rewrite the word tables made from the word lists of wordlists/")

// TestWordTables checks that the embedded word tables are what the word
// lists of wordlists/NOTICE give, and rewrites them with -update: the
// words with an f-ligature of each language in lower case
// (wordlists/lig-nl.txt from nl-f.txt.gz; fr-f.txt is written in that
// form), the stems of those words that keep the ligature
// (lig-stems.txt), each in byte order and once, as sortedWords wants
// them. It also checks that the English list is in that form.
func TestWordTables(t *testing.T) {
	nlText := gunzipFile(t, "wordlists/nl-f.txt.gz")
	frText, err := os.ReadFile("wordlists/fr-f.txt")
	if err != nil {
		t.Fatal(err)
	}
	nl, fr := ligatureText(nlText), ligatureText(string(frText))
	var stems []string
	for _, words := range [][]string{fr, nl} {
		for _, w := range words {
			for _, s := range stemsOf(w) {
				if hasLigature(s) {
					stems = append(stems, s)
				}
			}
		}
	}
	for _, f := range []struct {
		path  string
		words []string
		have  sortedWords
	}{
		{"wordlists/lig-nl.txt", nl, nlLigatureWords},
		{"wordlists/fr-f.txt", fr, frLigatureWords},
		{"wordlists/lig-stems.txt", stems, ligatureStemList},
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
	if en := string(englishWords); sortedText(strings.Fields(en)) != en {
		t.Error("wordlists/en-small.txt is not one word a line, in byte order, each once")
	}
}

// ligatureText returns the words of text, one a line, that contain an
// f-ligature, in lower case.
func ligatureText(text string) []string {
	var out []string
	for line := range strings.Lines(lower(text)) {
		if w := strings.TrimSpace(line); w != "" && hasLigature(w) {
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

// TestSortedWords compares the binary search of sortedWords with a plain
// set on every word of the ligature lists, their neighbours and edge
// cases.
func TestSortedWords(t *testing.T) {
	for _, l := range []align.Lang{align.FR, align.NL} {
		list := ligatureWords(l)
		set := map[string]bool{}
		for _, w := range strings.Split(strings.TrimSuffix(string(list), "\n"), "\n") {
			set[w] = true
		}
		for w := range set {
			for _, q := range []string{w, w + "a", w[:len(w)-1], "0" + w, w + "\xff"} {
				if list.has(q) != set[q] {
					t.Errorf("%v list: has(%q) = %v", l, q, list.has(q))
				}
			}
		}
		for _, q := range []string{"", "\n", "\x00", "zzzzzzzz", "a"} {
			if list.has(q) != set[q] {
				t.Errorf("%v list: has(%q) = %v", l, q, list.has(q))
			}
		}
	}
	for _, c := range []struct {
		list sortedWords
		w    string
		want bool
	}{
		{"", "a", false},
		{"a\n", "a", true},
		{"a\n", "", false},
		{"a\nb\nc\n", "b", true},
		{"a\nb\nc\n", "c", true},
		{"a\nb\nc\n", "bb", false},
		{"a\nb\nc", "c", false}, // not a list: the last line has no newline
	} {
		if got := c.list.has(c.w); got != c.want {
			t.Errorf("sortedWords(%q).has(%q) = %v", c.list, c.w, got)
		}
	}
}

// FuzzSortedWords compares sortedWords.has with a plain set on lists made
// of the fuzzer's words (split at spaces, sorted, each once) and a query.
func FuzzSortedWords(f *testing.F) {
	f.Add("fi fl ff office officier", "officie")
	f.Add("a b c", "c")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, words, q string) {
		set := map[string]bool{}
		var ws []string
		for _, w := range strings.Split(words, " ") {
			if w != "" && !strings.Contains(w, "\n") {
				set[w] = true
				ws = append(ws, w)
			}
		}
		list := sortedWords(sortedText(ws))
		if got := list.has(q); got != set[q] {
			t.Fatalf("has(%q) = %v in %q", q, got, list)
		}
		for w := range set {
			if !list.has(w) {
				t.Fatalf("has(%q) = false in %q", w, list)
			}
		}
	})
}
