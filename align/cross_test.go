package align

import (
	"strings"
	"testing"
)

// TestCrossForeign: a coordinated text as a column-split extraction gives
// it (55K3495001, shortened): the French stream holds the French base
// text, then the Dutch base text; the Dutch stream the French adapted
// text, then the Dutch one. Exchanged, each stream reads its own
// language, and the Dutch base text stands where the French adapted text
// stood.
func TestCrossForeign(t *testing.T) {
	para := func(s string, col Lang) Block {
		return Block{Text: Text{S: s}, Lang: Detect(s), Col: col, Kind: Para}
	}
	frBase := "Le Roi détermine, par un arrêté délibéré en Conseil des ministres, les conditions dans lesquelles une prime de reprise du travail est accordée à l'employeur auprès duquel un titulaire reprend une activité autorisée."
	nlBase := "De Koning bepaalt, bij een besluit vastgesteld na overleg in de Ministerraad, de voorwaarden waaronder een werkhervattingspremie wordt toegekend aan de werkgever waarbij een gerechtigde een toegelaten arbeid overeenkomstig artikel 100 hervat."
	fr := []Block{para("Art. 15. Le présent article entre en vigueur le 1er janvier 2024 et il est d'application pour les demandes qui sont introduites.", FR)}
	nl := []Block{para("Art. 15. Het artikel 14 treedt in werking op 1 januari 2024 en het is van toepassing op de aanvragen die worden ingediend.", NL)}
	for range 3 {
		fr = append(fr, para(frBase, FR))
	}
	for range 6 {
		fr = append(fr, para(nlBase, FR)) // Dutch base text in the French stream
		nl = append(nl, para(frBase, NL)) // French adapted text in the Dutch stream
	}
	for range 3 {
		nl = append(nl, para(nlBase, NL))
	}
	setAsideForeign(fr, FR)
	setAsideForeign(nl, NL)
	blocks := crossForeign(fr, nl)
	a, b := Units(blocks, "x.fr.txt", "x.nl.txt")
	if len(a) != 10 || len(b) != 10 {
		t.Fatalf("got %d FR and %d NL units, want 10 and 10", len(a), len(b))
	}
	for _, u := range a[1:] {
		if Detect(u.Text.S) != FR {
			t.Errorf("FR unit %q is not French", u.Text.S[:30])
		}
	}
	for k, u := range b[1:] {
		if Detect(u.Text.S) != NL {
			t.Errorf("NL unit %q is not Dutch", u.Text.S[:30])
		}
		// The Dutch base text comes from the French file, the adapted
		// one from the Dutch file.
		if want := map[bool]string{true: "x.fr.txt", false: "x.nl.txt"}[k < 6]; u.File != want {
			t.Errorf("NL unit %d names %s, want %s", k+1, u.File, want)
		}
	}
	// A passage in one stream only stays set aside.
	fr2 := append([]Block(nil), fr[:1]...)
	for range 6 {
		fr2 = append(fr2, para(nlBase, FR))
	}
	setAsideForeign(fr2, FR)
	one := crossForeign(fr2, []Block{para(nlBase, NL)})
	for _, bl := range one {
		if bl.Kind == Crossed {
			t.Fatalf("a passage in one stream only was crossed")
		}
	}
}

// TestLeaningHeadingKeepsLanguage: a chapter heading of a coordinated text
// whose words lean to French without reaching the language threshold
// (55K3520001) is French text, not a line standing for both languages
// that would be shown alone for both; names stay neutral.
func TestLeaningHeadingKeepsLanguage(t *testing.T) {
	blocks := []Block{
		{Text: Text{S: "Art. 19. La société peut transiger et compromettre."}, Lang: FR, Col: FR, Kind: Para},
		{Text: Text{S: "CHAPITRE VIII. - Dispositions transitoires Sociétés affiliées Art. 20. § 1er"}, Col: FR, Kind: Para},
		{Text: Text{S: "Thomas Van Achter"}, Col: FR, Kind: Para},
	}
	if l := Detect(blocks[1].Text.S); l != Neutral {
		t.Fatalf("the heading reads as %v; the test needs a heading below the threshold", l)
	}
	fr, _ := Units(blocks, "x.fr.txt", "x.nl.txt")
	if len(fr) != 3 {
		t.Fatalf("got %d units, want 3", len(fr))
	}
	if fr[1].Lang != FR {
		t.Errorf("heading unit reads as %v, want fr", fr[1].Lang)
	}
	if fr[2].Lang != Neutral {
		t.Errorf("name unit reads as %v, want neutral", fr[2].Lang)
	}
}

