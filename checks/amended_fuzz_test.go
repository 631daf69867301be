package checks

import (
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// FuzzReplacedValues reads amending text of any shape without failing,
// and keys each replaced pair smaller value first.
func FuzzReplacedValues(f *testing.F) {
	f.Add("les mots “15 jours calendrier” sont remplacés par les mots “45 jours”.", "worden de woorden “vijftien kalenderdagen” vervangen door de woorden “45 dagen”")
	f.Add("“ remplacés par “", "\"vervangen door\"")
	f.Add("«six» est remplacé par «trois»", "“zes” vervangen door “drie")
	f.Fuzz(func(t *testing.T, fr, nl string) {
		if len(fr)+len(nl) > 1<<14 {
			return // bound the work of one input
		}
		for k := range replacedValues(map[align.Lang]string{align.FR: fr, align.NL: nl}) {
			if k[0] > k[1] {
				t.Fatalf("pair %v not ordered", k)
			}
		}
	})
}

// FuzzBracketDefined tests an acronym in brackets at every place of any
// text without failing.
func FuzzBracketDefined(f *testing.F) {
	f.Add("l'Aide publique au développement (APD) est", "APD")
	f.Add("(VN)", "VN")
	f.Add("é(É)", "É")
	f.Fuzz(func(t *testing.T, s, acr string) {
		if len(s) > 1<<12 || acr == "" {
			return
		}
		for i := strings.Index(s, acr); i >= 0 && i < len(s); {
			bracketDefined(s, i, i+len(acr))
			definesOwn(termbaseOf(&check.Env{}), s, i, i+len(acr), nil)
			j := strings.Index(s[i+1:], acr)
			if j < 0 {
				break
			}
			i += 1 + j
		}
		inFurniture(s, s, 0, min(len(s), len(acr)))
	})
}
