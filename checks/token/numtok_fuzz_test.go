package token_test

import (
	"testing"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/checks/token"

	"github.com/concord-bilingual/concord/align"
)

var factSeeds = []string{
	"P. considérant que, au cours des manifestations pacifiques du 25 septembre 2020, 208 persécutions ont eu lieu dans 26 villes différentes",
	"van 25 september 2020 208 vervolgingen in 26 verschillende steden, tussen 11 en 25 september 2020",
	"plus de 177 000 partisans; 94.494,7 miljoen; 3,5 %; € 1.250; 1 250 euros; 7 millions",
	"vingt et un, quatre-vingt-dix-neuf, septante, nonante, deux millions, eenentwintig, honderdvijftig",
	"le 1^{er} mars 2020, 18^e réunion, achttiende vergadering, titre II, XXIe siècle",
	"(2019/2610(RSP)), DOC 55 3396/001, n° 2252 (2019), Art. 3, § 2, 1°, loi du 15 décembre 1980",
	"règlement (UE) 2016/679, 2006/123/CE, ECLI:BE:GHCC:2020:ARR.123, 32016R0679, No 73.488/1",
	"15/10/2020, 15.10.2020, 2020-2021, (2021/2022), lundi 15 oct. 2018, 2010 – 2021",
	"1.2.3.4.5.6.7 ,,,, 9/9/9/9 §§§ ° n° nr. art. artikel 1er et 2 en",
	"Parl. fl., 2022-23, n° 1647/1; Kamer 2021‑22; loi du 10 novembre 20066. staan.2 Kanker; 22 %17.",
	"dans le § 2, paragraphe 1er, paragraaf 3; DOC 8-127/1; vote........6; un tiers, deux tiers, trois quarts",
	"een derde, twee derde, een kwart, beide Kamers, Quatrièmement, ten vierde, dat nodig acht, 9-9-9-",
	"cas?3. Combien, geval.3. Hoeveel, COVID-19.1. La, SARS-CoV-2?, 20 h 41, 7h36, 15u30, 3 uur 11 minuten, 8 h",
	"16.062.050 et 648.000.1. Hoeveel, 45-54, 02-123-45, Occupation.75 ans, p.384, 4G, 550.1. Quel, 1984-'85",
	"une dizaine, un million et demi, vijfenhalf miljoen, anderhalf, achttal, driedaags, à neuf des, van 16 op 17 november, article 7:228, 47/1",
}

// fuzzText checks the invariants every scanner keeps: spans inside the
// text, on rune boundaries, in order.
func fuzzText(t *testing.T, s string, spans func(tx *align.Text, lang align.Lang) [][2]int) {
	for _, lang := range []align.Lang{align.FR, align.NL} {
		tx := align.Text{S: s}
		last := 0
		for _, sp := range spans(&tx, lang) {
			if sp[0] < last || sp[1] < sp[0] || sp[1] > len(s) {
				t.Fatalf("%s %q: bad span %v after %d", lang, s, sp, last)
			}
			if !utf8.RuneStart(s[sp[0]]) || sp[1] < len(s) && !utf8.RuneStart(s[sp[1]]) {
				t.Fatalf("%s %q: span %v cuts a rune", lang, s, sp)
			}
			last = sp[0]
		}
	}
}

func FuzzScanNumbers(f *testing.F) {
	for _, s := range factSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		fuzzText(t, s, func(tx *align.Text, lang align.Lang) [][2]int {
			var out [][2]int
			nums, _, _ := token.ScanFacts(tx, lang, 0)
			for _, n := range nums {
				out = append(out, [2]int{n.Start, n.End})
			}
			return out
		})
	})
}

func FuzzScanDates(f *testing.F) {
	for _, s := range factSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		fuzzText(t, s, func(tx *align.Text, lang align.Lang) [][2]int {
			var out [][2]int
			for _, d := range token.ScanDates(tx, lang, 0, nil) {
				// A day of two digits past 31 before a month name is a
				// mistyped day (dayOrTypo), read so that the other side's
				// date shows the slip.
				if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 99 {
					t.Fatalf("%q: impossible date %+v", s, d)
				}
				out = append(out, [2]int{d.Start, d.End})
			}
			return out
		})
	})
}

func FuzzScanRefs(f *testing.F) {
	for _, s := range factSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		fuzzText(t, s, func(tx *align.Text, lang align.Lang) [][2]int {
			var out [][2]int
			for _, r := range token.ScanRefs(tx, lang, 0) {
				out = append(out, [2]int{r.Start, r.End})
			}
			return out
		})
	})
}
