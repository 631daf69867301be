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
		{false, "Dat is niet mogelijk.", 1},
		{false, "Er is geen budget.", 1},
		{false, "Dat betreft niet alleen de vrachtwagens.", 0},
		{false, "De agenten zijn al dan niet uitgerust.", 0},
		{false, "Denkt u niet dat dit volstaat?", 0},
		{false, "Onverminderd de bevoegdheden, zonder afbreuk te doen aan de wet.", 0},
		{false, "Geen kosten noch lasten.", 1},
		{false, "De niet-naleving van de regels.", 0},
		{false, "Zo niet, waarom?", 0},
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
