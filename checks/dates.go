package checks

import (
	"strings"

	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/token"
)

// dateSeverity is the severity of a French date f paired with a Dutch
// date n that differ in parts. A part that differs is a warning, unless
// the pair's facts mostly differ, which is information. So is a span against one of its years ("2026-2027" ↔
// "2026"). A date that only lacks other parts the other side gives is
// written more briefly ("le 9 mai dernier" ↔ "op 9 mei 2020", "fin
// décembre 2015" ↔ "eind 2015"): information.
func dateSeverity(parts []string, f, n token.Date, c *comparison) check.Severity {
	for _, p := range parts {
		if !strings.Contains(p, " lacks the ") || strings.HasSuffix(p, "lacks the second year") {
			if !c.confident() {
				return check.Info
			}
			return check.Warning
		}
	}
	return check.Info
}
