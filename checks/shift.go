package checks

import "concord/align"

// contentPair is a French and a Dutch unit that stand for each other.
type contentPair struct {
	key    string
	fr, nl *align.Unit
}

// contentPairs returns the pairs of units whose contents the number, date
// and reference checks compare.
func contentPairs(doc *align.Document) []contentPair {
	var out []contentPair
	for i := range doc.Pairs {
		pr := &doc.Pairs[i]
		if pr.Shared || pr.FR == nil || pr.NL == nil {
			continue
		}
		out = append(out, contentPair{pr.Key, pr.FR, pr.NL})
	}
	return out
}
