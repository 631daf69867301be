package checks

import (
	"strconv"
	"strings"

	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/token"
)

// refSeverity is the severity of a French reference f paired with a
// Dutch reference n that differs: a warning for two references of the
// same kind, information where one is the other with more detail or the
// two differ only by a year written with two digits, and where they are
// of different kinds.
func refSeverity(f, n token.Ref) check.Severity {
	if f.Kind != n.Kind || refExtends(f.Key, n.Key) || refExtends(n.Key, f.Key) || shortYears(f.Key) == shortYears(n.Key) {
		return check.Info
	}
	return check.Warning
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
func crossSeverity(r token.Ref, num string) check.Severity {
	d := token.DigitsEnd(num, 0)
	if d == len(num) && d == len(strconv.FormatFloat(r.Num, 'f', -1, 64)) {
		return check.Warning
	}
	return check.Info
}
