package align

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// FlowLayout reads flowing text: each line one long paragraph, as
// column-split extractions give. Blocks are cut at the fixed headings and
// at the labels of recitals, requests and articles, which are looked for
// in sequence (A. then B. …; 1. then 2. or 1.1. …), so that a letter or a
// number inside a sentence is not taken for a label.
func FlowLayout(src *Source) []Block {
	var blocks []Block
	for i, l := range src.Lines {
		if Blank(l) {
			continue
		}
		t := CleanLine(l, i+1, 1)
		pieces, noise := cutFlow(t)
		for k, piece := range pieces {
			b := Block{Text: piece, Lang: Detect(piece.S), Kind: Para, Lines: []int{i + 1}, Raw: piece.S}
			if noise[k] {
				b.Kind, b.Lang = Noise, Neutral
			} else if m := signatureRuns(piece.S, 1); m != nil && m[0][0] == 0 && m[0][1] >= len(piece.S)-1 {
				b.Lang = Neutral // signatories: names stand for both languages
			}
			blocks = append(blocks, b)
		}
	}
	return blocks
}

// flowHeadings are the headings cut out of a flow: the pattern and whether
// it must be found in capitals.
// Each holds in lits words that every match of it contains (in ASCII
// capitals or not, for a pattern that ignores case), so that a line with
// none of them is not scanned by the pattern (see literals).
var flowHeadings = []struct {
	re   *lazyregexp.Regexp
	caps bool
	lits literals
}{
	{lazyregexp.New(`(EXPOSÉ DES MOTIFS|MEMORIE VAN TOELICHTING|COMMENTAIRE DES ARTICLES|TOELICHTING BIJ DE ARTIKELEN|DÉVELOPPEMENTS|TOELICHTING|RÉSUMÉ|SAMENVATTING)`), true,
		literals{words: []string{"EXPOSÉ DES MOTIFS", "TOELICHTING", "COMMENTAIRE DES ARTICLES", "DÉVELOPPEMENTS", "RÉSUMÉ", "SAMENVATTING"}}},
	{lazyregexp.New(`(?i)(mesdames, messieurs,|dames en heren,)`), false,
		literals{words: []string{"dames, messieurs,", "dames en heren,"}, fold: true}},
	// The Council of State's opinion on a bill's draft, which comments on
	// the draft's articles in its own numbering.
	{lazyregexp.New(`(AVIS DU CONSEIL D[’']ÉTAT|ADVIES VAN DE RAAD VAN STATE)`), true,
		literals{words: []string{"AVIS DU CONSEIL D", "ADVIES VAN DE RAAD VAN STATE"}}},
	// The coordinated text of a bill: each language's base text and the
	// text adapted to the bill, two columns that the extraction sends to
	// the streams in halves (see crossForeign). In capitals, the bill
	// heading that ends it ("… AU PROJET DE LOI") is cut on its own.
	{lazyregexp.New(`(Coordination (?:TEXTE DE BASE|Texte de base)|Coördinatie van (?:BASISTEKST|Basistekst)|TEXTE ADAPTÉ AU|Texte adapté au projet de loi|TEKST AANGEPAST AAN HET|Tekst aangepast aan het wetsontwerp)`), false,
		literals{words: []string{"Coordination ", "Coördinatie van ", "TEXTE ADAPTÉ AU", "Texte adapté au projet de loi", "TEKST AANGEPAST AAN HET", "Tekst aangepast aan het wetsontwerp"}}},
	{lazyregexp.New(`(PROPOSITION DE RÉSOLUTION|VOORSTEL VAN RESOLUTIE|PROPOSITION DE LOI|WETSVOORSTEL|PROJET DE LOI|WETSONTWERP)`), true,
		literals{words: []string{"PROPOSITION DE ", "VOORSTEL VAN RESOLUTIE", "WETSVOORSTEL", "PROJET DE LOI", "WETSONTWERP"}}},
	{lazyregexp.New(`(PROPOSITION|VOORSTEL)\s+(?:(?:Article|Artikel|Art\.)\s+)?\d+`), true, // the articles part, even when its first article is lost
		literals{words: []string{"PROPOSITION", "VOORSTEL"}}},
	{lazyregexp.New(`(?i)(la chambre des représentants,|de kamer van volksvertegenwoordigers,)\s*[A-E]\. `), false, // A., or a later recital when the first ones are lost
		literals{words: []string{"la chambre des repr", "de kamer van volksvertegenwoordigers,"}, fold: true}},
	{lazyregexp.New(`(?i)(demande au gouvernement fédéral\s*:|verzoekte? de federale regering\s*:)`), false,
		literals{words: []string{"demande au gouvernement f", "de federale regering"}, fold: true}},
}

