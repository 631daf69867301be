// Package largegen builds the large generated inputs that the linearity
// tests and the large-input benchmarks read, as scripts/gen-large.py writes
// them to files: many short paragraphs, recitals labelled A. … ZZZZ., and
// the sentences a single long line repeats.
package largegen

import (
	"fmt"
	"strings"
)

// FlowFR and FlowNL are one sentence each, the same facts in French and in
// Dutch; a long line is one of them repeated.
const (
	FlowFR = "Considérant que le 2 mars 2020, 208 personnes (soit 21 %) dont Nazira Lesova ont été arrêtées à Almaty selon l'OSCE, op. cit., p. 12; l'article 174 de la loi du 10 novembre 2006 s'applique. "
	FlowNL = "Overwegende dat op 2 maart 2020 208 personen (21 %) onder wie Nazira Lesova werden aangehouden in Almaty volgens de OVSE, op. cit., blz. 12; artikel 174 van de wet van 10 november 2006 is van toepassing. "
)

// Paras returns n numbered short paragraphs in French, each followed by
// its Dutch counterpart.
func Paras(n int) []byte {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%d. Le ministre répond à la question %d du 2 mars 2020 sur %d écoles.\n\n", i+1, i, i%97)
		fmt.Fprintf(&b, "%d. De minister antwoordt op vraag %d van 2 maart 2020 over %d scholen.\n\n", i+1, i, i%97)
	}
	return []byte(b.String())
}

// Labels returns n recitals labelled A., B., … in French under a French
// title, then the same n in Dutch under a Dutch one.
func Labels(n int) []byte {
	var b strings.Builder
	b.WriteString("PROPOSITION DE RÉSOLUTION\n\n")
	for i := range n {
		fmt.Fprintf(&b, "%s. considérant que %d personnes sont détenues;\n\n", Label(i), i%100)
	}
	b.WriteString("VOORSTEL VAN RESOLUTIE\n\n")
	for i := range n {
		fmt.Fprintf(&b, "%s. overwegende dat %d personen vastzitten;\n\n", Label(i), i%100)
	}
	return []byte(b.String())
}

// Label returns the i-th recital label, from 0: A … Z, AA … ZZ, AAA …
func Label(i int) string {
	var b []byte
	for i++; i > 0; i = (i - 1) / 26 {
		b = append([]byte{byte('A' + (i-1)%26)}, b...)
	}
	return string(b)
}
