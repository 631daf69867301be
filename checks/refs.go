package checks

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/token"
)

// RefsMismatch reports a reference that differs between the languages.
var RefsMismatch = &Check{
	ID:       "refs/mismatch",
	Severity: Warning,
	Doc: `reference differs between the languages

References are compared exactly, whatever the language of their words:
procedure numbers (2019/2610(RSP)), parliamentary documents (DOC 55
3396/001), numbers after n°/nr., articles with paragraph and point
(Art. 3, § 2, 1°), acts by their date (loi du 15 décembre 1980 ↔ wet van
15 december 1980), EU acts (2016/679, 2006/123/CE ↔ 2006/123/EG), ECLI
and CELEX identifiers, Council of State opinions (73.488/1).

Two references of the same kind that differ are a warning. Information
where one gives more detail than the other ("article 229, § 4" ↔
"artikel 229, § 4, 1°", "2009/28" ↔ "2009/28/EG"), where they differ
only by a year written short ("883/2004" ↔ "883/04"), where they are of
different kinds, or where a bare number of another size or a point
(12°) stands against an article ("artikel 44, § 2, 1)" ↔ "article 44,
§ 2, 1°"); a bare number of the same size is a warning ("les articles
174 et 274" ↔ "artikel 275").

  FR: … (2019/2610(RSP)) …
  NL: … (2019/2611(RSP)) …  → NL has 2019/2611(RSP) where FR has 2019/2610(RSP)`,
	Run: func(p *Pass) { runRefs(p, true) },
}

// RefsMissing reports a reference given in one language only.
var RefsMissing = &Check{
	ID:       "refs/missing",
	Severity: Info,
	Doc: `reference given in one language only

A reference of one side with no counterpart on the other, neither equal
nor of the same kind at about the same place. A reference on one side
only is weak evidence, so it is information: on real published
translations the other side nearly always names the act otherwise
("cet arrêté royal du 22 avril" ↔ "koninklijk besluit van 22 april
2020", "24 heures sur 24" ↔ "24/7", "1/5" ↔ "1/5de").

  FR: … la résolution n° 2252 (2019) …
  NL: … de resolutie …     → FR has n° 2252 (2019), NL has none`,
	Run: func(p *Pass) { runRefs(p, false) },
}

func runRefs(p *Pass, changed bool) {
	eachComparison(p, func(key string, fu, nu *align.Unit, c comparison) {
		for _, x := range c.cross {
			if !changed {
				break
			}
			if x.refFR {
				r, n := c.fr.refs[x.ref], c.nl.nums[x.num]
				p.Report(Finding{Unit: key, Severity: crossSeverity(r, nu.Text.S[n.Start:n.End]),
					Message: fmt.Sprintf("NL has %s where FR has %s", token.Squash(nu.Text.S[n.Start:n.End]), token.Squash(fu.Text.S[r.Start:r.End])),
					FR:      At(fu, r.Start, r.End), NL: At(nu, n.Start, n.End)})
			} else {
				n, r := c.fr.nums[x.num], c.nl.refs[x.ref]
				p.Report(Finding{Unit: key, Severity: crossSeverity(r, fu.Text.S[n.Start:n.End]),
					Message: fmt.Sprintf("NL has %s where FR has %s", token.Squash(nu.Text.S[r.Start:r.End]), token.Squash(fu.Text.S[n.Start:n.End])),
					FR:      At(fu, n.Start, n.End), NL: At(nu, r.Start, r.End)})
			}
		}
		for _, d := range c.refs {
			switch {
			case d.fr >= 0 && d.nl >= 0 && changed:
				f, n := c.fr.refs[d.fr], c.nl.refs[d.nl]
				sev := refSeverity(f, n)
				if !c.confident() {
					sev = Info
				}
				p.Report(Finding{Unit: key, Severity: sev,
					Message: fmt.Sprintf("NL has %s where FR has %s", token.Squash(nu.Text.S[n.Start:n.End]), token.Squash(fu.Text.S[f.Start:f.End])),
					FR:      At(fu, f.Start, f.End), NL: At(nu, n.Start, n.End)})
			case d.nl < 0 && !changed:
				f := c.fr.refs[d.fr]
				p.Report(Finding{Unit: key, Severity: Info,
					Message: fmt.Sprintf("FR has %s, NL has none", token.Squash(fu.Text.S[f.Start:f.End])),
					FR:      At(fu, f.Start, f.End)})
			case d.fr < 0 && !changed:
				n := c.nl.refs[d.nl]
				p.Report(Finding{Unit: key, Severity: Info,
					Message: fmt.Sprintf("NL has %s, FR has none", token.Squash(nu.Text.S[n.Start:n.End])),
					NL:      At(nu, n.Start, n.End)})
			}
		}
	})
}

// refSeverity is the severity of a French reference f paired with a
// Dutch reference n that differs: a warning for two references of the
// same kind, information where one is the other with more detail or the
// two differ only by a year written with two digits, and where they are
// of different kinds.
func refSeverity(f, n token.Ref) Severity {
	if f.Kind != n.Kind || refExtends(f.Key, n.Key) || refExtends(n.Key, f.Key) || shortYears(f.Key) == shortYears(n.Key) {
		return Info
	}
	return Warning
}

// refExtends reports whether reference key b is key a with more parts
// after it: "art 229 §4" and "art 229 §4 1°", "2009/28" and "2009/28/EG".
func refExtends(a, b string) bool {
	rest, ok := strings.CutPrefix(b, a)
	return ok && rest != "" && !token.IsDigit(rest[0]) && !token.IsASCIILetter(rest[0])
}

// shortYears returns key with every four-digit year from 1900 to 2099
// written with its last two digits: "883/2004" → "883/04".
func shortYears(key string) string {
	var b strings.Builder
	for k := 0; k < len(key); {
		e := token.DigitsEnd(key, k)
		if e == k {
			b.WriteByte(key[k])
			k++
			continue
		}
		if e-k == 4 && (key[k:k+2] == "19" || key[k:k+2] == "20") && (k == 0 || key[k-1] == '/') {
			b.WriteString(key[k+2 : e])
		} else {
			b.WriteString(key[k:e])
		}
		k = e
	}
	return b.String()
}

// crossSeverity is the severity of an article reference r paired with a
// bare number written num on the other side: a warning where the number
// has as many digits as the article's and is no point ("274" ↔ "artikel
// 275"), information otherwise ("1)" ↔ "article 44, § 2, 1°": a part of
// the reference the other side wrote apart).
func crossSeverity(r token.Ref, num string) Severity {
	d := token.DigitsEnd(num, 0)
	if d == len(num) && d == len(strconv.FormatFloat(r.Num, 'f', -1, 64)) {
		return Warning
	}
	return Info
}