// literals are words of which every match of a pattern contains one.
// Where a text has none of them the pattern cannot match, and a flowing
// line of megabytes is spared the pattern: Go's regexp machine scans an
// alternation of words at some 0.3 MB/s, a word search at hundreds.
// With fold the words are in ASCII small letters and found in any ASCII
// case; a text with a character that folds to an ASCII letter (the
// Kelvin sign, the long s) is always scanned.
type literals struct {
	words []string
	fold  bool
}

// mayMatch reports whether the pattern of l may match s; lower is s with
// ASCII capitals in small letters, computed at the first need.
func (l literals) mayMatch(s string, lower *string) bool {
	if l.fold {
		if strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f") {
			return true
		}
		if *lower == "" && s != "" {
			*lower = string(asciiLower(make([]byte, 0, len(s)), s)) // every byte in its place
		}
		s = *lower
	}
	for _, w := range l.words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// wordAround reports whether s[start:end] stands alone: no letter touches
// it on either side.
func wordAround(s string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[end:])
	return (start == 0 || !unicode.IsLetter(before)) && (end == len(s) || !unicode.IsLetter(after))
}

var (
	coverStartRE  = lazyregexp.New(`N-VA\s*:\s*Nieuw-Vlaamse Alliantie`)
	coverEndRE    = lazyregexp.New(`\((papier MOT beige|beigekleurig MOT papier|papier beige|beigekleurig papier)\)`)
	abbrevStartRE = lazyregexp.New(`(\d{5}\s+)?(–\s+\S+\s+)?(Abréviations dans la numérotation|Afkorting bij de nummering)`)
	closingRE     = lazyregexp.New(`(Bruxelles|Brussel), (le )?\d{1,2}(er)? \p{L}+ \d{4}`)
	endDateRE     = lazyregexp.New(`[.;]\s+(\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4})\s+\p{Lu}`)
	chamberRE     = lazyregexp.New(`(?i)(la chambre des représentants|de kamer van volksvertegenwoordigers),\s*$`)
	requestsRE    = lazyregexp.New(`(?i)(demande au gouvernement fédéral|verzoekte? de federale regering)\s*:$`)
	billRE        = lazyregexp.New(`^(PROPOSITION DE LOI|WETSVOORSTEL|PROJET DE LOI|WETSONTWERP|PROPOSITION|VOORSTEL)$`)

	// flowFurnitureRE is page furniture left in a flow: the running header and
	// the printer's line.
	flowFurnitureRE   = lazyregexp.New(`(?:KAMER|CHAMBRE) • \d+e (?:ZITTING VAN DE \d+e ZITTINGSPERIODE|SESSION DE LA \d+e LÉGISLATURE)|(?:\b\d{4,6} +)?(?:Imprimerie centrale – Centrale drukkerij|Centrale drukkerij – Imprimerie centrale)`)
	flowFurnitureLits = literals{words: []string{"KAMER • ", "CHAMBRE • ", "Imprimerie centrale – Centrale drukkerij", "Centrale drukkerij – Imprimerie centrale"}}
	// coverNumberRE is the document's number printed large on the cover
	// after the authors ("(ingediend door …) 03396"), in one language's
	// column only.
	coverNumberRE = lazyregexp.New(`\) +(0\d{4})\b`)
	// gapRE is a run of spaces where a column or page ended in the flow.
	gapRE = lazyregexp.New(`\S {2,}\p{Ll}`)
	// upperGapRE is a gap followed by a capital: a page that ended with
	// its sentence.
	upperGapRE = lazyregexp.New(`\S {2,}\p{Lu}`)
	// flowNoteRE is a footnote number after a word in mid-sentence, before
	// the note's text or its web address.
	flowNoteRE = lazyregexp.New(`(?:\p{Ll},?|[.;:%)]\d{0,3}) (\d{1,3}) (?:\p{Lu}|https?:|www\.)`)
	// sourceRE marks the text of a footnote: a web address, a document or
	// a year of publication.
	sourceRE = lazyregexp.New(`www|http|\.pdf|\.be\b|et al\.|[Ii]bid|op\.\s?cit|loc\.\s?cit|\b(19|20)\d{2}\b`)
	// signatureRunRE is two or more signatories: names with their party.
	signatureRunRE = lazyregexp.New(`(?:\p{Lu}[\p{L}'’-]+ (?:(?:de|van|der|den|De|Van|Le|La) )?(?:\p{Lu}[\p{L}'’-]+ ){0,2}\([\p{L}&. -]{1,20}\)\s*){2,}`)
)

