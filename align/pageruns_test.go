package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPageRuns reads pages of corpus documents laid out as a two-column
// extraction (testdata/pageruns: page furniture, the French column's
// paragraphs, then the Dutch column's), with one paragraph replaced by
// its counterpart in the other language as an untranslated unit would be,
// and checks the column every paragraph is read into.
func TestPageRuns(t *testing.T) {
	for _, c := range []struct {
		name, file string
		copyFrom   int          // 0, or the line whose text replaces line copyTo
		copyTo     int          //
		text       string       // or the text that replaces line copyTo
		want       map[int]Lang // line → column
	}{
		{
			name: "clean page", file: "council-of-state.txt",
			want: map[int]Lang{5: FR, 7: FR, 13: FR, 15: NL, 19: NL, 23: NL},
		},
		{
			// A Dutch paragraph between French ones, the page's Dutch
			// column after them.
			name: "Dutch paragraph inside the French run", file: "council-of-state.txt",
			copyFrom: 19, copyTo: 7,
			want: map[int]Lang{5: FR, 7: FR, 9: FR, 15: NL, 19: NL},
		},
		{
			// French inside the Dutch run (its French original begins on
			// the page before); the Dutch run opens with the end of a
			// paragraph of the page before, so the French block cannot
			// be the last of the French run.
			name: "French paragraph after a Dutch continuation", file: "ascvd.txt",
			copyTo: 13, text: "Enfin, davantage de centres de revalidation dédiés sont nécessaires pour atteindre tous " +
				"les patients et favoriser un retour plus rapide au travail afin que le patient redevienne un contributeur économique.",
			want: map[int]Lang{5: FR, 9: FR, 11: NL, 13: NL, 15: NL},
		},
		{
			name: "clean page with a continuation", file: "ascvd.txt",
			want: map[int]Lang{5: FR, 9: FR, 11: NL, 13: NL, 23: FR, 31: NL},
		},
		{
			// The source itself has a Dutch fragment at the end of its
			// French column and a French one at the top of its Dutch
			// column: either could be the stray, so each keeps the
			// column of its language.
			name: "two strays, no telling which", file: "bill-postal.txt",
			want: map[int]Lang{15: FR, 17: NL, 19: FR, 21: NL},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			data, err := os.ReadFile("testdata/pageruns/" + c.file)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(string(data), "\n")
			if c.copyFrom > 0 {
				lines[c.copyTo-1] = lines[c.copyFrom-1]
			}
			if c.text != "" {
				lines[c.copyTo-1] = c.text
			}
			checkColumns(t, c.file, lines, c.want)
		})
	}
}

// TestPageRunsBalance leaves the second Dutch paragraph of a page in
// French. The page then reads two ways with one block out of place: the
// French copy strayed into the Dutch run, or the first Dutch paragraph
// strayed into the French run. Only the first leaves the two columns with
// about the same amount of text. Only the page rule runs here: the copy's
// twin, the French paragraph it copies, would tell on its own.
func TestPageRunsBalance(t *testing.T) {
	data, err := os.ReadFile("testdata/pageruns/ascvd-risk.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if !strings.HasPrefix(lines[14], "Verschillende factoren") {
		t.Fatal("sample lines moved")
	}
	lines[14] = lines[6]
	src, err := Decode("balance", []byte(strings.Join(lines, "\n")), "")
	if err != nil {
		t.Fatal(err)
	}
	blocks := BlockLayout(src)
	for i := range blocks {
		if blocks[i].Kind == Para && blocks[i].Lang != Neutral {
			blocks[i].Col = blocks[i].Lang
		}
	}
	fixPageRuns(blocks)
	want := map[int]Lang{7: FR, 11: FR, 13: NL, 15: NL, 17: NL, 23: FR, 27: NL}
	for _, b := range blocks {
		if w, ok := want[b.Lines[0]]; ok && b.Col != w {
			t.Errorf("line %d %q: column %s, want %s", b.Lines[0], head(b.Text.S), b.Col, w)
		}
	}
}

// stukpost is the whole Dutch paragraph whose head ends page 9 of
// bill-postal-twins.txt; its French counterpart is line 7.
const stukpost = "De grootste reden van de daling in stukpost is uiteraard de digitalisering " +
	"(elektronische facturen, bestelbonnen etc.). De daling in het totaal volume van de briefpost " +
	"zorgt voor een hogere kostprijs per stuk waardoor een hogere stukverkoopprijs niet onlogisch is."