// TestQuestionsTellTheCut: where each language cuts its sentences
// differently, the question goes with the question (55K2275009: the
// Dutch glues "Wat is de toestand vandaag?" to the next sentence and
// keeps a sentence the French ends its paragraph with on its own).
func TestQuestionsTellTheCut(t *testing.T) {
	mk := func(lang Lang, ss ...string) []Unit {
		var us []Unit
		for i, s := range ss {
			us = append(us, Unit{Key: "intro:", Lang: lang, Text: Text{S: s}, Seq: i})
		}
		return us
	}
	fr := mk(FR,
		"Le cas échéant, à combien s’élèveraient ces dotations?",
		"L’AFCN possèderait les compétences requises pour assurer ses missions durant l’année 2022, mais il était nécessaire de se préparer à mener simultanément tous les projets de 2023: le démantèlement et la prolongation des réacteurs de Doel 4 et de Tihange 3. Cela requiert du personnel compétent en suffisance.",
		"Où en est la situation aujourd’hui?",
		"La ministre Verlinden vient de déclarer qu’il n’est pas sûr que l’AFCN dispose d’effectifs suffisants pour assurer les missions pour lesquelles elle reçoit un financement et ses activités d’intérêt public dans les années à venir.")
	nl := mk(NL,
		"Zo ja, hoeveel zouden deze dotaties bedragen?",
		"Het FANC zou over de nodige competenties beschikken voor het realiseren van zijn missie in 2022, maar het was nodig zich voor te bereiden om alle projecten van 2023, de ontmantelingen en de verlenging van de reactoren van Doel 4 en Tihange 3, tegelijkertijd uit te voeren.",
		"Hiervoor zijn voldoende bekwame werknemers nodig.",
		"Wat is de toestand vandaag? minister Verlinden heeft net gezegd dat het niet zeker is dat het FANC in de komende jaren over voldoende werknemers zal beschikken voor het verzekeren van de opdrachten waarvoor het financiering krijgt en voor de openbare activiteiten.")
	for _, p := range pairFlow(fr, nl) {
		if p.FR == nil || p.NL == nil {
			continue
		}
		q := strings.Contains(p.FR.Text.S, "Où en est")
		if q != strings.Contains(p.NL.Text.S, "Wat is de toestand") {
			t.Errorf("question cut apart: %q / %q", p.FR.Text.S, p.NL.Text.S)
		}
	}
}

// TestFormRows: the item marks of a flattened impact form (55K3520001,
// "Thomas Van Achter Projet .b.") make its rows form rows, and a form row
// paired on its own is not compared; prose with letters and numbers in
// it is not a form.
func TestFormRows(t *testing.T) {
	for s, want := range map[string]bool{
		"Thomas Van Achter Projet .b.":                           true,
		"Égalité entre les femmes et les hommes .3. Accès des":   true,
		"Nr.) Nora Bougata Ontwerp .b.":                          true,
		"Art. 3.b. du règlement et le point b. de l’article 2.":  false,
		"La société a pour objet : 1° d'élaborer une programme.": false,
	} {
		if got := formLike([]*Unit{{Text: Text{S: s}}}); got != want {
			t.Errorf("formLike(%q) = %v, want %v", s, got, want)
		}
	}
	fr := []*Unit{{Text: Text{S: "Thomas Van Achter Projet .b."}}, {Text: Text{S: "Le Roi fixe la date."}}}
	nl := []*Unit{{Text: Text{S: "Nr.) Thomas 02/501.02.16 Ontwerp .b."}}, {Text: Text{S: "De Koning bepaalt de datum."}}}
	ms := []match{{fr: fr[:1], nl: nl[:1]}, {fr: fr[1:], nl: nl[1:]}}
	got := unalignedRuns(ms, []float64{formConfidence, 0.9}, []bool{true, false})
	if !got[0] || got[1] {
		t.Errorf("unaligned = %v, want [true false]", got)
	}
}

