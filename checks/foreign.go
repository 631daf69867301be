package checks

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/langdata"
	"github.com/concord-bilingual/concord/checks/token"
	"golang.org/x/text/unicode/norm"
)

// quotePairs are the opening and closing quotation marks.
var quotePairs = map[rune]rune{'"': '"', '“': '”', '«': '»', '„': '”', '‘': '’'}

// quotedSpans returns the spans of s between quotation marks, marks
// excluded. A span runs to its closing mark within 300 bytes.
func quotedSpans(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && c != '"' {
			i++ // the only ASCII quotation mark is '"'
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		closer, ok := quotePairs[r]
		if !ok || (r == '‘' && i > 0 && token.IsWordRune(lastRune(s[:i]))) {
			i += n
			continue
		}
		limit := min(len(s), i+n+300)
		j := strings.IndexRune(s[i+n:limit], closer)
		if r == '„' && j < 0 {
			j = strings.IndexRune(s[i+n:limit], '“')
		}
		if j <= 0 {
			i += n
			continue
		}
		out = append(out, [2]int{i + n, i + n + j})
		_, cn := utf8.DecodeRuneInString(s[i+n+j:])
		i += n + j + cn
	}
	return out
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// Stop words that tell the language of a short phrase; words shared by
// two of the languages (de, en, in) are left out.
var (
	frPhraseWords = langdata.NewWordSet(`le la les l un une des du d au aux et ou dans par pour sur avec que qui a est sont contre ces cette`)
	nlPhraseWords = langdata.NewWordSet(`het een van voor met op aan door te is zijn die dat niet tot over bij naar tegen`)
	enPhraseWords = langdata.NewWordSet(`the of and by for to on with an is are from at beyond`)
	// phraseWords tells apart the ASCII words that are none of the French
	// and Dutch phrase words, so that they are passed over unfolded.
	phraseWords = langdata.NewKeyFilter(frPhraseWords, nlPhraseWords)
	// phraseWordLang gives each phrase word its language, in one look-up.
	phraseWordLang = func() map[string]align.Lang {
		m := make(map[string]align.Lang, len(frPhraseWords)+len(nlPhraseWords))
		for w := range frPhraseWords {
			m[w] = align.FR
		}
		for w := range nlPhraseWords {
			if m[w] == align.FR {
				panic("phrase word of both languages: " + w)
			}
			m[w] = align.NL
		}
		return m
	}()
	// sharedPhraseWords are French and Dutch both.
	sharedPhraseWords = langdata.NewWordSet(`de en`)
)

// phraseLang guesses the language of a phrase on side own from its
// function words: FR, NL, Neutral for English, or false when it has none
// (a transliterated name: Koshe Partiyasy). Words two languages share (de,
// en, in) count for own when it is one of them.
func phraseLang(ws []token.Word, own align.Lang) (align.Lang, bool) {
	fr, nl, en := 0, 0, 0
	for _, w := range ws {
		k := token.FoldKey(w.S)
		if sharedPhraseWords[k] {
			switch own {
			case align.FR:
				fr++
			case align.NL:
				nl++
			}
		}
		if frPhraseWords[k] || strings.HasPrefix(k, "l'") || strings.HasPrefix(k, "d'") {
			fr++
		}
		if nlPhraseWords[k] {
			nl++
		}
		if enPhraseWords[k] {
			en++
		}
	}
	switch {
	case fr > nl && fr > en:
		return align.FR, true
	case nl > fr && nl > en:
		return align.NL, true
	case en > fr && en > nl:
		return align.Neutral, true
	}
	return 0, false
}

// foreignPhrase is an italic or quoted phrase in neither French nor Dutch.
type foreignPhrase struct {
	start, end int
	text       string
}

// foreignPhrases returns the phrases of sa in italics or quotes that are
// written in a third language (English titles, transliterated names) and so
// must be carried over unchanged. Latin legal phrases are left out.
func foreignPhrases(sa *sideAnalysis) []foreignPhrase {
	s := sa.unit.Text.S
	if !isProse(sa.unit.Key) {
		return nil // headings and table cells: the two languages' own labels
	}
	var out []foreignPhrase
	type span struct {
		sp     [2]int
		italic bool
	}
	var spans []span
	for _, sp := range sa.italics {
		spans = append(spans, span{sp, true})
	}
	for _, sp := range sa.quotes {
		spans = append(spans, span{sp, false})
	}
	for _, sp := range spans {
		if sp.sp[0] < sa.unit.Body {
			continue
		}
		start, end := trimPhrase(s, sp.sp[0], sp.sp[1])
		if start >= end {
			continue
		}
		text := s[start:end]
		ws := token.SplitWords(text)
		if len(ws) == 0 || hasDigit(text) {
			continue
		}
		var keys []string
		for _, w := range ws {
			keys = append(keys, token.FoldKey(w.S))
		}
		if langdata.LatinPhrases[strings.Join(keys, "_")] {
			continue
		}
		lang, known := phraseLang(ws, sa.lang)
		switch {
		case known && lang != align.Neutral:
			continue // French or Dutch: translated, or a citation of the source
		case !known && !sp.italic:
			// A quoted phrase without function words counts when it looks
			// like a proper name of two words or more.
			if len(ws) < 2 || !allCapitalised(ws) {
				continue
			}
		}
		dup := false
		for _, f := range out {
			if f.start == start && f.end == end {
				dup = true
			}
		}
		if !dup {
			out = append(out, foreignPhrase{start, end, text})
		}
	}
	return out
}

func allCapitalised(ws []token.Word) bool {
	for _, w := range ws {
		if c := token.CaseOf(w.S); c != token.TitleCase && c != token.UpperCase {
			return false
		}
	}
	return true
}

// trimPhrase narrows [start, end) of s to its first and last letter or
// digit.
func trimPhrase(s string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		end -= n
	}
	return start, end
}

