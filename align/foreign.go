package align

// Text in the wrong stream. A column-split extraction sends a page laid
// out across both columns (an impact analysis form, the coordinated text
// of a bill, an annex) to one stream whole, so a stream of one language
// can hold long passages of the other. Paired, such a passage meets its
// own language on the other side or nothing, and every sentence of it
// turns into a finding. setAsideForeign recognises it and sets it aside.

// Thresholds of a passage in the other language: its blocks must say so
// clearly (a language score of foreignScore or more, the other way), there
// must be foreignBlocks of them at least, and foreignChars of text. A
// single paragraph left untranslated is a translation defect the checks
// report (untranslated/language), not a passage in the wrong stream; a
// quotation kept in the original language (a minister's delegate
// answering the Council of State in French, quoted as such in the Dutch
// opinion) stands in both versions and is shorter than an annex.
const (
	foreignScore  = 4
	foreignBlocks = 3
	foreignChars  = 1200
	// foreignGap is the most characters of the stream's own language that
	// a run may hold between two of its blocks: a label or a heading left
	// in the stream's language ("Art. 13. § 1er.") does not end a table.
	foreignGap = 200
)

// setAsideForeign marks as Foreign the runs of blocks of a monolingual
// stream in language lang that are written in the other language. A run
// is made of blocks clearly in the other language and the blocks without
// a language of their own between them (numbers, names, table cells); it
// ends at more than foreignGap characters clearly in lang. Each block of
// a run gets the other language.
func setAsideForeign(blocks []Block, lang Lang) {
	other := lang.Other()
	if other == Neutral {
		return
	}
	// floor is where the last run candidate ended: a run reaches back to
	// leaning blocks after it only, so that each block is looked at a
	// bounded number of times.
	start, last, n, chars, gap, floor := -1, -1, 0, 0, 0, 0
	flush := func() {
		if start >= 0 && n >= foreignBlocks && chars >= foreignChars {
			last = leaningAfter(blocks, last, lang)
			for i := start; i <= last; i++ {
				if blocks[i].Kind == Noise {
					continue
				}
				blocks[i].Kind, blocks[i].Lang = Foreign, other
			}
		}
		if last >= 0 {
			floor = last + 1
		}
		start, last, n, chars, gap = -1, -1, 0, 0, 0
	}
	for i := range blocks {
		b := &blocks[i]
		if b.Kind == Noise {
			continue
		}
		sc := Score(b.Text.S)
		if lang == NL {
			sc = -sc
		}
		switch {
		case sc <= -foreignScore: // clearly the other language
			if start < 0 {
				start = leaningBefore(blocks, i, floor, lang)
			}
			last, gap = i, 0
			n++
			chars += len(b.Text.S)
		case sc >= 2: // this stream's language: the run ends
			if gap += len(b.Text.S); gap > foreignGap {
				flush()
			}
		default:
			if start >= 0 {
				chars += len(b.Text.S)
			}
		}
	}
	if start >= 0 && gap == 0 {
		// Nothing in the stream's language follows the run: the blocks
		// without a clear language after it close it.
		for last+1 < len(blocks) && blocks[last+1].Kind != Foreign {
			last++
		}
	}
	flush()
}

// leaningBefore returns where a run of the other language than lang
// that holds block i begins: at i, or earlier, not before floor, at the
// blocks just before it that lean to the other language without saying
// so clearly (a heading: "Coördinatie van BASISTEKST"), page furniture
// between them.
func leaningBefore(blocks []Block, i, floor int, lang Lang) int {
	return leaningEdge(blocks, i, -1, floor, lang)
}

// leaningAfter returns where a run of the other language than lang that
// holds block i ends: at i, or later at the blocks just after it that
// lean to the other language without saying so clearly (the last
// article's heading of a table: "Art. 15. Disposition d’entrée en
// vigueur"), page furniture between them.
func leaningAfter(blocks []Block, i int, lang Lang) int {
	return leaningEdge(blocks, i, 1, len(blocks)-1, lang)
}

// leaningEdge walks from block i by step (-1 or 1) up to limit, stopping
// at a set-aside block or one leaning to lang, and returns the farthest
// block leaning to the other language.
func leaningEdge(blocks []Block, i, step, limit int, lang Lang) int {
	edge := i
	for k := i + step; (k-limit)*step <= 0 && blocks[k].Kind != Foreign; k += step {
		if blocks[k].Kind == Noise {
			continue
		}
		sc := leaning(blocks[k].Text.S, lang)
		if sc > 0 {
			break
		}
		if sc < 0 {
			edge = k
		}
	}
	return edge
}

// leaning is the language score of s seen from a stream in lang:
// positive for lang, negative for the other language.
func leaning(s string, lang Lang) int {
	if lang == NL {
		return -Score(s)
	}
	return Score(s)
}

// crossForeign returns the blocks of a French and a Dutch stream, one
// after the other, with the passages in the wrong stream exchanged where
// both streams hold them. A table of two columns in one language (the
// coordinated text of a bill: base text beside adapted text; an impact
// analysis form: questions beside answers) is cut by a column-split
// extraction into a left half in the French stream and a right half in
// the Dutch one, and the other language's table likewise: the French
// stream then reads French left halves, then Dutch left halves, and the
// Dutch stream French right halves, then Dutch right halves. The k-th
// passage set aside in one stream then stands where the other stream
// holds the k-th passage of its language, so each is read there as text
// of its language (Crossed) and pairs with its translation.
//
// Only when both streams hold as many such passages is it done: a passage
// in one stream alone (an annex in one language) stays set aside.
func crossForeign(fr, nl []Block) []Block {
	ra, rb := foreignRuns(fr), foreignRuns(nl)
	out := make([]Block, 0, len(fr)+len(nl))
	if len(ra) == 0 || len(ra) != len(rb) {
		return append(append(out, fr...), nl...)
	}
	out = appendCrossed(out, fr, nl, ra, rb)
	return appendCrossed(out, nl, fr, rb, ra)
}

// appendCrossed appends to out the blocks of a stream with each of its
// foreign runs replaced by the matching run of the other stream, marked
// Crossed.
func appendCrossed(out, own, other []Block, runs, otherRuns [][2]int) []Block {
	at := 0
	for k, r := range runs {
		out = append(out, own[at:r[0]]...)
		for _, b := range other[otherRuns[k][0]:otherRuns[k][1]] {
			if b.Kind == Foreign {
				b.Kind = Crossed
			}
			out = append(out, b)
		}
		at = r[1]
	}
	return append(out, own[at:]...)
}

// foreignRuns returns the runs of Foreign blocks of a stream, with the
// page furniture inside them, as [start, end) block indexes.
func foreignRuns(blocks []Block) [][2]int {
	var runs [][2]int
	for i := 0; i < len(blocks); {
		if blocks[i].Kind != Foreign {
			i++
			continue
		}
		e := i + 1
		for e < len(blocks) && (blocks[e].Kind == Foreign || blocks[e].Kind == Noise) {
			e++
		}
		for blocks[e-1].Kind == Noise {
			e--
		}
		runs = append(runs, [2]int{i, e})
		i = e
	}
	return runs
}
