package align

import "testing"

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