// signatureRuns returns the first n matches of signatureRunRE in s (all
// of them when n < 0), as FindAllStringIndex does, running the pattern
// only where a match can stand. A match holds nothing but letters,
// spaces and the marks of the pattern (' ’ - ( ) & .), and at least two
// closing brackets: s is cut into the runs of such characters, and the
// pattern, which looks at nothing around a match, reads only the runs
// with two closing brackets. On a long flow the pattern read every
// character and was a fifth of the reading.
func signatureRuns(s string, n int) [][]int {
	var out [][]int
	start, closing := 0, 0
	for i := 0; i <= len(s) && (n < 0 || len(out) < n); {
		r, size := utf8.RuneError, 1
		if i < len(s) {
			r, size = rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
		}
		if i < len(s) && signatureRune(r) {
			if r == ')' {
				closing++
			}
			i += size
			continue
		}
		if closing >= 2 {
			for _, m := range signatureRunRE.FindAllStringIndex(s[start:i], n-len(out)) {
				out = append(out, []int{start + m[0], start + m[1]})
			}
		}
		i += size
		start, closing = i, 0
	}
	return out
}

// signatureRune reports whether r may stand in a match of signatureRunRE.
func signatureRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\f', '\r', '\'', '’', '-', '(', ')', '&', '.':
		return true
	}
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// twoSpaces is what every gap of gapRE and upperGapRE holds.
var twoSpaces = literals{words: []string{"  "}}

// findAllIf is re.FindAllStringIndex(s, -1) for a pattern whose every
// match holds one of lits.
func findAllIf(re *lazyregexp.Regexp, lits literals, s string) [][]int {
	var lower string
	if !lits.mayMatch(s, &lower) {
		return nil
	}
	return re.FindAllStringIndex(s, -1)
}

