package align

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// billStreams returns a French and a Dutch column stream of a bill whose
// article labels repeat in two parts (a draft and the bill), with
// sentences between them; parts times over. The Dutch stream lacks the
// draft's article 2.
func billStreams(parts int) (fr, nl string) {
	var a, b []string
	for p := 0; p < parts; p++ {
		for k := 0; k < 10; k++ {
			n := 100*p + k
			a = append(a, fmt.Sprintf("Pour l’année %d, le projet fixe la prime à un montant de %d euros, versé au plus tard le %d mars.", 1900+n, 1000+37*n, k+3))
			b = append(b, fmt.Sprintf("Voor het jaar %d legt het ontwerp de premie vast op een bedrag van %d euro, uiterlijk betaald op %d maart.", 1900+n, 1000+37*n, k+3))
		}
		for _, draft := range []bool{true, false} {
			a = append(a, "PROJET DE LOI Article 1er La présente loi règle une matière visée à l’article 74 de la Constitution.")
			b = append(b, "WETSONTWERP Artikel 1 Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet.")
			for k := 2; k <= 6; k++ {
				w := k * 15
				if !draft {
					w = k * 20 // the bill changed the draft's figures
				}
				a = append(a, fmt.Sprintf("Art. %d Dans l’article %d de la loi du %d mai 1999, les mots “%d jours” sont remplacés par les mots “%d jours”.", k, 100+k, k, k, w))
				if draft && k == 2 {
					continue
				}
				b = append(b, fmt.Sprintf("Art. %d In artikel %d van de wet van %d mei 1999 worden de woorden “%d dagen” vervangen door de woorden “%d dagen”.", k, 100+k, k, k, w))
			}
		}
	}
	return strings.Join(a, " "), strings.Join(b, " ")
}

// TestPairFlowPartsPairWithTheirCounterpart checks that the articles of
// the bill pair with the bill's and not with the draft's, though both
// parts carry the same labels and the Dutch draft lacks an article.
func TestPairFlowPartsPairWithTheirCounterpart(t *testing.T) {
	fr, nl := billStreams(1)
	doc, err := FromTexts("bill", fr, nl)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Layout != "flow" {
		t.Fatalf("layout %s, want flow", doc.Layout)
	}
	for _, p := range doc.Pairs {
		if p.FR == nil || p.NL == nil {
			if p.FR == nil || !strings.Contains(p.FR.Text.S, "“30 jours”") {
				t.Errorf("%s: one side only, want only the draft's article 2: %q %q", p.Key, side(p.FR), side(p.NL))
			}
			continue
		}
		// Figures written the same way on both sides: the days of
		// "“30 jours”" and "“30 dagen”", the euros.
		for _, f := range []string{"15", "20", "30", "40", "45", "60", "75", "80", "90", "100", "120"} {
			if strings.Contains(p.FR.Text.S, "“"+f+" jours”") != strings.Contains(p.NL.Text.S, "“"+f+" dagen”") {
				t.Errorf("%s pairs %q with %q", p.Key, side(p.FR), side(p.NL))
			}
		}
		if p.Confidence < unsureBelow || p.Unaligned {
			t.Errorf("%s: confidence %.2f, unaligned %v for a translation", p.Key, p.Confidence, p.Unaligned)
		}
	}
}

// TestSetAsideForeign checks that a long run of Dutch sentences in the
// French stream is set aside, and a single one (an untranslated paragraph,
// a defect for the checks to report) or a short quotation is not.
func TestSetAsideForeign(t *testing.T) {
	nlSentence := "Het ontwerp heeft geen enkele impact op de ondernemingen van de sector, noch op de armoede in dit domein."
	frSentence := "Le projet n’a aucun impact sur les entreprises du secteur, ni sur la pauvreté dans ce domaine."
	for _, tc := range []struct {
		name  string
		dutch int
		aside bool
	}{{"one sentence", 1, false}, {"a quotation", 5, false}, {"a passage", 12, true}} {
		t.Run(tc.name, func(t *testing.T) {
			blocks := []Block{{Text: Text{S: frSentence}, Kind: Para, Col: FR}}
			for k := 0; k < tc.dutch; k++ {
				blocks = append(blocks, Block{Text: Text{S: nlSentence}, Kind: Para, Col: FR})
			}
			blocks = append(blocks, Block{Text: Text{S: frSentence}, Kind: Para, Col: FR})
			setAsideForeign(blocks, FR)
			for i, b := range blocks {
				dutch := i > 0 && i <= tc.dutch
				if got := b.Kind == Foreign; got != (dutch && tc.aside) {
					t.Errorf("block %d (%q): set aside %v", i, b.Text.S[:20], got)
				}
				if b.Kind == Foreign && b.Lang != NL {
					t.Errorf("block %d set aside as %s, want nl", i, b.Lang)
				}
			}
		})
	}
}

