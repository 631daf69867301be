package checks

import (
	"os"
	"reflect"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

func fuzzTexts(f *testing.F) {
	f.Add("P. considérant que le 2 mars 2020, 208 personnes – soit 21 % – ont été arrêtées (n° 2252 (2019), art. 174 et 3 000 €)", true)
	f.Add("P. overwegende dat op 2 maart 2020 tweehonderdacht personen, de 18e, van 3 tot 5 juli 1999, DOC 55 3396/001", false)
	f.Add("loi du 15 décembre 1980 ; arrêté royal du 1er janvier ; 1.000.000,5 ; 19-29 ; 1er–3 mai", true)
	f.Add("Mme Sophie Rohonyi et M. François De Smet ; Jean-Marie Le Pen ; d'Alexandre Loukachenko", true)
	if data, err := os.ReadFile("../testdata/kazakhstan.txt"); err == nil {
		f.Add(string(data[:min(len(data), 20000)]), true)
	}
}

func fuzzTextOf(s string) *align.Text {
	return &align.Text{S: s, Segs: []align.Segment{{Off: 0, Pos: align.Pos{Line: 1, Col: 1}}}}
}

// FuzzNames runs the name, term and acronym analysis of one side on
// arbitrary text.
func FuzzNames(f *testing.F) {
	fuzzTexts(f)
	f.Fuzz(func(t *testing.T, s string, fr bool) {
		lang := align.NL
		if fr {
			lang = align.FR
		}
		u := &align.Unit{Text: *fuzzTextOf(s), Lang: lang}
		analyzeSide(u, lang, termbaseOf(&check.Env{}), commonWords(s))
	})
}

// FuzzFormFindings checks that formFindings, which reads the language of a
// unit's words only when a term stands in the other language's form,
// reports what it reports when the language is known beforehand.
func FuzzFormFindings(f *testing.F) {
	fuzzTexts(f)
	f.Add("de l'OVSE et l'OSCE, considérant que le Parlement européen demande", true)
	f.Add("de OSCE en de OVSE; overwegende dat het Europees Parlement vraagt", false)
	f.Fuzz(func(t *testing.T, s string, fr bool) {
		lang, own, other := align.NL, langNL, align.FR
		if fr {
			lang, own, other = align.FR, langFR, align.NL
		}
		tb := termbaseOf(&check.Env{})
		u := &align.Unit{Text: *fuzzTextOf(s), Lang: lang}
		a := &pairAnalysis{key: "k", tb: tb}
		lazy := analyzeSide(u, lang, tb, commonWords(s))
		got := formFindings(a, lazy, own, other)
		eager := analyzeSide(u, lang, tb, commonWords(s))
		eager.textLang, eager.textLangOK = textLang(s), true
		want := formFindings(a, eager, own, other)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	})
}