// cutFlow cuts one flowing line into blocks.
func cutFlow(t Text) (pieces []Text, noise []bool) {
	s := t.S
	cuts := map[int]bool{}
	cover := map[int]bool{}
	type span struct{ start, end int }
	var heads []span
	first := true
	var lower string
	for _, h := range flowHeadings {
		if !h.lits.mayMatch(s, &lower) {
			continue
		}
		for _, m := range h.re.FindAllStringSubmatchIndex(s, -1) {
			m = m[2:4] // the heading itself, without the label after it
			if !wordAround(s, m[0], m[1]) {
				continue
			}
			hs := s[m[0]:m[1]]
			if billRE.MatchString(hs) || strings.HasPrefix(hs, "PROPOSITION DE R") || strings.HasPrefix(hs, "VOORSTEL VAN R") {
				if first && m[0] < 400 {
					first = false // the title page's document kind
				}
			}
			heads = append(heads, span{m[0], m[1]})
			cuts[m[0]], cuts[m[1]] = true, true
		}
	}
	if e := coverEndRE.FindStringIndex(s); e != nil {
		start := -1
		for _, re := range []*lazyregexp.Regexp{coverStartRE, abbrevStartRE} {
			if m := re.FindStringIndex(s[:e[0]]); m != nil && (start < 0 || m[0] < start) {
				start = m[0]
			}
		}
		if start >= 0 {
			cuts[start], cuts[e[1]] = true, true
			cover[start] = true
		}
	}
	for _, m := range closingRE.FindAllStringIndex(s, -1) {
		cuts[m[0]] = true
	}
	for _, m := range findAllIf(flowFurnitureRE, flowFurnitureLits, s) {
		cuts[m[0]], cuts[m[1]] = true, true
		cover[m[0]] = true
	}
	if m := coverNumberRE.FindStringSubmatchIndex(s); m != nil && m[2] < 2000 {
		cuts[m[2]], cuts[m[3]] = true, true
		cover[m[2]] = true
	}
	for _, z := range footnoteZones(s) {
		cuts[z[0]], cuts[z[1]] = true, true
		cover[z[0]] = true
	}
	for _, z := range overprintRuns(s) {
		cuts[z[0]], cuts[z[1]] = true, true
		cover[z[0]] = true
	}
	for _, m := range signatureRuns(s, -1) {
		cuts[m[0]], cuts[m[1]] = true, true
	}
	sort.Slice(heads, func(i, j int) bool { return heads[i].start < heads[j].start })
	// Regions: recitals after the chamber heading, requests after the
	// requests heading, articles after the last bill heading.
	recStart, reqStart, artStart := -1, -1, -1
	for _, h := range heads {
		hs := s[h.start:h.end]
		switch {
		case chamberRE.MatchString(hs):
			recStart = h.end
		case requestsRE.MatchString(hs):
			reqStart = h.end
		case billRE.MatchString(hs) && h.start > 400:
			artStart = h.end
		}
	}
	recEnd := len(s)
	if reqStart > recStart && recStart >= 0 {
		recEnd = reqStart
	}
	lastRecital := -1
	labelled := map[int]bool{}
	if recStart >= 0 {
		for _, at := range sequence(s, recStart, recEnd, letterLabels()) {
			cuts[at], labelled[at] = true, true
			lastRecital = at
		}
	}
	if reqStart < 0 && lastRecital >= 0 {
		reqStart = lastRecital
	}
	if reqStart >= 0 {
		for _, at := range requestSequence(s, reqStart) {
			cuts[at], labelled[at] = true, true
		}
	}
	if artStart >= 0 {
		for _, at := range articleSequence(s, artStart) {
			cuts[at], labelled[at] = true, true
		}
	}
	// The date and signatures that close the document, after its last
	// labelled unit.
	last := 0
	for c := range cuts {
		last = max(last, c)
	}
	if last > 0 && (lastRecital >= 0 || artStart >= 0) {
		if ms := endDateRE.FindAllStringSubmatchIndex(s[last:], -1); len(ms) > 0 {
			m := ms[len(ms)-1]
			cuts[last+m[2]] = true
		}
	}
	var offs []int
	for c := range cuts {
		if c > 0 && c < len(s) {
			offs = append(offs, c)
		}
	}
	sort.Ints(offs)
	var out []Text
	prev := 0
	cut := newSlicer(&t)
	for _, c := range append(offs, len(s)) {
		piece := cut.slice(prev, c)
		piece = trimText(piece)
		switch {
		case piece.S == "":
		case cover[prev]:
			// The cover's party and abbreviation tables, flattened into
			// the flow: set aside, they pair row by row only in the
			// block layout.
			out = append(out, piece)
			noise = append(noise, true)
		case labelled[prev] || len(piece.S) < minSplit:
			out = append(out, piece)
			noise = append(noise, false)
		default:
			// Running text whose paragraph breaks the extraction lost:
			// cut into sentences, which the pairing matches by length
			// and shared numbers.
			for _, x := range sentences(piece) {
				for _, y := range tableRuns(x) {
					out = append(out, y.Text)
					noise = append(noise, y.table)
				}
			}
		}
		prev = c
	}
	return out, noise
}

// minSplit is the length from which unlabelled running text in a flow is
// cut into sentences.
const minSplit = 400

// abbrevs are words that end with a period without ending a sentence.
var abbrevs = wordSet(`m mme mmes mr mrs dr st art arts al n nr nrs nos no doc parl p pp cf vol etc
	e.a o.a bv enz vb resp blz ed eds jr sr prof ir mgr dhr mevr id ibid op cit fig`)

// sentences cuts t after each . ! or ? followed by a space and a capital
// letter, a digit or an opening quote, unless the word before the period
// is an abbreviation or a single letter (initials).
func sentences(t Text) []Text {
	s := t.S
	var out []Text
	cut := newSlicer(&t)
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(s) && strings.ContainsRune("\"”»)’", rune(s[j])) {
			j++
		}
		if j >= len(s) || s[j] != ' ' {
			continue
		}
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k >= len(s) {
			break
		}
		r, _ := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"“«*", r) {
			continue
		}
		if c == '.' {
			w := i
			for w > start && (unicode.IsLetter(rune(s[w-1])) || s[w-1] == '.' || s[w-1] >= 0x80) {
				w--
			}
			word := strings.ToLower(s[w:i])
			last := word[strings.LastIndexByte(word, '.')+1:]
			if (utf8.RuneCountInString(word) <= 1 && !yearBefore(s, start, i)) || abbrevs[word] || abbrevs[last] {
				continue // an abbreviation: "M.", "art.", "Parl.St.", or a list number "1."
			}
		}
		if piece := trimText(cut.slice(start, k)); piece.S != "" {
			out = append(out, piece)
		}
		start = k
	}
	if piece := trimText(cut.slice(start, len(s))); piece.S != "" {
		out = append(out, piece)
	}
	return out
}

