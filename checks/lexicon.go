package checks

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/token"
)

// lexicon is the vocabulary of one document, per language: how often each
// lower-case word occurs, how often each pair of adjacent words occurs,
// and which hyphenated words occur. Language-neutral units count for both
// languages. The words are counted on first use, since most documents
// never need them. A nil lexicon knows no words; the checks that share one
// may ask it at the same time (mu).
type lexicon struct {
	mu  sync.Mutex // guards what follows, which is filled on first use
	doc *align.Document
	// words holds a counter per word: a word met again is counted
	// through a look-up, without storing its key again.
	words   map[align.Lang]map[string]*int
	bigrams map[align.Lang]map[[2]string]int
	// asked holds the answers of bigram before bigrams is built.
	asked map[bigramQuery]int
	// counted holds the answers of count before words is built, and
	// scanned how many bytes of text answering them has read.
	counted map[bigramQuery]int
	scanned int
}

// bigramQuery is one question to lexicon.bigram.
type bigramQuery struct {
	l    align.Lang
	a, b string
}

// bigramScans is how many distinct questions lexicon.bigram answers by
// reading the document before it counts every pair at once: a document
// asks a few questions, or a great many when its extraction split every
// ligature.
const bigramScans = 8

// countScanBytes is how much text lexicon.count reads to answer questions
// one by one before it counts every word at once: the sample asks one
// question of its 50 KB, the written questions hundreds of their 8 MB.
const countScanBytes = 1 << 20

// newLexicon returns the lexicon of doc.
func newLexicon(doc *align.Document) *lexicon {
	return &lexicon{doc: doc}
}

// build counts the words of every unit of the document, once.
func (lx *lexicon) build() {
	if lx.words != nil {
		return
	}
	lx.words = map[align.Lang]map[string]*int{align.FR: {}, align.NL: {}}
	if lx.doc == nil {
		return
	}
	var buf []byte
	for i := range lx.doc.Units {
		u := &lx.doc.Units[i]
		for _, l := range langsOf(u.Lang) {
			w := lx.words[l]
			for r := range token.EachLetterRun(u.Text.S) {
				buf = countWord(w, r.S, buf)
			}
			for _, h := range hyphenated(u.Text.S) {
				buf = countWord(w, h, buf)
			}
		}
	}
}

// countWord counts strings.ToLower(s) once more in w. An ASCII word with capitals
// is lowered into buf, and its key made only the first time it is met.
func countWord(w map[string]*int, s string, buf []byte) []byte {
	k := s
	switch ascii, upper := asciiCaseOf(s); {
	case !ascii:
		k = strings.ToLower(s)
	case upper:
		buf = buf[:0]
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		}
		if n := w[string(buf)]; n != nil {
			*n++
			return buf
		}
		k = string(buf)
	}
	if n := w[k]; n != nil {
		*n++
	} else {
		one := 1
		w[k] = &one
	}
	return buf
}

// asciiCaseOf reports whether s is ASCII and whether it holds an ASCII
// capital.
func asciiCaseOf(s string) (ascii, upper bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	return true, upper
}

// buildBigrams counts the pairs of adjacent words of every unit, once:
// only a suspected ligature split asks for them, so most documents never
// count them.
func (lx *lexicon) buildBigrams() {
	if lx.bigrams != nil {
		return
	}
	lx.bigrams = map[align.Lang]map[[2]string]int{align.FR: {}, align.NL: {}}
	if lx.doc == nil {
		return
	}
	for i := range lx.doc.Units {
		u := &lx.doc.Units[i]
		for _, l := range langsOf(u.Lang) {
			b := lx.bigrams[l]
			for x, y := range token.EachRunPair(u.Text.S) {
				b[[2]string{strings.ToLower(x.S), strings.ToLower(y.S)}]++
			}
		}
	}
}

// langsOf returns the languages whose words a unit in language l may use.
func langsOf(l align.Lang) []align.Lang {
	if l == align.Neutral {
		return []align.Lang{align.FR, align.NL}
	}
	return []align.Lang{l}
}

// count returns how often lower-case w occurs in language l.
func (lx *lexicon) count(l align.Lang, w string) int {
	if lx == nil {
		return 0
	}
	lx.mu.Lock()
	defer lx.mu.Unlock()
	if lx.words == nil && lx.doc != nil {
		q := bigramQuery{l: l, a: w}
		if n, ok := lx.counted[q]; ok {
			return n
		}
		if size := docBytes(lx.doc); lx.scanned+size <= countScanBytes {
			if lx.counted == nil {
				lx.counted = map[bigramQuery]int{}
			}
			lx.scanned += size
			n := lx.scanCount(l, w)
			lx.counted[q] = n
			return n
		}
	}
	lx.build()
	n := 0
	for _, l := range langsOf(l) {
		if c := lx.words[l][w]; c != nil {
			n += *c
		}
	}
	return n
}

