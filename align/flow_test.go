package align

import (
	"os"
	"strings"
	"testing"
)

// TestSequenceDuplicatesAndSkips checks that label search in a flow keeps
// going past a label written twice or skipped, as a defective document
// has them, instead of folding the rest into one unit.
func TestSequenceDuplicatesAndSkips(t *testing.T) {
	rec := "A. considérant x; B. considérant y; B. considérant z; D. considérant w; E. considérant v;"
	if got := len(sequence(rec, 0, len(rec), letterLabels())); got != 5 {
		t.Errorf("recitals: %d labels found, want 5", got)
	}
	req := "1. de faire x; 2. de faire y; 2. de faire z; 2.1. sous-point; 4. de faire w; 5. de faire v."
	if got := len(requestSequence(req, 0)); got != 6 {
		t.Errorf("requests: %d labels found, want 6", got)
	}
	// "3.4." holds "4. " but is not request 4.
	sub := "1. de faire a; 2. de faire b; 3. d'examiner: 3.1. a; 3.2. b; 3.3. c; 3.4. d; 4. de demander"
	if got := requestSequence(sub, 0); len(got) != 8 {
		t.Errorf("sub-items: %d labels found, want 8", len(got))
	}
}

// TestFigureRuns cuts the flattened tariff table out of a sentence of
// DOC 55 3513/001 (French stream) and leaves prose with many numbers, such
// as recital P of DOC 55 3396/001, alone.
func TestFigureRuns(t *testing.T) {
	table := "et X = V / (1 + V) + FRC * FPE   2018 2019 2020 Hausse tarifaire +7,32 % +7,44 % +11,4 pondérée facteur X -8,025 % -8,573 % -9,366 É v o l u t i o n moyenne pondé- -8,214 % -8,673 % -9,33 rée attendue (V)"
	runs := flowFigureRuns(table)
	if len(runs) != 1 || !strings.HasPrefix(table[runs[0].start:], "2018 2019 2020") {
		t.Errorf("table runs %v", runs)
	}
	// testdata/corpus/55K3513001-bill-postal.fr.txt: rows with their
	// labels between the figures.
	rows := "entre le mois d’avril de la pénultième année. Facteur de réduction des coûts 2,8 % 2,8 % 2,8 (FRC) Facteur de partage des gains 33 % 33 % 33 % d’efficience (FPE) Source: question écrite"
	if runs := flowFigureRuns(rows); len(runs) != 1 || rows[runs[0].start:runs[0].end] != "2,8 % 2,8 % 2,8 (FRC) Facteur de partage des gains 33 % 33 % 33 %" {
		t.Errorf("table rows: runs %v", runs)
	}
	// testdata/corpus/55K3513001-bill-postal.fr.txt: a row whose label
	// came out letter-spaced.
	spaced := "la mise en application de l’augmentation tarifaire. É v o l u t i o n moyenne pondé- -8,214 % -8,673 % -9,33 rée attendue (V) Facteur de réduction des coûts"
	if runs := flowFigureRuns(spaced); len(runs) != 1 || spaced[runs[0].start:runs[0].end] != "É v o l u t i o n moyenne pondé- -8,214 % -8,673 % -9,33" {
		t.Errorf("letter-spaced row: runs %v", runs)
	}
	// Single letters of prose are no letter-spaced label.
	letters := "Il y a à peine 3 ans, à 5 km de là, y a-t-il eu 2 ou 3 cas? Il y a 4 à 6 cas selon 7 sources, à peu près."
	if runs := flowFigureRuns(letters); len(runs) != 0 {
		t.Errorf("prose cut as a table: %q", letters[runs[0].start:runs[0].end])
	}
	// testdata/corpus/55K3513001-bill-postal.fr.txt: prose with many
	// figures, each with its words.
	figures := "En excluant les marges inutilisées, ce calcul indique que l’augmentation maximale peut atteindre 22,37 %. Si les marges inutilisées de 2020 (0,11 %), de 2021 (1,96 %) et de 2022 (5,32 %) sont incluses, cette augmentation s’élèvera au total à 29,76 %. Comme l’indique le tableau reproduit ci-dessus, bpost a procédé à une augmentation moyenne de 14,96 %. La partie restante, à savoir 7,41 %, pourra donc être reportée."
	if runs := flowFigureRuns(figures); len(runs) != 0 {
		t.Errorf("prose cut as a table: %q", figures[runs[0].start:runs[0].end])
	}
	prose := "P. considérant que, au cours des manifestations pacifiques du 25 septembre 2020, 208 persécutions ont eu lieu dans 26 villes différentes, en ce compris 154 détentions arbitraires; considérant que les défenseurs des droits de l'homme ont enregistré au moins 80 cas de persécutions politiques préventives entre le 11 et le 25 septembre 2020"
	if runs := flowFigureRuns(prose); len(runs) != 0 {
		t.Errorf("prose cut as a table: %q", prose[runs[0].start:runs[0].end])
	}
}

