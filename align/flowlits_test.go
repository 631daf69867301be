package align

import (
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// FuzzFlowLiterals checks the words that spare a flowing line the heading,
// furniture and gap patterns (literals): where a text has none of a
// pattern's words, the pattern matches nothing in it.
func FuzzFlowLiterals(f *testing.F) {
	for _, s := range []string{
		"EXPOSÉ DES MOTIFS", "MEMORIE VAN TOELICHTING x", "Mesdames, Messieurs, ", "DAMES EN HEREN,",
		"PROPOSITION DE LOI", "VOORSTEL 12", "PROPOSITION\tArticle 3", "LA CHAMBRE DES REPRÉSENTANTS, B. ",
		"de Kamer van volksvertegenwoordigers, A. ", "de \u212aamer van volksvertegenwoordigers, A. ",
		"mesdameſ, messieurs,", "Verzoekt de federale regering :", "demande au gouvernement fédéral :",
		"KAMER • 3e ZITTING VAN DE 55e ZITTINGSPERIODE", "12345 Imprimerie centrale – Centrale drukkerij",
		"mot  suite", "fin.  Page", "considérant que le 2 mars 2020, 208 personnes",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(name string, re *lazyregexp.Regexp, lits literals) {
			var lower string
			if !lits.mayMatch(s, &lower) && re.MatchString(s) {
				t.Fatalf("%s matches %q, which has none of its words %q", name, s, lits.words)
			}
		}
		for i, h := range flowHeadings {
			check("heading "+string(rune('0'+i)), h.re, h.lits)
		}
		check("flowFurnitureRE", flowFurnitureRE, flowFurnitureLits)
		check("gapRE", gapRE, twoSpaces)
		check("upperGapRE", upperGapRE, twoSpaces)
	})
}

// TestFlowLiteralsSeeds: every seed a pattern matches is one the words
// let through, and the words find the seeds of every pattern.
func TestFlowLiteralsSeeds(t *testing.T) {
	for _, s := range []string{"Mesdames, Messieurs, ", "LA CHAMBRE DES REPRÉSENTANTS, B. ", "de \u212aamer van volksvertegenwoordigers, A. ", "mesdameſ, messieurs,"} {
		matched := false
		for _, h := range flowHeadings {
			var lower string
			if h.re.MatchString(s) {
				matched = true
				if !h.lits.mayMatch(s, &lower) {
					t.Errorf("%q: %v matches but its words do not let it through", s, h.re)
				}
			}
		}
		if !matched {
			t.Errorf("%q: no heading matches", s)
		}
	}
}

// FuzzFormCaptionPrefilters checks that a text the form or the caption
// pattern matches holds the words their prefilters look for.
func FuzzFormCaptionPrefilters(f *testing.F) {
	for _, s := range []string{"☐ oui", "a _ _ b", "Formulaire  v2", "12 / 3", "x .b. y", ".1.", "Prix Source: IBPT Le", "Bron : FOD Fin", "a.b.c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if formRE.MatchString(s) && !mayBeForm(s) {
			t.Fatalf("formRE matches %q, mayBeForm says no", s)
		}
		if captionRE.MatchString(s) && !strings.Contains(s, "Source") && !strings.Contains(s, "Bron") {
			t.Fatalf("captionRE matches %q without Source or Bron", s)
		}
	})
}

// FuzzSignatureRuns checks signatureRuns against signatureRunRE on the
// whole text, for every match and for the first.
func FuzzSignatureRuns(f *testing.F) {
	for _, s := range []string{
		"Jan Peeters (N-VA) Marie Dupont (PS)", "x Anne Van der Berg (CD&V) Els De Wit (Open Vld) ; Luc Leroy (MR)",
		"personnes (soit 21 %) dont Nazira Lesova (OSCE) Jean Marc (PS) 12",
		"Ann Vos (sp.a)\tBert Smet (Groen)\nCarl Dua (Ecolo) 3 Dirk Eyck (PVDA-PTB) Eva Maes (VB)",
		"Ómar Ñúñez (É.) Łukasz Żak (ß) \xff Ab Cd (e) Ef Gh (i)", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		want := signatureRunRE.FindAllStringIndex(s, -1)
		got := signatureRuns(s, -1)
		if len(got) != len(want) {
			t.Fatalf("signatureRuns(%q) = %v, want %v", s, got, want)
		}
		for i := range got {
			if got[i][0] != want[i][0] || got[i][1] != want[i][1] {
				t.Fatalf("signatureRuns(%q) = %v, want %v", s, got, want)
			}
		}
		first, want1 := signatureRuns(s, 1), signatureRunRE.FindStringIndex(s)
		if (len(first) == 0) != (want1 == nil) || want1 != nil && (first[0][0] != want1[0] || first[0][1] != want1[1]) {
			t.Fatalf("first of %q: %v, want %v", s, first, want1)
		}
	})
}
