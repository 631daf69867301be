package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// PdftotextLayout reads the text poppler's pdftotext writes in its default
// mode for a two-column bilingual document: each page's left column, then
// its right column, every line wrapped where the PDF wrapped it.
//
// It finds page boundaries (form feeds, blank lines, running headers that
// hold a page number), sets the page furniture aside as Noise blocks, and
// cuts each text page at the one line where the language changes, since
// which language comes first can change from page to page. Paragraphs are
// rebuilt from the wrapped lines: pdftotext leaves a space at the end of a
// line whose paragraph goes on, and a hyphen where a word was split; a
// paragraph cut by the page end goes on in the same language on the next
// page. Cover pages, whose languages alternate, are read paragraph by
// paragraph, with their party, abbreviation and contents tables as cells.
// Footnote markers glued to the word before them are taken out of the text
// and their notes become blocks of their own.
func PdftotextLayout(src *Source) []Block {
	lines := make([]ptLine, len(src.Lines))
	for i, s := range src.Lines {
		lines[i] = cleanPtLine(s, i+1)
	}
	r := ptReader{known: knownHyphenations(lines)}
	for _, pg := range splitPages(lines) {
		r.page(pg)
	}
	fillColumns(r.blocks)
	return withRaw(r.blocks)
}

// LooksLikePdftotext reports whether src looks like pdftotext output of a
// Chamber document: letter-spaced running headers or form feeds.
func LooksLikePdftotext(src *Source) bool {
	for _, l := range src.Lines {
		if strings.HasPrefix(l, "\f") || letterSpacedHeaderRE.MatchString(strings.TrimSpace(l)) {
			return true
		}
	}
	return false
}

// ptLine is one line of pdftotext output.
type ptLine struct {
	t      Text // trimmed, control characters and soft hyphens removed
	n      int  // 1-based line number
	open   bool // the line ends in white space: its paragraph goes on
	hyphen bool // the line ends in a hyphen or soft hyphen
	soft   bool // the hyphen is a soft hyphen, to be dropped
	ff     bool // the line starts with a form feed
}

// cleanPtLine maps one input line to text, dropping form feeds, control
// characters (pdftotext leaves backspaces after party names) and soft
// hyphens, and turning tabs into spaces.
func cleanPtLine(s string, n int) ptLine {
	l := ptLine{n: n, ff: strings.HasPrefix(s, "\f")}
	var b strings.Builder
	var segs []Segment
	col, inRun := 1, false
	last := rune(0)
	for _, r := range s {
		keep := r
		switch {
		case r == '\t':
			keep = ' '
		case r == '\u00ad' || unicode.IsControl(r) || r == '\ufeff':
			keep = -1
		}
		if r == '\u00ad' {
			last = r
		} else if !unicode.IsSpace(r) && keep >= 0 {
			last = r
		}
		if keep < 0 {
			inRun = false
			col++
			continue
		}
		if !inRun {
			segs = append(segs, Segment{Off: b.Len(), Pos: Pos{Line: n, Col: col}})
			inRun = true
		}
		b.WriteRune(keep)
		col++
	}
	t := Text{S: b.String(), Segs: segs}
	if t.S == "" {
		t.Segs = nil
	}
	trimmedRight := strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != '\u00a0' })
	l.open = len(trimmedRight) < len(s) && strings.TrimSpace(s) != ""
	l.t = trimText(t)
	switch {
	case last == '\u00ad':
		l.hyphen, l.soft = true, true
	case strings.HasSuffix(l.t.S, "-") && len(l.t.S) > 1:
		prev, _ := utf8.DecodeLastRuneInString(l.t.S[:len(l.t.S)-1])
		l.hyphen = unicode.IsLetter(prev) || unicode.IsDigit(prev)
	}
	return l
}

