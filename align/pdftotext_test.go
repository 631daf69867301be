package align

import (
	"os"
	"strings"
	"testing"
)

func readCorpus(t testing.TB, name string) *Document {
	t.Helper()
	doc, err := ReadFile("../testdata/corpus/"+name, Options{KeepBlocks: true})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// unitsByPrefix counts the units of one language whose key starts with p.
func unitsByPrefix(doc *Document, l Lang, p string) int {
	n := 0
	for _, pr := range doc.Pairs {
		if u := pr.Side(l); u != nil && strings.HasPrefix(pr.Key, p) {
			n++
		}
	}
	return n
}

func pairText(t *testing.T, doc *Document, key string, l Lang) *Unit {
	t.Helper()
	for i := range doc.Pairs {
		if doc.Pairs[i].Key == key {
			if u := doc.Pairs[i].Side(l); u != nil {
				return u
			}
		}
	}
	t.Fatalf("no %v unit %s", l, key)
	return nil
}

// The committee report, read by hand: pages 3–6 hold 26 paragraphs per
// language (the address, 23 explanatory paragraphs and headings, two
// signatures); page 2 the 11 parties and 8 abbreviations; the contents
// list 3 sections per language.
func TestPdftotextCommitteeReport(t *testing.T) {
	doc := readCorpus(t, "56K0055002-committee-report.pdftotext.txt")
	if doc.Layout != "pdftotext" {
		t.Fatalf("layout %q, want pdftotext", doc.Layout)
	}
	for _, p := range doc.Pairs {
		if (p.FR == nil || p.NL == nil) && !p.Shared {
			t.Errorf("%s: one-sided pair", p.Key)
		}
	}
	for _, c := range []struct {
		prefix string
		want   int
	}{{"intro:", 23}, {"heading:address", 1}, {"signature:", 2}, {"table:parties:", 11}, {"table:abbreviations:", 8}, {"table:contents:", 3}} {
		for _, l := range []Lang{FR, NL} {
			if got := unitsByPrefix(doc, l, c.prefix); got != c.want {
				t.Errorf("%v %s units: %d, want %d", l, c.prefix, got, c.want)
			}
		}
	}
	for _, u := range doc.Units {
		for _, furniture := range []string{"K A M E R", "C H A M B R E", "0055/002", "Centrale drukkerij"} {
			if strings.Contains(u.Text.S, furniture) {
				t.Errorf("%s: page furniture %q in %q", u.Key, furniture, u.Text.S)
			}
		}
	}
	// intro:6 runs from page 3 to page 4 in both columns.
	fr := pairText(t, doc, "intro:6", FR)
	i := strings.Index(fr.Text.S, "proposer elle-même une solution dans la proposition")
	if i < 0 {
		t.Fatalf("intro:6 FR not joined across the page: %q", fr.Text.S)
	}
	if p := fr.Text.Pos(strings.Index(fr.Text.S, "solution")); p.Line != 280 || p.Col != 1 {
		t.Errorf("intro:6 FR \"solution\" at %d:%d, want 280:1", p.Line, p.Col)
	}
	nl := pairText(t, doc, "intro:6", NL)
	if !strings.HasSuffix(nl.Text.S, "een oplossing moet aandragen getuigt van onwil van de vorige regeringen om de bestaande taalwetgeving tot nu toe te passen.") {
		t.Errorf("intro:6 NL not joined across the page: %q", nl.Text.S)
	}
	// Hyphenation: "ser-/vice" is one word; FR writes vice-gouverneur,
	// NL vicegouverneur; "controle- en" keeps its hyphen.
	checks := []struct {
		key  string
		l    Lang
		want string
	}{
		{"intro:4", FR, "entre en service au sein"},
		{"intro:13", FR, "que le vice-gouverneur a notamment déclaré"},
		{"intro:11", NL, "verslag van de vicegouverneur richt"},
		{"intro:11", NL, "om de controle- en sanctioneringsmechanismen"},
		{"intro:5", NL, "de OCMW-ziekenhuizen. Sinds de invoering van de meergemeentepolitiezones"},
	}
	for _, c := range checks {
		if u := pairText(t, doc, c.key, c.l); !strings.Contains(u.Text.S, c.want) {
			t.Errorf("%s %v: want %q in %q", c.key, c.l, c.want, u.Text.S)
		}
	}
}

// The policy note, read by hand: pages 3–5 hold 20 paragraphs per
// language (19 explanatory ones, the signature); page 2 puts Dutch first,
// the text pages French first.
func TestPdftotextPolicyNote(t *testing.T) {
	doc := readCorpus(t, "56K1282002-policy-note.pdftotext.txt")
	for _, l := range []Lang{FR, NL} {
		if got := unitsByPrefix(doc, l, "intro:"); got != 19 {
			t.Errorf("%v intro units: %d, want 19", l, got)
		}
		if got := unitsByPrefix(doc, l, "table:abbreviations:"); got != 8 {
			t.Errorf("%v abbreviation rows: %d, want 8", l, got)
		}
		if got := unitsByPrefix(doc, l, "table:parties:"); got != 12 {
			t.Errorf("%v party rows: %d, want 12", l, got)
		}
	}
	first := map[int]Lang{}
	for _, b := range doc.Blocks {
		if b.Kind != Noise && b.Lang != Neutral && first[b.Page] == Neutral && b.Page >= 2 {
			first[b.Page] = b.Lang
		}
	}
	want := map[int]Lang{2: NL, 3: FR, 4: FR, 5: FR}
	for p, l := range want {
		if first[p] != l {
			t.Errorf("page %d starts in %v, want %v", p, first[p], l)
		}
	}
	intro17 := pairText(t, doc, "intro:17", NL)
	if !strings.HasSuffix(intro17.Text.S, "om input aan te leveren over de herziening van de samenwerkingsakkoorden buitenlands beleid uit 1994. Intrafederaal werden de gesprekken hieromtrent opgestart. Vanzelfsprekend zal dit vervolgens interfederaal overleg vereisen.") {
		t.Errorf("intro:17 NL not joined across the blank line: %q", intro17.Text.S)
	}
}

func TestColumnCutChangesOrder(t *testing.T) {
	// Page 3 of the committee report: French column then Dutch.
	data, err := os.ReadFile("../testdata/corpus/56K0055002-committee-report.pdftotext.txt")
	if err != nil {
		t.Fatal(err)
	}
	src, _ := Decode("r", data, "")
	var lines []ptLine
	for i := 181; i < 272; i++ { // lines 182–272
		lines = append(lines, cleanPtLine(src.Lines[i], i+1))
	}
	cut, first, ok := columnCut(lines)
	if !ok || first != FR || lines[cut].n != 228 {
		t.Errorf("cut at line %d first %v ok %v, want line 228 (\"Dames en Heren,\") first fr", lines[cut].n, first, ok)
	}
	// The same lines with the columns swapped, as on a page where Dutch
	// comes first.
	swapped := append(append([]ptLine{}, lines[cut:]...), lines[:cut]...)
	cut2, first2, ok2 := columnCut(swapped)
	if !ok2 || first2 != NL || swapped[cut2].n != 182 {
		t.Errorf("swapped: cut at line %d first %v, want line 182 first nl", swapped[cut2].n, first2)
	}
}

func TestStripNoteMarkers(t *testing.T) {
	// From the Council of State opinion 73.488/1: note 6 glued to a year.
	line := "loi du 10 novembre 20066. De même, l’objectif qui sous‑tend"
	in := cleanPtLine(line, 7)
	got := StripNoteMarkers(in.t, map[string]bool{"6": true})
	if want := "loi du 10 novembre 2006. De même, l’objectif qui sous‑tend"; got.S != want {
		t.Fatalf("got %q, want %q", got.S, want)
	}
	if p := got.Pos(strings.Index(got.S, "De")); p.Line != 7 || p.Col != 27 {
		t.Errorf("\"De\" maps to %d:%d, want 7:27", p.Line, p.Col)
	}
	// A number that merely ends in the note's digits is left alone.
	for _, s := range []string{"en 2016 et", "27.297 décès", "COVID-19 pandémie", "l'article 16"} {
		if got := StripNoteMarkers(cleanPtLine(s, 1).t, map[string]bool{"16": true, "6": true}); got.S != s {
			t.Errorf("%q became %q", s, got.S)
		}
	}
	// From the ASCVD resolution: marker 5 glued to a word.
	if got := StripNoteMarkers(cleanPtLine("pour l’année 2019, 27.297 décès5.", 1).t, map[string]bool{"5": true}); got.S != "pour l’année 2019, 27.297 décès." {
		t.Errorf("got %q", got.S)
	}
}

func TestSplitNotes(t *testing.T) {
	src := []string{
		"application de la loi du 10 novembre 20066. De même, ",
		"l’objectif qui sous‑tend l’amendement ",
		"6 La justification de l’amendement n° 10 considère ",
		"pourtant que “[m]algré leurs plages horaires d’ouverture",
	}
	var lines []ptLine
	for i, s := range src {
		lines = append(lines, cleanPtLine(s, i+1))
	}
	body, notes := splitNotes(lines)
	if len(body) != 2 || len(notes) != 1 || notes[0].num != "6" || len(notes[0].lines) != 2 {
		t.Fatalf("body %d lines, notes %+v", len(body), notes)
	}
	// Without its marker in the body, "6 La justification" is text.
	body, notes = splitNotes(lines[1:])
	if len(body) != 3 || notes != nil {
		t.Errorf("unmarked note taken: body %d notes %d", len(body), len(notes))
	}
}

func TestCleanPtLine(t *testing.T) {
	l := cleanPtLine("\fN-VA\b", 65)
	if l.t.S != "N-VA" || !l.ff || l.open {
		t.Errorf("got %+v", l)
	}
	l = cleanPtLine("Elle rappelle que toute personne qui entre en ser-", 189)
	if !l.hyphen || l.open || l.soft {
		t.Errorf("hyphen line: %+v", l)
	}
	l = cleanPtLine("au cours ", 183)
	if !l.open || l.t.S != "au cours" {
		t.Errorf("open line: %+v", l)
	}
	l = cleanPtLine("démo\u00adcra\u00ad", 1)
	if l.t.S != "démocra" || !l.soft || !l.hyphen {
		t.Errorf("soft hyphens: %+v", l)
	}
	if p := l.t.Pos(strings.Index(l.t.S, "cra")); p.Col != 6 {
		t.Errorf("after a soft hyphen \"cra\" maps to column %d, want 6", p.Col)
	}
}

func BenchmarkPdftotextLayout(b *testing.B) {
	data, err := os.ReadFile("../testdata/corpus/56K0055002-committee-report.pdftotext.txt")
	if err != nil {
		b.Fatal(err)
	}
	src, _ := Decode("r", data, "")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		PdftotextLayout(src)
	}
}

