package checks

import "testing"

// TestNegations checks what counts as a negation in each language and
// what does not.
func TestNegations(t *testing.T) {
	for _, c := range []struct {
		fr   bool
		text string
		want int
	}{
		{true, "La mesure n'est pas applicable.", 1},
		{true, "Les communes ne disposent plus de moyens.", 1},
		{true, "Ce délai ne peut excéder 60 jours.", 1},
		{true, "On ne peut que constater l'échec.", 0},
		{true, "Les services ne disposent que de deux radars.", 0},
		{true, "Les clients ne pourront plus échanger que cinq bons.", 0},
		{true, "Il faut agir avant que la situation ne se dégrade.", 0},
		{true, "Aucune mesure n'est prévue.", 1},
		{true, "Cela concerne non seulement les camions, mais aussi les voitures.", 0},
		{true, "Sans préjudice des compétences régionales.", 0},
		{true, "Une aide sans condition.", 1},
		{true, "Les emplois non pourvus.", 1},
		{true, "Une part non négligeable.", 0},
		{true, "Le non-respect des règles.", 0},
		{true, "Il n'en demeure pas moins qu'une lutte cohérente est indispensable.", 0},
		{true, "D'autres tâches ne pouvant être considérées comme militaires.", 1},
		{false, "Dat is niet mogelijk.", 1},
		{false, "Er is geen budget.", 1},
		{false, "Dat betreft niet alleen de vrachtwagens.", 0},
		{false, "De agenten zijn al dan niet uitgerust.", 0},
		{false, "Denkt u niet dat dit volstaat?", 0},
		{false, "Onverminderd de bevoegdheden, zonder afbreuk te doen aan de wet.", 0},
		{false, "Geen kosten noch lasten.", 1},
		{false, "De niet-naleving van de regels.", 0},
		{false, "Zo niet, waarom?", 0},
		{false, "Immigranten die wel en niet afkomstig zijn uit de EU.", 0},
		{false, "Het zou dus niet meer dan normaal zijn.", 0},
		{false, "Producten die kennelijk niet meer zijn dan geïmporteerde producten.", 0},
		{false, "Dat is niet meer mogelijk, dan moet u wachten.", 1},
		{false, "Die zijn niet meer beschikbaar.", 1},
	} {
		var got []negation
		if c.fr {
			got = negationsFR(c.text)
		} else {
			got = negationsNL(c.text)
		}
		if len(got) != c.want {
			t.Errorf("%q: %d negations, want %d", c.text, len(got), c.want)
		}
	}
}

// FuzzNegations checks that the negations and sentences of any text are
// spans of it, in order, without overlap.
func FuzzNegations(f *testing.F) {
	f.Add("La mesure n'est pas applicable.Dat is niet mogelijk? Aucune mesure n'est prévue, sans préjudice.")
	f.Add("ne ne n' n’ pas plus que qu Zo niet, al dan niet. M. A. art. 3.")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<12 {
			return
		}
		last := 0
		for _, n := range negationsOf(s) {
			if n.Start < 0 || n.End > len(s) || n.Start >= n.End {
				t.Fatalf("negation %v out of %q", n, s)
			}
			if n.Start < last {
				t.Fatalf("negations out of order in %q", s)
			}
			last = n.Start
		}
		end := 0
		for _, c := range sentenceClauses(s) {
			if c.Start < end || c.End > len(s) || c.Start >= c.End {
				t.Fatalf("sentence [%d,%d) after %d out of %q", c.Start, c.End, end, s)
			}
			end = c.End
		}
	})
}

// TestNegativeWording checks the wording that says no without a
// grammatical negation, and what is no such wording.
func TestNegativeWording(t *testing.T) {
	for _, c := range []struct {
		text string
		neg  []string
		want bool
	}{
		{"Zijn er plannen voor drugsvrije afdelingen?", nlNegative, true}, // sans drogue
		{"Receptvrije geneesmiddelen.", nlNegative, true},                 // non soumis à prescription
		{"Het vrij verkeer van personen.", nlNegative, false},
		{"Hoeveel treinreizigers werden geweigerd?", nlNegative, true},
		{"De werknemers ongehuwd.", nlNegative, true},
		{"Een grondig onderzoek en een ontvangen brief.", nlNegative, false},
		{"De plaats van een ongeval en de onkosten.", nlNegative, false},
		{"Une transposition incomplète.", frNegative, true},
		{"Les immigrés originaires de pays hors UE.", frNegative, true},
		{"Les immigrés originaires de pays de l'Union.", frNegative, false},
	} {
		if got := negativeWording(c.text, c.neg); got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}
