package checks

import (
	"fmt"
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// StructureOrder reports labels out of order, and labels both languages
// skip.
var StructureOrder = &check.Check{
	ID:       "structure/order",
	Severity: check.Warning,
	Sees:     ByLabel,
	Doc: `labels out of order or skipped

Recital letters and request and article numbers follow each other: A, B,
C … and 1, 2, 3 …. A label lower than the one before it is out of order;
a label both languages skip (A, B, D) is reported once. A label only one
language lacks is a missing unit (structure/missing).

  FR: A. … B. … D. …   NL: A. … B. … D. …   → both languages go from B to D`,
	Run: func(p *check.Pass) {
		has := map[align.Lang]map[string]bool{align.FR: {}, align.NL: {}}
		for _, lang := range []align.Lang{align.FR, align.NL} {
			for _, u := range labelled(p.Doc, lang) {
				has[lang][u.Key] = true
			}
		}
		for _, lang := range []align.Lang{align.FR, align.NL} {
			for _, part := range labelledParts(p.Doc, lang) {
				prev := map[string]int{}
				prevKey := map[string]string{}
				for _, u := range part {
					kind, v := labelValue(u.Key)
					if v == 0 {
						continue
					}
					last := prev[kind]
					switch {
					case v < last:
						p.Report(evidenceOn(check.Finding{Unit: u.Key,
							Message: fmt.Sprintf("%s %s %s comes after %s", sideName(lang), kind, labelOf(u.Key), labelOf(prevKey[kind]))}, u, lang))
					case last > 0 && v > last+1 && lang == align.FR:
						var skipped []string
						for k := last + 1; k < v; k++ {
							key := kind + ":" + labelName(kind, k)
							if has[align.FR][key] || has[align.NL][key] {
								skipped = nil
								break
							}
							skipped = append(skipped, labelName(kind, k))
						}
						if len(skipped) > 0 && has[align.NL][u.Key] {
							from := labelName(kind, last)
							p.Report(evidenceOn(check.Finding{Unit: u.Key,
								Message: fmt.Sprintf("both languages skip %s %s (from %s to %s)", kind, strings.Join(skipped, ", "), from, labelOf(u.Key))}, u, lang))
						}
					}
					if v > last {
						prev[kind], prevKey[kind] = v, u.Key
					}
				}
			}
		}
	},
}