// yearBefore reports whether s[start:i] ends with a year standing alone:
// four digits from 1800 to 2099 after a space ("remis en décembre 2023.
// La Fondation …"), which ends its sentence, where a shorter number is a
// list item's ("1. La procédure") and a longer one part of a reference.
func yearBefore(s string, start, i int) bool {
	w := i
	for w > start && isDigitByte(s[w-1]) {
		w--
	}
	if i-w != 4 || w == start || s[w-1] != ' ' {
		return false
	}
	y := s[w:i]
	return y >= "1800" && y <= "2099"
}

// letterLabels lists recital labels in order: A … Z, AA, BB … ZZ.
func letterLabels() []string {
	var out []string
	for c := 'A'; c <= 'Z'; c++ {
		out = append(out, string(c))
	}
	for c := 'A'; c <= 'Z'; c++ {
		out = append(out, string([]rune{c, c}))
	}
	return out
}

// labelAt reports whether a label at s[i:] stands where a unit can start:
// at the region start or after a sentence or clause end.
func labelAt(s string, i, regionStart int) bool {
	j := i
	for j > regionStart && s[j-1] == ' ' {
		j--
	}
	if j == regionStart {
		return true
	}
	// A footnote number may stand between the end of the clause and the label.
	k := j
	for k > regionStart && s[k-1] >= '0' && s[k-1] <= '9' {
		k--
	}
	if k < j && k > regionStart && strings.ContainsRune(";:.", rune(s[k-1])) {
		return true
	}
	return strings.ContainsRune(";:.", rune(s[j-1]))
}

// findLabel finds the first "LABEL. " followed by a letter in s[from:to]
// that stands where a unit can start.
func findLabel(s string, from, to, regionStart int, label string) int {
	pat := label + ". "
	for i := from; i < to; {
		k := strings.Index(s[i:to], pat)
		if k < 0 {
			return -1
		}
		at := i + k
		rest := strings.TrimLeft(s[at+len(pat):min(len(s), at+len(pat)+8)], " ")
		r := []rune(rest)
		if (at == regionStart || s[at-1] == ' ') && len(r) > 0 && (unicode.IsLetter(r[0]) || strings.ContainsRune("'’\"«", r[0])) && labelAt(s, at, regionStart) {
			return at
		}
		i = at + 1
	}
	return -1
}

// sequence finds labels in order inside s[from:to]. At each step the
// next label, one or two further (a label skipped) and the last one again
// (a label written twice) are looked for, and the first to appear wins.
func sequence(s string, from, to int, labels []string) []int {
	var out []int
	pos := from
	for i := 0; i < len(labels); {
		found, next := -1, -1
		for _, j := range []int{i, i + 1, i + 2, i - 1} {
			if j < 0 || j >= len(labels) {
				continue
			}
			if at := findLabel(s, pos, to, from, labels[j]); at >= 0 && (found < 0 || at < found) {
				found, next = at, j+1
			}
		}
		if found < 0 {
			break
		}
		out = append(out, found)
		pos, i = found+1, next
	}
	return out
}

// requestSequence finds numbered requests 1., 2., … with sub-items 3.1. …
// from s[from:]: the next number, the next sub-item, a number or a
// sub-item skipped, or the same number again, whichever appears first; the
// first label found may be 1., 2. or 3.
func requestSequence(s string, from int) []int {
	type cand struct {
		label        string
		major, minor int
	}
	var out []int
	pos := from
	major, minor := 0, 0
	for {
		cands := []cand{{strconv.Itoa(major + 1), major + 1, 0}, {strconv.Itoa(major + 2), major + 2, 0}}
		if major == 0 {
			// The list may open inside a sentence ("… te voeren naar 1. de
			// procedure …"), where 1. is no label: then 2. opens it, or 3.
			// when 2. is lost.
			cands = append(cands, cand{"3", 3, 0})
		}
		if major > 0 {
			cands = append(cands,
				cand{strconv.Itoa(major) + "." + strconv.Itoa(minor+1), major, minor + 1},
				cand{strconv.Itoa(major) + "." + strconv.Itoa(minor+2), major, minor + 2},
				cand{strconv.Itoa(major), major, 0})
		}
		best, bi := -1, -1
		for k, c := range cands {
			if at := findLabel(s, pos, len(s), from, c.label); at >= 0 && (best < 0 || at < best) {
				best, bi = at, k
			}
		}
		if best < 0 {
			return out
		}
		out = append(out, best)
		major, minor = cands[bi].major, cands[bi].minor
		pos = best + 1
	}
}