// phraseKey normalises a phrase for the identity test: NFKC, one space,
// one kind of apostrophe. Case and accents count.
func phraseKey(s string) string {
	if plainPhrase(s) {
		return s
	}
	s = norm.NFKC.String(s)
	s = apostrophes.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// apostrophes unifies the apostrophes of phrase keys.
var apostrophes = strings.NewReplacer("’", "'", "ʼ", "'")

// plainPhrase reports whether s is its own phrase key: printable ASCII
// words separated by single spaces.
func plainPhrase(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' && s[i-1] == ' ' || c != ' ' && (c < 0x21 || c > 0x7e) {
			return false
		}
	}
	return true
}

// findPhrase returns where phrase stands in s as whole words, or -1.
func findPhrase(s, phrase string) int {
	k := phraseKey(phrase)
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], k)
		if i < 0 {
			return -1
		}
		i += off
		before, after := lastRune(s[:i]), rune(0)
		if i+len(k) < len(s) {
			after, _ = utf8.DecodeRuneInString(s[i+len(k):])
		}
		if !token.IsWordRune(before) && !token.IsWordRune(after) {
			return i
		}
		off = i + 1
	}
	return -1
}

// nearestPhrase returns the span of the run of words of s closest in
// spelling to phrase, the first of the closest, and its edit distance,
// when that distance is at most limit; otherwise an empty span.
func nearestPhrase(s, phrase string, limit int) (int, int, int) {
	pw := token.SplitWords(phrase)
	ws := token.SplitWords(s)
	best, bs, be := -1, 0, 0
	k := phraseKey(phrase)
	kn := utf8.RuneCountInString(k)
	for n := max(1, len(pw)-1); n <= len(pw)+1; n++ {
		for i := 0; i+n <= len(ws); i++ {
			cand := phraseKey(s[ws[i].Start:ws[i+n-1].End])
			within := limit
			if best >= 0 {
				within = best - 1 // only a closer run matters
			}
			if abs(utf8.RuneCountInString(cand)-kn) > within {
				continue // the lengths alone differ by more
			}
			d := editDistanceWithin(cand, k, within)
			if d <= within {
				best, bs, be = d, ws[i].Start, ws[i+n-1].End
			}
		}
	}
	return best, bs, be
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// editDistance is the Damerau–Levenshtein distance of a and b in runes.
func editDistance(a, b string) int {
	return editDistanceWithin(a, b, math.MaxInt32)
}

// editDistanceWithin returns editDistance(a, b) when it is at most limit,
// and a number above limit otherwise: it stops once two successive rows
// of the table exceed limit, since every later entry comes from them.
func editDistanceWithin(a, b string, limit int) int {
	s, t := []rune(a), []rune(b)
	prev2 := make([]int, len(t)+1)
	prev := make([]int, len(t)+1)
	cur := make([]int, len(t)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(s); i++ {
		cur[0] = i
		for j := 1; j <= len(t); j++ {
			c := 1
			if s[i-1] == t[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		if limit < len(s)+len(t) && i > 1 && slices.Min(cur) > limit && slices.Min(prev) > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(t)]
}

// foreignFindings compares the foreign phrases of a pair: each must stand
// unchanged on the other side. A near copy is a warning; a phrase on one
// side only may have been translated and is not reported. Severity is left
// to the rule's (terms/foreign).
func foreignFindings(a *pairAnalysis) []check.Finding {
	if a == nil {
		return nil
	}
	var out []check.Finding
	var used [][2]int // spans of the NL side already answered
	sides := []struct {
		from, to *sideAnalysis
	}{{a.fr, a.nl}, {a.nl, a.fr}}
	for si, sd := range sides {
		for _, ph := range foreignPhrases(sd.from) {
			other := sd.to.unit.Text.S
			if si == 1 && overlapsAny(ph.start, ph.end, used) {
				continue
			}
			if i := findPhrase(other, ph.text); i >= 0 {
				if si == 0 {
					used = append(used, [2]int{i, i + len(phraseKey(ph.text))})
				}
				continue
			}
			f := check.Finding{Rule: ruleTermsForeign, Unit: a.key}
			n := utf8.RuneCountInString(ph.text)
			if n < 5 {
				continue // too short to tell a misspelling from another phrase
			}
			d, bs, be := nearestPhrase(other, ph.text, max(2, n/5))
			if bs >= be {
				continue
			}
			fromEv, toEv := check.At(sd.from.unit, ph.start, ph.end), check.At(sd.to.unit, bs, be)
			if d > 0 && d <= max(2, n/5) && n >= 5 {
				got := other[bs:be]
				if si == 0 {
					used = append(used, [2]int{bs, be})
					f.FR, f.NL = fromEv, toEv
					f.Message = fmt.Sprintf("NL writes %s where FR writes %s", got, ph.text)
				} else {
					f.FR, f.NL = toEv, fromEv
					f.Message = fmt.Sprintf("FR writes %s where NL writes %s", got, ph.text)
				}
			} else {
				continue // on one side only: a translated title, nothing to compare
			}
			out = append(out, f)
		}
	}
	return out
}

func overlapsAny(start, end int, spans [][2]int) bool {
	for _, sp := range spans {
		if start < sp[1] && sp[0] < end {
			return true
		}
	}
	return false
}
