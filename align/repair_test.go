package align

import (
	"slices"
	"strings"
	"testing"
)

// policyFR and policyNL are consecutive paragraphs of the introduction of
// DOC 56 1282/002 (testdata/corpus/56K1282002-policy-note.pdftotext.txt).
// The second Dutch paragraph lacks its second sentence, "Namelijk het
// voorzien van een versterking van de vertegenwoordiging van de deelstaten
// …", which leaves it a quarter of the length of its French counterpart.
var (
	policyFR = []string{
		"L’ensemble des dix dossiers mentionnés dans la précédente note de politique ont soit déjà été déposés à la Chambre en vue de leur examen, soit engagés pour discussion au sein du gouvernement.",
		"Deux dossiers doivent encore être lancés et sont prévus pour le prochain exercice budgétaire, à savoir: le renforcement de la représentation des entités fédérées notamment auprès de la Banque nationale de Belgique, du Bureau fédéral du Plan et de l’Institut des Comptes nationaux, ainsi que la possibilité d’intégrer le CPAS dans la commune, pour laquelle le cadre fédéral devra être adapté.",
		"En outre, la suppression du Sénat entraîne divers “points en suspens”. De nombreuses dispositions légales doivent être adaptées à la nouvelle réalité monocamérale visée par la réforme. L’objectif est de déposer, au cours de la présente législature, une “loi-programme institutionnelle” répondant à ces adaptations. Parallèlement, les textes déposés (Doc. parl., Sénat, 2024-2025, DOC 8-127/1) expriment l’ambition d’examiner, après la décision de suppression du Sénat, quelles formes alternatives de participation des entités fédérées pourraient être envisagées. Entre-temps, le processus des services fusion entre la Chambre et le Sénat se poursuit.",
	}
	policyNL = []string{
		"Alle tien genoemde dossiers in de vorige beleidsnota werden ofwel al ingediend in de Kamer met oog op behandeling, ofwel opgestart voor bespreking in de schoot van de regering.",
		"Twee dossiers moeten nog opgestart worden en zijn voor komend begrotingsjaar ingepland.",
		"Verder brengt de afschaffing van de Senaat verschillende “losse eindjes” met zich mee. Zo moet tal van wetgeving aangepast worden aan de nieuw beoogde monocamerale realiteit die de hervorming beoogt. Er wordt gestreefd om deze legislatuur een “institutionele programmawet” in te dienen die hieraan tegemoetkomt. Tegelijk werd in de neergelegde wetteksten (Parl. St. Senaat 2024-2025, DOC 8-127/1) de ambitie uitgesproken om, na de beslissing tot afschaffing van de Senaat, te onderzoeken welke alternatieve manieren van participatie van de deelgebieden aangewezen zijn. Ondertussen blijft het fusietraject tussen de diensten van Kamer en Senaat lopen.",
	}
)