var articleLabelRE = lazyregexp.New(`(?:^|[.;:]\s+)((?:Article|Artikel|Art\.)\s+(\d+)(?:er|e)?\.?\s)`)

// articleSequence finds article labels in increasing order from s[from:].
func articleSequence(s string, from int) []int {
	var out []int
	next := 1
	for _, m := range articleLabelRE.FindAllStringSubmatchIndex(s[from:], -1) {
		n, _ := strconv.Atoi(s[from+m[4] : from+m[5]])
		if n == next || n == next+1 {
			out = append(out, from+m[2])
			next = n + 1
		}
	}
	return out
}

// span is a byte range of a text.
type span struct{ start, end int }

// minFigures is the number of figures (amounts, percentages, years) from
// which a stretch of flowing text where they make at least half the words,
// with at most seven other words in a row (a row label: "Facteur de
// partage des gains 33 % 33 % 33 %"), is a flattened table.
const minFigures = 8

// flowFigureRuns finds the flattened tables of a sentence: runs of figures
// ("2018 2019 2020 Hausse tarifaire +7,32 % +7,44 % …").
func flowFigureRuns(s string) []span {
	var out []span
	start, end, figs, words, gap := -1, -1, 0, 0, 0
	flush := func() {
		if figs >= minFigures && 2*figs >= words {
			out = append(out, span{start, end})
		}
		start, figs, words, gap = -1, 0, 0, 0
	}
	spaced := letterSpaced(s)
	spaceWords(s, func(i, j int) {
		w := s[i:j]
		fig := w == "%" || w[0] >= '0' && w[0] <= '9' || len(w) > 1 && (w[0] == '+' || w[0] == '-') && w[1] >= '0' && w[1] <= '9' || spaced[i]
		switch {
		case fig:
			if start < 0 {
				start = i
			}
			figs++
			words += gap + 1
			gap = 0
			end = j
		case start >= 0:
			gap++
			if gap > 7 {
				flush()
			}
		}
	})
	flush()
	return out
}

// letterSpaced returns the starts of the letters of s set apart by spaces,
// four or more in a row, as a table's headings come out of a PDF ("É v o l
// u t i o n"); they count with the figures of a flattened table.
func letterSpaced(s string) map[int]bool {
	var out map[int]bool
	var run []int
	flush := func() {
		if len(run) >= 4 {
			if out == nil {
				out = map[int]bool{}
			}
			for _, i := range run {
				out[i] = true
			}
		}
		run = run[:0]
	}
	spaceWords(s, func(i, j int) {
		if r, n := utf8.DecodeRuneInString(s[i:j]); n == j-i && unicode.IsLetter(r) {
			run = append(run, i)
			return
		}
		flush()
	})
	flush()
	return out
}

// captionRE is the source line that closes a chart or a table, naming an
// institution by its acronym ("Source: IBPT", "Bron: BIPT"), before the
// capital of the sentence that follows it.
var captionRE = lazyregexp.New(`(?:^|[^(\s]\s*)\b(?:Source|Bron)\s*:\s*\p{Lu}{2,6}\s+\p{Lu}`)

// captionRuns finds the chart and table captions flattened into a
// sentence: from its start, or the previous caption, to each source line.
// The labels of a chart are no sentence ("Augmentation de prix réelle
// Estimation de l’augmentation Source: IBPT Le graphique ci-dessus …").
func captionRuns(s string) []span {
	if !strings.Contains(s, "Source") && !strings.Contains(s, "Bron") {
		return nil // what every match holds; most sentences hold neither
	}
	var out []span
	prev := 0
	for _, m := range captionRE.FindAllStringIndex(s, -1) {
		_, n := utf8.DecodeLastRuneInString(s[:m[1]])
		end := m[1] - n // before the capital of what follows
		for end > m[0] && s[end-1] == ' ' {
			end--
		}
		if strings.ContainsAny(s[prev:end], ".;") {
			prev = end // a sentence before it: the caption is not alone
			continue
		}
		out = append(out, span{prev, end})
		prev = end
	}
	return out
}

// tablePiece is a stretch of a sentence, marked when it is table residue.
type tablePiece struct {
	Text
	table bool
}

// minTableRun is the number of capitalised words or figures in a row,
// without a lower-case word between them, from which a stretch of flowing
// text is the row or column labels of a table that extraction flattened
// ("Danemark Italie Finlande Grèce …"), not prose.
const minTableRun = 8

