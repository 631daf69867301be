package checks

import (
	"fmt"
	"os"
	"testing"

	"concord/align"
)

func TestDebugDump(t *testing.T) {
	path := os.Getenv("DUMP")
	if path == "" {
		t.Skip()
	}
	doc, err := align.ReadFile(path, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	an := newDocAnalysis(doc, &Env{})
	for i := range doc.Pairs {
		pa := an.pair(&doc.Pairs[i])
		if pa == nil {
			continue
		}
		for _, sa := range []*sideAnalysis{pa.fr, pa.nl} {
			var ns, ts, as []string
			for _, n := range sa.names {
				ns = append(ns, sa.unit.Text.S[n.Start:n.End])
			}
			for _, m := range sa.terms {
				ts = append(ts, sa.unit.Text.S[m.Start:m.End])
			}
			for _, p := range sa.acros {
				as = append(as, p.S)
			}
			fmt.Printf("%s %s names=%q\n   terms=%q acros=%q\n", pa.key, sa.lang, ns, ts, as)
		}
	}
}