// TestFootnoteZones checks the notes of a page that ended
// with its sentence, so that a capital follows the gap: they are cut out
// when they read as numbered notes, and the text is not.
func TestFootnoteZones(t *testing.T) {
	for _, c := range []struct {
		name, s string
		want    []string
	}{
		{
			// testdata/corpus/55K3511001-resolution-ascvd.nl.txt
			"three notes in sequence",
			"dat is een toename met 22 %.17 15 I. Maes et S. Rey, op.cit., 22 (5). 16 Vlayen et al. (2008). 17 Bloom DE et al., The Global Economic Burden of Noncommunicable Diseases, Genève: World Economic Forum; 2011.   Ter onderbouwing van die ramingen werden de zorgverstrekking vergeleken.",
			[]string{"15 I. Maes et S. Rey, op.cit., 22 (5). 16 Vlayen et al. (2008). 17 Bloom DE et al., The Global Economic Burden of Noncommunicable Diseases, Genève: World Economic Forum; 2011."},
		},
		{
			// testdata/corpus/55K2657003-council-of-state-opinion.fr.txt, the
			// notes of the last page after the signatures
			"notes at the end of the text",
			"Le greffier, Le président, Wim Geurts Marnix Van Damme 6 La justification de l’amendement n° 10 considère pourtant que les centres ne sont pas concernés par cette loi du 10 novembre 2006”. 7 Et non, comme l’indique le texte néerlandais de l’amendement 10 “handhaving van de openbare orde, hygiëne en de rust”.",
			[]string{"6 La justification de l’amendement n° 10 considère pourtant que les centres ne sont pas concernés par cette loi du 10 novembre 2006”. 7 Et non, comme l’indique le texte néerlandais de l’amendement 10 “handhaving van de openbare orde, hygiëne en de rust”."},
		},
		{
			// testdata/corpus/55K3513001-bill-postal.nl.txt: notes that are
			// web addresses, then the list going on after the gap
			"web addresses",
			"aangezien beide principes immers een afzonderlijke en autonome betekenis hebben; 1 https://www .bipt .be /file /cc73d96153bbd5448a56f19d925d05b1379c7f21 /besluit_pricing_2017_ niet -vertrouwelijke_versie .pdf 2 https://www .bipt .be /file /20171019_advies_ bipt_postwet_nl .pdf   b) het BIPT de notie van kostenoriëntatie correct interpreteert;",
			[]string{"1 https://www .bipt .be /file /cc73d96153bbd5448a56f19d925d05b1379c7f21 /besluit_pricing_2017_ niet -vertrouwelijke_versie .pdf 2 https://www .bipt .be /file /20171019_advies_ bipt_postwet_nl .pdf"},
		},
		{
			// testdata/corpus/55K3513001-bill-postal.fr.txt: articles, not
			// notes, though numbered in sequence and citing years
			"articles",
			"Article 1er La présente loi règle une matière visée à l’article 74 de la Constitution. Art. 2 Dans l’article 18 de la loi du 26 janvier 2018 relative aux services postaux, le § 3 est abrogé.  d) le § 4 est abrogé. Art. 3 Dans l’article 19 de la même loi, le § 3 est abrogé. Art. 4 La présente loi entre en vigueur le 1er janvier 2024.",
			nil,
		},
		{
			// a page that ends with its sentence and no note
			"no notes",
			"La chambre a examiné le texte le 11 juillet 2023.   Elle a rendu son avis le 24 juillet 2023. Le texte suit.",
			nil,
		},
	} {
		var got []string
		for _, z := range footnoteZones(c.s) {
			got = append(got, c.s[z[0]:z[1]])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: zones %q, want %q", c.name, got, c.want)
		}
	}
}