// tableRuns cuts the table residue out of a sentence.
func tableRuns(t Text) []tablePiece {
	s := t.S
	var runs []span
	runStart, runEnd, n := -1, -1, 0
	flush := func() {
		if n >= minTableRun {
			runs = append(runs, span{runStart, runEnd})
		}
		runStart, n = -1, 0
	}
	spaceWords(s, func(i, j int) {
		w := s[i:j]
		r, _ := utf8.DecodeRuneInString(w)
		last := w[len(w)-1]
		// A word that closes a parenthesis opened before it ("(en PPA pour
		// 2021).") belongs to the sentence, not to a table after it.
		closes := strings.Count(w, ")") > strings.Count(w, "(")
		if (unicode.IsUpper(r) || unicode.IsDigit(r) || w == "+" || w == "–") && last != ',' && last != ';' && last != ':' && !closes {
			if runStart < 0 {
				runStart = i
			}
			runEnd = j
			n++
		} else {
			flush()
		}
	})
	flush()
	runs = append(runs, flowFigureRuns(s)...)
	runs = append(runs, captionRuns(s)...)
	if len(runs) == 0 {
		return []tablePiece{{t, false}}
	}
	// Merge overlapping runs, in order.
	sort.Slice(runs, func(i, j int) bool { return runs[i].start < runs[j].start })
	merged := runs[:1]
	for _, r := range runs[1:] {
		if last := &merged[len(merged)-1]; r.start <= last.end {
			last.end = max(last.end, r.end)
		} else {
			merged = append(merged, r)
		}
	}
	runs = merged
	var out []tablePiece
	prev := 0
	for _, r := range runs {
		if x := trimText(t.Slice(prev, r.start)); x.S != "" {
			out = append(out, tablePiece{x, false})
		}
		out = append(out, tablePiece{t.Slice(r.start, r.end), true})
		prev = r.end
	}
	if x := trimText(t.Slice(prev, len(s))); x.S != "" {
		out = append(out, tablePiece{x, false})
	}
	return out
}

