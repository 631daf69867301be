package align

// repairOrphans moves a unit that the length programme put in the wrong
// match beside a unit left alone. Lengths cannot place a gap: a sentence
// dropped from one side leaves its neighbours matched to whatever fits
// their lengths, and the unit that lost it alone, or merged with a
// neighbour. The numbers and words the units share can (the same words,
// and the words the translation table renders by each other), and they
// decide here, one unit at a time:
//
//   - a lone unit beside a match that merged two or three units of the
//     other side takes the merged unit next to it, when that unit shares
//     more with the lone one than with its partner ("Deux dossiers
//     doivent encore être lancés …" alone, "Twee dossiers moeten nog
//     opgestart worden …" merged into the next match; "Le coût social
//     augmente …" alone, "De maatschappelijke kosten nemen tevens toe …"
//     merged into the match before, with only the table's words to tell);
//   - a lone unit beside a one-to-one match takes that match's partner,
//     when the partner shares more with it than with its own unit, and
//     by numbers at least; the unit it leaves joins the match on its
//     other side, or stays alone ("Pour cette dernière catégorie, on
//     constate même depuis 2010 (jusque 2021) une augmentation de 16,08 %"
//     matched with a Dutch sentence without figures, and its translation
//     with the same three figures alone after it).
//
// ev holds the units the programme matched, ms its matches in order.
func repairOrphans(ev *evidence, ms []match) []match {
	lone := false
	for _, m := range ms {
		if len(m.fr) == 0 || len(m.nl) == 0 {
			lone = true
			break
		}
	}
	if !lone {
		return ms
	}
	ia := make(map[*Unit]int, len(ev.a))
	for i, u := range ev.a {
		ia[u] = i
	}
	ib := make(map[*Unit]int, len(ev.b))
	for i, u := range ev.b {
		ib[u] = i
	}
	numsA, numsB, words := ev.numsA, ev.numsB, ev.cognates()
	var scratch anchorScratch
	// shared is the evidence that fr and nl, runs of one to three units,
	// translate each other, and nums its part from numbers.
	shared := func(fr, nl []*Unit) (all, nums float64) {
		if len(fr) == 0 || len(nl) == 0 || len(fr) > 3 || len(nl) > 3 {
			return 0, 0
		}
		i, j := ia[fr[0]], ia[fr[len(fr)-1]]+1
		k, l := ib[nl[0]], ib[nl[len(nl)-1]]+1
		if words.copied(i, j, k, l) {
			// A paragraph pasted in the other language beside its
			// translation is its twin, not its counterpart.
			return 0, 0
		}
		nums = anchorBonus(numsA[i:j], numsB[k:l], &scratch)
		return nums + words.bonus(i, j, k, l) + translatedWeight*translatedShare(fr, nl), nums
	}
	// side returns the units of m on the FR side (fr true) or NL side.
	side := func(m *match, fr bool) *[]*Unit {
		if fr {
			return &m.fr
		}
		return &m.nl
	}
	for k := 0; k < len(ms); k++ {
		m := &ms[k]
		var alone bool // the side of the lone unit: true for FR
		switch {
		case len(m.fr) == 1 && len(m.nl) == 0:
			alone = true
		case len(m.fr) == 0 && len(m.nl) == 1:
			alone = false
		default:
			continue
		}
		own := *side(m, alone)
		for _, d := range []int{1, -1} { // the match after, then the one before
			n := k + d
			if n < 0 || n >= len(ms) {
				continue
			}
			next := &ms[n]
			theirs, others := *side(next, alone), *side(next, !alone)
			if len(theirs) == 0 || len(others) == 0 {
				continue
			}
			// The unit of the other side next to the lone one.
			e := 0
			if d < 0 {
				e = len(others) - 1
			}
			edge := others[e : e+1]
			pair := func(x, y []*Unit) (float64, float64) {
				if alone {
					return shared(x, y)
				}
				return shared(y, x)
			}
			withLone, lonesNums := pair(own, edge)
			withOwn, _ := pair(theirs, edge)
			if withLone <= withOwn || withLone <= 0 {
				continue
			}
			if len(others) >= 2 {
				// A merge gives up its unit next to the lone one.
				*side(m, !alone) = edge
				if d > 0 {
					*side(next, !alone) = others[1:]
				} else {
					*side(next, !alone) = others[:len(others)-1]
				}
				break
			}
			if lonesNums <= 0 || len(theirs) != 1 {
				continue
			}
			// A one-to-one match gives its partner to the lone unit; its
			// own unit joins the match beyond it or stays alone.
			*side(m, !alone) = edge
			*side(next, !alone) = nil
			if far := n + d; far >= 0 && far < len(ms) && len(ms[far].fr) > 0 && len(ms[far].nl) > 0 && len(*side(&ms[far], alone)) < 3 {
				beyond := side(&ms[far], alone)
				if d > 0 {
					*beyond = append(append([]*Unit(nil), theirs...), *beyond...)
				} else {
					*beyond = append(append([]*Unit(nil), *beyond...), theirs...)
				}
				*side(next, alone) = nil
			}
			break
		}
	}
	// Drop the matches emptied on both sides.
	out := ms[:0]
	for _, m := range ms {
		if len(m.fr) > 0 || len(m.nl) > 0 {
			out = append(out, m)
		}
	}
	return out
}
