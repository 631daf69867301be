package align

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkNothingLost verifies that every non-blank line of src ends up in
// exactly one block, or, for a table row, that its cells across blocks
// rebuild the line.
func checkNothingLost(t *testing.T, src *Source, blocks []Block) {
	t.Helper()
	paras := map[int]int{}
	cells := map[int][]string{}
	// tails holds, for a line that ends a block, that block's part of
	// it: a line cut between blocks (a printer's line glued to the last
	// paragraph) must be rebuilt by its parts.
	tails := map[int][]string{}
	for _, b := range blocks {
		if b.Kind == Cell {
			cells[b.Lines[0]] = append(cells[b.Lines[0]], b.Raw)
			continue
		}
		for _, l := range b.Lines {
			paras[l]++
		}
		last := b.Raw[strings.LastIndex(b.Raw, "\n")+1:]
		tails[b.Lines[len(b.Lines)-1]] = append(tails[b.Lines[len(b.Lines)-1]], last)
	}
	for i, line := range src.Lines {
		n := i + 1
		if Blank(line) {
			continue
		}
		if cs, ok := cells[n]; ok {
			// Trailing cells of white space carry nothing and are dropped.
			if got := strings.Join(cs, "\t"); strings.TrimRight(got, "\t \u00a0") != strings.TrimRight(line, "\t \u00a0") {
				t.Errorf("%s:%d: cells %q do not rebuild %q", src.Path, n, got, line)
			}
			continue
		}
		if parts := tails[n]; paras[n] > 1 && len(parts) == paras[n] {
			if got := strings.Join(parts, ""); strings.Join(strings.Fields(got), "") != strings.Join(strings.Fields(line), "") {
				t.Errorf("%s:%d: parts %q do not rebuild %q", src.Path, n, parts, line)
			}
			continue
		}
		if paras[n] != 1 {
			t.Errorf("%s:%d: in %d blocks, want 1: %q", src.Path, n, paras[n], head(line))
		}
	}
}

func TestNothingLostSeed(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	src, err := Decode(seedPath, data, "")
	if err != nil {
		t.Fatal(err)
	}
	checkNothingLost(t, src, BlockLayout(src))
}

