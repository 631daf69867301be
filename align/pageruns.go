package align

import "strings"

// fixPageRuns puts a paragraph written in the wrong language back in the
// column it stands in on its page. A page of a two-column extraction,
// between its page furniture (page number, DOC line, running header),
// holds the blocks of one language column and then those of the other. A
// paragraph left untranslated is detected as the other language and would
// be read into the other column; its place on the page says where it
// belongs.
//
// A block is moved only when the page reads as two runs with exactly that
// one block out of place, the move leaves the two columns with about the
// same amount of text, as a translation's columns have, and no other
// reading of the page does as well: a page with one column only, or two
// pages whose furniture was lost, keeps its blocks where their language
// puts them.
func fixPageRuns(blocks []Block) {
	var pages [][]Block
	start := 0
	for i := 0; i <= len(blocks); i++ {
		if i < len(blocks) && blocks[i].Kind != Noise {
			continue
		}
		if i > start {
			pages = append(pages, blocks[start:i])
		}
		start = i + 1
	}
	firsts := columnOrder(pages)
	for _, page := range pages {
		fixPage(page, firsts)
	}
}

// columnOrder returns the language whose column comes first on the pages
// of a document: the one that comes first on most pages holding both
// columns in order, or both languages when there is no telling.
func columnOrder(pages [][]Block) []Lang {
	var count [3]int // pages read as two runs, by the first run's language
	for _, page := range pages {
		var runs []Lang
		for i := range page {
			if b := &page[i]; b.Kind == Para && b.Lang != Neutral && (len(runs) == 0 || runs[len(runs)-1] != b.Lang) {
				runs = append(runs, b.Lang)
			}
		}
		if len(runs) == 2 {
			count[runs[0]]++
		}
	}
	switch {
	case count[FR] > count[NL]:
		return []Lang{FR}
	case count[NL] > count[FR]:
		return []Lang{NL}
	}
	return []Lang{FR, NL}
}

// fixPage applies fixPageRuns to the blocks of one page, whose first run
// is in one of the languages firsts.
func fixPage(page []Block, firsts []Lang) {
	var idx []int // the paragraphs written in a language
	for i := range page {
		if page[i].Kind == Para && page[i].Lang != Neutral {
			idx = append(idx, i)
		}
	}
	// A reading of the page is a first column and the place where the
	// second begins; it puts out of place the blocks whose language is not
	// their run's. A block starting in lower case goes on from the page
	// before, so it opens its run: a reading that puts one inside a run
	// is kept only when no other reading does as well. Only readings with
	// one block out of place matter, and each is found in constant time
	// from counts of the blocks out of place before and after the cut.
	type reading struct {
		stray int
		opens bool
	}
	var lower []int // places in idx of blocks starting in lower case, the first aside
	for k, i := range idx {
		if k > 0 && startsLower(page[i].Text.S) {
			lower = append(lower, k)
		}
	}
	var ones []reading
	for _, first := range firsts {
		second := first.Other()
		// after[k] counts the blocks of idx[k:] not in the second
		// language; last is the last of them.
		after := make([]int, len(idx)+1)
		last := -1
		for k := len(idx) - 1; k >= 0; k-- {
			after[k] = after[k+1]
			if page[idx[k]].Lang != second {
				after[k]++
				if last < 0 {
					last = idx[k]
				}
			}
		}
		before, firstOut := 0, -1
		for cut := 0; cut <= len(idx); cut++ {
			if cut > 0 && page[idx[cut-1]].Lang != first {
				before++
				if firstOut < 0 {
					firstOut = idx[cut-1]
				}
			}
			switch before + after[cut] {
			case 0:
				return // the page reads as two runs as it is
			case 1:
				r := reading{stray: firstOut, opens: len(lower) == 0 || len(lower) == 1 && lower[0] == cut}
				if before == 0 {
					r.stray = last
				}
				ones = append(ones, r)
			}
		}
	}
	if len(ones) == 0 {
		return
	}
	var opening []reading
	for _, r := range ones {
		if r.opens {
			opening = append(opening, r)
		}
	}
	if len(opening) > 0 {
		ones = opening
	}
	var size [3]int // text per column, indexed by Lang
	for _, i := range idx {
		size[page[i].Col] += len(page[i].Text.S)
	}
	stray := -1
	for _, r := range ones {
		b := &page[r.stray]
		if r.stray == stray || b.Col != b.Lang || !balanced(size, b) {
			continue
		}
		if stray >= 0 {
			return // two readings that disagree
		}
		stray = r.stray
	}
	if stray >= 0 {
		page[stray].Col = page[stray].Lang.Other()
	}
}

// balanced reports whether moving b to the other column leaves the page's
// columns, holding size[FR] and size[NL] bytes of text, with about the same
// amount of text.
func balanced(size [3]int, b *Block) bool {
	n := len(b.Text.S)
	from, to := b.Lang, b.Lang.Other()
	return imbalance(size[from]-n, size[to]+n) <= maxImbalance
}

// maxImbalance is how much more text one column of a page may hold than
// the other after a block is moved between them: page breaks cut the two
// columns at slightly different places of the text.
const maxImbalance = 1.5

// imbalance returns how far apart two amounts of text are: the larger
// over the smaller, infinite (a large number) when one is empty.
func imbalance(a, b int) float64 {
	if a < b {
		a, b = b, a
	}
	if b <= 0 {
		return 1e18
	}
	return float64(a) / float64(b)
}