func FuzzPdftotextLayout(f *testing.F) {
	for _, name := range []string{"56K0055002-committee-report.pdftotext.txt", "56K1282002-policy-note.pdftotext.txt"} {
		data, err := os.ReadFile("../testdata/corpus/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data[:min(len(data), 6000)]))
	}
	f.Add("a-\n\fb \n6 x\n\u00ad\n:\n")
	f.Fuzz(func(t *testing.T, s string) {
		defer boundAlloc(t, len(s))()
		src, err := Decode("f", []byte(s), "")
		if err != nil {
			return
		}
		for _, b := range PdftotextLayout(src) {
			checkTextMap(t, b.Text, len(src.Lines))
		}
	})
}

// checkTextMap fails when a text's map points outside the input or is not
// sorted.
func checkTextMap(t *testing.T, tx Text, lines int) {
	t.Helper()
	last := -1
	for _, s := range tx.Segs {
		if s.Off <= last && !(s.Off == last && last == 0) || s.Off > len(tx.S) {
			t.Fatalf("segments out of order in %q: %+v", tx.S, tx.Segs)
		}
		last = s.Off
		if s.Line < 0 || s.Line > lines || s.Col < 0 {
			t.Fatalf("segment %+v outside the input (%d lines)", s, lines)
		}
	}
	for _, m := range tx.Marks {
		if m.Start < 0 || m.End > len(tx.S) || m.Start > m.End {
			t.Fatalf("mark %+v outside %q", m, tx.S)
		}
	}
}
