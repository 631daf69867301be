package checks

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/token"
)

// namesOf extracts the names of s and returns them as written.
func namesOf(s string) []string {
	var out []string
	for _, n := range extractNames(s, 0, nameScan{}) {
		out = append(out, s[n.Start:n.End])
	}
	return out
}

func TestExtractNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"(déposée par Mme Sophie Rohonyi et M. François De Smet)", []string{"Sophie Rohonyi", "François De Smet"}},
		{"(ingedien door mevrouw Sophie Rohonyi en de heer François De Smet)", []string{"Sophie Rohonyi", "François De Smet"}},
		{"Sophie ROHONYI (DéFI) François DE SMET (DéFI)", []string{"Sophie ROHONYI", "François DE SMET"}},
		{"la secrétaire d’État à l’Asile et la Migration, Nicole de Moor, concernant", []string{"Nicole de Moor"}},
		{"M. Koen Van Osselaer (conseiller stratégique", []string{"Koen Van Osselaer"}},
		{"la prise de pouvoir illégitime d'Alexandre Loukachenko. Dans les rues de Minsk", []string{"Alexandre Loukachenko"}},
		{"considérant qu'Alnur Iliyashev a été condamné", []string{"Alnur Iliyashev"}},
		{"Zukhra Nariman, Daniyar Khassenov et Daryn Khasenov continuent", []string{"Zukhra Nariman", "Daniyar Khassenov", "Daryn Khasenov"}},
		{"annoncée par le président Tokayev; considérant", []string{"Tokayev"}},
		{"de Raad van Europa en de Verenigde Naties", nil},                    // institution words
		{"In Centraal-Azië is de Republiek Kazachstan de belangrijkste", nil}, // sentence opener, place
		{"le blogueur YouTube Azamat Baikenov a été", []string{"Azamat Baikenov"}},
		{"de aan de macht zijnde Noer-Otan-partij;", nil},
		{"Danemark Italie Finlande Grèce Estonie Croatie", nil}, // countries, and no list of five
		{"DAMES EN HEREN,", nil},
		{"le 19 mai 2020, par décision", nil},
		{"Sergei Magnitsky and beyond – fighting impunity", []string{"Sergei Magnitsky"}},
	}
	for _, tt := range tests {
		if got := namesOf(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("extractNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExtractNamesMasked(t *testing.T) {
	s := "le mouvement d'opposition (*Koshe Partiyasy*) composé"
	start := strings.Index(s, "Koshe")
	end := start + len("Koshe Partiyasy")
	got := extractNames(s, 0, nameScan{masked: func(a, b int) bool { return a < end && start < b }})
	if len(got) != 0 {
		t.Errorf("masked italic phrase gave names %v", got)
	}
	common := commonWords("la force de la loi")
	if got := extractNames("Force Majeure est", 0, nameScan{common: common}); len(got) != 0 {
		t.Errorf("a word the document writes in lower case gave a name: %v", got)
	}
}

func TestSpellingDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"alexandre loukachenko", "aleksandr loekasjenko", 0},
		{"sergueï magnitski", "sergei magnitsky", 0},
		{"nour otan", "noer-otan", 0},
		{"tchaikovski", "tsjaikovski", 0},
		{"khassenov", "khasenov", 1}, // doubled letter
		{"nogayev", "nogyaev", 1},    // swapped
		{"nurpeisov", "nurpeisv", 1}, // dropped
		{"lesova", "lepesova", 2},    // another person
		{"daniyar", "daryn", 4},
	}
	for _, tt := range tests {
		a, b := token.FoldKey(tt.a), token.FoldKey(tt.b)
		if got := spellingDistance(a, b); got != tt.want {
			t.Errorf("spellingDistance(%q, %q) = %d, want %d", a, b, got, tt.want)
		}
		if got := spellingDistance(b, a); got != tt.want {
			t.Errorf("spellingDistance(%q, %q) = %d, want %d (not symmetric)", b, a, got, tt.want)
		}
	}
}

func mention(s string) personName {
	n := extractNames(s, 0, nameScan{})
	if len(n) != 1 {
		panic(fmt.Sprintf("%q: %d names", s, len(n)))
	}
	return n[0]
}

