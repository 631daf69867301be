package checks

import (
	"testing"

	"github.com/concord-bilingual/concord/align"
)

// TestNearTextLost: in a flow paired by lengths (55K2275009, a committee
// report), the French pair holds "La Fondation Roi Baudouin est à
// l'origine de ce projet." and the Dutch one does not, because the Dutch
// text says it at the start of the next paragraph ("De Koning
// Boudewijnstichting trekt dit, …"): a short sentence, half of whose own
// words are rendered next door, is not lost. Nor is a longer sentence
// that the next Dutch paragraph renders (the same report, cut one
// sentence further). A sentence whose words the other language renders
// nowhere near is lost, and a labelled pair is not paired by length.
func TestNearTextLost(t *testing.T) {
	unit := func(l align.Lang, s string) *align.Unit {
		return &align.Unit{Lang: l, Text: align.Text{S: s}}
	}
	doc := &align.Document{Layout: "flow", Pairs: []align.Pair{
		{Key: "intro:1",
			FR: unit(align.FR, "Le débat public sur le stockage géologique a effectivement une durée d’un an."),
			NL: unit(align.NL, "Het maatschappelijke debat voor de geologische berging duurt inderdaad één jaar.")},
		{Key: "intro:2",
			FR: unit(align.FR, "Un premier rapport intermédiaire sera remis en décembre 2023. La Fondation Roi Baudouin est à l’origine de ce projet."),
			NL: unit(align.NL, "Een eerste intermediair rapport wordt in december 2023 opgeleverd.")},
		{Key: "intro:3",
			FR: unit(align.FR, "Il a été décidé que les ministres se tiendraient à une certaine distance de ce débat en raison de sa sensibilité et de la manière dont le débat sur le nucléaire est parfois mené dans la presse, et ce, pour créer le moins d’agitation possible autour des consultations."),
			NL: unit(align.NL, "De Koning Boudewijnstichting trekt dit, en er is besloten dat de ministers wat afstand gaan nemen van dit debat omwille van de gevoeligheid ervan en de manier waarop het debat rond nucleair in de pers soms wordt gevoerd. Dit om er zo weinig mogelijk commotie rond te creëren.")},
	}}
	n := &nearText{doc: doc}
	if !n.lengthPaired("intro:2") || n.lengthPaired("article:2") {
		t.Fatal("intro:N of a flow is paired by length, article:N is not")
	}
	if n.lost("intro:2", align.FR, "La Fondation Roi Baudouin est à l’origine de ce projet.") {
		t.Error("a sentence the next Dutch paragraph renders was taken for lost")
	}
	moved := "Il a été décidé que les ministres se tiendraient à une certaine distance en raison de sa sensibilité et de la manière dont le nucléaire est parfois traité dans la presse."
	doc2 := &align.Document{Layout: "flow", Pairs: []align.Pair{doc.Pairs[0],
		{Key: "intro:2",
			FR: unit(align.FR, "Un premier rapport intermédiaire sera remis en décembre 2023. "+moved),
			NL: unit(align.NL, "Een eerste intermediair rapport wordt in december 2023 opgeleverd.")},
		{Key: "intro:3",
			FR: unit(align.FR, "Il s’agit de créer le moins d’agitation possible autour des consultations."),
			NL: unit(align.NL, "Er is besloten dat de ministers wat afstand gaan nemen van dit debat omwille van de gevoeligheid ervan en de manier waarop het debat rond nucleair in de pers soms wordt gevoerd. Dit om er zo weinig mogelijk commotie rond te creëren.")},
	}}
	if (&nearText{doc: doc2}).lost("intro:2", align.FR, moved) {
		t.Error("a sentence the next Dutch paragraph renders was taken for lost")
	}
	if !n.lost("intro:2", align.FR, "Les cotisations des exploitants alimenteront désormais un fonds spécial géré par la Caisse des Dépôts luxembourgeoise.") {
		t.Error("a sentence whose words the Dutch text nearby renders nowhere was not taken for lost")
	}
}
