package align

import (
	"bytes"
	"context"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
)

var budgetPages = sync.OnceValues(func() ([]PDFPage, error) {
	out, err := exec.Command("pdftotext", "-bbox-layout", budgetPDF, "-").Output()
	if err != nil {
		return nil, err
	}
	return ReadBBox(bytes.NewReader(out))
})

// TestBudgetTableRows checks rows of the budget PDF, read off the printed
// pages (pdftotext -layout -f N -l N), against the reading of each: a
// table row set aside (Cell) or a line of prose (Para).
func TestBudgetTableRows(t *testing.T) {
	needPdftotext(t)
	pages, err := budgetPages()
	if err != nil {
		t.Fatal(err)
	}
	gutters := pageGutters(pages)
	cases := []struct {
		page   int
		prefix string
		want   BlockKind
		why    string
	}{
		{137, "Globaal beheer voor werknemers 32.352.781", Cell, "Dutch label, two years' figures, French label"},
		{137, "2025 2026", Cell, "the year headings of the figures"},
		{137, "Ten laste van de algemene ontvangsten", Cell, "a label row between two figure rows"},
		{137, "slachtoffers van een terreurdaad", Cell, "the second line of a label"},
		{171, "Europees relanceplan 0 2.900", Cell, "figures standing apart"},
		{19, "Impact groeivertraging -1,4", Cell, "one column of right-aligned figures"},
		{55, "91,7", Cell, "a chart's value label"},
		{68, "INR 20/04 FPB 12/02", Cell, "column headings packed above the first row"},
		{123, "Nettowijziging in andere schulden op korte termijn 4,6", Cell, "figures just under the wide gap"},
		{169, "- Impact ZIV-uitkeringsverzekering", Cell, "figures ending where the rows above end"},
		{169, "pensioensleeftijd 65 jaar", Cell, "glued to the row above"},
		{2, "N-VA: Nieuw-Vlaamse Alliantie", Cell, "the party list"},
		{2, "QRVA Schriftelijke Vragen", Cell, "the publication abbreviations"},
		{3, "INHOUDSOPGAVE SOMMAIRE", Cell, "contents headings"},
		{3, "Inhoudsopgave....", Cell, "a contents row with dot leaders"},
		// Prose, figures and all.
		{148, "geneeskundige verzorging in totaal à 36.049.913", Para, "justified prose with stretched spaces"},
		{148, "36.049.913 duizend euro", Para, "prose starting with an amount"},
		{6, "§ 1. Begrotingscontrole 2026", Para, "a heading with a year: labels, not figures"},
		{19, "vorderingensaldo voor entiteit I met 1,4 miljard euro", Para, "prose with figures in both columns"},
		{45, "\uf0a7 uitstel van de maatregel", Para, "a list item above nothing but prose"},
		{170, "ontvangsten:", Para, "the last line of a paragraph"},
		{5, "Dames en Heren, Mesdames, Messieurs,", Para, "the address"},
		{66, "2,15 %, 2,40 % et 2,00 %.", Para, "the last line of a paragraph of rates"},
	}
	for _, c := range cases {
		p := &pages[c.page-1]
		_, rows := splitPage(p, gutters[c.page-1])
		found := false
		for _, rw := range rows {
			if !strings.HasPrefix(rowText(rw.words), c.prefix) {
				continue
			}
			found = true
			if rw.kind != c.want {
				t.Errorf("page %d %q: kind %d, want %d (%s)", c.page, rowText(rw.words), rw.kind, c.want, c.why)
			}
			break
		}
		if !found {
			t.Errorf("page %d: no row starts with %q", c.page, c.prefix)
		}
	}
}

// TestReadPDFBudgetPairs checks the pairing of the budget PDF: every unit
// has its counterpart, and paragraphs that list items, a numbered list
// and a page with little text used to mix up are paired as printed.
func TestReadPDFBudgetPairs(t *testing.T) {
	needPdftotext(t)
	doc, err := ReadPDF(context.Background(), budgetPDF)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Pairs {
		if p.FR == nil || p.NL == nil {
			side := p.FR
			if side == nil {
				side = p.NL
			}
			t.Errorf("%s in one language only: %.60q", p.Key, side.Text.S)
		}
	}
	// Pairs read off pages 5, 148 and 170: the start of each side.
	want := map[string]string{
		"Mesdames, Messieurs,":                                                     "Dames en Heren,",
		"▪ Compte tenu de la loi du 18 avril 2017":                                 "▪ Rekening houdend met de wet van 18 april 2017",
		"▪ Les autres transferts externes diminuent":                               "▪ De andere externe overdrachten dalen",
		"Le budget des soins de santé est financé":                                 "De begroting voor de geneeskundige verzorging wordt gefinancierd",
		"1°. les recettes propres de l’assurance":                                  "1°. de eigen ontvangsten van de verzekering",
		"TABLEAU I.3.1 Évolution des transferts":                                   "TABEL I.3.1 Evolutie van de overdrachten",
		"PREMIÈRE PARTIE":                                                          "EERSTE DEEL",
		"Les données relatives à l’entité II":                                      "De gegevens met betrekking tot entiteit II",
		"Compte tenu de la dotation d’équilibre, le résultat budgétaire de l’ONSS": "Rekening houdend met de evenwichtsdotatie",
	}
	for fr, nl := range want {
		found := false
		for _, p := range doc.Pairs {
			if p.FR == nil || !strings.HasPrefix(p.FR.Text.S, fr) {
				continue
			}
			found = true
			if p.NL == nil || !strings.HasPrefix(p.NL.Text.S, nl) {
				got := "nothing"
				if p.NL != nil {
					got = strconv.Quote(p.NL.Text.S)
				}
				t.Errorf("%s: %q paired with %.80s, want %q", p.Key, fr, got, nl)
			}
		}
		if !found {
			t.Errorf("no French unit starts with %q", fr)
		}
	}
	// The figures of table I.3.1 (page 137) are in no unit, and the
	// amounts of the prose of page 148 are.
	var all strings.Builder
	for _, u := range doc.Units {
		all.WriteString(u.Text.S)
		all.WriteByte('\n')
	}
	for _, s := range []string{"32.352.781", "15.904.443", "-24,5", "26,263"} {
		if strings.Contains(all.String(), s) {
			t.Errorf("table figure %s in a unit", s)
		}
	}
	for _, s := range []string{"36.049.913 duizend euro", "36.049.913 milliers d’euros", "547.511 duizend euro", "2,15 %, 2,40 % et 2,00 %.", "de ESR2010-reglementering"} {
		if !strings.Contains(all.String(), s) {
			t.Errorf("prose amount %q in no unit", s)
		}
	}
	// Every block, table rows included, keeps its text for split.
	for _, b := range doc.Blocks {
		if b.Raw == "" && b.Text.S != "" {
			t.Errorf("page %d: block without Raw: %.40q", b.Page, b.Text.S)
			break
		}
	}
}