var (
	letterSpacedHeaderRE = lazyregexp.New(`^(K A M E R|C H A M B R E)\b`)
	furnitureRE          = lazyregexp.New(`^(\d{1,5}|\d{4}/\d{3}|(DOC|Doc) \d{2}( \d{4}/\d{3})?|(K A M E R|C H A M B R E)\b.*)$`)
	furnitureAnchorRE    = lazyregexp.New(`^(\d{4}/\d{3}|(DOC|Doc) \d{2}( \d{4}/\d{3})?|(K A M E R|C H A M B R E)\b.*)$`)
	pageNumberLineRE     = lazyregexp.New(`^\d{1,3}$`)
	printerRE            = lazyregexp.New(`^Centrale drukkerij\b|^Imprimerie centrale\b`)
	separatorRE          = lazyregexp.New(`^[*\s]+$`)
)

// ptPage is the text lines of one page, its furniture set aside.
type ptPage struct {
	num   int
	lines []ptLine
	noise []ptLine
}

// splitPages cuts the lines into pages and hands the furniture to r as
// noise. A run of furniture lines (running header, DOC number, page
// number) holding a page number starts a page, as do form feeds and blank
// lines.
func splitPages(lines []ptLine) []ptPage {
	pages := []ptPage{{num: 1}}
	cur := &pages[0]
	boundary := func(printed int) {
		if len(cur.lines) == 0 {
			if printed > 0 {
				cur.num = printed
			}
			return
		}
		num := cur.num + 1
		if printed > cur.num {
			num = printed
		}
		pages = append(pages, ptPage{num: num})
		cur = &pages[len(pages)-1]
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.ff {
			boundary(0)
		}
		if l.t.S == "" {
			boundary(0)
			continue
		}
		if j := furnitureRun(lines, i); j > i {
			printed := 0
			for _, f := range lines[i:j] {
				if pageNumberLineRE.MatchString(f.t.S) {
					printed = atoi(f.t.S)
				}
			}
			if printed > 0 {
				boundary(printed)
			}
			cur.noise = append(cur.noise, lines[i:j]...)
			i = j - 1
			continue
		}
		if printerRE.MatchString(l.t.S) {
			cur.noise = append(cur.noise, l)
			continue
		}
		cur.lines = append(cur.lines, l)
	}
	return pages
}

