package checks

import (
	"strconv"
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// ownLabel reports whether u carries a label of its own language. A part
// of a unit the pairing split off keeps the unit's key but has no label
// ("De vennootschap kan …" after "Art. 4. In artikel 3 …"). A label whose
// first words are in the other language opens the other language's text
// that the extraction left in this stream, as a coordination table's
// column ("Art. 15. Disposition d'entrée en vigueur" in the Dutch stream):
// it is not a second label of this language.
func ownLabel(u *align.Unit) bool {
	if u.Label == "" {
		return false
	}
	return align.Detect(firstWords(u.Text.S[u.Body:], 5)) != u.Lang.Other()
}

// firstWords returns the first n space-separated words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// labelledParts returns the labelled units of one language (see
// labelled) cut into the parts of the document: a bill's draft, its text
// and its coordinated text each number their articles from 1. A part
// starts at a bill heading (heading:bill, heading:bill#2 …).
func labelledParts(doc *align.Document, lang align.Lang) [][]*align.Unit {
	var parts [][]*align.Unit
	var cur []*align.Unit
	var prev *align.Unit
	opinion := false
	for i := range doc.Units {
		u := &doc.Units[i]
		if u.Lang != lang {
			continue
		}
		merged := prev != nil && prev.Key == u.Key
		prev = u
		if partHeading(u.Key) {
			if len(cur) > 0 {
				parts, cur = append(parts, cur), nil
			}
			opinion = strings.HasPrefix(u.Key, "heading:opinion")
			continue
		}
		if kind, v := labelValue(u.Key); kind != "" && v > 0 && !opinion && !otherLabel(u, merged) {
			cur = append(cur, u)
		}
	}
	return append(parts, cur)
}

// partHeading reports whether key heads a part of a bill that numbers its
// articles anew: the bill, its base text and the text adapted to it; or
// the Council of State's opinion on its draft, whose article headings are
// comments on some of the draft's articles, not a sequence.
func partHeading(key string) bool {
	for _, h := range []string{"heading:bill", "heading:opinion", "heading:base-text", "heading:adapted-text"} {
		if strings.HasPrefix(key, h) {
			return true
		}
	}
	return false
}

// otherLabel reports whether u holds its key only as part of a pair that
// joins several units of its language: a unit without a label of its own
// that follows one with the same key (merged is true), or a unit labelled
// with another article (the two articles of one side that pair with one
// unit of the other). It is not a second unit with that label.
func otherLabel(u *align.Unit, merged bool) bool {
	if u.Label == "" {
		return merged
	}
	m := articleLabelRE.FindStringSubmatch(u.Label)
	own, _, _ := strings.Cut(labelOf(u.Key), "#")
	return m != nil && strings.HasPrefix(u.Key, "article:") && own != m[1]+m[2]
}

// articleLabelRE reads the number of an article label as printed ("Art.
// 3", "Article 1er", "Artikel 5bis").
var articleLabelRE = lazyregexp.New(`^(?:Article|Artikel|Art\.)\s*(\d+)(?:er|e|ste)?\s*(bis|ter|quater)?`)

// labelled returns the recitals, top-level requests and articles of one
// language in reading order.
func labelled(doc *align.Document, lang align.Lang) []*align.Unit {
	var out []*align.Unit
	for i := range doc.Units {
		u := &doc.Units[i]
		if u.Lang != lang {
			continue
		}
		if kind, v := labelValue(u.Key); kind != "" && v > 0 {
			out = append(out, u)
		}
	}
	return out
}

// labelValue returns the kind of a labelled key and the place of its label
// in the sequence: recital:A is 1, recital:AA 27, request:3 3, article:2
// 2. Sub-items (request:3.1, article:2§1) and other keys give 0.
func labelValue(key string) (kind string, v int) {
	kind, label, ok := strings.Cut(key, ":")
	if !ok {
		return "", 0
	}
	switch kind {
	case "recital":
		if label == "" || strings.Trim(label, label[:1]) != "" || label[0] < 'A' || label[0] > 'Z' {
			return "", 0
		}
		return kind, int(label[0]-'A'+1) + 26*(len(label)-1)
	case "request", "article":
		n, err := strconv.Atoi(label)
		if err != nil || n <= 0 {
			return "", 0
		}
		return kind, n
	}
	return "", 0
}

// labelName is the inverse of labelValue.
func labelName(kind string, v int) string {
	if kind == "recital" {
		return strings.Repeat(string(rune('A'+(v-1)%26)), (v-1)/26+1)
	}
	return strconv.Itoa(v)
}

// labelOf returns the label part of a key.
func labelOf(key string) string {
	_, l, _ := strings.Cut(key, ":")
	return l
}

// evidenceOn sets f's evidence to u's label on u's side.
func evidenceOn(f check.Finding, u *align.Unit, lang align.Lang) check.Finding {
	e := check.At(u, 0, min(len(u.Text.S), labelEnd(u)))
	if lang == align.NL {
		f.NL = e
	} else {
		f.FR = e
	}
	return f
}