// TestTwins leaves the last French paragraph of a page in Dutch, a copy of
// its counterpart, which begins at the end of the next page's Dutch
// column. The page still reads as a French run and a Dutch run, but the
// Dutch column now holds the paragraph twice; the copy where the French
// run ends is the French column's.
func TestTwins(t *testing.T) {
	for _, c := range []struct {
		name string
		set  map[int]string // line → new text
		want map[int]Lang
	}{
		{"clean pages", nil, map[int]Lang{5: FR, 7: FR, 9: NL, 19: FR, 21: NL, 23: NL}},
		{"last French paragraph left in Dutch", map[int]string{7: stukpost},
			map[int]Lang{5: FR, 7: FR, 9: NL, 21: NL, 23: NL}},
		// Both copies stand where a French run meets a Dutch one:
		// nothing tells which one strayed.
		{"two copies at run edges", map[int]string{7: stukpost, 21: stukpost},
			map[int]Lang{7: NL, 21: NL, 23: NL}},
	} {
		t.Run(c.name, func(t *testing.T) {
			data, err := os.ReadFile("testdata/pageruns/bill-postal-twins.txt")
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(string(data), "\n")
			if !strings.HasPrefix(stukpost, lines[22]) {
				t.Fatal("sample lines moved")
			}
			for n, s := range c.set {
				lines[n-1] = s
			}
			checkColumns(t, "twins", lines, c.want)
		})
	}
}

// TestTwinsAtBothEdges leaves in French the first Dutch paragraph of a
// page ("Er dient opgemerkt te worden …"), a copy of the last French
// paragraph of the page before ("Il y a lieu d'observer …"). Both copies
// stand where a French run meets a Dutch one; the Dutch paragraphs around
// the copy translate the French ones around the original ("Terwijl de
// postzelftarieven …" and "Aux Pays-Bas …"; "Onderstaande grafiek …" and
// "Le graphique ci-dessous …"), so the copy is the Dutch column's.
func TestTwinsAtBothEdges(t *testing.T) {
	lines := withCopy(t, "testdata/pageruns/bill-postal-edges.txt", 34, "Er dient opgemerkt", 18, "Il y a lieu")
	checkColumns(t, "edges", lines, map[int]Lang{17: FR, 19: FR, 23: NL, 25: NL, 31: FR, 33: FR, 35: NL, 37: NL})
}

// TestTwinAmongStrays leaves a Dutch paragraph of a page in French on a
// page of the bill whose source already has a Dutch fragment at the end
// of its French column and a French one at the top of its Dutch column.
// With three blocks out of place the page tells nothing, but the French
// column now holds one paragraph twice, and the copy standing among Dutch
// paragraphs is the Dutch column's.
func TestTwinAmongStrays(t *testing.T) {
	lines := withCopy(t, "testdata/pageruns/bill-postal.txt", 24, "De berekening", 10, "En excluant")
	src, err := Decode("twin", []byte(strings.Join(lines, "\n")), "")
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]Lang{11: FR, 17: NL, 19: FR, 23: NL, 25: NL, 27: NL}
	for _, b := range BlockLayout(src) {
		if w, ok := want[b.Lines[0]]; ok && b.Col != w {
			t.Errorf("line %d %q: column %s, want %s", b.Lines[0], head(b.Text.S), b.Col, w)
		}
	}
}

