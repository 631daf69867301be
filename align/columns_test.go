package align

import "testing"

// TestNeutralBlockAtColumnBoundary checks the column of a block whose
// language is not clear: at the boundary of the two columns its weak
// evidence decides, elsewhere the block before it does. The fragment is
// the top of a Dutch column of DOC 55 3513/001
// (testdata/corpus/55K3513001-bill-postal), re-cut at a page break.
func TestNeutralBlockAtColumnBoundary(t *testing.T) {
	fr := "Pour cette dernière catégorie, on constate même depuis 2010 (jusque 2021) une augmentation de 16,08 % des recettes."
	nl := "2019). Dit was natuurlijk een rechtstreeks effect van de coronacrisis die ervoor zorgde dat mensen meer online kochten."
	frag := "2019) en 163 miljoen euro (2021 t.o.v."
	para := func(s string) Block { return Block{Kind: Para, Lang: Detect(s), Text: Text{S: s}} }
	for _, c := range []struct {
		name   string
		blocks []Block
		want   Lang
	}{
		{"between French and Dutch", []Block{para(fr), para(frag), para(nl)}, NL},
		{"inside the French column", []Block{para(fr), para(frag), para(fr)}, FR},
		{"no evidence at the boundary", []Block{para(fr), para("2019) (2021)"), para(nl)}, FR},
	} {
		if c.blocks[1].Lang != Neutral {
			t.Fatalf("%s: %q detected as %v, want neutral", c.name, c.blocks[1].Text.S, c.blocks[1].Lang)
		}
		assignColumns(c.blocks)
		if got := c.blocks[1].Col; got != c.want {
			t.Errorf("%s: column %v, want %v", c.name, got, c.want)
		}
	}
}
