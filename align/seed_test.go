package align

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

const seedPath = "../testdata/kazakhstan.txt"

func readSeed(t testing.TB) *Document {
	t.Helper()
	doc, err := ReadFile(seedPath, Options{KeepBlocks: true})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func pairMap(doc *Document) map[string]*Pair {
	m := map[string]*Pair{}
	for i := range doc.Pairs {
		m[doc.Pairs[i].Key] = &doc.Pairs[i]
	}
	return m
}

// seedKeys lists the units of the sample document, read off the document
// by hand: 33 recitals A–GG, 8 requests, 5 explanatory paragraphs.
func seedKeys() []string {
	var keys []string
	for c := 'A'; c <= 'Z'; c++ {
		keys = append(keys, "recital:"+string(c))
	}
	for _, c := range "ABCDEFG" {
		keys = append(keys, "recital:"+string([]rune{c, c}))
	}
	for i := 1; i <= 8; i++ {
		keys = append(keys, fmt.Sprintf("request:%d", i))
	}
	for i := 1; i <= 5; i++ {
		keys = append(keys, fmt.Sprintf("intro:%d", i))
	}
	return keys
}

func TestSeedUnitsPaired(t *testing.T) {
	doc := readSeed(t)
	pairs := pairMap(doc)
	for _, k := range seedKeys() {
		p := pairs[k]
		if p == nil || p.FR == nil || p.NL == nil {
			t.Errorf("%s: not paired", k)
		}
	}
	for _, p := range doc.Pairs {
		if p.FR == nil || p.NL == nil {
			t.Errorf("%s: one side only", p.Key)
		}
	}
	if n := len(seedKeys()); n != 46 {
		t.Fatalf("seed key list has %d keys", n)
	}
}

// TestSeedContinuations checks that units cut by the other language's
// column are whole: the text after the cut is joined to them.
func TestSeedContinuations(t *testing.T) {
	pairs := pairMap(readSeed(t))
	cases := []struct {
		key  string
		lang Lang
		has  string // text of the continuation block
		end  string // how the unit ends
	}{
		{"intro:4", FR, "risquent de se retrouver en prison", "imposées à 20 autres militants."},
		{"intro:4", NL, "terwijl 20 andere militanten vrijheidsbeperkende", "opgelegd hebben gekregen."},
		{"recital:Z", FR, "avoir recours à des lois relatives", "opposants politiques;"},
		{"recital:Z", NL, "tegen politieke groeperingen en opposanten", "extremisme te hanteren;"},
		{"recital:EE", FR, "amende à la suite de poursuites pénales", ""},
		{"recital:EE", NL, "strafrechtelijk is vervolgd wegens", ""},
		{"request:3", FR, "et politiquement, interdiction de quitter le pays", "militants de la société civile;"},
		{"request:3", NL, "om zich burgerlijk en politiek te engageren", "bevriezing van bankrekeningen);"},
	}
	for _, c := range cases {
		p := pairs[c.key]
		if p == nil || p.Side(c.lang) == nil {
			t.Errorf("%s %s: missing", c.key, c.lang)
			continue
		}
		s := p.Side(c.lang).Text.S
		if !strings.Contains(s, c.has) {
			t.Errorf("%s %s: continuation %q not joined; text ends %q", c.key, c.lang, c.has, tail(s))
		}
		if !strings.HasSuffix(s, c.end) {
			t.Errorf("%s %s: ends %q, want …%q", c.key, c.lang, tail(s), c.end)
		}
	}
}

func tail(s string) string {
	r := []rune(s)
	if len(r) > 50 {
		r = r[len(r)-50:]
	}
	return string(r)
}

// TestSeedLines checks start lines and evidence positions against the
// file; the columns were counted independently of concord (code points of
// the line up to the word).
func TestSeedLines(t *testing.T) {
	pairs := pairMap(readSeed(t))
	cases := []struct {
		key        string
		frLine     int
		nlLine     int
		frWord     string
		frWordLine int
		frWordCol  int
	}{
		{"recital:A", 95, 121, "", 0, 0},
		{"recital:P", 151, 161, "208", 151, 82},
		{"recital:AA", 205, 217, "", 0, 0},
		{"request:1", 235, 249, "", 0, 0},
		{"intro:1", 60, 72, "", 0, 0},
		{"table:abbreviations:5", 51, 51, "", 0, 0},
		// "18^e": the superscript markup is removed, columns still count it.
		{"recital:O", 149, 159, "réunion du Conseil", 149, 520},
		// A continuation block: the position points into its own line.
		{"recital:Z", 191, 201, "à des lois relatives", 203, 1},
	}
	for _, c := range cases {
		p := pairs[c.key]
		if p == nil || p.FR == nil || p.NL == nil {
			t.Errorf("%s: not paired", c.key)
			continue
		}
		if got := p.FR.Text.Pos(0).Line; got != c.frLine {
			t.Errorf("%s: FR line %d, want %d", c.key, got, c.frLine)
		}
		if got := p.NL.Text.Pos(0).Line; got != c.nlLine {
			t.Errorf("%s: NL line %d, want %d", c.key, got, c.nlLine)
		}
		if c.frWord != "" {
			i := strings.Index(p.FR.Text.S, c.frWord)
			pos := p.FR.Text.Pos(i)
			if pos.Line != c.frWordLine || pos.Col != c.frWordCol {
				t.Errorf("%s: %q at %d:%d, want %d:%d", c.key, c.frWord, pos.Line, pos.Col, c.frWordLine, c.frWordCol)
			}
		}
	}
}

// TestPosMatchesFile checks, for every unit of the sample, that the
// position of each word maps back to the same word in the file.
func TestPosMatchesFile(t *testing.T) {
	doc := readSeed(t)
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	checked := 0
	for _, u := range doc.Units {
		s := u.Text.S
		forWords(s, func(w string) {})
		for i := 0; i < len(s); {
			j := strings.IndexAny(s[i:], " ")
			if j < 0 {
				j = len(s) - i
			}
			word := s[i : i+j]
			if word != "" && !strings.ContainsAny(word, "*^<>") {
				p := u.Text.Pos(i)
				line := []rune(lines[p.Line-1])
				if p.Col-1+len([]rune(word)) <= len(line) {
					got := string(line[p.Col-1 : p.Col-1+len([]rune(word))])
					if got != word && !markedUp(u.Text, i, i+j) {
						t.Errorf("%s: %q maps to %d:%d which holds %q", u.Key, word, p.Line, p.Col, got)
					}
				} else if !markedUp(u.Text, i, i+j) {
					t.Errorf("%s: %q maps past the end of line %d", u.Key, word, p.Line)
				}
				checked++
			}
			i += j + 1
		}
	}
	if checked < 5000 {
		t.Fatalf("checked only %d words", checked)
	}
}

// markedUp reports whether markup was removed inside t.S[start:end]; such
// words do not appear verbatim in the file.
func markedUp(t Text, start, end int) bool {
	for _, m := range t.Marks {
		if m.Start < end && m.End > start {
			return true
		}
	}
	for _, s := range t.Segs {
		if s.Off > start && s.Off < end {
			return true
		}
	}
	return false
}

func TestShortBlocksLanguage(t *testing.T) {
	cases := map[string]Lang{
		"30 octobre 2020":                  FR,
		"30 oktober 2020":                  NL,
		"TOELICHTING":                      NL,
		"DÉVELOPPEMENTS":                   FR,
		"DAMES EN HEREN,":                  NL,
		"MESDAMES, MESSIEURS,":             FR,
		"VERZOEKTE DE FEDERALE REGERING:":  NL,
		"DEMANDE AU GOUVERNEMENT FÉDÉRAL:": FR,
		"03396":                            Neutral,
		"Sophie ROHONYI (DéFI)\nFrançois DE SMET (DéFI)": Neutral,
		"BELGISCHE KAMER VAN\nVOLKSVERTEGENWOORDIGERS":   NL,
		"CHAMBRE DES REPRÉSENTANTS\nDE BELGIQUE":         FR,
		"15 octobre 2020": FR,
		"15 oktober 2020": NL,
	}
	for s, want := range cases {
		if got := Detect(s); got != want {
			t.Errorf("Detect(%q) = %s (score %d), want %s", s, got, Score(s), want)
		}
	}
}

// TestSeedBlocksLanguage checks that every block of the sample is in the
// column of its language; the Dutch column's line ranges were read off the
// file by hand, every other block is French.
func TestSeedBlocksLanguage(t *testing.T) {
	doc := readSeed(t)
	// Line ranges of the Dutch column, read off the file by hand.
	nlRanges := [][2]int{{17, 29}, {68, 79}, {86, 90}, {117, 142}, {153, 162}, {173, 182}, {193, 201}, {215, 225}, {241, 253}, {271, 284}}
	isNL := func(line int) bool {
		for _, r := range nlRanges {
			if line >= r[0] && line <= r[1] {
				return true
			}
		}
		return false
	}
	for _, b := range doc.Blocks {
		if b.Kind != Para || b.Lang == Neutral {
			continue
		}
		want := FR
		if isNL(b.Lines[0]) {
			want = NL
		}
		if b.Lang != want {
			t.Errorf("line %d %q: %s, want %s", b.Lines[0], head(b.Text.S), b.Lang, want)
		}
	}
}

func head(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		r = r[:40]
	}
	return string(r)
}

