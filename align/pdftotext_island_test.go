package align

import (
	"os"
	"strings"
	"testing"
)

// islandPage returns the lines first..last (1-based, inclusive) of a corpus
// pdftotext file, the lines from..to put in place of the lines at..at+(to-from).
func islandPage(t *testing.T, file string, first, last, at, from, to int) []ptLine {
	t.Helper()
	data, err := os.ReadFile("../testdata/corpus/" + file)
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Split(string(data), "\n")
	text := append([]string(nil), src...)
	if at > 0 {
		copy(text[at-1:], src[from-1:to])
	}
	var lines []ptLine
	for i := first; i <= last; i++ {
		lines = append(lines, cleanPtLine(text[i-1], i))
	}
	return lines
}

// TestColumnCutIsland puts, on a page of a pdftotext extraction, a
// paragraph of one column in the other language, wrapped as pdftotext
// wrapped its counterpart: the page's cut between its columns must stay
// where it is, so that the paragraph is read in the column it stands in.
func TestColumnCutIsland(t *testing.T) {
	for _, c := range []struct {
		name        string
		file        string
		first, last int // the page's text lines
		at          int // the first line of the paragraph replaced
		from, to    int // the lines of its counterpart
		want        int // the line opening the second column
	}{
		// Page 3 of the committee report: the French paragraph
		// "Initialement, la tutelle …" (lines 205–215) left in Dutch.
		// Without the paragraph the page reads French then Dutch with
		// too little agreement for two columns.
		{"committee report, French column", "56K0055002-committee-report.pdftotext.txt", 182, 272, 205, 250, 260, 228},
		// The policy note's last page: the Dutch paragraph "Mijn
		// strategische beleidscel …" (lines 333–337) left in French. Read
		// by language alone the cut falls after it.
		{"policy note, Dutch column", "56K1282002-policy-note.pdftotext.txt", 318, 339, 333, 322, 326, 329},
		// The same pages as they are.
		{"committee report as it is", "56K0055002-committee-report.pdftotext.txt", 182, 272, 0, 0, 0, 228},
		{"policy note as it is", "56K1282002-policy-note.pdftotext.txt", 318, 339, 0, 0, 0, 329},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := islandPage(t, c.file, c.first, c.last, c.at, c.from, c.to)
			cut, first, ok := columnCut(lines)
			if !ok || first != FR || lines[cut].n != c.want {
				got := -1
				if cut < len(lines) {
					got = lines[cut].n
				}
				t.Errorf("cut at line %d first %v ok %v, want line %d first fr", got, first, ok, c.want)
			}
		})
	}
}

// TestIslandUntranslatedBlock reads the committee report with the French
// paragraph of page 3 left in Dutch and checks that it becomes a Dutch
// block of the French column, with the Dutch column untouched.
func TestIslandUntranslatedBlock(t *testing.T) {
	data, err := os.ReadFile("../testdata/corpus/56K0055002-committee-report.pdftotext.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	copy(lines[204:215], lines[249:260])
	src, err := Decode("island", []byte(strings.Join(lines, "\n")), "")
	if err != nil {
		t.Fatal(err)
	}
	var seen []Lang
	for _, b := range PdftotextLayout(src) {
		if b.Kind == Para && strings.HasPrefix(b.Text.S, "Aanvankelijk gold") {
			if b.Lang != NL {
				t.Errorf("line %d: language %s, want nl", b.Lines[0], b.Lang)
			}
			seen = append(seen, b.Col)
		}
	}
	if len(seen) != 2 || seen[0] != FR || seen[1] != NL {
		t.Errorf("the paragraph stands in columns %v, want [fr nl]", seen)
	}
}

// TestColumnCutNoIslandInCorpus checks that no page of the corpus
// extractions, as they are, is read with a paragraph set aside.
func TestColumnCutNoIslandInCorpus(t *testing.T) {
	for _, f := range []string{"56K0055002-committee-report.pdftotext.txt", "56K1282002-policy-note.pdftotext.txt"} {
		data, err := os.ReadFile("../testdata/corpus/" + f)
		if err != nil {
			t.Fatal(err)
		}
		src, _ := Decode(f, data, "")
		lines := make([]ptLine, len(src.Lines))
		for i, s := range src.Lines {
			lines[i] = cleanPtLine(s, i+1)
		}
		for _, pg := range splitPages(lines) {
			n := len(pg.lines)
			if n == 0 {
				continue
			}
			scores := make([]int, n)
			total, all := 0, 0
			for i, l := range pg.lines {
				scores[i] = Score(l.t.S)
				total += scores[i]
				all += abs(scores[i])
			}
			best, prefix := 0, 0
			for k := 0; k <= n; k++ {
				if k > 0 {
					prefix += scores[k-1]
				}
				best = max(best, abs(2*prefix-total))
			}
			if k, _, ok := islandCut(pg.lines, scores, best, all); ok {
				t.Errorf("%s page %d: read with a paragraph set aside, cut at line %d", f, pg.num, pg.lines[min(k, n-1)].n)
			}
		}
	}
}