// postalParaFR and postalParaNL are consecutive paragraphs of the
// explanatory part of DOC 55 3513/001 (testdata/corpus/55K3513001-bill-postal),
// where Dutch starts a paragraph at a sentence French keeps in the one
// before. The second French paragraph lacks its last two sentences, "La
// part de ces “envois en nombre” est dès lors passée de 46,3 % en 2010 à
// 63,7 % en 2021. En revanche, la part des envois égrenés a diminué."
var (
	postalParaFR = []string{
		"Sur une période de onze ans (2010 – 2021), la baisse est “seulement” de 24,8 %. Pour le courrier transactionnel, c’est-à-dire le courrier postal envoyé sous forme de  lettre et contenant une communication personnelle – soit la grande majorité du courrier – la baisse est “seulement” de 15,5 %. Au sein du courrier transactionnel, une distinction est opérée entre les “envois égrenés” et les “envois en nombre”.",
		"Pour cette dernière catégorie, on constate même depuis 2010 (jusque 2021) une augmentation de 16,08 % des recettes.",
		"La diminution des envois égrenés est principalement due à la numérisation (factures, bons de commande, etc. sous forme électronique). La baisse du volume total du courrier postal entraîne une hausse du coût à la pièce, si bien qu’il n’est pas illogique d’augmenter le prix de vente par pièce.",
	}
	postalParaNL = []string{
		"Over een periode van 11 jaar (2010 – 2021) is er “slechts” een daling van 24,8 %. Voor de transactionele post, wat de brievenpost betekent die wordt verzonden in de vorm van een brief en die een persoonlijke mededeling   bevat – het overgrote deel dus – geldt er “slechts” een daling van 15,5 % inkomsten.",
		"Binnen de transactionele post wordt er een onderscheid gemaakt tussen “stukpost” en “grote partijen post”.",
		"Voor dat laatste geldt er sinds 2010 (tot 2021) zelf een stijging in de inkomsten van 16,08 %. Het aandeel van deze “grote partijen post” is dan ook gestegen van 46,3 % in 2010 naar 63,7 % in 2021. Daar tegenover is het aandeel van de stukpost dus afgenomen.",
		"De grootste reden van de daling in stukpost is uiteraard de digitalisering (elektronische facturen, bestelbonnen etc.). De daling in het totaal volume van de briefpost zorgt voor een hogere kostprijs per stuk waardoor een hogere stukverkoopprijs niet onlogisch is.",
	}
)

// TestRepairMovesMergedUnit checks that a paragraph shortened by a dropped
// sentence goes back to its counterpart when the lengths merged it with
// the next paragraph and left the counterpart alone: "Twee dossiers …"
// shares its words with "Deux dossiers …", not with "En outre, la
// suppression du Sénat …".
func TestRepairMovesMergedUnit(t *testing.T) {
	wantPairs(t, Match(sentenceUnits(FR, policyFR), sentenceUnits(NL, policyNL)), policyFR, policyNL)
}

// TestRepairShiftsByNumbers checks that a paragraph matched one to one
// with a paragraph of other numbers goes to the lone paragraph that has
// its numbers (2010, 2021, 16,08 %), and that the paragraph it leaves
// joins the match before it, whose French paragraph it ends.
func TestRepairShiftsByNumbers(t *testing.T) {
	wantPairs(t, Match(sentenceUnits(FR, postalParaFR), sentenceUnits(NL, postalParaNL)), postalParaFR,
		[]string{postalParaNL[0] + " " + postalParaNL[1], postalParaNL[2], postalParaNL[3]})
}

// wantPairs checks that pairs are the French texts fr, in order, each
// with the Dutch text at its place in nl.
func wantPairs(t *testing.T, pairs []Pair, fr, nl []string) {
	t.Helper()
	if len(pairs) != len(fr) {
		t.Fatalf("%d pairs, want %d", len(pairs), len(fr))
	}
	for i, p := range pairs {
		if p.FR == nil || p.NL == nil || p.FR.Text.S != fr[i] || p.NL.Text.S != nl[i] {
			t.Errorf("pair %d: got %.40q with %.40q, want %.40q with %.40q", i, side(p.FR), side(p.NL), fr[i], nl[i])
		}
	}
}

func side(u *Unit) string {
	if u == nil {
		return ""
	}
	return u.Text.S
}

