package token_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/concord-bilingual/concord/checks/token"

	"github.com/concord-bilingual/concord/align"
)

// numString renders the numbers of s as "text=value" items, weak ones
// with a "?".
func numString(s string, lang align.Lang) string {
	t := align.Text{S: s}
	nums, _, _ := token.ScanFacts(&t, lang, 0)
	var out []string
	for _, n := range nums {
		w := ""
		if n.Weak {
			w = "?"
		}
		out = append(out, fmt.Sprintf("%s=%s%s", token.Squash(s[n.Start:n.End]), n.Key(), w))
	}
	return strings.Join(out, " ")
}

func TestScanNumbers(t *testing.T) {
	tests := []struct {
		lang align.Lang
		in   string
		want string
	}{
		{align.FR, "plus de 177 000 partisans", "177 000=177000"},
		{align.FR, "plus de 177\u00a0000 partisans", "177 000=177000"},
		{align.FR, "plus de 177\u202f000 partisans", "177 000=177000"},
		{align.NL, "meer dan 177.000 aanhangers", "177.000=177000"},
		{align.FR, "soit 2,5 fois", "2,5=2.5"},
		{align.NL, "94.494,7 miljoen euro", "94.494,7 miljoen=94494700000"},
		{align.FR, "de 3,5 % par an", "3,5 %=3.5"},
		{align.FR, "un montant de € 1.250", "un=1? 1.250=1250"},
		{align.FR, "1 250 euros", "1 250=1250"},
		{align.FR, "7 millions de personnes", "7 millions=7000000"},
		{align.NL, "7 miljoen mensen", "7 miljoen=7000000"},
		{align.FR, "deux milliards", "deux milliards=2000000000"},
		{align.NL, "twee miljard", "twee miljard=2000000000"},
		{align.FR, "vingt et un États", "vingt et un=21"},
		{align.FR, "quatre-vingts ans", "quatre-vingts=80"},
		{align.FR, "quatre-vingt-dix-neuf", "quatre-vingt-dix-neuf=99"},
		{align.FR, "septante-cinq et nonante", "septante-cinq=75 nonante=90"},
		{align.FR, "mille deux cents", "mille deux cents=1200"},
		{align.FR, "deux millions trois cent mille", "deux millions trois cent mille=2300000"},
		{align.FR, "à neuf reprises", "neuf=9"},
		{align.FR, "un bâtiment neuf.", "un=1? neuf=9?"},
		{align.FR, "huit ans de prison", "huit=8"},
		{align.FR, "condamné à un an de restriction", "un=1"},
		{align.FR, "un blogueur et une militante", "un=1? une=1?"},
		{align.NL, "eenentwintig landen", "eenentwintig=21"},
		{align.NL, "tweeëntwintig", "tweeëntwintig=22"},
		{align.NL, "honderdvijftig", "honderdvijftig=150"},
		{align.NL, "duizend en tweeduizend", "duizend=1000 tweeduizend=2000"},
		{align.NL, "zeven miljoen", "zeven miljoen=7000000"},
		{align.NL, "bij minstens negen gelegenheden", "negen=9"},
		{align.NL, "tot acht jaar", "acht=8"},
		{align.NL, "in acht moeten worden genomen", ""},
		{align.NL, "tot één jaar", "één=1"},
		{align.NL, "een jaar later", "een=1"},
		{align.NL, "een blogger", "een=1?"},
		{align.NL, "duizenden mensen", ""},
		{align.FR, "au 1er rang", "1er=1"},
		{align.FR, "la 18e réunion", "18e=18"},
		{align.FR, "le troisième examen", "troisième=3"},
		{align.FR, "le premier examen", "premier=1?"},
		{align.FR, "le dix-huitième", "dix-huitième=18"},
		{align.NL, "de eerste, derde en achttiende", "eerste=1? derde=3 achttiende=18"},
		{align.FR, "un million et demi de victimes", "un million et demi=1500000"},
		{align.NL, "bijna vijfenhalf miljoen sterfgevallen", "vijfenhalf miljoen=5500000"},
		{align.NL, "de 18de vergadering", "18de=18"},
		{align.NL, "de twintigste eeuw", "twintigste=20"},
		{align.FR, "le titre II et le chapitre IV", "II=2 IV=4"},
		{align.FR, "Le CD&V et la section C", ""},
		{align.FR, "au XXIe siècle", "XXIe=21"},
		{align.FR, "dans 26 villes", "26=26"},
		{align.FR, "COVID-19", "19=19?"}, // a name's number: weak
		{align.FR, "50 pour cent", "50=50"},
		{align.NL, "de derde landen", "derde=3?"},
		{align.NL, "honderden", ""},
		// Real QRVA prose (qrva-dev): list numbers glued to the sentence
		// before, times, names with a number, grouping.
		{align.FR, "dans ce cas?3. Combien de", "3=3?"},
		{align.NL, "in dat geval. 3. Hoeveel", "3=3?"},
		{align.FR, "1. Combien", "1=1?"},
		{align.FR, "il y en a 3. Le reste", "3=3"},
		{align.FR, "démarrent à 20 h 41 pour", "20 h 41=20.41"},
		{align.FR, "de 8 h 30 à 12 h 00", "8 h 30=8.3 12 h 00=12"},
		{align.FR, "(7h36 au lieu de 7h34)", "7h36=7.36 7h34=7.34"},
		{align.NL, "om 20.41 uur en 15u30", "20.41=20.41 15u30=15.3"},
		{align.FR, "à 13 h précises", "13=13"},
		{align.FR, "la crise du COVID-19.1. La Défense", "19=19?"},
		{align.NL, "tegen SARS-CoV-2?", "2=2?"},
		{align.NL, "het F-35-programma", "35=35?"},
		{align.FR, "la pandémie de covid-19 a", "19=19?"},
		{align.NL, "ontvangen 16.062.050 euro", "16.062.050=16062050"},
		{align.NL, "In 2018 waren er dit 648.000.1. Hoeveel", "648.000=648000"},
		{align.NL, "Acht u het passend", ""},
		{align.NL, "een achttal private tuinen", "een=1? achttal=8?"},
		{align.FR, "la seconde vague", "seconde=2?"},
		{align.FR, "le risque zéro", "zéro=0?"},
		{align.NL, "leeftijd 45-54 jaar", "45=45 54=54"},
		{align.FR, "au maximum de 550.1. Quel est", "550=550"},
		{align.NL, "die vandaag 3 uur 11 minuten bedraagt", "3 uur 11=3.11"},
		{align.FR, "aujourd'hui de 3 h 11, devrait", "3 h 11=3.11"},
		{align.NL, "een groei van 2.5 procent", "een=1? 2.5=2.5"},
		{align.FR, "pendant l'Occupation.75 ans après", "75=75"},
		{align.NL, "Dr.circ.2003, p.384).", "384=384"},
		{align.NL, "in België.3 Bovendien", ""},
		{align.FR, "(2G, 3G, 4G, 5G)", "2G=2? 3G=3? 4G=4? 5G=5?"},
		{align.FR, "à un rythme d'une dizaine par mois", "un=1? une=1? dizaine=10?"},
		{align.FR, "1,8 pour mille", "1,8=1.8"},
		{align.FR, "une remise à neuf des quais", "une=1? neuf=9?"},
		{align.FR, "reconnaissent toutes deux que", "deux=2?"},
		{align.NL, "geen acht hebben geslagen", ""},
		{align.NL, "een driedaags staatsbezoek", "een=1? driedaags=3"},
		{align.NL, "bel 02-123-45", "02=2"},
	}
	for _, tc := range tests {
		if got := numString(tc.in, tc.lang); got != tc.want {
			t.Errorf("%s %q:\n got %s\nwant %s", tc.lang, tc.in, got, tc.want)
		}
	}
}

