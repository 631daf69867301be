package align

import (
	"os"
	"testing"
)

// TestCognateKeys checks that cognates of the two languages share a key
// and that short words have none.
func TestCognateKeys(t *testing.T) {
	for _, p := range [][2]string{{"concurrence", "concurrentie"}, {"Belgique", "België"}, {"continues", "continue"}, {"débat", "debat"}, {"principe", "principe"}} {
		if a, b := cognateKeyOf(p[0]), cognateKeyOf(p[1]); a != b {
			t.Errorf("%s → %q, %s → %q: want one key", p[0], a, p[1], b)
		}
	}
	if a, b := cognateKeyOf("marché"), cognateKeyOf("markt"); a == b {
		t.Errorf("marché and markt share key %q", a)
	}
	ids := map[string]int32{}
	if keys := unitKeys("de en van la le dû", ids); len(keys) != 0 {
		t.Errorf("short words got keys %v", keys)
	}
}

// postalFR and postalNL are consecutive sentences of the explanatory part
// of DOC 55 3513/001 (testdata/corpus/55K3513001-bill-postal), as the flow
// reader cuts them; the Dutch sentence "De daling in het totaal volume
// van de briefpost …", the translation of the second half of postalFR[0],
// is left out of postalNL.
var (
	postalFR = []string{
		"La diminution des envois égrenés est principalement due à la numérisation (factures, bons de commande, etc. sous forme électronique). La baisse du volume total du courrier postal entraîne une hausse du coût à la pièce, si bien qu’il n’est pas illogique d’augmenter le prix de vente par pièce.",
		"Mais il convient toutefois de se demander dans quelle mesure des augmentations continues sont équitables.",
		"Cette équité ne joue aucun rôle dans un marché libre, ce marché étant régi par le principe de l’offre et de la demande.",
		"Pour le secteur du courrier postal en Belgique, la situation est différente, dès lors que bpost n’a pour ainsi dire aucune concurrence.",
		"En réalité, bpost détenait toujours le monopole en matière de courrier postal, alors que la concurrence était déjà forte sur le marché des colis.",
	}
	postalNL = []string{
		"De grootste reden van de daling in stukpost is uiteraard de digitalisering (elektronische facturen, bestelbonnen etc.). Maar de vraag moet hier echter wel gesteld worden in welke mate continue verhogingen rechtvaardig zijn.",
		"Deze rechtvaardigheid speelt geen rol in een vrije markt aangezien daar het principe van vraag en aanbod speelt.",
		"Voor de brievenpostsector in België ligt dit anders aangezien bpost weinig tot eigenlijk geen concurrentie heeft.",
		"In werkelijkheid bezat bpost nog steeds een monopoliepositie inzake brievenpost. Voor de pakjesmarkt bestond er wel al veel concurrentie.",
	}
)

func sentenceUnits(l Lang, texts []string) []Unit {
	us := make([]Unit, len(texts))
	for i, s := range texts {
		us[i] = Unit{Key: "intro:", Lang: l, Text: Text{S: s}, Seq: i}
	}
	return us
}

// TestSentencePairingAfterDroppedSentence checks that the sentences after
// a dropped one keep their own translations: on lengths alone the pairing
// shifted by one until the next paragraph ("Cette équité …" with "Voor de
// brievenpostsector …"), and the gap showed on a sentence that has its
// counterpart.
func TestSentencePairingAfterDroppedSentence(t *testing.T) {
	pairs := matchSentences(sentenceUnits(FR, postalFR), sentenceUnits(NL, postalNL))
	want := map[string]string{
		postalFR[2]: postalNL[1],
		postalFR[3]: postalNL[2],
		postalFR[4]: postalNL[3],
	}
	for _, p := range pairs {
		if p.FR == nil {
			t.Errorf("%s: NL sentence alone: %.50s", p.Key, p.NL.Text.S)
			continue
		}
		w, ok := want[p.FR.Text.S]
		if !ok {
			continue
		}
		if p.NL == nil || p.NL.Text.S != w {
			got := "nothing"
			if p.NL != nil {
				got = p.NL.Text.S
			}
			t.Errorf("%.40s… paired with %.40s…, want %.40s…", p.FR.Text.S, got, w)
		}
	}
}

// TestSentencePairingWithoutDrop checks the same sentences with nothing
// dropped pair one to one.
func TestSentencePairingWithoutDrop(t *testing.T) {
	nl := append([]string(nil), postalNL...)
	nl[0] = "De grootste reden van de daling in stukpost is uiteraard de digitalisering (elektronische facturen, bestelbonnen etc.). De daling in het totaal volume van de briefpost zorgt voor een hogere kostprijs per stuk waardoor een hogere stukverkoopprijs niet onlogisch is."
	nl = append(nl[:1], append([]string{"Maar de vraag moet hier echter wel gesteld worden in welke mate continue verhogingen rechtvaardig zijn."}, nl[1:]...)...)
	pairs := matchSentences(sentenceUnits(FR, postalFR), sentenceUnits(NL, nl))
	if len(pairs) != len(postalFR) {
		t.Fatalf("%d pairs, want %d", len(pairs), len(postalFR))
	}
	for i, p := range pairs {
		if p.FR == nil || p.NL == nil || p.FR.Text.S != postalFR[i] || p.NL.Text.S != nl[i] {
			t.Errorf("pair %d is not sentence %d with its translation", i, i)
		}
	}
}

// BenchmarkMatchSentences measures pairing the sentences of a flowing
// corpus document (the ascvd resolution, 221 sentence pairs), word
// evidence included.
func BenchmarkMatchSentences(b *testing.B) {
	fr, err := os.ReadFile("../testdata/corpus/55K3511001-resolution-ascvd.fr.txt")
	if err != nil {
		b.Fatal(err)
	}
	nl, err := os.ReadFile("../testdata/corpus/55K3511001-resolution-ascvd.nl.txt")
	if err != nil {
		b.Fatal(err)
	}
	sa, _ := Decode("fr", fr, "")
	sb, _ := Decode("nl", nl, "")
	flow := isFlow(sa) || isFlow(sb)
	blocks := append(monoLayout(sa, FR, flow), monoLayout(sb, NL, flow)...)
	us, vs := Units(blocks, "fr", "nl")
	b.SetBytes(int64(len(fr) + len(nl)))
	b.ReportAllocs()
	for b.Loop() {
		a := append([]Unit(nil), us...)
		c := append([]Unit(nil), vs...)
		matchSentences(a, c)
	}
}
