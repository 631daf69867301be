package eval

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
)

// Sources reads the sample and the corpus under dir (the repository's
// testdata) and returns every clean layout built from them: the files as
// they are, and re-layouts of the same text — re-cut pages with running
// headers, two monolingual files in blocks, one flowing line per language.
func Sources(dir string, rng *rand.Rand) ([]Input, error) {
	var out []Input
	seed, err := os.ReadFile(filepath.Join(dir, "kazakhstan.txt"))
	if err != nil {
		return nil, err
	}
	orig := Input{Name: "kazakhstan", Source: "kazakhstan", Layout: "blocks", Single: string(seed)}
	relayouts, err := relayout(orig, "DOC 55 3396/001", rng)
	if err != nil {
		return nil, err
	}
	out = append(out, orig)
	out = append(out, relayouts...)

	frs, err := filepath.Glob(filepath.Join(dir, "corpus", "*.fr.txt"))
	if err != nil {
		return nil, err
	}
	for _, fr := range frs {
		name := strings.TrimSuffix(filepath.Base(fr), ".fr.txt")
		a, err := os.ReadFile(fr)
		if err != nil {
			return nil, err
		}
		b, err := os.ReadFile(strings.TrimSuffix(fr, ".fr.txt") + ".nl.txt")
		if err != nil {
			return nil, err
		}
		orig := Input{Name: name, Source: name, Layout: "flow", FR: string(a), NL: string(b)}
		doc := "DOC " + name[:2] + " " + name[3:7] + "/" + name[7:10]
		relayouts, err := relayout(orig, doc, rng)
		if err != nil {
			return nil, err
		}
		out = append(out, orig)
		for _, r := range relayouts {
			if r.Layout != "flow" {
				out = append(out, r)
			}
		}
	}
	pts, err := filepath.Glob(filepath.Join(dir, "corpus", "*.pdftotext.txt"))
	if err != nil {
		return nil, err
	}
	for _, p := range pts {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		name := strings.TrimSuffix(filepath.Base(p), ".pdftotext.txt")
		out = append(out, Input{Name: name, Source: name, Layout: "pdftotext", Single: string(data)})
	}
	return out, nil
}

// relayout returns the text of in in three other layouts. The paragraphs
// are the blocks the reader finds in in; table rows and page furniture
// are left out.
func relayout(in Input, docLine string, rng *rand.Rand) ([]Input, error) {
	doc, err := in.Read()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", in.Name, err)
	}
	var fr, nl []string
	for _, b := range doc.Blocks {
		if b.Kind != align.Para || strings.TrimSpace(b.Raw) == "" {
			continue
		}
		switch b.Col {
		case align.FR:
			fr = append(fr, b.Raw)
		case align.NL:
			nl = append(nl, b.Raw)
		}
	}
	flat := func(ps []string) string {
		out := make([]string, len(ps))
		for i, p := range ps {
			out[i] = strings.Join(strings.Fields(p), " ")
		}
		return strings.Join(out, " ") + "\n"
	}
	return []Input{
		{Name: in.Name + "/repaged", Source: in.Source, Layout: "repaged", Single: repage(fr, nl, docLine, rng)},
		{Name: in.Name + "/two-files", Source: in.Source, Layout: "two-files",
			FR: strings.Join(fr, "\n\n") + "\n", NL: strings.Join(nl, "\n\n") + "\n"},
		{Name: in.Name + "/flow", Source: in.Source, Layout: "flow", FR: flat(fr), NL: flat(nl)},
	}, nil
}

// repage lays the paragraphs out as a two-column PDF extraction does:
// per page a run of French paragraphs, then the Dutch paragraphs of the
// same stretch, then the page furniture (page number, DOC line, running
// header). Page breaks fall at random places, sometimes inside a
// paragraph, whose rest opens the next page in lower case.
func repage(fr, nl []string, docLine string, rng *rand.Rand) string {
	fr, nl = append([]string(nil), fr...), append([]string(nil), nl...)
	var b strings.Builder
	page := 1
	i, j := 0, 0
	for i < len(fr) || j < len(nl) {
		n := 2 + rng.IntN(5)
		fi := min(i+n, len(fr))
		// The Dutch column covers the same share of its text.
		nj := len(nl)
		if len(fr) > 0 && fi < len(fr) {
			nj = min(len(nl), max(j+1, fi*len(nl)/len(fr)))
		}
		var carryFR, carryNL string
		if fi < len(fr) && rng.IntN(3) == 0 {
			fr[fi-1], carryFR = cutParagraph(fr[fi-1])
		}
		if nj < len(nl) && nj > j && rng.IntN(3) == 0 {
			nl[nj-1], carryNL = cutParagraph(nl[nj-1])
		}
		for _, p := range fr[i:fi] {
			b.WriteString(p + "\n\n")
		}
		for _, p := range nl[j:nj] {
			b.WriteString(p + "\n\n")
		}
		if carryFR != "" {
			fr[fi-1] = carryFR
			fi--
		}
		if carryNL != "" {
			nl[nj-1] = carryNL
			nj--
		}
		i, j = fi, nj
		if i < len(fr) || j < len(nl) {
			fmt.Fprintf(&b, "%d\n\n%s\n\n", page+1, docLine)
			if page%2 == 1 {
				b.WriteString("CHAMBRE · 2e SESSION DE LA 55e LÉGISLATURE 2020 2021 KAMER · 2e ZITTING VAN DE 55e ZITTINGSPERIODE\n\n")
			}
		}
		page++
	}
	return b.String()
}

// cutParagraph cuts a paragraph at a space before a lower-case word past
// its middle, as a page break does; it returns the paragraph unchanged
// and "" when there is no such place.
func cutParagraph(p string) (head, tail string) {
	for i := len(p) / 2; i < len(p)-20; i++ {
		if p[i] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(p[i+1:])
		prev, _ := utf8.DecodeLastRuneInString(p[:i])
		if unicode.IsLower(r) && unicode.IsLetter(prev) {
			return p[:i], p[i+1:]
		}
	}
	return p, ""
}