func TestScanDates(t *testing.T) {
	tests := []struct {
		lang align.Lang
		in   string
		want string // Year-Year2-Month-Day-Weekday of each date
	}{
		{align.NL, "de winter van 1984-'85, waarin", "1984-'85=1984-1985-0-0-0"},
		{align.FR, "entré en vigueur le 1er mars 2020;", "1er mars 2020=2020-0-3-1-0"},
		{align.NL, "van kracht op 1 maart 2020", "1 maart 2020=2020-0-3-1-0"},
		{align.FR, "entre le 11 et le 25 septembre 2020", "11=2020-0-9-11-0 25 septembre 2020=2020-0-9-25-0"},
		{align.NL, "tussen 11 en 25 september 2020", "11=2020-0-9-11-0 25 september 2020=2020-0-9-25-0"},
		{align.NL, "van 25 september 2020 208 vervolgingen", "25 september 2020=2020-0-9-25-0"},
		{align.FR, "en 2019 et en 1991", "2019=2019-0-0-0-0 1991=1991-0-0-0-0"},
		{align.FR, "session 2020-2021", "2020-2021=2020-2021-0-0-0"},
		{align.FR, "Doc 55 2657/ (2021/2022)", "2021/2022=2021-2022-0-0-0"},
		{align.FR, "le 15/10/2020 et le 15.10.2020", "15/10/2020=2020-0-10-15-0 15.10.2020=2020-0-10-15-0"},
		{align.FR, "le lundi 15 octobre 2018", "lundi 15 octobre 2018=2018-0-10-15-1"},
		{align.NL, "op maandag 15 okt. 2018", "maandag 15 okt. 2018=2018-0-10-15-1"},
		{align.FR, "(novembre 2019)", "novembre 2019=2019-0-11-0-0"},
		{align.FR, "le mars 2019", "mars 2019=2019-0-3-0-0"},
		{align.FR, "depuis août dernier", "août=0-0-8-0-0"},
		{align.FR, "du 11 septembre au 2 octobre 2020", "11 septembre=2020-0-9-11-0 2 octobre 2020=2020-0-10-2-0"},
		{align.FR, "entre 2010 et 2021 (2010 – 2021)", "2010=2010-0-0-0-0 2021=2021-0-0-0-0 2010=2010-0-0-0-0 2021=2021-0-0-0-0"},
		{align.FR, "2000 euros et 1 250 personnes", ""},
		{align.FR, "sept. et oct.", ""},
	}
	for _, tc := range tests {
		tx := align.Text{S: tc.in}
		_, dates, _ := token.ScanFacts(&tx, tc.lang, 0)
		var got []string
		for _, d := range dates {
			got = append(got, token.Squash(tc.in[d.Start:d.End])+"="+strings.TrimPrefix(d.Key(), ""))
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s %q:\n got %s\nwant %s", tc.lang, tc.in, g, tc.want)
		}
	}
}

