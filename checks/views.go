package checks

import "github.com/concord-bilingual/concord/align"

// contentView returns doc with its pairs by label replaced, where labels
// have shifted, by the pairs by content; a unit left without counterpart
// stands alone. Without shifts it returns doc itself.
func contentView(doc *align.Document, shs []shift) *align.Document {
	if len(shs) == 0 {
		return doc
	}
	moved := map[*align.Unit]bool{}
	byUnit := map[*align.Unit]ContentPair{}
	for _, s := range shs {
		for _, cp := range s.pairs {
			moved[cp.FR], moved[cp.NL] = true, true
			byUnit[cp.FR], byUnit[cp.NL] = cp, cp
		}
		if s.lost != nil {
			moved[s.lost] = true
		}
	}
	v := *doc
	v.Pairs = make([]align.Pair, 0, len(doc.Pairs))
	done := map[*align.Unit]bool{}
	for _, pr := range doc.Pairs {
		if pr.Shared || (!moved[pr.FR] && !moved[pr.NL]) {
			v.Pairs = append(v.Pairs, pr)
			continue
		}
		for _, u := range []*align.Unit{pr.FR, pr.NL} {
			if u == nil || done[u] {
				continue
			}
			if cp, ok := byUnit[u]; ok {
				v.Pairs = append(v.Pairs, align.Pair{Key: cp.Key, FR: cp.FR, NL: cp.NL})
				done[cp.FR], done[cp.NL] = true, true
				continue
			}
			one := align.Pair{Key: pr.Key}
			if u == pr.FR {
				one.FR = u
			} else {
				one.NL = u
			}
			v.Pairs = append(v.Pairs, one)
			done[u] = true
		}
	}
	return &v
}
