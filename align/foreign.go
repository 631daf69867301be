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
)

// setAsideForeign marks as Foreign the runs of blocks of a monolingual
// stream in language lang that are written in the other language. A run
// is made of blocks clearly in the other language and the blocks without
// a language of their own between them (numbers, names, table cells); it
// ends at a block clearly in lang. Each block of a run gets the language
// it is written in.
func setAsideForeign(blocks []Block, lang Lang) {
	other := lang.Other()
	if other == Neutral {
		return
	}
	start, last, n, chars := -1, -1, 0, 0
	flush := func() {
		if start >= 0 && n >= foreignBlocks && chars >= foreignChars {
			for i := start; i <= last; i++ {
				if blocks[i].Kind == Noise {
					continue
				}
				blocks[i].Kind = Foreign
				if blocks[i].Lang == Neutral {
					blocks[i].Lang = other
				}
			}
		}
		start, last, n, chars = -1, -1, 0, 0
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
				start = i
			}
			last = i
			n++
			chars += len(b.Text.S)
		case sc >= 2: // this stream's language: the run ends
			flush()
		default:
			if start >= 0 {
				chars += len(b.Text.S)
			}
		}
	}
	flush()
}