// TestRunTakesLeaningRows: a row of a Dutch form that leans to Dutch
// without reaching the threshold, and a name line between it and the
// form's clearly Dutch text, belong to the Dutch passage in the French
// stream (55K3495001); a row without a language before them and the
// French paragraph before it do not.
func TestRunTakesLeaningRows(t *testing.T) {
	para := func(s string) Block { return Block{Text: Text{S: s}, Lang: Detect(s), Col: FR, Kind: Para} }
	before := "Bevoegd regeringslid Frank Contactpersoon beleidscel (Naam, E-mail, Tel."
	lean := "Nr.) Cis CAES Overheidsdienst FOD Sociale Contactpersoon overheidsdienst (Naam, E-mail, Tel."
	name := "Nr.) Sylvie Ontwerp .b."
	if l := leaning(lean, FR); l >= 0 {
		t.Fatalf("leaning(%q) = %d; the test needs a row leaning to Dutch", lean, l)
	}
	for _, s := range []string{before, name} {
		if l := leaning(s, FR); l != 0 {
			t.Fatalf("leaning(%q) = %d; the test needs a row without a language", s, l)
		}
	}
	nl := "De Koning bepaalt, bij een besluit vastgesteld na overleg in de Ministerraad, de voorwaarden waaronder een werkhervattingspremie wordt toegekend aan de werkgever waarbij een gerechtigde een toegelaten arbeid overeenkomstig artikel 100 hervat."
	blocks := []Block{para("Art. 14. L’article 13 entre en vigueur le 1er janvier 2024 et il est d'application pour les demandes qui sont introduites."), para(before), para(lean), para(name)}
	for range 6 {
		blocks = append(blocks, para(nl))
	}
	setAsideForeign(blocks, FR)
	for i, want := range []BlockKind{Para, Para, Foreign, Foreign} {
		if blocks[i].Kind != want {
			t.Errorf("block %d (%q) is of kind %d, want %d", i, blocks[i].Text.S, blocks[i].Kind, want)
		}
	}
}

// TestSentenceEndsAtYear: a sentence that ends on a year ends there
// (55K2275009: "… remis en décembre 2023. La Fondation Roi Baudouin …"),
// so the next sentence pairs with its translation instead of staying
// glued to the one before; a list number before a period ("1. La …") and
// a reference ("n° 73.632.") do not end a sentence.
func TestSentenceEndsAtYear(t *testing.T) {
	cut := func(s string) []string {
		var out []string
		for _, p := range sentences(Text{S: s, Segs: []Segment{{Off: 0}}}) {
			out = append(out, p.S)
		}
		return out
	}
	for s, want := range map[string]int{
		"Un premier rapport intermédiaire sera remis en décembre 2023. La Fondation Roi Baudouin est à l’origine de ce projet.": 2,
		"Les points suivants sont examinés: 1. La procédure est correcte.":                                                      1,
		"Il renvoie à l’avis n° 73.632. Le Conseil d’État a rendu son avis.":                                                    1,
		"Il renvoie à l’article 1234. Le Conseil d’État a rendu son avis.":                                                      1,
	} {
		if got := cut(s); len(got) != want {
			t.Errorf("sentences(%q) = %q, want %d pieces", s, got, want)
		}
	}
	fr := "Le débat public sur le stockage géologique a effectivement une durée d’un an. Un premier rapport intermédiaire sera remis en décembre 2023. La Fondation Roi Baudouin est à l’origine de ce projet. Il a été décidé que les ministres se tiendraient à une certaine distance de ce débat en raison de sa sensibilité et de la manière dont le débat sur le nucléaire est parfois mené dans la presse, et ce, pour créer le moins d’agitation possible autour des consultations. C’était aussi une demande explicite de la Fondation Roi Baudouin elle-même que de pouvoir mener ce débat en terrain neutre, sans trop d’ingérence politique, pour qu’il puisse se dérouler correctement.\n"
	nl := "Het maatschappelijke debat voor de geologische berging duurt inderdaad één jaar. Een eerste intermediair rapport wordt in december 2023 opgeleverd. De Koning Boudewijnstichting trekt dit, en er is besloten dat de ministers wat afstand gaan nemen van dit debat omwille van de gevoeligheid ervan en de manier waarop het debat rond nucleair in de pers soms wordt gevoerd. Dit om er zo weinig mogelijk commotie rond te creëren. Het was ook een uitdrukkelijke vraag van de Koning Boudewijnstichting zelf om dit op neutraal terrein zonder te veel politieke inmenging te kunnen doen zodat dit op een goede manier kan verlopen.\n"
	units := func(lang Lang, s string) []Unit {
		var us []Unit
		for i, p := range sentences(Text{S: s, Segs: []Segment{{Off: 0}}}) {
			us = append(us, Unit{Key: "intro:", Lang: lang, Text: p, Seq: i})
		}
		return us
	}
	found := false
	for _, p := range pairFlow(units(FR, fr), units(NL, nl)) {
		if p.FR != nil && strings.Contains(p.FR.Text.S, "Un premier rapport") {
			found = true
			if p.NL == nil || strings.Contains(p.FR.Text.S, "Fondation") || !strings.Contains(p.NL.Text.S, "Een eerste") {
				t.Errorf("report sentence paired as %+v / %+v", p.FR, p.NL)
			}
		}
	}
	if !found {
		t.Error("no pair holds the report sentence")
	}
}