// TestRepeatedParagraph checks that a paragraph a column repeats pages
// further on is not taken for an untranslated copy, although one of the
// two stands where the French run of its page meets the Dutch one.
func TestRepeatedParagraph(t *testing.T) {
	var doc []string
	var files [3][]string
	for i, f := range []string{"council-of-state.txt", "ascvd-risk.txt", "bill-postal-twins.txt"} {
		data, err := os.ReadFile("testdata/pageruns/" + f)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	}
	repeated := files[0][12] // the opinion's last French paragraph of its page
	if !strings.HasPrefix(repeated, "La justification") {
		t.Fatal("sample lines moved")
	}
	// The opinion's page, two pages of the resolution, then a page of the
	// bill whose French column repeats the paragraph between its own.
	doc = append(doc, files[0]...)
	doc = append(doc, files[1]...)
	for _, n := range []int{17, 0, 19, 21, 23} {
		p := repeated
		if n > 0 {
			p = files[2][n-1]
		}
		doc = append(doc, "", p)
	}
	doc = append(doc, "", "9", "")
	src, err := Decode("repeated", []byte(strings.Join(doc, "\n")), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range BlockLayout(src) {
		if b.Kind == Para && b.Col != b.Lang {
			t.Errorf("line %d %q: %s block moved to column %s", b.Lines[0], head(b.Text.S), b.Lang, b.Col)
		}
	}
}

// TestPageRunsOneColumn checks that a page holding only French text keeps
// a Dutch paragraph inside it in the Dutch column, even in a document
// whose pages read French first: moving it would leave the page without
// a Dutch column at all.
func TestPageRunsOneColumn(t *testing.T) {
	var lines [2][]string
	for i, f := range []string{"council-of-state.txt", "ascvd-risk.txt"} {
		data, err := os.ReadFile("testdata/pageruns/" + f)
		if err != nil {
			t.Fatal(err)
		}
		lines[i] = strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	}
	// A page of the opinion as it is, then a page with the French
	// paragraphs of the resolution only, the first Dutch one among them.
	doc := append([]string(nil), lines[0]...)
	for _, n := range []int{7, 9, 13, 11, 23, 25} {
		doc = append(doc, "", lines[1][n-1])
	}
	doc = append(doc, "", "5", "")
	src, err := Decode("one-column", []byte(strings.Join(doc, "\n")), "")
	if err != nil {
		t.Fatal(err)
	}
	dutch := 0
	for _, b := range BlockLayout(src) {
		if b.Kind == Para && b.Col != b.Lang {
			t.Errorf("line %d %q: %s block moved to column %s", b.Lines[0], head(b.Text.S), b.Lang, b.Col)
		}
		if b.Kind == Para && b.Lang == NL && b.Lines[0] > len(lines[0]) {
			dutch++
		}
	}
	if dutch != 1 {
		t.Fatalf("the one-column page has %d Dutch paragraphs, want 1", dutch)
	}
}

// BenchmarkPageRuns measures placing the blocks of the sample pages by
// their runs, the pages repeated a hundred times, with and without their
// furniture (one long page: the cost must stay linear).
func BenchmarkPageRuns(b *testing.B) {
	files, err := filepath.Glob("testdata/pageruns/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatal("no sample pages")
	}
	var text strings.Builder
	for range 100 {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			text.Write(data)
			text.WriteString("\n\n")
		}
	}
	src, err := Decode("pages", []byte(text.String()), "")
	if err != nil {
		b.Fatal(err)
	}
	blocks := BlockLayout(src)
	var paras []Block
	for _, bl := range blocks {
		if bl.Kind != Noise {
			paras = append(paras, bl)
		}
	}
	for _, c := range []struct {
		name   string
		blocks []Block
	}{{"pages", blocks}, {"one-page", paras}} {
		b.Run(c.name, func(b *testing.B) {
			work := make([]Block, len(c.blocks))
			b.ReportAllocs()
			for b.Loop() {
				copy(work, c.blocks)
				fixPageRuns(work)
			}
		})
	}
}

// checkColumns lays out lines in blocks and checks the column of the
// paragraph that starts on each line of want.
func checkColumns(t *testing.T, name string, lines []string, want map[int]Lang) {
	t.Helper()
	src, err := Decode(name, []byte(strings.Join(lines, "\n")), "")
	if err != nil {
		t.Fatal(err)
	}
	got := map[int]Lang{}
	for _, b := range BlockLayout(src) {
		if b.Kind == Para {
			got[b.Lines[0]] = b.Col
		}
	}
	for line, w := range want {
		if got[line] != w {
			t.Errorf("line %d %q: column %s, want %s", line, head(lines[line-1]), got[line], w)
		}
	}
}

// withCopy returns the lines of the sample at path with line dst, which
// starts with dstHead, replaced by a copy of line src, which starts with
// srcHead: a paragraph left untranslated in the other column.
func withCopy(t *testing.T, path string, dst int, dstHead string, src int, srcHead string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if !strings.HasPrefix(lines[dst], dstHead) || !strings.HasPrefix(lines[src], srcHead) {
		t.Fatal("sample lines moved")
	}
	lines[dst] = lines[src]
	return lines
}
