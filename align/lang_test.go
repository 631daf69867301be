package align

import "testing"

// TestDetectCoverWords checks words that headings, cover pages and table
// titles print capitalised or in capitals, where spelling cues mislead
// ("PARTIE" ends like Dutch "-tie") or say nothing ("Grondwet").
func TestDetectCoverWords(t *testing.T) {
	cases := map[string]Lang{
		"PREMIÈRE PARTIE":            FR,
		"EERSTE DEEL":                NL,
		"TROISIÈME PARTIE":           FR,
		"TABLEAU II.6":               FR,
		"TABEL II.6":                 NL,
		"CHAPITRE 1":                 FR,
		"HOOFDSTUK 1":                NL,
		"Afdeling 2":                 NL,
		"Beleidsnota":                NL,
		"Grondwet":                   NL,
		"Institutionele Vernieuwing": NL,
		"Constitution et Renouveau institutionnel": FR,
		"Grondwet en Institutionele Vernieuwing":   NL,
		"Note de politique générale":               FR,
		"Bron: Federaal Planbureau":                NL,
		"Jan Jambon":                               Neutral,
	}
	for s, want := range cases {
		if got := Detect(s); got != want {
			t.Errorf("Detect(%q) = %s (score %d), want %s", s, got, Score(s), want)
		}
	}
}