func TestNothingLostCorpus(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	if len(files) < 10 {
		t.Fatalf("corpus has %d files", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src, err := Decode(f, data, "")
		if err != nil {
			t.Fatal(err)
		}
		blocks := MonoLayout(src, FR)
		if isFlow(src) {
			// A flow is cut into pieces: together they hold the whole line.
			var total int
			for _, b := range blocks {
				total += len(strings.Join(strings.Fields(b.Text.S), ""))
			}
			want := len(strings.Join(strings.Fields(CleanLine(src.Lines[0], 1, 1).S), ""))
			if len(src.Lines) == 1 && total != want {
				t.Errorf("%s: flow pieces hold %d non-space bytes, the line %d", f, total, want)
			}
			continue
		}
		checkNothingLost(t, src, blocks)
	}
}

// relayout lays the sample's body out again in pages of a random size:
// each page holds the next French text, then the next Dutch text (or the
// reverse), cut mid-sentence at the page end, with a running header and a
// page number between pages. It returns the new document.
func relayout(t *testing.T, doc *Document, rng *rand.Rand) string {
	t.Helper()
	var frParas, nlParas []string
	for _, p := range doc.Pairs {
		if strings.HasPrefix(p.Key, "front:") || strings.HasPrefix(p.Key, "table:") || strings.HasPrefix(p.Key, "heading:abbreviations") || p.Shared {
			continue
		}
		frParas = append(frParas, p.FR.Text.S)
		nlParas = append(nlParas, p.NL.Text.S)
	}
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	var out strings.Builder
	out.WriteString(strings.Join(lines[:55], "\n")) // title page and tables as they are
	out.WriteString("\n\n")
	// Each column is a list of paragraphs; a page takes `size` bytes of
	// each, cutting the paragraph at a space before a lower-case word.
	fi, ni := 0, 0
	frRest, nlRest := "", ""
	page := 2
	take := func(paras []string, i *int, rest *string, size int) []string {
		var got []string
		n := 0
		for n < size {
			if *rest == "" {
				if *i >= len(paras) {
					break
				}
				*rest = paras[*i]
				*i++
			}
			para := *rest
			if n+len(para) <= size {
				got = append(got, para)
				n += len(para)
				*rest = ""
				continue
			}
			cut := cutPoint(para, size-n)
			if cut <= 0 {
				break
			}
			got = append(got, para[:cut])
			*rest = para[cut+1:]
			break
		}
		return got
	}
	for fi < len(frParas) || ni < len(nlParas) || frRest != "" || nlRest != "" {
		size := 1500 + rng.Intn(3000)
		fr := take(frParas, &fi, &frRest, size)
		nl := take(nlParas, &ni, &nlRest, size)
		cols := [][]string{fr, nl}
		if rng.Intn(4) == 0 {
			cols = [][]string{nl, fr}
		}
		for _, c := range cols {
			for _, p := range c {
				out.WriteString(p + "\n\n")
			}
		}
		fmt.Fprintf(&out, "DOC 55 3396/001\n\n%d\n\n", page)
		page++
	}
	return out.String()
}

// cutPoint returns a space before a lower-case word at or before max, or
// -1 when there is none.
func cutPoint(s string, max int) int {
	for i := min(max, len(s)-2); i > 20; i-- {
		if s[i] == ' ' && s[i+1] >= 'a' && s[i+1] <= 'z' {
			return i
		}
	}
	return -1
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestRelayout re-lays the sample out with other page breaks and checks
// that the same units pair with the same texts.
func TestRelayout(t *testing.T) {
	doc := readSeed(t)
	want := map[string][2]string{}
	for _, p := range doc.Pairs {
		want[p.Key] = [2]string{squash(p.FR.Text.S), squash(p.NL.Text.S)}
	}
	for seed := int64(1); seed <= 200; seed++ {
		text := relayout(t, doc, rand.New(rand.NewSource(seed)))
		got, err := ReadBytes(fmt.Sprintf("relayout-%d", seed), []byte(text), Options{KeepBlocks: true})
		if err != nil {
			t.Fatal(err)
		}
		src, _ := Decode("relayout", []byte(text), "")
		checkNothingLost(t, src, got.Blocks)
		for _, p := range got.Pairs {
			if p.FR == nil || p.NL == nil {
				t.Errorf("seed %d: %s unpaired", seed, p.Key)
				continue
			}
			w, ok := want[p.Key]
			if !ok {
				t.Errorf("seed %d: unexpected unit %s %q", seed, p.Key, head(p.FR.Text.S))
				continue
			}
			if squash(p.FR.Text.S) != w[0] || squash(p.NL.Text.S) != w[1] {
				t.Errorf("seed %d: %s text differs:\nFR %q\nNL %q", seed, p.Key, tail(p.FR.Text.S), tail(p.NL.Text.S))
			}
		}
		if n := len(doc.Pairs) - signatures(doc); len(got.Pairs) != n {
			t.Errorf("seed %d: %d pairs, want %d", seed, len(got.Pairs), n)
		}
		if t.Failed() {
			os.WriteFile(filepath.Join(t.TempDir(), "relayout.txt"), []byte(text), 0o644)
			return
		}
	}
}

// signatures counts the signature units, which relayout leaves out.
func signatures(doc *Document) int {
	n := 0
	for _, p := range doc.Pairs {
		if strings.HasPrefix(p.Key, "signature:") {
			n++
		}
	}
	return n
}

// TestTwoFiles gives the sample as a French and a Dutch file.
func TestTwoFiles(t *testing.T) {
	doc := readSeed(t)
	var fr, nl strings.Builder
	for _, b := range doc.Blocks {
		switch {
		case b.Kind == Noise:
		case b.Kind == Cell: // table rows are left out: the cover tables are tested above
		case b.Col == NL:
			nl.WriteString(b.Raw + "\n\n")
		default:
			fr.WriteString(b.Raw + "\n\n")
		}
	}
	got, err := FromTexts("two-files", fr.String(), nl.String())
	if err != nil {
		t.Fatal(err)
	}
	want := pairMap(doc)
	tables := 0
	for _, p := range doc.Pairs {
		if strings.HasPrefix(p.Key, "table:") || p.Key == "heading:abbreviations" {
			tables++
		}
	}
	for _, p := range got.Pairs {
		w := want[p.Key]
		if w == nil || p.FR == nil || p.NL == nil {
			t.Errorf("%s: not paired as in the sample", p.Key)
			continue
		}
		if squash(p.FR.Text.S) != squash(w.FR.Text.S) || squash(p.NL.Text.S) != squash(w.NL.Text.S) {
			t.Errorf("%s: text differs", p.Key)
		}
	}
	if len(got.Pairs) != len(doc.Pairs)-tables {
		t.Errorf("%d pairs, want %d", len(got.Pairs), len(doc.Pairs)-tables)
	}
}

// TestFlowASCVD reads DOC 55 3511/001 given as two flowing lines: the
// recitals A.–V. and requests 1.–19. with 3.1.–3.7. pair, despite the
// Dutch "O. overwegend", the switch to "gelet op" in T.–V. and the
// numbered sections 7.1., 7.2. of the explanatory part.
func TestFlowASCVD(t *testing.T) {
	doc, err := ReadPair("../testdata/corpus/55K3511001-resolution-ascvd.fr.txt", "../testdata/corpus/55K3511001-resolution-ascvd.nl.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	pairs := pairMap(doc)
	var keys []string
	for c := 'A'; c <= 'V'; c++ {
		keys = append(keys, "recital:"+string(c))
	}
	for i := 1; i <= 19; i++ {
		keys = append(keys, fmt.Sprintf("request:%d", i))
	}
	for i := 1; i <= 7; i++ {
		keys = append(keys, fmt.Sprintf("request:3.%d", i))
	}
	for _, k := range keys {
		p := pairs[k]
		if p == nil || p.FR == nil || p.NL == nil {
			t.Errorf("%s: not paired", k)
		}
	}
	for _, p := range doc.Pairs {
		if strings.HasPrefix(p.Key, "request:7.") {
			t.Errorf("%s: a section of the explanatory part taken for a request", p.Key)
		}
	}
	if p := pairs["recital:O"]; p != nil && !strings.HasPrefix(p.NL.Text.S, "O. overwegend dat") {
		t.Errorf("recital:O NL starts %q", head(p.NL.Text.S))
	}
	if p := pairs["request:3.7"]; p != nil && strings.Contains(p.FR.Text.S, "4. de demander") {
		t.Errorf("request:3.7 runs into request 4: %q", p.FR.Text.S)
	}
}

// TestEveryUnitKeyed checks that no unit keeps a provisional key: units
// merged by a 2–1 match take the key of their pair.
func TestEveryUnitKeyed(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.fr.txt")
	for _, f := range files {
		doc, err := ReadPair(f, strings.TrimSuffix(f, ".fr.txt")+".nl.txt", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range doc.Units {
			if provisional(u.Key) {
				t.Errorf("%s: a unit keeps the provisional key %q: %q", f, u.Key, head(u.Text.S))
			}
		}
	}
}

// TestThreeParagraphsAgainstOne checks a paragraph run with its heading on
// one side only: the opening of the explanation of
// testdata/corpus/55K3511001-resolution-ascvd.{fr,nl}.txt, where FR gives
// the heading and two paragraphs and NL one paragraph. The three pair
// with the one; none is left without a counterpart.
func TestThreeParagraphsAgainstOne(t *testing.T) {
	fr := `1. La maladie cardiovasculaire, première cause de décès dans le monde Les maladies cardiovasculaires (CVDs – cardiovascular diseases) représentent la première cause de décès dans le monde1, provoquant plus d’un tiers de ceux-ci.

Selon Statbel2, la situation en Belgique n’échappe pas à cette observation puisqu’avec le cancer, les maladies cardiovasculaires occupent également cette première place.

En effet, les cancers et les maladies cardiovasculaires représentent 25 % de tous les décès en Belgique3. De surcroît, tant chez les hommes que chez les femmes, les maladies cardiovasculaires sont la deuxième cause de décès prématuré en Belgique4. Par conséquent, l’on estime, d’une part, que plus d’un million de Belges souffrent de maladies cardiovasculaires et, d’autre part, qu’elles ont causé, pour l’année 2019, 27.297 décès5. Les maladies cardiovasculaires représentent de cette manière, 11,6 % de la charge totale de morbidité en Belgique6. L’athérosclérose (maladie cardiovasculaire athérosclérotique, ASCVD) est la cause sous-jacente la plus courante des maladies cardiovasculaires.`
	nl := `1. Cardiovasculaire ziekten: de eerste doodsoorzaak ter wereld Cardiovasculaire ziekten (CVD’s – cardiovascular diseases) vormen de eerste doodsoorzaak ter wereld, met ruim een derde van alle overlijdens.1 Volgens Statbel ontsnapt ook België daar niet aan, aangezien de cardiovasculaire ziekten samen met kanker op de eerste plaats staan.2 Kanker en cardiovasculaire ziekten alleen al veroorzaken 25 % van alle overlijdens in België.3 Bovendien zijn de cardiovasculaire ziekten zowel bij mannen als bij vrouwen de tweede oorzaak van vroegtijdig overlijden in ons land.4 Bijgevolg denkt men dat ruim 1 miljoen Belgen aan een cardiovasculaire ziekte lijdt en dat die ziekte alleen al in 2019 27.297 overlijdens teweeg heeft gebracht.5 Die ziekten vertegenwoordigen aldus 11,6 % van de totale ziektelast in België.6 Atherosclerose (atherosclerotische harten vaatziekte, ASCVD) is de meest voorkomende onderliggende oorzaak van harten vaatziekten.`
	doc, err := FromTexts("ascvd", "DÉVELOPPEMENTS\n\nmesdames, messieurs,\n\n"+fr, "TOELICHTING\n\nDames en Heren,\n\n"+nl)
	if err != nil {
		t.Fatal(err)
	}
	var body []Pair
	for _, p := range doc.Pairs {
		t.Logf("%s fr=%v nl=%v", p.Key, p.FR != nil, p.NL != nil)
		if !strings.HasPrefix(p.Key, "heading:") {
			body = append(body, p)
		}
	}
	if len(body) != 1 || body[0].FR == nil || body[0].NL == nil {
		t.Fatalf("got %d pairs after the headings, want one with both sides", len(body))
	}
	if got := body[0].FR.Text.S; !strings.HasPrefix(got, "1. La maladie") || !strings.HasSuffix(got, "maladies cardiovasculaires.") {
		t.Errorf("FR side %q, want the three paragraphs", got)
	}
}

// TestTitlePageSentenceCut checks a sentence of the title page that a page
// end cut in the Dutch column (testdata/title-page-cut.txt, the first page
// of testdata/corpus/55K2657003-council-of-state-opinion laid out as one
// file, page by page): its lower-case rest after the page joins it, and
// nothing is left without a counterpart.
func TestTitlePageSentenceCut(t *testing.T) {
	doc, err := ReadFile("testdata/title-page-cut.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Pairs {
		if p.FR == nil || p.NL == nil {
			t.Errorf("%s: one side only", p.Key)
		}
	}
	p := pairMap(doc)["front:chamber"]
	if p == nil || p.NL == nil || !strings.Contains(p.NL.Text.S, "sluitingsuren betreft (Parl.St.") {
		t.Errorf("front:chamber: the Dutch sentence is not joined across the page: %+v", p)
	}
}

// TestTwoParagraphsAgainstTwo checks four paragraphs of
// testdata/corpus/55K3513001-bill-postal.{fr,nl}.txt as one paragraph per
// block (align/testdata/twotwo): the sentence "Depuis 2017, l’IBPT critique
// cette façon de procéder." opens a paragraph in French, and its Dutch
// counterpart closes the paragraph before. The two paragraphs pair with the
// two, and every pair has both sides.
func TestTwoParagraphsAgainstTwo(t *testing.T) {
	doc, err := ReadPair("testdata/twotwo/bill-postal.fr.txt", "testdata/twotwo/bill-postal.nl.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Pairs {
		if p.FR == nil || p.NL == nil {
			t.Errorf("%s: fr=%v nl=%v", p.Key, p.FR != nil, p.NL != nil)
			continue
		}
		if strings.Contains(p.FR.Text.S, "Depuis 2017") != strings.Contains(p.NL.Text.S, "Al sinds 2017") {
			t.Errorf("%s: the sentence on 2017 is on one side only", p.Key)
		}
	}
}
