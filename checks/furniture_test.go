package checks

import (
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
)

// A number in a running footer that a slide annex repeats on every page
// is furniture; the same number in a sentence the text says once is not.
// After 55K3522001 (report, federal debt), whose French annex repeats
// "KINGDOM OF BELGIUM –Belgian Debt Agency –Avenue des Arts 30, 1040
// Brussels" 25 times and had "30" and "1040" paired with a Dutch page
// number and a percentage.
func TestInFurniture(t *testing.T) {
	footer := "KINGDOM OF BELGIUM –Belgian Debt Agency –Avenue des Arts 30, 1040 Brussels"
	var pages []string
	for k := range 6 {
		pages = append(pages, footer+" "+strings.Repeat("texte de la page ", k+1))
	}
	stream := strings.Join(pages, "\n")
	text := pages[2]
	for _, num := range []string{"30", "1040"} {
		at := strings.Index(text, num)
		if !inFurniture(stream, text, at, at+len(num)) {
			t.Errorf("%s of the footer: not furniture", num)
		}
	}
	once := "La dette fédérale nette a augmenté de 30 milliards en 2022, soit moins qu’en 2020."
	at := strings.Index(once, "30")
	if inFurniture(stream+"\n"+once, once, at, at+2) {
		t.Error("a number of a sentence said once: furniture")
	}
}

// The values a bill's amending text replaces, in both languages.
func TestReplacedValues(t *testing.T) {
	got := replacedValues(map[align.Lang]string{
		align.FR: "Dans l’article 342, le mot “six” est remplacé par le mot “trois”. Dans l’article 10, les mots “15 jours calendrier” sont remplacés par les mots “45 jours”.",
		align.NL: "In artikel 10 worden de woorden “vijftien kalenderdagen” vervangen door de woorden “45 dagen”. Het artikel 168 wordt vervangen door wat volgt: “Dit hoofdstuk treedt in werking.”",
	})
	want := map[[2]float64]bool{{3, 6}: true, {15, 45}: true}
	if len(got) != len(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for k := range want {
		if !got[k] {
			t.Errorf("got %v, want %v", got, want)
		}
	}
}
