package align

import "testing"

// rulesFR and rulesNL are consecutive paragraphs of the explanatory part
// of DOC 55 3510/001 (testdata/corpus/55K3510001-rules-amendment). The
// second Dutch paragraph lacks its second sentence, "Dergelijke
// instrumenten behoren tot de manieren …", which leaves it less than half
// the length of its French counterpart.
var (
	rulesFR = []string{
		"L’accord de gouvernement prévoit également un important chapitre en matière de renouveau démocratique.",
		"La création d’espaces de dialogue formels entre députés et citoyens au sein de notre assemblée par la mise en place, d’une part, de “commissions mixtes” composées de députés et de citoyens tirés au sort et, d’autre part, de panels composés de citoyens pourrait ainsi constituer l’une des réponses à cette volonté d’impliquer davantage les citoyens dans le processus démocratique de notre pays, leur permettre de débattre directement avec les députés et de s’exprimer sur certains sujets et d’émettre ensemble des recommandations.",
		"La Chambre doit, en effet, ouvrir encore plus largement ses portes au sens propre comme figuré.",
	}
	rulesNL = []string{
		"Ook het regeerakkoord wijdt een belangrijk hoofdstuk aan democratische vernieuwing.",
		"Een formele ruimte voor dialoog tussen volksvertegenwoordigers en burgers kan in onze assemblee tot stand worden gebracht via “gemengde commissies”, bestaande uit volksvertegenwoordigers en uit door loting gekozen burgers, en via “burgerpanels”.",
		"De Kamer moet haar deuren immers nog breder openzetten, zowel letterlijk als figuurlijk.",
	}
)

// TestShortenedParagraphKeepsItsPair checks that a paragraph shortened
// by a dropped sentence is paired with its counterpart, not left alone
// beside a lone paragraph of the other language: on lengths alone the
// two were reported as missing from each other's language, and the
// check that finds what the shorter one lacks never compared them.
func TestShortenedParagraphKeepsItsPair(t *testing.T) {
	wantPairs(t, Match(sentenceUnits(FR, rulesFR), sentenceUnits(NL, rulesNL)), rulesFR, rulesNL)
}

// TestJoinOrphans checks which lone units are joined: one on each side
// next to each other, not two of the same side nor those of a merge.
func TestJoinOrphans(t *testing.T) {
	u := func(n int) []*Unit { return make([]*Unit, n) }
	shape := func(ms []match) (s [][2]int) {
		for _, m := range ms {
			s = append(s, [2]int{len(m.fr), len(m.nl)})
		}
		return s
	}
	for _, c := range []struct {
		in, want [][2]int
	}{
		{[][2]int{{1, 1}, {1, 0}, {0, 1}, {1, 1}}, [][2]int{{1, 1}, {1, 1}, {1, 1}}},
		{[][2]int{{0, 1}, {1, 0}}, [][2]int{{1, 1}}},
		{[][2]int{{1, 0}, {1, 0}, {1, 1}}, [][2]int{{1, 0}, {1, 0}, {1, 1}}},
		{[][2]int{{1, 0}, {0, 1}, {0, 1}}, [][2]int{{1, 1}, {0, 1}}},
		{[][2]int{{2, 1}, {0, 1}}, [][2]int{{2, 1}, {0, 1}}},
	} {
		var ms []match
		for _, s := range c.in {
			ms = append(ms, match{fr: u(s[0]), nl: u(s[1])})
		}
		got := shape(joinOrphans(ms))
		if len(got) != len(c.want) {
			t.Errorf("%v → %v, want %v", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%v → %v, want %v", c.in, got, c.want)
				break
			}
		}
	}
}
