package checks

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/token"
)

// ContentPair is a French and a Dutch unit that stand for each other.
type ContentPair struct {
	Key    string // the key findings on the pair are reported under
	FR, NL *align.Unit
}

// contentPairsOf returns the pairs of units whose contents checks should
// compare: the pairs by key, except where labels have shifted after a unit
// missing in one language (shs), where each unit is paired with its
// counterpart by content.
func contentPairsOf(doc *align.Document, shs []shift) []ContentPair {
	moved := map[*align.Unit]bool{}
	var extra []ContentPair
	for _, s := range shs {
		for _, cp := range s.pairs {
			moved[cp.FR], moved[cp.NL] = true, true
			extra = append(extra, cp)
		}
		if s.lost != nil {
			moved[s.lost] = true
		}
	}
	out := make([]ContentPair, 0, len(doc.Pairs)+len(extra))
	for i := range doc.Pairs {
		pr := &doc.Pairs[i]
		if pr.Shared || pr.FR == nil || pr.NL == nil {
			continue
		}
		if moved[pr.FR] || moved[pr.NL] {
			continue
		}
		out = append(out, ContentPair{pr.Key, pr.FR, pr.NL})
	}
	return append(out, extra...)
}

// shift is a run of units whose labels moved by one in one language.
type shift struct {
	key   string      // the key of the unit left without counterpart
	lost  *align.Unit // that unit
	first *shiftPair  // first shifted pair
	last  *shiftPair
	pairs []ContentPair
}

type shiftPair struct {
	fr, nl *align.Unit
}

// Side returns the unit of the pair in language l.
func (p *shiftPair) Side(l align.Lang) *align.Unit {
	if l == align.NL {
		return p.nl
	}
	return p.fr
}

func (s *shift) message() string {
	if s.lost == nil {
		kind, _ := labelValue(s.first.fr.Key)
		return fmt.Sprintf("labels differ from %s %s on: NL %s to %s stand for FR %s to %s",
			kind, labelOf(s.first.fr.Key), labelOf(s.first.nl.Key), labelOf(s.last.nl.Key), labelOf(s.first.fr.Key), labelOf(s.last.fr.Key))
	}
	kind, _ := labelValue(s.key)
	lang := sideName(s.lost.Lang)
	other := sideName(s.lost.Lang.Other())
	o1, o2 := s.first.Side(s.lost.Lang.Other()), s.last.Side(s.lost.Lang.Other())
	l1, l2 := s.first.Side(s.lost.Lang), s.last.Side(s.lost.Lang)
	if o1 == o2 {
		return fmt.Sprintf("%s %s %s has no counterpart in %s: %s %s stands for %s %s",
			lang, kind, labelOf(s.lost.Key), other, other, labelOf(o1.Key), lang, labelOf(l1.Key))
	}
	return fmt.Sprintf("%s %s %s has no counterpart in %s: %s %s to %s stand for %s %s to %s",
		lang, kind, labelOf(s.lost.Key), other, other, labelOf(o1.Key), labelOf(o2.Key), lang, labelOf(l1.Key), labelOf(l2.Key))
}

// shiftMin is the similarity above which two units are taken to say the
// same thing; shiftGain is how much better than the pair by label a pair by
// content must be.
const (
	shiftMin  = 0.45
	shiftGain = 0.25
)

// shiftsWith finds, for each kind of labelled unit, runs where the unit of
// one language corresponds by content to a unit labelled otherwise in the
// other language, after a unit that has no counterpart. It reads the facts
// of a unit with factsOf.
func shiftsWith(doc *align.Document, factsOf func(*align.Unit) facts) []shift {
	var out []shift
	for _, kind := range []string{"recital", "request", "article"} {
		var fr, nl []*align.Unit
		for _, lang := range []align.Lang{align.FR, align.NL} {
			for _, u := range labelled(doc, lang) {
				if k, _ := labelValue(u.Key); k != kind {
					continue
				}
				if lang == align.FR {
					fr = append(fr, u)
				} else {
					nl = append(nl, u)
				}
			}
		}
		if len(fr) < 2 || len(nl) < 2 || hasDuplicate(fr) || hasDuplicate(nl) {
			continue // duplicated labels are structure/duplicate's to report
		}
		sf := make([]signature, len(fr))
		for i, u := range fr {
			sf[i] = signatureOf(u, factsOf(u))
		}
		sn := make([]signature, len(nl))
		for j, u := range nl {
			sn[j] = signatureOf(u, factsOf(u))
		}
		out = append(out, alignShifts(fr, nl, sf, sn)...)
	}
	return out
}