func TestScanRefs(t *testing.T) {
	tests := []struct {
		lang align.Lang
		in   string
		want string
	}{
		{align.FR, "au Kazakhstan (2019/2610(RSP));", "procedure:2019/2610(RSP)"},
		{align.FR, "DOC 55 3396/001 et Doc 55 2657/", "doc:DOC 55 3396/001 doc:DOC 55 2657/"},
		{align.FR, "la résolution n° 2252 (2019) du 22 janvier 2019", "number:2252 (2019)"},
		{align.NL, "resolutie nr. 2252 (2019) van 22 januari 2019", "number:2252 (2019)"},
		{align.FR, "l'article 174 et l'Art. 3, § 2, 1°", "article:art 174 article:art 3 §2 1°"},
		{align.NL, "Artikel 1 en artikel 3bis", "article:art 1 article:art 3bis"},
		{align.FR, "Article 1er La présente loi", "article:art 1"},
		{align.FR, "les articles 3, 4 et 7", "article:art 3 article:art 4 article:art 7"},
		{align.FR, "la loi du 15 décembre 1980 sur", "law:law 1980-12-15"},
		{align.NL, "de wet van 15 december 1980 betreffende", "law:law 1980-12-15"},
		{align.FR, "l'arrêté royal du 1er mars 2020", "law:royal decree 2020-03-01"},
		{align.NL, "het koninklijk besluit van 1 maart 2020", "law:royal decree 2020-03-01"},
		{align.FR, "le règlement (UE) 2016/679", "number:2016/679"},
		{align.NL, "richtlijn 2006/123/EG", "number:2006/123/EC"},
		{align.FR, "directive 2006/123/CE", "number:2006/123/EC"},
		{align.FR, "ECLI:BE:GHCC:2020:ARR.123 et CELEX 32016R0679", "ecli:ECLI:BE:GHCC:2020:ARR.123 celex:32016R0679"},
		{align.FR, "Avis du Conseil d'État No 73.488/1 du 24 juillet 2023", "opinion:73.488/1"},
		{align.NL, "Advies Nr. 73.488/1 van 24 juli 2023", "opinion:73.488/1"},
	}
	for _, tc := range tests {
		tx := align.Text{S: tc.in}
		var got []string
		for _, r := range token.ScanRefs(&tx, tc.lang, 0) {
			got = append(got, r.Kind+":"+r.Key)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s %q:\n got %s\nwant %s", tc.lang, tc.in, g, tc.want)
		}
	}
}

func TestScanNumbersSuperscript(t *testing.T) {
	// A footnote call set as superscript is not a number of the text.
	s := "en 2019 3 activistes"
	tx := align.Text{S: s, Marks: []align.Mark{{Start: 8, End: 9, Kind: align.Super}}}
	nums, _, _ := token.ScanFacts(&tx, align.FR, 0)
	if len(nums) != 0 {
		t.Errorf("got %v, want no number", nums)
	}
}

// TestScanNumbersLinear checks that scanning time grows with the text, not
// faster: a text 16 times longer must not take more than 64 times longer.
func TestScanNumbersLinear(t *testing.T) {
	base := strings.Repeat("le 25 septembre 2020, 208 persécutions dans vingt et une villes; n° 2252 (2019) ", 50)
	// The best of five runs, so that other work on the machine counts less.
	measure := func(s string) time.Duration {
		tx := align.Text{S: s}
		best := time.Duration(1 << 62)
		for range 5 {
			start := time.Now()
			token.ScanFacts(&tx, align.FR, 0)
			best = min(best, time.Since(start))
		}
		return best
	}
	small := measure(base)
	big := measure(strings.Repeat(base, 16))
	if big > 64*small+20*time.Millisecond { // quadratic would be 256×
		t.Errorf("scan of 16× text took %v, of 1× %v", big, small)
	}
}