// docBytes returns the length of the texts of doc's units.
func docBytes(doc *align.Document) int {
	n := 0
	for i := range doc.Units {
		n += len(doc.Units[i].Text.S)
	}
	return n
}

// scanCount counts the words w of the document that build would count
// for language l, by reading the document.
func (lx *lexicon) scanCount(l align.Lang, w string) int {
	n := 0
	for i := range lx.doc.Units {
		u := &lx.doc.Units[i]
		langs := sharedLangs(l, u.Lang)
		if langs == 0 {
			continue
		}
		for r := range token.EachLetterRun(u.Text.S) {
			if lowerIs(r.S, w) {
				n += langs
			}
		}
		for _, h := range hyphenated(u.Text.S) {
			if lowerIs(h, w) {
				n += langs
			}
		}
	}
	return n
}

// sharedLangs returns how many languages of l a unit in language ul
// counts for.
func sharedLangs(l, ul align.Lang) int {
	langs := 0
	for _, x := range langsOf(l) {
		for _, y := range langsOf(ul) {
			if x == y {
				langs++
			}
		}
	}
	return langs
}

// bigram returns how often lower-case a is directly followed by b.
func (lx *lexicon) bigram(l align.Lang, a, b string) int {
	if lx == nil {
		return 0
	}
	lx.mu.Lock()
	defer lx.mu.Unlock()
	q := bigramQuery{l, a, b}
	if n, ok := lx.asked[q]; ok {
		return n
	}
	if lx.bigrams == nil && len(lx.asked) < bigramScans {
		if lx.asked == nil {
			lx.asked = map[bigramQuery]int{}
		}
		n := lx.scanBigram(l, a, b)
		lx.asked[q] = n
		return n
	}
	lx.buildBigrams()
	n := 0
	for _, l := range langsOf(l) {
		n += lx.bigrams[l][[2]string{a, b}]
	}
	return n
}

// scanBigram counts the pairs (a, b) of the document that buildBigrams
// would count for language l, by reading the document.
func (lx *lexicon) scanBigram(l align.Lang, a, b string) int {
	if lx.doc == nil {
		return 0
	}
	n := 0
	for i := range lx.doc.Units {
		u := &lx.doc.Units[i]
		langs := sharedLangs(l, u.Lang)
		if langs == 0 {
			continue
		}
		for x, y := range token.EachRunPair(u.Text.S) {
			if lowerIs(x.S, a) && lowerIs(y.S, b) {
				n += langs
			}
		}
	}
	return n
}

// hyphenated returns the words of s that contain an inner hyphen between
// letters ("celle-ci", "Noord-Korea").
func hyphenated(s string) []string {
	if !hasHyphen(s) {
		return nil // most units: no rune to look at
	}
	return scanHyphenated(s)
}

// scanHyphenated is hyphenated without its filter.
func scanHyphenated(s string) []string {
	var out []string
	start, hyph := -1, false
	prevLetter := false
	flush := func(end int) {
		if start >= 0 && hyph {
			out = append(out, s[start:end])
		}
		start, hyph = -1, false
	}
	for i, r := range s {
		switch {
		case token.IsLetterRune(r):
			if start < 0 {
				start = i
			}
			prevLetter = true
			continue
		case isHyphen(r) && prevLetter && start >= 0 && i+1 < len(s) && isLetterByteStart(s[i+1:]):
			hyph = true
			prevLetter = false
			continue
		}
		flush(i)
		prevLetter = false
	}
	flush(len(s))
	return out
}

// hasHyphen reports whether s holds a rune isHyphen accepts.
func hasHyphen(s string) bool {
	return strings.IndexByte(s, '-') >= 0 || strings.Contains(s, "\u2010") || strings.Contains(s, "\u2011")
}

// isLetterByteStart reports whether s starts with a letter.
func isLetterByteStart(s string) bool {
	for _, r := range s {
		return token.IsLetterRune(r)
	}
	return false
}

// lowerIs reports whether strings.ToLower(s) == w, without making it.
func lowerIs(s, w string) bool {
	for _, r := range s {
		q, n := utf8.DecodeRuneInString(w)
		if q == utf8.RuneError && n <= 1 || q != unicode.ToLower(r) {
			return false // lower never writes an invalid byte
		}
		w = w[n:]
	}
	return w == ""
}