// TestFlowCoverNumberAndRequestsHeading checks two pieces of the sample's
// Dutch column run into one line (testdata/kazakhstan.txt): the document's
// number printed on the cover after the authors is furniture, and the
// requests heading as the sample spells it ("VERZOEKTE") is a heading.
func TestFlowCoverNumberAndRequestsHeading(t *testing.T) {
	s := "VOORSTEL VAN RESOLUTIE waarbij wordt gevraagd de mensenrechtenschendingen in Kazachstan te veroordelen (ingedien door mevrouw Sophie Rohonyi en de heer François De Smet) 03396 TOELICHTING DAMES EN HEREN, De crisis duurt voort. GG. overwegende dat de autoriteiten hun medewerking hebben verleend; VERZOEKTE DE FEDERALE REGERING: 1. Kazachstan op te roepen de rechten te eerbiedigen;"
	pieces, noise := cutFlow(Text{S: s})
	var gotNoise, gotHead bool
	for i, p := range pieces {
		if strings.TrimSpace(p.S) == "03396" {
			gotNoise = noise[i]
		}
		if strings.TrimSpace(p.S) == "VERZOEKTE DE FEDERALE REGERING:" {
			gotHead = true
		}
	}
	if !gotNoise {
		t.Errorf("the cover number is not a piece of furniture: %q", texts(pieces))
	}
	if !gotHead {
		t.Errorf("the requests heading is not a piece of its own: %q", texts(pieces))
	}
}

func texts(ts []Text) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.S)
	}
	return out
}

// TestFlowFirstRecitalLost checks a flow whose Dutch side lost recital A
// (testdata/corpus/55K3493003-resolution-adopted with "A. gelet op …" cut
// out of the NL line): the chamber's heading is still found before B., so
// B. and the requests keep their counterparts and only A. is one-sided.
func TestFlowFirstRecitalLost(t *testing.T) {
	doc := corpusWithout(t, "55K3493003-resolution-adopted", NL, " A. gelet op", " B. ", false)
	onlyOneSided(t, doc, "recital:A")
}

// TestFlowSecondRequestLost checks a flow whose list opens inside a
// sentence, so that 1. is no label, and whose Dutch side lost item 2.
// (testdata/corpus/55K3493003-resolution-adopted with "2. het functioneren
// …" cut out of the NL line): items 3. to 7. are still found and paired;
// only 2. is one-sided.
func TestFlowSecondRequestLost(t *testing.T) {
	doc := corpusWithout(t, "55K3493003-resolution-adopted", NL, " 2. het functioneren", " 3. ", false)
	onlyOneSided(t, doc, "request:2")
}

// TestSignaturesWithParticle checks the signatories of
// testdata/corpus/55K3513001-bill-postal.nl.txt given as a paragraph of a
// Dutch file: "Van Lommel" makes the paragraph look Dutch, but names with
// their parties are signatures, not a paragraph to pair with the French
// text before them.
func TestSignaturesWithParticle(t *testing.T) {
	fr := "DÉVELOPPEMENTS\n\nLe prix d’un timbre ne serait plus que de 94 centimes aujourd’hui.\n\nPROPOSITION DE LOI\n\nArticle 1er La présente loi règle une matière visée à l’article 74 de la Constitution.\n"
	nl := "TOELICHTING\n\nDan zou de prijs van een postzegel vandaag slechts 94 cent bedragen.\n\nReccino Van Lommel (VB) Erik Gilissen (VB) Katleen Bury (VB) Hans Verreyt (VB)\n\nWETSVOORSTEL\n\nArtikel 1 Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet.\n"
	doc, err := FromTexts("signatures", fr, nl)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Pairs {
		sig := strings.HasPrefix(p.Key, "signature:")
		if p.NL != nil && sig != strings.Contains(p.NL.Text.S, "Reccino") {
			t.Errorf("%s: %q", p.Key, p.NL.Text.S)
		}
		if !sig && (p.FR == nil || p.NL == nil) {
			t.Errorf("%s: one side only", p.Key)
		}
	}
}

// TestFlowFirstArticleLost checks a flow whose French side lost article 1
// up to the article it inserts (testdata/corpus/55K3510001-rules-amendment
// with "Article 1er … rédigé comme suit: “Art." cut out of the FR line):
// the articles part is still found after "PROPOSITION", so the explanation
// keeps its pairs and only article 1 is one-sided.
func TestFlowFirstArticleLost(t *testing.T) {
	doc := corpusWithout(t, "55K3510001-rules-amendment", FR, "Article 1er Dans le titre", "rédigé comme suit: “Art.", true)
	onlyOneSided(t, doc, "article:1")
}

