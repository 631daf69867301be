package checks

import (
	"slices"
	"testing"
)

// TestSplitClauses checks where sentences and clauses end, on text of the
// seed and the corpus.
func TestSplitClauses(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		// A percentage ends a sentence (55K3513001, bill-postal).
		{"Voor dat laatste geldt er sinds 2010 (tot 2021) zelf een stijging in de inkomsten van 16,08 %. Het aandeel van deze “grote partijen post” is dan ook gestegen.",
			[]string{"Voor dat laatste geldt er sinds 2010 (tot 2021) zelf een stijging in de inkomsten van 16,08 %.", "Het aandeel van deze “grote partijen post” is dan ook gestegen."}},
		{"la baisse est “seulement” de 24,8 %. Pour le courrier transactionnel, la baisse est de 15,5 %.",
			[]string{"la baisse est “seulement” de 24,8 %.", "Pour le courrier transactionnel, la baisse est de 15,5 %."}},
		// A year ends one; an abbreviation and an initial do not.
		{"a été adoptée en 2023. Les autorités ont réagi.", []string{"a été adoptée en 2023.", "Les autorités ont réagi."}},
		{"conformément à l’art. 5 du Règlement; M. Dupont a voté contre.", []string{"conformément à l’art. 5 du Règlement;", "M. Dupont a voté contre."}},
		// The items of an enumeration in degrees (55K3511001, ascvd).
		{"Plusieurs raisons expliquent pourquoi: 1° l’ASCVD est une maladie complexe, 2° le diagnostic est fondé sur les facteurs de risque et 3° les facteurs de risque sont très nombreux.",
			[]string{"Plusieurs raisons expliquent pourquoi:", "1° l’ASCVD est une maladie complexe,", "2° le diagnostic est fondé sur les facteurs de risque et", "3° les facteurs de risque sont très nombreux."}},
		// A temperature or an angle is no item.
		{"La température atteint 2° C en hiver et 30° en été.", []string{"La température atteint 2° C en hiver et 30° en été."}},
	} {
		var got []string
		for _, cl := range splitClauses(c.in, 0) {
			got = append(got, cl.text(c.in))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%.40q…:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}
