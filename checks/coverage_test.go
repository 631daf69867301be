package checks

import (
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
)

// TestLostWords checks the word evidence on a clause without counterpart
// on written questions of the QRVA bulletins (55-B017-6-0504 and
// 55-B016-9-0360 of 2019-2020): the last Dutch question is reported as
// lost when the French one is dropped. Whole, the second pair renders it;
// the first does not ("activiteitsdomeinen … onbelast bijverdienen" /
// "domaines d'activités … prestations rémunérées": no word in common, no
// pair of the table), which is why the words alone never report a clause:
// the lengths must single it out first.
func TestLostWords(t *testing.T) {
	for _, c := range []struct {
		fr, nl, clause string
		wholeLost      bool
	}{
		{
			fr: "Depuis le 15 juillet 2018, les travailleurs peuvent effectuer des prestations rémunérées pendant leur temps libre, avec une limite de rémunération à 500 euros par mois, soit 6.000 euros par an.Ils sont invités à déclarer ces activités complémentaires via le site de l'Office national de sécurité sociale.1. Quel bilan peut-on tirer de cette initiative?2. Pourriez-vous préciser combien de personnes profitent de ce système et ventiler ce chiffre par région?" +
				"3. Pourriez-vous préciser dans quels domaines d'activités ces prestations rémunérées sont effectuées en majorité?",
			nl: "Sinds 15 juli 2018 mogen werknemers betaalde arbeid verrichten tijdens hun vrije tijd, voor een maximumbedrag van 500 euro, wat neerkomt op 6.000 euro per jaar. Zij moeten die bijkomende activiteit aangeven via de website van de Rijksdienst voor Sociale Zekerheid.1. Welke balans kan men opmaken van die maatregel?2. Hoeveel personen maken er gebruik van die regeling en kunt u die cijfers uitsplitsen per regio? " +
				"3. In welke activiteitsdomeinen wordt er het vaakst gebruikgemaakt van de regeling inzake onbelast bijverdienen?",
			clause:    "In welke activiteitsdomeinen wordt er het vaakst gebruikgemaakt van de regeling inzake onbelast bijverdienen?",
			wholeLost: true,
		},
		{
			fr: "Le 12 février 2020 vers 15 h 30, un train a percuté un véhicule sur les voies au niveau du passage à niveau de la rue Reine Astrid dans le village d'Havinnes. Le conducteur est décédé sur le coup. Le train s'est arrêté plusieurs centaines de mètres après la collision. La circulation ferroviaire a été interrompue entre Tournai et Leuze.1. Pouvez-vous expliquer les raisons de cet accident?2. Les systèmes de sécurité permettant de prévenir ce genre d'accident aux passages à niveau ont-ils fonctionné?" +
				"3. Prévoyez-vous de renforcer les dispositifs de sécurité à ce passage à niveau?",
			nl: "Op 12 februari 2020 rond 15.30 uur reed een trein in op een voertuig op de overweg aan de Rue Reine Astrid in het dorp Havinnes. De bestuurder was op slag dood. De trein kwam enkele honderden meters verder dan de plaats van de botsing tot stilstand. Het treinverkeer werd onderbroken tussen Doornik en Leuze.1. Kunt u de oorzaken van dat ongeval toelichten?2. Werkten de veiligheidssystemen die dienen om zulke ongevallen bij overwegen te voorkomen, naar behoren?" +
				"3. Zult u het nodige doen om ervoor te zorgen dat de veiligheidsmaatregelen bij die overweg worden versterkt?",
			clause: "Zult u het nodige doen om ervoor te zorgen dat de veiligheidsmaatregelen bij die overweg worden versterkt?",
		},
	} {
		i := strings.Index(c.fr, "3. ")
		for _, dropped := range []bool{false, true} {
			fr := c.fr
			if dropped {
				fr = fr[:i]
			}
			fu := &align.Unit{Lang: align.FR, Text: align.Text{S: fr}}
			nu := &align.Unit{Lang: align.NL, Text: align.Text{S: c.nl}}
			a := strings.Index(c.nl, c.clause)
			m := missing{lang: align.NL, c: clause{Start: a, End: a + len(c.clause)}}
			ev := newCoverTable().lostWordsOf(fu, nu, m)
			if ev.lost() != (dropped || c.wholeLost) {
				t.Errorf("%q, French question 3 dropped %v: lost %v (%+v)", c.clause, dropped, ev.lost(), ev)
			}
		}
	}
}

// TestLostNeedsWords checks the thresholds of lostWords.lost.
func TestLostNeedsWords(t *testing.T) {
	for _, c := range []struct {
		ev   lostWords
		want bool
	}{
		{lostWords{words: 6, hit: 0, ownMiss: 0.4, otherMiss: 0.4}, true},
		{lostWords{words: 4, hit: 0, ownMiss: 0.4, otherMiss: 0.4}, false},  // too few words to tell
		{lostWords{words: 10, hit: 2, ownMiss: 0.4, otherMiss: 0.4}, false}, // a fifth rendered
		{lostWords{words: 6, hit: 0, ownMiss: 0.3, otherMiss: 0.5}, false},  // the other side's wording is unrendered too: a paraphrase
	} {
		if got := c.ev.lost(); got != c.want {
			t.Errorf("%+v: lost %v, want %v", c.ev, got, c.want)
		}
	}
}
