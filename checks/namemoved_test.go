package checks

import (
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// After 55K3522001 (committee report, federal debt), shortened: the
// French stream lost the member's name at the start of his reply
// ("L'intervenant" here), which the French list of members has. Each
// language names Sander Loones once. In pairs the pairing is unsure of,
// each one-sided mention is a moved one: information. In pairs it is
// sure of, they stay warnings (a translation may name a person once more
// or less, and an added or dropped name is worth a look).
func TestNamesMovedMention(t *testing.T) {
	fr := "La commission se compose de Peter De Roover, Sander Loones et Wim Van der Donckt, qui ont examiné le rapport de l’Agence de la dette.\n\n" +
		"L’intervenant (N-VA) déduit des réponses données par les représentants de l’Agence de la dette que les choses ne se présentent pas si bien pour la Belgique.\n"
	nl := "De commissie bestaat uit Peter De Roover en Wim Van der Donckt, die het verslag van het Schuldagentschap hebben onderzocht.\n\n" +
		"De heer Sander Loones (N-VA) leidt uit de antwoorden van de vertegenwoordigers van het Schuldagentschap af dat het niet zo goed gaat met België.\n"
	for _, c := range []struct {
		confidence float64
		want       check.Severity
	}{{0.6, check.Info}, {0.95, check.Warning}} {
		doc, err := align.FromTexts("moved", fr, nl)
		if err != nil {
			t.Fatal(err)
		}
		for i := range doc.Pairs {
			doc.Pairs[i].Confidence = c.confidence
		}
		got := check.Run(doc, []*check.Check{NamesMissing}, nil)
		if len(got) != 2 {
			t.Fatalf("confidence %v: got %v, want two names/missing", c.confidence, got)
		}
		for _, f := range got {
			if f.Severity != c.want || !strings.Contains(f.Message, "Sander Loones") {
				t.Errorf("confidence %v: got %s %q, want %s", c.confidence, f.Severity, f.Message, c.want)
			}
		}
	}
}
