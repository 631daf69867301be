package checks

import (
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// A part of a unit the pairing split off keeps the unit's key but carries
// no label: it is not a second unit labelled so. After 55K3520001 (bill,
// Palais des Beaux-Arts), where the Dutch article 4 was split before "De
// vennootschap kan …" and reported as a second article 4.
func TestDuplicateIgnoresSplitOffPart(t *testing.T) {
	unit := func(l align.Lang, seq int, key, label, s string) align.Unit {
		return align.Unit{Key: key, Label: label, Lang: l, Seq: seq, Body: len(label), Text: align.Text{S: s}}
	}
	frText := "Art. 4. Dans l’article 3 de la même loi les modifications suivantes sont apportées."
	nlText := "Art. 4. In artikel 3 van dezelfde wet worden de volgende wijzigingen aangebracht."
	doc := &align.Document{Units: []align.Unit{
		unit(align.FR, 0, "article:4", "Art. 4.", frText),
		unit(align.NL, 0, "article:4", "Art. 4.", nlText),
		unit(align.NL, 1, "article:4", "", "De vennootschap kan alle activiteiten ontplooien die rechtstreeks verband houden met haar voorwerp."),
	}}
	doc.Pairs = []align.Pair{{Key: "article:4", FR: &doc.Units[0], NL: &doc.Units[1]}}
	if got := check.Run(doc, []*check.Check{StructureDuplicate}, nil); len(got) != 0 {
		t.Errorf("got %v, want no finding", got)
	}
	// The same unit carrying the label again is a duplicate.
	doc.Units[2].Label = "Art. 4."
	doc.Units[2].Text.S = "Art. 4. " + doc.Units[2].Text.S
	doc.Units[2].Body = len("Art. 4.")
	if got := check.Run(doc, []*check.Check{StructureDuplicate}, nil); len(got) != 1 {
		t.Errorf("got %v, want one structure/duplicate", got)
	}
}