func TestIncreasingChain(t *testing.T) {
	got := increasingChain([][2]int{{0, 5}, {1, 1}, {2, 2}, {3, 9}, {4, 3}, {5, 4}})
	want := [][2]int{{1, 1}, {2, 2}, {4, 3}, {5, 4}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// BenchmarkPairFlowLargest10x pairs the largest development document
// once and repeated three and ten times (CONCORD_REALDEV; skipped without it), and a
// synthetic bill of the same size.
func BenchmarkPairFlowLargest10x(b *testing.B) {
	b.Run("synthetic", func(b *testing.B) {
		fr, nl := billStreams(120) // about 1 MB a side
		benchPairFlow(b, fr, nl)
	})
	dir := os.Getenv("CONCORD_REALDEV")
	if dir == "" {
		return
	}
	frs, _ := filepath.Glob(filepath.Join(dir, "docs", "*.fr.txt"))
	var best string
	var size int64
	for _, f := range frs {
		if st, err := os.Stat(f); err == nil && st.Size() > size {
			best, size = f, st.Size()
		}
	}
	if best == "" {
		return
	}
	fr, err1 := os.ReadFile(best)
	nl, err2 := os.ReadFile(strings.TrimSuffix(best, ".fr.txt") + ".nl.txt")
	if err1 != nil || err2 != nil {
		b.Fatal(err1, err2)
	}
	for _, reps := range []int{1, 3, 10} {
		b.Run(fmt.Sprintf("%s×%d", filepath.Base(best), reps), func(b *testing.B) {
			benchPairFlow(b, repeatLine(string(fr), reps), repeatLine(string(nl), reps))
		})
	}
}

// repeatLine repeats a one-line text n times on one line.
func repeatLine(s string, n int) string {
	s = strings.TrimSpace(s)
	return strings.TrimSpace(strings.Repeat(s+" ", n))
}

func benchPairFlow(b *testing.B, fr, nl string) {
	a, _ := Decode("fr", []byte(fr), "")
	c, _ := Decode("nl", []byte(nl), "")
	blocks := monoLayout(a, FR, true)
	blocks = append(blocks, monoLayout(c, NL, true)...)
	us, vs := Units(blocks, "fr", "nl")
	b.SetBytes(int64(len(fr) + len(nl)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x, y := append([]Unit(nil), us...), append([]Unit(nil), vs...)
		pairFlow(x, y)
	}
}

// TestSplitCoverTablesPair checks that the cover's abbreviation table of
// the two files concord split writes for testdata/kazakhstan.txt pairs
// row by row: the Dutch file has the table's heading without a cell
// separator, and a row that reads as neither language ("CRABV Compte
// Rendu Analytique") belongs to its file's language.
func TestSplitCoverTablesPair(t *testing.T) {
	fr := "VOORSTEL\n\n<i>Abréviations dans la numérotation des publications:</i>\t\n" +
		"<i>QRVA</i>\t<i>Questions et Réponses écrites</i>\n" +
		"<i>CRABV</i>\t<i>Compte Rendu Analytique</i>\n" +
		"<i>PLEN</i>\t<i>Séance plénière</i>\n"
	nl := "VOORSTEL\n\n03396\n<i>Afkorting bij de nummering van de publicaties:</i>\n" +
		"<i>QRVA</i>\t<i>Schriftelijke Vragen en Antwoorden</i>\n" +
		"<i>CRABV</i>\t<i>Beknopt Verslag</i>\n" +
		"<i>PLEN</i>\t<i>Plenum</i>\n"
	doc, err := FromTexts("split", fr, nl)
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	for _, p := range doc.Pairs {
		if !strings.HasPrefix(p.Key, "table:") && !strings.HasPrefix(p.Key, "heading:") {
			continue
		}
		if p.FR == nil || p.NL == nil || p.Shared {
			t.Errorf("%s: fr %q nl %q shared %v, want a pair", p.Key, side(p.FR), side(p.NL), p.Shared)
			continue
		}
		if strings.HasPrefix(p.Key, "table:abbreviations:") {
			rows++
			if strings.Fields(p.FR.Text.S)[0] != strings.Fields(p.NL.Text.S)[0] {
				t.Errorf("%s pairs %q with %q", p.Key, p.FR.Text.S, p.NL.Text.S)
			}
		}
	}
	if rows != 3 {
		t.Errorf("%d rows paired, want 3", rows)
	}
}

// TestFlowWithTitleLine checks that a flowing French file with a short
// line and a blank line added at its top is still read as a flow: its
// units are cut at its labels, not kept as one paragraph.
func TestFlowWithTitleLine(t *testing.T) {
	fr, nl := billStreams(1)
	plain, err := FromTexts("flow", fr, nl)
	if err != nil {
		t.Fatal(err)
	}
	titled, err := FromTexts("flow", "Version provisoire du texte\n\n"+fr, nl)
	if err != nil {
		t.Fatal(err)
	}
	count := func(d *Document) (both int) {
		for _, p := range d.Pairs {
			if p.FR != nil && p.NL != nil {
				both++
			}
		}
		return both
	}
	if a, b := count(plain), count(titled); b < a {
		t.Errorf("%d pairs with both sides after a title line, %d without", b, a)
	}
}

// TestFourLetterLabels checks that a recital labelled with one letter
// written four times is a recital, and a word of four capitals is not.
func TestFourLetterLabels(t *testing.T) {
	for s, want := range map[string]bool{"AAAA": true, "ACHT": false, "AOUT": false, "AB": true} {
		if got := isLetterLabel(s); got != want {
			t.Errorf("isLetterLabel(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzPairFlow checks on flowing streams made of the fuzzer's sentences
// that every pair has a side, a key of its own and a confidence from 0 to
// 1, and that the French units come out in reading order.
func FuzzPairFlow(f *testing.F) {
	f.Add("Art. 2 Le délai est de 15 jours.|Pour l’année 2024, 1.000 euros.|PROJET DE LOI Article 1er La loi.", "Art. 2 De termijn is 15 dagen.|Voor het jaar 2024, 1.000 euro.|WETSONTWERP Artikel 1 De wet.", 3)
	f.Add("A. considérant 12.|B. considérant 13.", "A. overwegende 12.|C. overwegende 14.", 40)
	f.Fuzz(func(t *testing.T, frs, nls string, reps int) {
		if len(frs)+len(nls) > 4000 || reps < 1 || reps > 60 {
			return
		}
		// Repeated to a flow: one line of 2,000 bytes or more.
		fr := strings.Repeat(strings.ReplaceAll(frs, "|", " ")+" ", reps)
		nl := strings.Repeat(strings.ReplaceAll(nls, "|", " ")+" ", reps)
		doc, err := FromTexts("fuzz", fr, nl)
		if err != nil {
			return
		}
		keys := map[string]bool{}
		last := -1
		for _, p := range doc.Pairs {
			if p.FR == nil && p.NL == nil {
				t.Fatalf("%s: a pair with no side", p.Key)
			}
			if p.Key == "" || keys[p.Key] && !strings.HasPrefix(p.Key, "recital:") && !strings.HasPrefix(p.Key, "request:") && !strings.HasPrefix(p.Key, "article:") {
				t.Errorf("key %q empty or used twice", p.Key)
			}
			keys[p.Key] = true
			if p.Confidence < 0 || p.Confidence > 1 {
				t.Errorf("%s: confidence %v", p.Key, p.Confidence)
			}
			if doc.Layout == "flow" && p.FR != nil && !p.Shared && p.FR.Lang != Neutral {
				if p.FR.Seq < last {
					t.Errorf("%s: French unit %d after %d", p.Key, p.FR.Seq, last)
				}
				last = p.FR.Seq
			}
		}
	})
}
