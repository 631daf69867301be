package checks

import (
	"testing"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
)

var fuzzSeeds = []string{
	"met links het defi nitieve integraal verslag",
	"un défi majeur; en fin de compte",
	"Aigul Utепова et Kazakhstαn",
	"des irrégularités électORALES systéMIques, DéFI, CD&V, cdH",
	"al te ruim opgevattte artikelen, www.cccggc.brussels",
	"lâ€™Union europÃ©enne ÃƒÂ© \ufffd",
	"mensen\u00adrechten com\u200bmission PS\u0008",
	"mensen- rechten, partnerschaps- en samenwerkingsovereenkomst, woonzorg\u2011 centra",
	"N. considérant que la loi (art. 5; al. 2) a été adoptée; considérant \"qu'elle; non\". Celle-ci souligne M. Dupont.",
	"177 000 partisans, 27.297 Belges, 5,2 milliards",
	"",
	"\xff\xfe invalid",
}

// FuzzArtefactFinders checks that no finder panics on any text and that
// every hit is a valid span with a message.
func FuzzArtefactFinders(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range []align.Lang{align.FR, align.NL, align.Neutral} {
			for _, h := range allArtefacts(l, s) {
				if h.Start < 0 || h.Start >= h.End || h.End > len(s) || h.Message == "" {
					t.Fatalf("bad hit %+v in %q", h, s)
				}
			}
		}
	})
}

// FuzzRepairMojibake checks that a repair of valid text is valid text.
func FuzzRepairMojibake(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, h := range findMojibake(s) {
			if r := repairMojibake(s[h.Start:h.End]); !utf8.ValidString(r) {
				t.Fatalf("repair of %q gave invalid %q", s[h.Start:h.End], r)
			}
		}
	})
}

// FuzzSplitClauses checks that clauses are ordered, trimmed, inside the
// text after from, and that aligning them with themselves needs no
// missing clause.
func FuzzSplitClauses(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, from int) {
		if from < 0 || from > len(s) || (from < len(s) && !utf8.RuneStart(s[from])) {
			return
		}
		cs := splitClauses(s, from)
		prev := from
		for _, c := range cs {
			if c.Start < prev || c.Start >= c.End || c.End > len(s) {
				t.Fatalf("bad clause [%d,%d) after %d in %q", c.Start, c.End, prev, s)
			}
			if s[c.Start] == ' ' || s[c.End-1] == ' ' {
				t.Fatalf("untrimmed clause %q", s[c.Start:c.End])
			}
			prev = c.End
		}
		if len(cs) > 12 {
			return // keep the quadratic aligner fast under fuzzing
		}
		links, _ := alignDP(cs, cs, 8, 8)
		for _, l := range links {
			if l.FR[0] == l.FR[1] || l.NL[0] == l.NL[1] {
				t.Fatalf("a clause aligned with itself went missing: %q", s)
			}
		}
	})
}