// footnoteZones finds the footnotes that a flowing extraction inserted in
// the middle of a sentence at a page end: a number after a word in
// mid-sentence, then the note (a source: an address, a year), then the gap
// where the page ended and the sentence going on in lower case. It returns
// the byte spans of the notes.
func footnoteZones(s string) [][2]int {
	var out [][2]int
	prev := 0
	for _, g := range findAllIf(gapRE, twoSpaces, s) {
		gap := g[0] + 1
		from := max(prev, gap-2000)
		var start = -1
		for _, m := range flowNoteRE.FindAllStringSubmatchIndex(s[from:gap], -1) {
			if !numberedBy(s, from+m[2]) {
				start = from + m[2]
				break
			}
		}
		if start >= 0 && sourceRE.MatchString(s[start:gap]) {
			out = append(out, [2]int{start, gap})
		}
		prev = g[1]
	}
	// A page that ended with its sentence leaves no lower-case clue: the
	// notes there must show themselves as notes, two or more numbered in
	// sequence ("15 I. Maes … 16 Vlayen et al. … 17 Bloom …") or one
	// whose call stands glued in the text before it.
	prev = 0
	gaps := findAllIf(upperGapRE, twoSpaces, s)
	if end := len(strings.TrimRight(s, " ")); end > 0 {
		gaps = append(gaps, []int{end - 1, len(s)}) // the notes of the last page
	}
	for _, g := range gaps {
		gap := g[0] + 1
		from := max(prev, gap-2000)
		prev = g[1]
		if inZone(out, gap) {
			continue
		}
		for _, m := range flowNoteRE.FindAllStringSubmatchIndex(s[from:gap], -1) {
			start := from + m[2]
			if !numberedBy(s, start) && noteSequence(s, start, gap) && sourceRE.MatchString(s[start:gap]) {
				out = append(out, [2]int{start, gap})
				break
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// inZone reports whether at falls inside or at the end of one of zones.
func inZone(zones [][2]int, at int) bool {
	for _, z := range zones {
		if z[0] <= at && at <= z[1] {
			return true
		}
	}
	return false
}

// noteSequence reports whether s[start:end] reads as footnotes: it
// starts with a note number n, and either every note after it follows in
// sequence (n+1, n+2 …, one at least) up to end, or it is a single note
// whose call n stands glued to a word or a sign in the 1,500 bytes before.
func noteSequence(s string, start, end int) bool {
	numEnd := start
	for numEnd < end && s[numEnd] >= '0' && s[numEnd] <= '9' {
		numEnd++
	}
	n, err := strconv.Atoi(s[start:numEnd])
	if err != nil || n == 0 {
		return false
	}
	notes := 1
	for at := numEnd; ; {
		next := " " + strconv.Itoa(n+notes) + " "
		k := strings.Index(s[at:end], next)
		if k < 0 {
			break
		}
		at += k + len(next)
		if at < end && !unicode.IsUpper(rune(s[at])) || numberedBy(s, at-len(next)+1) {
			break
		}
		notes++
	}
	if notes >= 2 {
		return true
	}
	call := strconv.Itoa(n)
	before := s[max(0, start-1500):start]
	for k := strings.Index(before, call); k >= 0; {
		if k > 0 && !isDigitByte(before[k-1]) && before[k-1] != ' ' && (k+len(call) == len(before) || !isDigitByte(before[k+len(call)])) {
			return true
		}
		j := strings.Index(before[k+1:], call)
		if j < 0 {
			break
		}
		k += 1 + j
	}
	return false
}

// numberedBy reports whether the number at i belongs to the word before
// it, an article or a page rather than a note: "Art. 2 Dans", "Artikel 1
// Deze wet", "n° 5 Le".
func numberedBy(s string, i int) bool {
	w := strings.TrimRight(s[:i], " ")
	w = strings.TrimSuffix(w[strings.LastIndexByte(w, ' ')+1:], ".")
	return numberingWords[strings.ToLower(w)]
}

// numberingWords are the words a number after them belongs to.
var numberingWords = map[string]bool{
	"art": true, "article": true, "articles": true, "artikel": true, "artikelen": true,
	"n°": true, "nr": true, "no": true, "nos": true, "nrs": true, "p": true, "pp": true,
	"blz": true, "§": true, "chapitre": true, "hoofdstuk": true, "titre": true, "titel": true,
	"annexe": true, "bijlage": true, "point": true, "punt": true, "alinéa": true, "lid": true,
	"section": true, "afdeling": true, "livre": true, "boek": true, "amendement": true,
}

// overprintRuns returns the byte spans of the runs of at least two words
// in s whose every character stands three times ("IIImmmppprrriiimmmeeerrriiieee
// ccceeennntttrrraaallleee ––– CCCeeennntttrrraaallleee"): bold type that the
// printer overprinted, read three times by the extraction. In a Chamber
// document that is the printer's line on the back cover, page furniture
// like its plain form in flowFurnitureRE.
func overprintRuns(s string) [][2]int {
	if !strings.Contains(s, "eee") {
		return nil // every overprinted line seen has a tripled e
	}
	var out [][2]int
	start, end, n := -1, -1, 0
	flush := func() {
		if n >= 2 {
			out = append(out, [2]int{start, end})
		}
		start, n = -1, 0
	}
	spaceWords(s, func(i, j int) {
		if !overprintedWord(s[i:j]) {
			flush()
			return
		}
		if start < 0 {
			start = i
		}
		end = j
		if strings.IndexFunc(s[i:j], unicode.IsLetter) >= 0 {
			n++
		}
	})
	flush()
	return out
}

// overprintedWord reports whether w is an overprinted word (Overprinted)
// of at least two runs when it has letters ("III" is a numeral), of one
// for a dash ("–––").
func overprintedWord(w string) bool {
	_, runs, ok := Overprinted(w)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return runs >= 2 || runs == 1 && !unicode.IsLetter(r)
}

// Overprinted reports whether every run of equal characters in w is three
// long, or a multiple of three for a doubled letter: bold type that the
// printer struck three times, as the extraction reads it
// ("CCCeeennntttrrraaallleee", "dddrrruuukkkkkkeeerrriiijjj"). It returns
// the word as printed ("Centrale", "drukkerij") and its number of runs.
func Overprinted(w string) (plain string, runs int, ok bool) {
	rs := []rune(w)
	var b strings.Builder
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if (j-i)%3 != 0 {
			return "", 0, false
		}
		for range (j - i) / 3 {
			b.WriteRune(rs[i])
		}
		runs++
		i = j
	}
	return b.String(), runs, runs > 0
}

// isDigitByte reports whether b is an ASCII digit.
func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// spaceWords calls f with the start and end of every run of non-space
// bytes of s: the words of a flow, punctuation attached.
func spaceWords(s string, f func(i, j int)) {
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if i == j {
			return
		}
		f(i, j)
		i = j
	}
}