// fixTwins puts back in its column a paragraph left untranslated that is
// a copy of its counterpart: the same paragraph then stands twice in one
// column (once whole, the other copy perhaps cut short by a page break).
// Of the two copies, the one standing next to the other column's
// paragraphs on its page (a page's last French paragraph before the Dutch
// ones, or a Dutch paragraph among French ones) is the other column's;
// when both stand there, it is the one between paragraphs of the other
// column that translate its twin's neighbours (strayScore); when neither
// does, or the words do not tell, nothing tells which one strayed. The
// copies must stand on the same page or on pages next to each other, as a
// paragraph and its translation do: a paragraph a column repeats further
// on (a formula, a standard provision) is no untranslated copy. Of copies
// that carry a label (a recital, a request, an article), the one whose
// label fits the other column's sequence better than its own goes there,
// when the labels tell them apart: the copy cut short by a page break
// always stands beside the other column, as the last paragraph of its own.
func fixTwins(blocks []Block) {
	byHead := map[string][]int{}
	pageOf := make([]int, len(blocks))
	page := 0
	for i := range blocks {
		b := &blocks[i]
		if b.Kind == Noise && i > 0 && blocks[i-1].Kind != Noise {
			page++
		}
		pageOf[i] = page
		if b.Kind != Para || b.Lang == Neutral || b.Col != b.Lang {
			continue
		}
		if words := headWords(b.Text.S, twinWords); len(words) == twinWords {
			k := strings.Join(words, " ")
			byHead[k] = append(byHead[k], i)
		}
	}
	for _, idx := range byHead {
		if len(idx) != 2 || !twins(blocks[idx[0]].Text.S, blocks[idx[1]].Text.S) || pageOf[idx[1]]-pageOf[idx[0]] > 1 {
			continue
		}
		if k := labelKey(blocks[idx[0]].Text.S); k != "" {
			// The labels around each copy, in its column and in the
			// other (see fixMisplaced), say more than the page when they
			// tell the copies apart.
			col := blocks[idx[0]].Col
			score := func(x int) int {
				return fits(blocks, idx[x], col.Other(), k, -1) - fits(blocks, idx[x], col, k, idx[1-x])
			}
			if a, b := score(0), score(1); a != b {
				i := idx[0]
				if b > a {
					i = idx[1]
				}
				blocks[i].Col = blocks[i].Lang.Other()
				continue
			}
		}
		var edge []int
		for _, i := range idx {
			if besideOther(blocks, i) {
				edge = append(edge, i)
			}
		}
		if len(edge) == 1 {
			b := &blocks[edge[0]]
			b.Col = b.Lang.Other()
			continue
		}
		if len(edge) == 2 {
			// Both copies stand beside the other column: the stray one
			// stands where the other column's paragraphs translate the
			// paragraphs around its twin.
			a, b := strayScore(blocks, idx[0], idx[1]), strayScore(blocks, idx[1], idx[0])
			if a != b {
				i := idx[0]
				if b > a {
					i = idx[1]
				}
				blocks[i].Col = blocks[i].Lang.Other()
			}
		}
	}
}

// strayScore is how well copy x of a paragraph stands in the other
// column, its twin y being the copy in its own: how much of the other
// column's paragraphs before and after x the translation table renders by
// its own column's paragraphs before and after y. An untranslated copy
// takes the place of the translation it stands for, between the
// translations of its twin's neighbours.
func strayScore(blocks []Block, x, y int) float64 {
	lang := blocks[y].Lang
	score := 0.0
	for _, step := range []int{-1, 1} {
		own := nearestIn(blocks, y, step, lang, x)
		other := nearestIn(blocks, x, step, lang.Other(), -1)
		if own < 0 || other < 0 {
			continue
		}
		fr, nl := blocks[own].Text.S, blocks[other].Text.S
		if lang == NL {
			fr, nl = nl, fr
		}
		score += textShare(fr, nl)
	}
	return score
}

// nearestIn returns the nearest paragraph of a language in column col
// before (step -1) or after (step 1) blocks[i], skipping block skip, or -1.
func nearestIn(blocks []Block, i, step int, col Lang, skip int) int {
	for j := i + step; j >= 0 && j < len(blocks); j += step {
		if b := &blocks[j]; j != skip && b.Kind == Para && b.Lang != Neutral && b.Col == col {
			return j
		}
	}
	return -1
}

// headWords returns the first n words of s in lower case, or fewer when s
// has fewer. It reads only as far as they go: a paragraph of a whole
// document in one line costs its first words, not a copy of itself.
func headWords(s string, n int) []string {
	words := make([]string, 0, n)
	for w := range strings.FieldsSeq(s) {
		if len(words) == n {
			break
		}
		words = append(words, strings.ToLower(w))
	}
	return words
}

// twinWords is the number of words two paragraphs must open with alike to
// be taken for copies: short headings and formulas repeat in a column.
const twinWords = 8

// twins reports whether s and t are the same text, or one is the other cut
// short, up to case and spacing.
func twins(s, t string) bool {
	a, b := strings.Fields(strings.ToLower(s)), strings.Fields(strings.ToLower(t))
	if len(a) > len(b) {
		a, b = b, a
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// besideOther reports whether blocks[i] stands next to the other column
// on its page: the paragraph before it or after it, with no page furniture
// between, stands in the other column.
func besideOther(blocks []Block, i int) bool {
	other := blocks[i].Col.Other()
	return nearOnPage(blocks, i, -1) == other || nearOnPage(blocks, i, 1) == other
}

// nearOnPage returns the column of the nearest paragraph written in a
// language before (step -1) or after (step 1) blocks[i] on its page, or
// Neutral when page furniture or the end of the text comes first.
func nearOnPage(blocks []Block, i, step int) Lang {
	for j := i + step; j >= 0 && j < len(blocks); j += step {
		switch b := &blocks[j]; {
		case b.Kind == Noise:
			return Neutral
		case b.Kind == Para && b.Lang != Neutral:
			return b.Col
		}
	}
	return Neutral
}