func hasDuplicate(us []*align.Unit) bool {
	seen := map[string]bool{}
	for _, u := range us {
		if seen[u.Key] {
			return true
		}
		seen[u.Key] = true
	}
	return false
}

// signature is what two units in different languages share when they say
// the same thing: their numbers, dates and references, and their names.
type signature struct {
	keys []sigKey // sorted by key, each key once
	size int      // text length in runes
}

// sigKey is one key of a signature and how often the unit has it.
type sigKey struct {
	key string
	n   int
}

func signatureOf(u *align.Unit, f facts) signature {
	keys := map[string]int{}
	sig := signature{size: utf8.RuneCountInString(u.Text.S[u.Body:])}
	for _, n := range f.nums {
		if !n.Weak {
			keys["n"+n.Key()]++
		}
	}
	for _, d := range f.dates {
		keys["d"+d.Key()]++
	}
	for _, r := range f.refs {
		keys["r"+r.Key]++
	}
	// Names: capitalised words not at a sentence start.
	s := u.Text.S[u.Body:]
	prevEnd := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		e := token.LettersEnd(s, i)
		if unicode.IsUpper(r) && e-i >= 4 && i > 0 && !sentenceStart(s[prevEnd:i]) {
			keys["w"+token.Fold(s[i:e])]++
		}
		prevEnd = e
		i = e
	}
	// Kept in order, so that each comparison with the units of the
	// other language merges two lists instead of looking every key up.
	sig.keys = make([]sigKey, 0, len(keys))
	for k, n := range keys {
		sig.keys = append(sig.keys, sigKey{k, n})
	}
	slices.SortFunc(sig.keys, func(a, b sigKey) int { return strings.Compare(a.key, b.key) })
	return sig
}

func sentenceStart(between string) bool {
	for _, c := range between {
		if c == '.' || c == ';' || c == ':' {
			return true
		}
	}
	return false
}

// similarity returns how much two signatures share, from 0 to 1: the
// overlap of their keys, weighed with the ratio of their lengths.
func similarity(a, b signature) float64 {
	inter, union := 0, 0
	i, j := 0, 0
	for i < len(a.keys) && j < len(b.keys) {
		switch x, y := a.keys[i], b.keys[j]; {
		case x.key == y.key:
			inter += min(x.n, y.n)
			union += max(x.n, y.n)
			i++
			j++
		case x.key < y.key:
			union += x.n
			i++
		default:
			union += y.n
			j++
		}
	}
	for ; i < len(a.keys); i++ {
		union += a.keys[i].n
	}
	for ; j < len(b.keys); j++ {
		union += b.keys[j].n
	}
	lr := 0.0
	if a.size > 0 && b.size > 0 {
		lr = float64(min(a.size, b.size)) / float64(max(a.size, b.size))
	}
	if union == 0 {
		return 0.3 * lr
	}
	return 0.7*float64(inter)/float64(union) + 0.3*lr
}

// shiftGap is the price of leaving a unit without counterpart when the
// labelled units of both languages are aligned by content.
const shiftGap = 0.25

// shiftFullCells is the size of the alignment table under which
// alignShifts compares every unit of one language with every unit of the
// other. Past it (a document of more than a thousand articles in each
// language) it compares each unit with those within shiftBand places of
// its own place, scaled to the other language's count, so that time and
// memory grow with the units, not with their square: a shift moves labels
// by a few places, not by hundreds.
const (
	shiftFullCells = 1 << 20
	shiftBand      = 128
)