func TestCompareNames(t *testing.T) {
	tests := []struct {
		a, b string
		want nameMatch
	}{
		{"Sophie Rohonyi", "Sophie ROHONYI", nameSame},
		{"Mme Jardemalie", "Bota Jardemalie", nameSame},
		{"François De Smet", "Francois De Smet", nameSame},
		{"Alexandre Loukachenko", "Aleksandr Loekasjenko", nameVariant},
		{"Okhasov Orynbai", "Orynbai Okhasov", nameVariant},
		{"Daniyar Khassenov", "Daniyar Khasenov", nameSpelling},
		{"Daniyar Khassenov", "Daryn Khasenov", nameOther},
		{"Nazira Lesova", "Nazira Lepesova", nameSpelling},
		{"Murat Baidauletov", "Murat Baimagambetov", nameOther},
	}
	for _, tt := range tests {
		a, b := mention(tt.a), mention(tt.b)
		if got, _ := compareNames(&a, &b); got != tt.want {
			t.Errorf("compareNames(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestPairNamesOneToOne checks that a list is paired as a whole: a close
// spelling never takes the place of an exact match.
func TestPairNamesOneToOne(t *testing.T) {
	list := func(s string) []person { return persons(extractNames(s, 0, nameScan{})) }
	fr := list("Zukhra Nariman, Daniyar Khassenov et Daryn Khasenov")
	nl := list("Zukhra Nariman en Daryn Khasenov")
	p := pairNames(fr, nl)
	if len(p.frOnly) != 1 || fr[p.frOnly[0]].key != "daniyar khassenov" || len(p.nlOnly) != 0 {
		t.Fatalf("dropped Daniyar Khassenov: frOnly=%v nlOnly=%v links=%v", p.frOnly, p.nlOnly, p.links)
	}
	fr = list("Nazira Lesova et Nazira Lepesova")
	nl = list("Nazira Lepesova en Nazira Lesova")
	p = pairNames(fr, nl)
	for _, l := range p.links {
		if l.match != nameSame {
			t.Errorf("reordered list paired %s with %s (%d)", fr[l.fr].key, nl[l.nl].key, l.match)
		}
	}
	fr = list("Medet Yeseneyev, Askar Ibrayev et Serik Idyryshev")
	nl = list("Medet Yeseneyev, Askar Ibrayev en Serik Orazov")
	p = pairNames(fr, nl)
	if len(p.frOnly)+len(p.nlOnly) != 0 || len(p.links) != 3 || p.links[2].match != nameOther {
		t.Errorf("replacement not paired: %+v", p)
	}
}

// FuzzExtractNames checks that every name found in any text lies inside
// it and has parts.
func FuzzExtractNames(f *testing.F) {
	for _, s := range []string{
		"(déposée par Mme Sophie Rohonyi et M. François De Smet)",
		"l'OSCE, d’ONU, VN-Mensenrechtenraad, CD&V, mensen\u00adrechten",
		"Aigul Utепова", "'-'", "a'", "\u00ad\u00ad", "M. . A. Sabitov", "\xff\xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range extractNames(s, 0, nameScan{common: commonWords(s)}) {
			if n.Start < 0 || n.End > len(s) || n.Start >= n.End || len(n.Parts) == 0 {
				t.Fatalf("bad name %+v in %q", n, s)
			}
		}
	})
}

func FuzzSpellingDistance(f *testing.F) {
	f.Add("alexandre loukachenko", "aleksandr loekasjenko")
	f.Add("", "x")
	f.Add("tchtch", "tsjch")
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 64 || len(b) > 64 {
			return
		}
		d := spellingDistance(a, b)
		if d < 0 || d > max(utf8.RuneCountInString(a), utf8.RuneCountInString(b)) {
			t.Fatalf("spellingDistance(%q, %q) = %d", a, b, d)
		}
		if spellingDistance(a, a) != 0 {
			t.Fatalf("spellingDistance(%q, itself) != 0", a)
		}
		for limit := 0; limit <= 3; limit++ {
			checkWithin(t, a, b, d, limit)
		}
	})
}

// checkWithin fails unless spellingDistanceWithin(a, b, limit) is the
// exact distance d when d is within limit, and above limit otherwise.
func checkWithin(t *testing.T, a, b string, d, limit int) {
	t.Helper()
	got := spellingDistanceWithin(a, b, limit)
	if (d <= limit && got != d) || (d > limit && got <= limit) {
		t.Fatalf("spellingDistanceWithin(%q, %q, %d) = %d, distance %d", a, b, limit, got, d)
	}
}

func TestSpellingDistanceWithin(t *testing.T) {
	pairs := [][2]string{
		{"alexandre loukachenko", "aleksandr loekasjenko"}, // 0 after many free steps
		{"khassenov", "khasenov"},
		{"nogayev", "nogyaev"},
		{"lesova", "lepesova"},
		{"daniyar", "daryn"},
		{"schmidt", "smidt"},          // sch/s: a step of three letters
		{"dzhumayev", "djoumaiev"},    // dzh/dj then u/ou
		{"zhirinovsky", "jirinovski"}, // the cheap path leaves row 0 at once
		{"abc", "xyzabc"},
		{"", "ab"},
	}
	for _, p := range pairs {
		a, b := token.FoldKey(p[0]), token.FoldKey(p[1])
		d := spellingDistance(a, b)
		for limit := 0; limit <= 5; limit++ {
			checkWithin(t, a, b, d, limit)
			checkWithin(t, b, a, d, limit)
		}
	}
}

// readSeedDoc reads the reference document.
func readSeedDoc(tb testing.TB) *align.Document {
	tb.Helper()
	doc, err := align.ReadFile("../testdata/kazakhstan.txt", align.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// TestSeedNamesAndTerms checks the clean reference document: its person
// lists match and its transliterations are info at most.
func TestSeedNamesAndTerms(t *testing.T) {
	doc := readSeedDoc(t)
	list, err := Select([]string{"names", "terms"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var info []string
	for _, f := range check.Run(doc, list, nil) {
		if f.Severity > check.Info {
			t.Errorf("%s %s %s: %s", f.Unit, f.Rule, f.Severity, f.Message)
			continue
		}
		info = append(info, f.Unit+" "+f.Rule)
	}
	want := []string{"intro:1 names/variant", "recital:E names/variant"}
	if !reflect.DeepEqual(info, want) {
		t.Errorf("info findings = %q, want %q", info, want)
	}
}

func BenchmarkExtractNames(b *testing.B) {
	doc := readSeedDoc(b)
	var texts []string
	for _, p := range doc.Pairs {
		if p.FR != nil {
			texts = append(texts, p.FR.Text.S)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			extractNames(s, 0, nameScan{})
		}
	}
}

func BenchmarkSpellingDistance(b *testing.B) {
	for i := 0; i < b.N; i++ {
		spellingDistance("alexandre loukachenko", "aleksandr loekasjenko")
	}
}

func BenchmarkNamesCheckSeed(b *testing.B) {
	doc := readSeedDoc(b)
	for i := 0; i < b.N; i++ {
		check.Run(doc, []*check.Check{NamesMissing, NamesReplaced, NamesSpelling, NamesVariant}, nil)
	}
}