// FuzzRepairOrphans checks that the repaired matches keep every unit of
// both sides once, in order, and that no match is empty.
func FuzzRepairOrphans(f *testing.F) {
	f.Add("Deux dossiers doivent encore être lancés.|En outre, le Sénat 2024.|Fin.", "Twee dossiers.|Verder de Senaat 2024 en meer tekst.|Einde.")
	f.Add("a 1|b 2|c 3", "x 3")
	f.Add("", "|||")
	f.Fuzz(func(t *testing.T, fr, nl string) {
		split := func(s string) []string {
			if s == "" {
				return nil
			}
			out := strings.Split(s, "|")
			if len(out) > 60 {
				out = out[:60]
			}
			return out
		}
		a := pointers(sentenceUnits(FR, split(fr)))
		b := pointers(sentenceUnits(NL, split(nl)))
		for _, sentences := range []bool{false, true} {
			ev := newEvidence(a, b)
			ms := joinOrphans(repairOrphans(ev, joinOrphans(galeChurch(ev, sentences))))
			var ga, gb []*Unit
			for _, m := range ms {
				if len(m.fr) == 0 && len(m.nl) == 0 {
					t.Fatal("an empty match")
				}
				ga, gb = append(ga, m.fr...), append(gb, m.nl...)
			}
			if !slices.Equal(ga, a) || !slices.Equal(gb, b) {
				t.Fatalf("units lost or out of order: %d/%d FR, %d/%d NL", len(ga), len(a), len(gb), len(b))
			}
		}
	})
}

// flowFR and flowNL are consecutive sentences of the explanatory part of
// DOC 55 3510/001 (testdata/corpus/55K3510001-rules-amendment) as the flow
// reader cuts them. The first Dutch sentence lacks the one after it,
// "Dergelijke instrumenten behoren tot de manieren …", which leaves it
// less than half the length of the French one.
var (
	flowFR = []string{
		"La création d’espaces de dialogue formels entre députés et citoyens au sein de notre assemblée par la mise en place, d’une part, de “commissions mixtes” composées de députés et de citoyens tirés au sort et, d’autre part, de panels composés de citoyens pourrait ainsi constituer l’une des réponses à cette volonté d’impliquer davantage les citoyens dans le processus démocratique de notre pays, leur permettre de débattre directement avec les députés et de s’exprimer sur certains sujets et d’émettre ensemble des recommandations.",
		"La Chambre doit, en effet, ouvrir encore plus largement ses portes au sens propre comme figuré.",
		"Il est essentiel de favoriser l’implication des citoyens au sein du débat politique et parlementaire à l’instar des dispositions déjà prises par plusieurs parlements des entités fédérées.",
		"Tel est l’objet de la présente proposition de modification du Règlement qui vise à y insérer, les dispositions nécessaires à la mise en place par la Chambre – selon plusieurs modalités – de commissions mixtes composées de députés et de citoyens tirés au sort, d’une part, et de panels composés de citoyens, d’autre part.",
	}
	flowNL = []string{
		"Een formele ruimte voor dialoog tussen volksvertegenwoordigers en burgers kan in onze assemblee tot stand worden gebracht via “gemengde commissies”, bestaande uit volksvertegenwoordigers en uit door loting gekozen burgers, en via “burgerpanels”.",
		"De Kamer moet haar deuren immers nog breder openzetten, zowel letterlijk als figuurlijk.",
		"Het is van wezenlijk belang dat de betrokkenheid van de burger bij het politieke en parlementaire debat wordt gestimuleerd, naar het voorbeeld van de initiatieven die verschillende deelstaatparlementen in dezen al hebben genomen.",
		"Dat is dan ook de strekking van dit voorstel tot wijziging van het Reglement.",
		"Meer bepaald wordt beoogd in het Reglement de nodige bepalingen op te nemen opdat de Kamer, met inachtneming van meerdere nadere regels, gemengde commissies van volksvertegenwoordigers en door loting gekozen burgers kan instellen, evenals burgerpanels.",
	}
)

// TestSentencePairingAfterShortenedSentence checks that the sentences
// after a shortened one keep their translations: on lengths alone the
// first French sentence took three Dutch ones, and each French sentence
// after it the translation of the next, leaving "Il est essentiel …"
// alone.
func TestSentencePairingAfterShortenedSentence(t *testing.T) {
	wantPairs(t, matchSentences(sentenceUnits(FR, flowFR), sentenceUnits(NL, flowNL)), flowFR,
		[]string{flowNL[0], flowNL[1], flowNL[2], flowNL[3] + " " + flowNL[4]})
}