// corpusWithout aligns the two-file corpus document name with the text of
// side from the first from up to the first to (to itself too, with
// dropTo) cut out.
func corpusWithout(t *testing.T, name string, side Lang, from, to string, dropTo bool) *Document {
	t.Helper()
	texts := map[Lang]string{}
	for l, ext := range map[Lang]string{FR: ".fr.txt", NL: ".nl.txt"} {
		data, err := os.ReadFile("../testdata/corpus/" + name + ext)
		if err != nil {
			t.Fatal(err)
		}
		texts[l] = string(data)
	}
	s := texts[side]
	a, b := strings.Index(s, from), strings.Index(s, to)
	if a < 0 || b < a {
		t.Fatalf("%q … %q not found in %s", from, to, name)
	}
	if dropTo {
		b += len(to)
	}
	texts[side] = s[:a] + s[b:]
	doc, err := FromTexts(name, texts[FR], texts[NL])
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// onlyOneSided checks that the pair key, and no other, has one side only.
func onlyOneSided(t *testing.T, doc *Document, key string) {
	t.Helper()
	found := false
	for _, p := range doc.Pairs {
		if p.Shared || p.FR != nil && p.NL != nil {
			continue
		}
		if p.Key != key {
			t.Errorf("%s: fr=%v nl=%v", p.Key, p.FR != nil, p.NL != nil)
		}
		found = found || p.Key == key
	}
	if !found {
		t.Errorf("%s is not one-sided", key)
	}
}

// TestCaptionRuns checks the labels of a chart flattened into a sentence
// of testdata/corpus/55K3513001-bill-postal.{fr,nl}.txt: up to each source
// line they are residue; a source named inside a sentence or in
// parentheses is text.
func TestCaptionRuns(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"Augmentation de prix réelle Estimation de l’augmentation Estimation de l’augmentation Source: IBPT  Évolution des prix des timbres Prix à l’unité Prix Source: IBPT Le graphique ci-dessus présente l’évolution des tarifs.",
			[]string{"Augmentation de prix réelle Estimation de l’augmentation Estimation de l’augmentation Source: IBPT", "  Évolution des prix des timbres Prix à l’unité Prix Source: IBPT"}},
		{"PPU de prix maximale PPU de prix maximale PPU (ancien price cap) Bron: BIPT Evolutie van de postzegeltarieven par feuillet de 10 timbres Bron: BIPT Bovenstaande grafiek toont de evolutie.",
			[]string{"PPU de prix maximale PPU de prix maximale PPU (ancien price cap) Bron: BIPT", " Evolutie van de postzegeltarieven par feuillet de 10 timbres Bron: BIPT"}},
		{"Le prix a augmenté de 1,20 euro depuis 2010 (Source: IBPT) Les tarifs suivent.", nil},
		{"Le prix a augmenté de 1,20 euro depuis 2010. Source: IBPT Les tarifs suivent.", nil},
	} {
		var got []string
		for _, r := range captionRuns(c.s) {
			got = append(got, c.s[r.start:r.end])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%.40q…: captions %q, want %q", c.s, got, c.want)
		}
	}
}

// TestTableRunsKeepClosingParenthesis checks a sentence of
// testdata/corpus/55K3513001-bill-postal.fr.txt followed by the country
// names of a flattened table: the year that closes the sentence's
// parenthesis stays with the sentence.
func TestTableRunsKeepClosingParenthesis(t *testing.T) {
	s := "illustre la comparaison du prix d’une lettre standard nationale en Europe (en PPA pour 2021). Danemark Italie Finlande Grèce Estonie Belgique Pologne Lettonie Roumanie République"
	var text, table []string
	for _, p := range tableRuns(Text{S: s}) {
		if p.table {
			table = append(table, p.S)
		} else {
			text = append(text, p.S)
		}
	}
	if len(text) != 1 || !strings.HasSuffix(text[0], "(en PPA pour 2021).") {
		t.Errorf("text %q, want the sentence with its year", text)
	}
	if len(table) != 1 || !strings.HasPrefix(table[0], "Danemark") {
		t.Errorf("table %q, want the country names", table)
	}
}