// alignShifts aligns the labelled units of one kind by content: a dynamic
// programme that pairs units in order, leaving some without counterpart,
// to make their similarity greatest. Where that alignment beats the
// pairing by label by a clear margin (shiftGain per relabelled pair), each
// run of pairs whose labels differ, after a unit left alone, is a shift.
func alignShifts(fr, nl []*align.Unit, sf, sn []signature) []shift {
	n, m := len(fr), len(nl)
	// Row i of the table holds the columns lo[i]..hi[i]; the cells outside
	// are unreachable.
	width := max(n, m)
	if (n+1)*(m+1) > shiftFullCells {
		width = shiftBand + m/max(n, 1) + n/max(m, 1) + 1
	}
	lo, hi := make([]int, n+1), make([]int, n+1)
	for i := range lo {
		c := i * m / max(n, 1)
		lo[i], hi[i] = max(0, c-width), min(m, c+width)
	}
	inf := math.Inf(-1)
	prev, cur := make([]float64, m+1), make([]float64, m+1)
	for j := range prev {
		prev[j], cur[j] = inf, inf
	}
	move := make([][]int8, n+1) // 0 match, 1 FR alone, 2 NL alone; row i from lo[i]
	move[0] = make([]int8, hi[0]-lo[0]+1)
	prev[0] = 0
	for j := 1; j <= hi[0]; j++ {
		prev[j], move[0][j] = prev[j-1]-shiftGap, 2
	}
	for i := 1; i <= n; i++ {
		if i >= 2 {
			for j := lo[i-2]; j <= hi[i-2]; j++ {
				cur[j] = inf // row i-2's, outside row i's band
			}
		}
		row := make([]int8, hi[i]-lo[i]+1)
		for j := lo[i]; j <= hi[i]; j++ {
			best, mv := inf, int8(0)
			if j > 0 {
				best = prev[j-1] + similarity(sf[i-1], sn[j-1])
			}
			if v := prev[j] - shiftGap; v > best || j == 0 {
				best, mv = v, 1
			}
			if j > 0 {
				if v := cur[j-1] - shiftGap; v > best {
					best, mv = v, 2
				}
			}
			cur[j], row[j-lo[i]] = best, mv
		}
		move[i] = row
		prev, cur = cur, prev
	}
	type step struct{ i, j int } // -1 for no counterpart
	var path []step
	for i, j := n, m; i > 0 || j > 0; {
		switch move[i][j-lo[i]] {
		case 0:
			path = append(path, step{i - 1, j - 1})
			i, j = i-1, j-1
		case 1:
			path = append(path, step{i - 1, -1})
			i--
		default:
			path = append(path, step{-1, j - 1})
			j--
		}
	}
	for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
		path[l], path[r] = path[r], path[l]
	}
	// Compare with the pairing by label on the relabelled pairs.
	nlByKey := map[string]int{}
	for j, u := range nl {
		nlByKey[u.Key] = j
	}
	frByKey := map[string]int{}
	for i, u := range fr {
		frByKey[u.Key] = i
	}
	var out []shift
	var lost *align.Unit
	for k := 0; k < len(path); k++ {
		st := path[k]
		if st.i < 0 || st.j < 0 {
			if st.i >= 0 {
				lost = fr[st.i]
			} else {
				lost = nl[st.j]
			}
			continue
		}
		if fr[st.i].Key == nl[st.j].Key {
			lost = nil
			continue
		}
		// A run of relabelled pairs.
		var run []ContentPair
		gain, wordGain := 0.0, 0.0
		for ; k < len(path) && path[k].i >= 0 && path[k].j >= 0 && fr[path[k].i].Key != nl[path[k].j].Key; k++ {
			i, j := path[k].i, path[k].j
			byLabel, wordsByLabel := 0.0, 0.0
			if jj, ok := nlByKey[fr[i].Key]; ok {
				byLabel = similarity(sf[i], sn[jj])
				wordsByLabel = align.TranslatedShare(fr[i], nl[jj])
			}
			if ii, ok := frByKey[nl[j].Key]; ok {
				// The Dutch unit's own partner by label counts too: a
				// unit whose label partner is its translation is no
				// shifted one, whatever its new partner would be.
				wordsByLabel = max(wordsByLabel, align.TranslatedShare(fr[ii], nl[j]))
			}
			gain += similarity(sf[i], sn[j]) - byLabel
			wordGain += align.TranslatedShare(fr[i], nl[j]) - wordsByLabel
			run = append(run, ContentPair{fr[i].Key, fr[i], nl[j]})
		}
		k--
		if gain < shiftGain*float64(len(run)) || gain < shiftMin {
			lost = nil
			continue
		}
		if wordGain < 0 {
			// The words the translation table renders pair the units by
			// their labels: the signatures (numbers, names, lengths)
			// were too thin to tell.
			lost = nil
			continue
		}
		key := run[0].FR.Key
		if lost != nil {
			key = lost.Key
		}
		out = append(out, shift{
			key: key, lost: lost, pairs: run,
			first: &shiftPair{run[0].FR, run[0].NL},
			last:  &shiftPair{run[len(run)-1].FR, run[len(run)-1].NL},
		})
		lost = nil
	}
	return out
}