// TestUntranslatedStaysInItsColumn leaves a Dutch recital in French, as
// a translator who forgot it would: the block is French, but it stands
// among the Dutch blocks and its label is missing from the Dutch column.
// Recital M stands between Dutch blocks; recital K is the last Dutch block
// of its page, followed by the French column of the next. Recitals L and Q
// are the first Dutch blocks of their pages: the French recital before
// them and the untranslated copy both follow the Dutch recital K (or P),
// but only the copy is followed by the Dutch M (or R), while the French
// one stands between its own column's K and M (or P and R).
func TestUntranslatedStaysInItsColumn(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		key            string
		frLine, nlLine int // counted in the file
		frStart        string
		nlStart        string
	}{
		{"recital:M", 145, 155, "M. considérant", "M. wijst erop"},
		{"recital:K", 115, 141, "K. considérant", "K. verwijst"},
		{"recital:L", 143, 153, "L. considérant", "L. merkt op"},
		{"recital:Q", 163, 173, "Q. considérant", "Q. wijst erop"},
	} {
		lines := strings.Split(string(data), "\n")
		if !strings.HasPrefix(lines[c.frLine-1], c.frStart) || !strings.HasPrefix(lines[c.nlLine-1], c.nlStart) {
			t.Fatal("sample lines moved")
		}
		lines[c.nlLine-1] = lines[c.frLine-1]
		doc, err := ReadBytes("untranslated", []byte(strings.Join(lines, "\n")), Options{})
		if err != nil {
			t.Fatal(err)
		}
		p := pairMap(doc)[c.key]
		if p == nil || p.FR == nil || p.NL == nil {
			t.Errorf("%s not paired", c.key)
			continue
		}
		if p.FR.Text.Pos(0).Line != c.frLine || p.NL.Text.Pos(0).Line != c.nlLine {
			t.Errorf("%s pairs lines %d and %d, want %d and %d", c.key, p.FR.Text.Pos(0).Line, p.NL.Text.Pos(0).Line, c.frLine, c.nlLine)
		}
		for _, q := range doc.Pairs {
			if q.FR == nil || q.NL == nil {
				t.Errorf("%s: %s unpaired", c.key, q.Key)
			}
		}
	}
}