// furnitureRun returns the end of the run of furniture lines starting at
// i, or i when there is none: the lines must all look like furniture and
// at least one must be a running header or a DOC number.
func furnitureRun(lines []ptLine, i int) int {
	j, anchor := i, false
	for j < len(lines) && !lines[j].ff || j == i {
		if j >= len(lines) || !furnitureRE.MatchString(lines[j].t.S) {
			break
		}
		anchor = anchor || furnitureAnchorRE.MatchString(lines[j].t.S)
		j++
	}
	if !anchor {
		return i
	}
	return j
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// ptReader accumulates the blocks of a pdftotext document.
type ptReader struct {
	blocks []Block
	known  wordForms // words seen inside lines, by language
	// open holds, per language, the index of the paragraph block cut by
	// the end of the last page, or -1.
	open     map[Lang]int
	openLine map[Lang]ptLine // the last line of each open paragraph
	rows     map[string]int  // last row number per table and language
}

func (r *ptReader) noise(l ptLine, page int) {
	if l.t.S == "" {
		return
	}
	r.blocks = append(r.blocks, Block{Text: l.t, Kind: Noise, Page: page, Lines: []int{l.n}})
}

// page reads one page: a text page as two language columns, a page whose
// languages alternate paragraph by paragraph.
func (r *ptReader) page(pg ptPage) {
	for _, l := range pg.noise {
		r.noise(l, pg.num)
	}
	if len(pg.lines) == 0 {
		return
	}
	if r.open == nil {
		r.open = map[Lang]int{FR: -1, NL: -1}
		r.openLine = map[Lang]ptLine{}
		r.rows = map[string]int{}
	}
	cut, first, ok := columnCut(pg.lines)
	if !ok {
		r.open[FR], r.open[NL] = -1, -1
		r.mixed(pg)
		return
	}
	r.column(pg.lines[:cut], first, pg.num)
	r.column(pg.lines[cut:], first.Other(), pg.num)
}

// columnCut finds the line where a text page passes from its first
// language column to the second. It reports false when the page's
// languages alternate too much for two columns (a cover page).
func columnCut(lines []ptLine) (cut int, first Lang, ok bool) {
	n := len(lines)
	scores := make([]int, n)
	total, abs := 0, 0
	for i, l := range lines {
		scores[i] = Score(l.t.S)
		total += scores[i]
		abs += max(scores[i], -scores[i])
	}
	if abs == 0 {
		return 0, Neutral, false
	}
	// val(k) = sum(scores[:k]) - sum(scores[k:]): French first, then Dutch.
	best, bestK, bestSign := -1<<31, 0, 1
	prefix := 0
	for k := 0; k <= n; k++ {
		if k > 0 {
			prefix += scores[k-1]
		}
		v := prefix - (total - prefix)
		for _, sign := range []int{1, -1} {
			sv := sign * v
			better := sv > best
			// On a tie prefer a cut after a line that ends a paragraph.
			if sv == best && sign == bestSign && k > 0 && !lines[k-1].open && !lines[k-1].hyphen {
				better = true
			}
			if better {
				best, bestK, bestSign = sv, k, sign
			}
		}
	}
	// A paragraph of one column left in the other language pulls the cut
	// towards it, or leaves the page without a clear one: read the page
	// again with that paragraph set aside when doing so explains it better.
	if k, sign, ok := islandCut(lines, scores, best, abs); ok {
		bestK, bestSign, best = k, sign, abs
	}
	// Two columns only when nearly all the evidence agrees with the cut.
	if best*10 < abs*8 {
		return 0, Neutral, false
	}
	first = FR
	if bestSign < 0 {
		first = NL
	}
	return bestK, first, true
}

// islandMin is the language evidence (Score) a paragraph needs to be taken
// for one left in the other language inside a column: a line with a name or
// a quoted title in the other language is no such paragraph.
const islandMin = 6

// islandCut looks for a cut of a page's lines into two language columns
// that one paragraph, whole and inside a column, contradicts: a paragraph
// left untranslated, with lines of its column's language before and after
// it. It returns the cut and its sign (1 for French first) when the page
// read that way, the paragraph set aside, agrees with its columns in a
// larger share of its evidence than the best plain cut (best of all) does,
// and in at least the share a two-column page needs.
func islandCut(lines []ptLine, scores []int, best, all int) (cut, sign int, ok bool) {
	n := len(lines)
	if best >= all {
		return 0, 0, false // the plain cut explains the whole page
	}
	prefix := make([]int, n+1)
	for i, s := range scores {
		prefix[i+1] = prefix[i] + s
	}
	// agree returns the agreement of the cut at k with sign sg: the
	// evidence on the side of its column minus the evidence against.
	agree := func(k, sg int) int { return sg * (prefix[k] - (prefix[n] - prefix[k])) }
	// prev[i] and next[i] are the nearest lines with evidence at or
	// before i and at or after i (-1 and n when there is none).
	prev, next := make([]int, n), make([]int, n+1)
	last := -1
	for i, s := range scores {
		if s != 0 {
			last = i
		}
		prev[i] = last
	}
	next[n] = n
	for i := n - 1; i >= 0; i-- {
		next[i] = next[i+1]
		if scores[i] != 0 {
			next[i] = i
		}
	}
	// nearest returns the sign of the evidence of line i, or 0 for a line
	// outside [lo, hi).
	nearest := func(i, lo, hi int) int {
		if i < lo || i >= hi {
			return 0
		}
		return max(-1, min(1, scores[i]))
	}
	bestNum, bestDen := best, all // the share to beat
	for s := 1; s < n; s++ {
		if lines[s-1].open || lines[s-1].hyphen {
			continue // not the start of a paragraph
		}
		e := s + 1
		for e < n && (lines[e-1].open || lines[e-1].hyphen) {
			e++
		}
		if e >= n || lines[e-1].open || lines[e-1].hyphen {
			continue // the page's last paragraph, or one cut by the page end
		}
		ps := prefix[e] - prefix[s]
		if max(ps, -ps) < islandMin {
			continue
		}
		lang := 1 // the language of the column the paragraph would stand in
		if ps > 0 {
			lang = -1
		}
		// The island's best cut: on a tie, the later one after a line
		// that ends a paragraph, as for a plain cut.
		iNum, iDen, iK, iSign, found := 0, 1, 0, 0, false
		for k := 0; k <= n; k++ {
			var sg int
			switch {
			case k > e && nearest(prev[s-1], 0, s) == lang && nearest(next[e], e, k) == lang:
				sg = lang // in the first column
			case k < s && nearest(prev[s-1], k, s) == lang && nearest(next[e], e, n) == lang:
				sg = -lang // in the second column
			default:
				continue
			}
			num, den := agree(k, sg)+max(ps, -ps), all-max(ps, -ps)
			if den <= 0 {
				continue
			}
			if !found || num*iDen > iNum*den || num*iDen == iNum*den && k > 0 && !lines[k-1].open && !lines[k-1].hyphen {
				iNum, iDen, iK, iSign, found = num, den, k, sg, true
			}
		}
		if !found || iNum*10 < iDen*8 {
			s = e - 1
			continue
		}
		// Of two readings that explain the page as well, the one whose
		// columns have about as many lines wins: both columns fill the
		// page.
		if better, tie := iNum*bestDen > bestNum*iDen, iNum*bestDen == bestNum*iDen; better || tie && ok && abs(2*iK-n) < abs(2*cut-n) {
			bestNum, bestDen, cut, sign, ok = iNum, iDen, iK, iSign, true
		}
		s = e - 1
	}
	return cut, sign, ok
}

// column reads the lines of one language column of a text page.
func (r *ptReader) column(lines []ptLine, lang Lang, page int) {
	body, notes := splitNotes(lines)
	if len(notes) > 0 {
		markers := map[string]bool{}
		for _, nt := range notes {
			markers[nt.num] = true
		}
		for i := range body {
			body[i].t = StripNoteMarkers(body[i].t, markers)
		}
	}
	i := 0
	if o := r.open[lang]; o >= 0 && len(body) > 0 {
		b := &r.blocks[o]
		var last ptLine
		i, last = r.extend(b, r.openLine[lang], body, 0)
		b.Lang = Detect(b.Text.S)
		if i < len(body) || !(last.open || last.hyphen) {
			r.open[lang] = -1
		} else {
			r.openLine[lang] = last
		}
	}
	for i < len(body) {
		b := Block{Kind: Para, Col: lang, Page: page, Text: body[i].t, Lines: []int{body[i].n}}
		var last ptLine
		i, last = r.extend(&b, body[i], body, i+1)
		b.Lang = Detect(b.Text.S)
		if separatorRE.MatchString(b.Text.S) {
			b.Kind, b.Lang = Noise, Neutral
		}
		r.blocks = append(r.blocks, b)
		r.open[lang] = -1
		if b.Kind == Para && (last.open || last.hyphen) {
			r.open[lang] = len(r.blocks) - 1
			r.openLine[lang] = last
		}
	}
	for _, nt := range notes {
		b := Block{Text: nt.t, Kind: Para, Col: lang, Page: page, Lines: nt.lines}
		b.Lang = Detect(b.Text.S)
		r.blocks = append(r.blocks, b)
	}
}

// extend appends body[i:] to b while the line before says the paragraph
// goes on; prev is the paragraph's last line so far. It returns the index
// of the first line not taken and the paragraph's last line.
func (r *ptReader) extend(b *Block, prev ptLine, body []ptLine, i int) (int, ptLine) {
	for ; i < len(body); i++ {
		if !(prev.open || prev.hyphen) || separatorRE.MatchString(body[i].t.S) || separatorRE.MatchString(prev.t.S) {
			break
		}
		r.joinLine(&b.Text, prev, body[i], b.Col)
		b.Lines = append(b.Lines, body[i].n)
		prev = body[i]
	}
	return i, prev
}

// joinLine appends line l to t, undoing the hyphenation of the line before
// it where the hyphen only split a word.
func (r *ptReader) joinLine(t *Text, prev, l ptLine, lang Lang) {
	if prev.hyphen && !prev.open {
		if prev.soft {
			t.AppendText(l.t)
			return
		}
		head := lastWord(t.S)
		next := firstWord(l.t.S)
		keep, space := r.keepHyphen(head, next, lang)
		if space {
			t.Join(l.t)
			return
		}
		if !keep {
			*t = t.Slice(0, len(t.S)-1)
		}
		t.AppendText(l.t)
		return
	}
	t.Join(l.t)
}

// keepHyphen decides about a hyphen at a line end between head (ending in
// "-") and next: keep reports whether the hyphen belongs to the word
// ("vice-gouverneur", "2024-2025", "OCMW-ziekenhuizen"); space whether it
// ends an elided compound before a conjunction ("controle- en").
func (r *ptReader) keepHyphen(head, next string, lang Lang) (keep, space bool) {
	if next == "" {
		return true, false
	}
	switch strings.ToLower(next) {
	case "en", "of", "et", "ou", "tot":
		return true, true
	}
	stem := strings.TrimSuffix(head, "-")
	if i := strings.LastIndex(stem, "-"); i >= 0 {
		stem = stem[i+1:]
	}
	pr, _ := utf8.DecodeLastRuneInString(stem)
	nr, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(pr) || !unicode.IsLower(nr) {
		return true, false
	}
	rest := strings.ToLower(trimWord(next))
	forms := r.known[lang]
	hyph, joined := forms[strings.ToLower(stem)+"-"+rest], forms[strings.ToLower(stem)+rest]
	if hyph != joined {
		return hyph > joined, false
	}
	return compoundPrefixes[strings.ToLower(stem)], false
}

// compoundPrefixes are the first halves of French and Dutch compounds that
// keep their hyphen.
var compoundPrefixes = map[string]bool{
	"non": true, "vice": true, "ex": true, "demi": true, "mi": true, "semi": true,
	"quasi": true, "sous": true, "contre": true, "avant": true, "après": true,
	"arrière": true, "oud": true, "anti": false,
}

// wordForms counts, per language, the words written inside lines with a
// hyphen ("vice-gouverneur") and without one ("vicegouverneur"), so that a
// hyphen at a line end can be told from a word split. A line counts for
// the language its words point to.
type wordForms map[Lang]map[string]int

func knownHyphenations(lines []ptLine) wordForms {
	known := wordForms{FR: {}, NL: {}, Neutral: {}}
	for _, l := range lines {
		lang := Detect(l.t.S)
		for _, w := range strings.Fields(l.t.S) {
			w = strings.ToLower(trimWord(w))
			known[lang][w]++
			known[Neutral][w]++
		}
	}
	return known
}

func trimWord(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		s = s[:i]
	}
	return trimWord(s)
}

// fillColumns gives a neutral paragraph the column of the paragraph after
// it on its page — on cover pages a label such as "Zie:" comes before what
// it labels — or else of the paragraph before it.
func fillColumns(blocks []Block) {
	next, page := Neutral, -1
	for i := len(blocks) - 1; i >= 0; i-- {
		b := &blocks[i]
		if b.Kind != Para {
			continue
		}
		if b.Page != page {
			next, page = Neutral, b.Page
		}
		if b.Col == Neutral {
			b.Col = next
		}
		next = b.Col
	}
	last := Neutral
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != Para {
			continue
		}
		if b.Col == Neutral {
			b.Col = last
		}
		last = b.Col
	}
}

// withRaw gives each block whose reader kept no input text of its own its
// text as Raw, so that split writes every stream.
func withRaw(blocks []Block) []Block {
	for i := range blocks {
		if blocks[i].Raw == "" {
			blocks[i].Raw = blocks[i].Text.S
		}
	}
	return blocks
}
