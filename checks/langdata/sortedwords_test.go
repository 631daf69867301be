package langdata

import (
	"slices"
	"strings"
	"testing"
)

// TestSortedWords compares the binary search of SortedWords with a plain
// set on every word of the ligature lists, their neighbours and edge
// cases.
func TestSortedWords(t *testing.T) {
	for l, list := range map[string]SortedWords{"FR": FrenchLigatureWords, "NL": DutchLigatureWords} {
		set := map[string]bool{}
		for _, w := range strings.Split(strings.TrimSuffix(string(list), "\n"), "\n") {
			set[w] = true
		}
		for w := range set {
			for _, q := range []string{w, w + "a", w[:len(w)-1], "0" + w, w + "\xff"} {
				if list.Has(q) != set[q] {
					t.Errorf("%v list: has(%q) = %v", l, q, list.Has(q))
				}
			}
		}
		for _, q := range []string{"", "\n", "\x00", "zzzzzzzz", "a"} {
			if list.Has(q) != set[q] {
				t.Errorf("%v list: has(%q) = %v", l, q, list.Has(q))
			}
		}
	}
	for _, c := range []struct {
		list SortedWords
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
		if got := c.list.Has(c.w); got != c.want {
			t.Errorf("SortedWords(%q).Has(%q) = %v", c.list, c.w, got)
		}
	}
}

// FuzzSortedWords compares SortedWords.has with a plain set on lists made
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
		list := SortedWords(sortedText(ws))
		if got := list.Has(q); got != set[q] {
			t.Fatalf("has(%q) = %v in %q", q, got, list)
		}
		for w := range set {
			if !list.Has(w) {
				t.Fatalf("has(%q) = false in %q", w, list)
			}
		}
	})
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
