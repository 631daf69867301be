package checks

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"concord/align"
)

// StructureShifted reports a unit missing in one language whose later
// labels moved up by one, so that pairs by label hold different texts.
var StructureShifted = &Check{
	ID:       "structure/shifted",
	Severity: Error,
	Doc: `labels shifted after a unit missing in one language

When one language leaves out a recital or request and letters the
following ones again, every later pair by label compares two different
texts. concord recognises the shift by content (numbers, dates,
references and names of neighbouring units), reports it once here, and
compares each unit with the one that corresponds to it.

  FR: K. … L. (9 juin 2019) … M. …   NL: K. (9 juni 2019) … L. …
  → FR recital K has no counterpart in NL: NL K to L stand for FR L to M`,
	Run: func(p *Pass) {
		for _, s := range p.shifts() {
			f := evidenceOn(Finding{Unit: s.key, Message: s.message()}, s.lost, s.lost.Lang)
			f = evidenceOn(f, s.first.Side(s.lost.Lang.Other()), s.lost.Lang.Other())
			p.Report(f)
		}
	},
}

// ContentPair is a French and a Dutch unit that stand for each other.
type ContentPair struct {
	Key    string // the key findings on the pair are reported under
	FR, NL *align.Unit
}

// ContentPairs returns the pairs of units whose contents checks should
// compare: the pairs by key, except where labels have shifted after a unit
// missing in one language, where each unit is paired with its counterpart by
// content.
func ContentPairs(doc *align.Document) []ContentPair {
	return contentPairsOf(doc, shifts(doc))
}

// contentPairsOf is ContentPairs with the document's shifts already found.
func contentPairsOf(doc *align.Document, shs []shift) []ContentPair {
	moved := map[*align.Unit]bool{}
	var extra []ContentPair
	for _, s := range shs {
		for _, cp := range s.pairs {
			moved[cp.FR], moved[cp.NL] = true, true
			extra = append(extra, cp)
		}
		moved[s.lost] = true
	}
	var out []ContentPair
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
	kind, _ := labelValue(s.key)
	lang := langName(s.lost.Lang)
	other := langName(s.lost.Lang.Other())
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

// shifts finds, for each kind of labelled unit, runs where the unit of one
// language corresponds by content to the unit labelled one before or after
// it in the other language.
func shifts(doc *align.Document) []shift {
	return shiftsWith(doc, unitFacts)
}

// shiftsWith is shifts reading the facts of a unit with factsOf.
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
		byKey := func(units []*align.Unit, key string) int {
			for k, u := range units {
				if u.Key == key {
					return k
				}
			}
			return -1
		}
		// NL behind FR (NL lost a unit): FR i ↔ NL i-1. FR behind: FR i ↔ NL i+1.
		for _, d := range []int{-1, 1} {
			i := 0
			for i < len(fr) {
				start := i
				var run []ContentPair
				for i < len(fr) {
					j := byKey(nl, fr[i].Key)
					if j < 0 {
						j = len(nl) // FR-only at the end: NL index past its last unit
						if i > 0 {
							if pj := byKey(nl, fr[i-1].Key); pj >= 0 {
								j = pj + 1
							}
						}
					}
					k := j + d
					if k < 0 || k >= len(nl) {
						break
					}
					by := 0.0
					if j < len(nl) {
						by = similarity(sf[i], sn[j])
					}
					sim := similarity(sf[i], sn[k])
					if sim < shiftMin || sim < by+shiftGain {
						break
					}
					run = append(run, ContentPair{fr[i].Key, fr[i], nl[k]})
					i++
				}
				if len(run) == 0 {
					i = start + 1
					continue
				}
				s := shift{pairs: run, first: &shiftPair{run[0].FR, run[0].NL}, last: &shiftPair{run[len(run)-1].FR, run[len(run)-1].NL}}
				if d < 0 {
					// The FR unit before the run has no NL counterpart.
					if start == 0 {
						continue
					}
					s.lost = fr[start-1]
				} else {
					// The NL unit before the run's first NL unit has no FR counterpart.
					k := byKey(nl, run[0].NL.Key) - 1
					if k < 0 {
						continue
					}
					s.lost = nl[k]
				}
				s.key = s.lost.Key
				out = append(out, s)
			}
		}
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
	keys map[string]int
	size int // text length in runes
}

func signatureOf(u *align.Unit, f facts) signature {
	sig := signature{keys: map[string]int{}, size: utf8.RuneCountInString(u.Text.S[u.Body:])}
	for _, n := range f.nums {
		if !n.Weak {
			sig.keys["n"+n.Key()]++
		}
	}
	for _, d := range f.dates {
		sig.keys["d"+d.Key()]++
	}
	for _, r := range f.refs {
		sig.keys["r"+r.Key]++
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
		e := wordEnd(s, i)
		if unicode.IsUpper(r) && e-i >= 4 && i > 0 && !sentenceStart(s[prevEnd:i]) {
			sig.keys["w"+fold(s[i:e])]++
		}
		prevEnd = e
		i = e
	}
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
	for k, n := range a.keys {
		m := b.keys[k]
		inter += min(n, m)
		union += max(n, m)
	}
	for k, m := range b.keys {
		if _, ok := a.keys[k]; !ok {
			union += m
		}
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
