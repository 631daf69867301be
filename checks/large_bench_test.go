package checks

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
)

// The large inputs of issue 17 (scripts/gen-large.py), built in memory at
// a size: many short paragraphs, labels A. … ZZZZ., and one long line on
// each side read as a flow. CONCORD_LARGE_SCALE scales them (default 0.1,
// the tenth size used for profiling; 1 is the full 15–50 MB).
func largeScale() float64 {
	if s := os.Getenv("CONCORD_LARGE_SCALE"); s != "" {
		if f, err := strconv.ParseFloat(s, 64); err == nil && f > 0 {
			return f
		}
	}
	return 0.1
}

// largeParas is paras200k.txt: numbered short paragraphs, FR and NL in turn.
func largeParas(scale float64) []byte {
	var b strings.Builder
	for i := range int(100_000 * scale) {
		fmt.Fprintf(&b, "%d. Le ministre répond à la question %d du 2 mars 2020 sur %d écoles.\n\n", i+1, i, i%97)
		fmt.Fprintf(&b, "%d. De minister antwoordt op vraag %d van 2 maart 2020 over %d scholen.\n\n", i+1, i, i%97)
	}
	return []byte(b.String())
}

// largeLabels is labels45.txt: recitals A. … in French, then in Dutch.
func largeLabels(scale float64) []byte {
	label := func(i int) string {
		var b []byte
		for i++; i > 0; i = (i - 1) / 26 {
			b = append([]byte{byte('A' + (i-1)%26)}, b...)
		}
		return string(b)
	}
	n := int(475_254 * scale)
	var b strings.Builder
	b.WriteString("PROPOSITION DE RÉSOLUTION\n\n")
	for i := range n {
		fmt.Fprintf(&b, "%s. considérant que %d personnes sont détenues;\n\n", label(i), i%100)
	}
	b.WriteString("VOORSTEL VAN RESOLUTIE\n\n")
	for i := range n {
		fmt.Fprintf(&b, "%s. overwegende dat %d personen vastzitten;\n\n", label(i), i%100)
	}
	return []byte(b.String())
}

// largeFlow is flow50.fr.txt and flow50.nl.txt: one long line each.
func largeFlow(scale float64) (fr, nl string) {
	const (
		f = "Considérant que le 2 mars 2020, 208 personnes (soit 21 %) dont Nazira Lesova ont été arrêtées à Almaty selon l'OSCE, op. cit., p. 12; l'article 174 de la loi du 10 novembre 2006 s'applique. "
		n = "Overwegende dat op 2 maart 2020 208 personen (21 %) onder wie Nazira Lesova werden aangehouden in Almaty volgens de OVSE, op. cit., blz. 12; artikel 174 van de wet van 10 november 2006 is van toepassing. "
	)
	size := int(25_000_000 * scale)
	return strings.Repeat(f, max(1, size/len(f))) + "\n", strings.Repeat(n, max(1, size/len(n))) + "\n"
}

// BenchmarkLarge reads (pairs) and checks each large input, the two
// stages apart: "read" is align's reading and pairing, "check" every
// check on the paired document.
func BenchmarkLarge(b *testing.B) {
	scale := largeScale()
	type input struct {
		name string
		size int
		read func() (*align.Document, error)
	}
	paras, labels := largeParas(scale), largeLabels(scale)
	fr, nl := largeFlow(scale)
	inputs := []input{
		{"paras", len(paras), func() (*align.Document, error) { return align.ReadBytes("paras.txt", paras, align.Options{}) }},
		{"labels", len(labels), func() (*align.Document, error) { return align.ReadBytes("labels.txt", labels, align.Options{}) }},
		{"flow", len(fr) + len(nl), func() (*align.Document, error) { return align.FromTexts("flow.txt", fr, nl) }},
	}
	for _, in := range inputs {
		b.Run(in.name+"/read", func(b *testing.B) {
			b.SetBytes(int64(in.size))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := in.read(); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(in.name+"/check", func(b *testing.B) {
			doc, err := in.read()
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(in.size))
			b.ReportAllocs()
			for b.Loop() {
				Run(doc, All, &Env{})
			}
		})
	}
}
