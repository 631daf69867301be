package checks

import (
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
)

// artefactCase is a text, its language, and the messages the artefact
// finders must give for it (each a substring of one message), in order.
type artefactCase struct {
	lang align.Lang
	text string
	want []string
}

// allArtefacts runs every artefact finder on s with a lexicon of s alone.
func allArtefacts(l align.Lang, s string) []hit {
	doc := &align.Document{Units: []align.Unit{{Lang: l, Text: align.Text{S: s}}}}
	lx := newLexicon(doc)
	var hs []hit
	hs = append(hs, findLigatures(s, l, lx)...)
	hs = append(hs, findMixedScripts(s)...)
	hs = append(hs, findCaseBreaks(s, func() string { return "" }, lx)...)
	hs = append(hs, findTripled(s, lx)...)
	hs = append(hs, findMojibake(s)...)
	hs = append(hs, findInvisible(s)...)
	hs = append(hs, findHyphenBreaks(s, l, lx)...)
	return hs
}

func TestArtefactFinders(t *testing.T) {
	cases := []artefactCase{
		// Broken ligatures, both languages, at and inside the ligature.
		{align.NL, "met links het defi nitieve integraal verslag", []string{`"defi nitieve" is a word split at an f-ligature; write "definitieve"`}},
		{align.FR, "une mesure effi cace et rapide", []string{`write "efficace"`}},
		{align.FR, "le fl ux migratoire", []string{`write "flux"`}},
		{align.FR, "les aff aires courantes", []string{`write "affaires"`}},
		{align.NL, "het is een slachtof fer van de crisis", []string{`write "slachtoffer"`}},
		{align.FR, "un défi majeur de santé publique", nil},
		{align.FR, "en fin de compte", nil},
		{align.NL, "zes of tien", nil},
		// Mixed scripts.
		{align.FR, "Nurbol Onerkhan et Aigul Utепова", []string{`"Utепова" mixes Latin with Cyrillic letters; write "Utepova"`}},
		{align.NL, "de heer Tokаyev", []string{`write "Tokayev"`}}, // Cyrillic а, a look-alike
		{align.FR, "le mot grec αβγ et Путин", nil},
		// Case breaks.
		{align.FR, "des irrégularités électORALES systéMIques", []string{`write "électorales"`, `write "systémiques"`}},
		{align.NL, "De Kamer van volKsvertegenwoordigers", []string{`write "volksvertegenwoordigers"`}},
		// Words run together where a chart lost a space, or a paragraph
		// its stop (55K3522001, QRVA 55-B016-12-0330): no case break.
		{align.NL, "Er was geenEMTN-uitgifte; de EMTN bleef, geen lening.", nil},
		{align.NL, "Daarom kunnen de cijfers een vertekend beeld gevenWettelijk gezien. Zij geven wel aan.", nil},
		{align.FR, "DéFI, CD&V, N-VA, PVDA-PTB, sp.a, cdH, McDonald, YouTube, PowerPoint, iPhone, COVID-19", nil},
		// Tripled letters.
		{align.NL, "al te ruim opgevattte artikelen", []string{`"opgevattte" has a letter written three times; write "opgevatte"`}},
		{align.FR, "la XXXe olympiade, www.dekamer.be et www.cccggc.brussels", nil},
		// Mojibake and U+FFFD.
		{align.FR, "la sociÃ©tÃ© civile", []string{`"Ã©" is mojibake`, `"Ã©" is mojibake`}},
		{align.FR, "lâ€™Union europÃ©enne", []string{`write "’"`, `write "é"`}},
		{align.FR, "le d\uFFFDput\u00E9", []string{"U+FFFD"}},
		{align.FR, "CHÂTEAU, São Paulo, SÃO PAULO, âge, Œuvre, cœur", nil},
		// Invisible characters.
		{align.NL, "de mensen\u00ADrechten", []string{`has a soft hyphen (U+00AD) in "mensen[U+00AD]rechten"; write "mensenrechten"`}},
		{align.FR, "la Com\u200Bmission", []string{`zero-width character (U+200B)`}},
		{align.FR, "PS\u0008 : Parti Socialiste", []string{`control character (U+0008)`}},
		{align.FR, "7\u00A0000 personnes\tet\u202Fplus", nil},
		// Line-break hyphens.
		{align.NL, "de mensen- rechten van", []string{`"mensen- rechten" keeps a line-break hyphen; write "mensenrechten"`}},
		{align.NL, "woonzorg\u2011 centra", []string{`write "woonzorgcentra"`}},
		{align.NL, "de versterkte partnerschaps- en samenwerkingsovereenkomst", nil},
		{align.FR, "les soins pré- et postnatals, micro- ou macro-économique", nil},
		{align.FR, "celle-ci, ce jour-là, Indépendant - Onafhankelijk", nil},
		{align.FR, "celle- ci", []string{`write "celle-ci"`}},
		{align.NL, "Noord- Korea", []string{`write "Noord-Korea"`}},
	}
	for _, c := range cases {
		hs := allArtefacts(c.lang, c.text)
		if len(hs) != len(c.want) {
			var got []string
			for _, h := range hs {
				got = append(got, h.Message)
			}
			t.Errorf("%q: got %d findings %q, want %d", c.text, len(hs), got, len(c.want))
			continue
		}
		for i, h := range hs {
			if !strings.Contains(h.Message, c.want[i]) {
				t.Errorf("%q: finding %d is %q, want it to contain %q", c.text, i, h.Message, c.want[i])
			}
			if h.Start < 0 || h.End > len(c.text) || h.Start >= h.End {
				t.Errorf("%q: bad span [%d,%d)", c.text, h.Start, h.End)
			}
		}
	}
}

func TestLigatureUsesDocumentVocabulary(t *testing.T) {
	// "kafiro" is no word of either list; the document itself uses it.
	s := "le kafi ro et encore le kafiro"
	hs := allArtefacts(align.FR, s)
	if len(hs) != 1 || !strings.Contains(hs[0].Message, `write "kafiro"`) {
		t.Fatalf("got %v, want one ligature finding", hs)
	}
}

func TestLatinForm(t *testing.T) {
	for in, want := range map[string]string{
		"Utепова": "Utepova", // п and в have no look-alike: transliterate
		"Tokаyev": "Tokayev", // а is a look-alike
		"Рutin":   "Putin",   // Р is a look-alike of P
		"Alφa":    "Alfa",
		"Яkov":    "Yakov",
	} {
		if got := latinForm(in); got != want {
			t.Errorf("latinForm(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLigatureWordsBuiltIn checks that the word lists come from the
// binary alone: words of the embedded lists are known, and a word that no
// embedded list holds is not, whatever the host has installed.
func TestLigatureWordsBuiltIn(t *testing.T) {
	for _, w := range []string{"definitieve", "spécifique", "efficace"} {
		if !ligatureWords(align.FR).Has(w) && !ligatureWords(align.NL).Has(w) {
			t.Errorf("%q is not in the embedded lists", w)
		}
	}
	// "affiliassions" is a French word (subjunctive of affilier) that only
	// a full dictionary such as /usr/share/dict/french lists.
	if ligatureWords(align.FR).Has("affiliassions") {
		t.Error("the French list holds a word of a host dictionary")
	}
}
