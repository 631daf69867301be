package checks

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/checks/langdata"
	"github.com/concord-bilingual/concord/checks/token"
)

// personName is a mention of a person in a text: a capitalised sequence
// with its particles (François De Smet, Nicole de Moor), or a surname after
// a title (Mme Jardemalie, president Tokayev). Start and End delimit the
// name as written, title excluded.
type personName struct {
	Start, End int
	Parts      []string // folded words, particles included, initials dropped
	Titled     bool
	joined     string // Parts joined by spaces, once they are complete
}

// key returns the folded name, the identity of the person on one side.
func (n *personName) key() string {
	if n.joined != "" {
		return n.joined
	}
	return strings.Join(n.Parts, " ")
}

// surname returns the folded last word of the name.
func (n *personName) surname() string { return n.Parts[len(n.Parts)-1] }

// nameScan holds what name extraction needs besides the text.
type nameScan struct {
	// masked reports whether s[start:end] lies in a span that cannot hold a
	// person's name: a termbase match or an italic foreign phrase.
	masked func(start, end int) bool
	// common holds the folded words the document writes in lower case;
	// capitalised, they still are common words.
	common langdata.WordSet
	// words are the words of s when the caller has split it already.
	words []token.Word
	// buf, when not nil, is reused for the words extractNames looks at,
	// and infos for their keys and cases.
	buf   *[]token.Word
	infos *[]wordInfo
}

// wordInfo is a word's key and case, computed on first use.
type wordInfo struct {
	key  string
	c    token.Case
	done bool // key is set
}

// elisions are French elided words glued to the next word by an apostrophe.
var elisions = langdata.NewWordSet(`l d qu n s j m c t jusqu lorsqu puisqu quoiqu`)

// apostropheIndex returns the offset of the first apostrophe of s (', ’
// or ʼ), or -1.
func apostropheIndex(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\'' || c >= utf8.RuneSelf {
			if j := strings.IndexAny(s[i:], "'\u2019\u02bc"); j >= 0 {
				return i + j
			}
			return -1
		}
	}
	return -1
}

// stripElision removes a French elision from w: d'Alexandre gives Alexandre.
func stripElision(w token.Word) token.Word {
	i := apostropheIndex(w.S)
	if i <= 0 {
		return w
	}
	pre := w.S[:i]
	if !elisions[pre] { // elisions are lower case
		return w
	}
	_, n := utf8.DecodeRuneInString(w.S[i:])
	rest := w.S[i+n:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return w
	}
	w.Gap += w.S[:i+n]
	w.Start += i + n
	w.S = rest
	return w
}

// extractNames returns the person names of s[from:] in reading order.
func extractNames(s string, from int, sc nameScan) []personName {
	all := sc.words
	if all == nil {
		all = token.SplitWords(s)
	}
	var ws []token.Word
	if sc.buf != nil {
		ws = (*sc.buf)[:0]
		defer func() { *sc.buf = ws[:0] }()
	} else {
		ws = make([]token.Word, 0, len(all))
	}
	// Each word's key and case are read many times: compute them once.
	var infos []wordInfo
	if sc.infos != nil {
		infos = (*sc.infos)[:0]
		defer func() { *sc.infos = infos[:0] }()
	} else {
		infos = make([]wordInfo, 0, len(all))
	}
	for _, w := range all {
		if w.Start < from {
			continue
		}
		// An ASCII word without capitals, most words, has no elision to
		// strip, is in lower case and is its own key: one pass tells.
		if ascii, upper := asciiCaseOf(w.S); ascii && !upper {
			ws = append(ws, w)
			infos = append(infos, wordInfo{key: w.S, c: token.LowerCase, done: true})
			continue
		}
		ws = append(ws, stripElision(w))
		infos = append(infos, wordInfo{c: token.UnknownCase})
	}
	keyOf := func(i int) string {
		if !infos[i].done {
			infos[i].key, infos[i].done = token.FoldKey(ws[i].S), true
		}
		return infos[i].key
	}
	caseAt := func(i int) token.Case {
		if infos[i].c == token.UnknownCase {
			infos[i].c = token.CaseOf(ws[i].S)
		}
		return infos[i].c
	}
	isName := func(i int) bool {
		w := ws[i]
		c := caseAt(i) // first: most words are in lower case
		if c != token.TitleCase && c != token.UpperCase {
			return false
		}
		if sc.masked != nil && sc.masked(w.Start, w.End) {
			return false
		}
		for _, r := range w.S {
			if unicode.IsDigit(r) {
				return false
			}
		}
		first := true
		for seg := range strings.FieldsFuncSeq(w.S, token.IsJoiner) {
			if r, _ := utf8.DecodeRuneInString(seg); !first && !unicode.IsUpper(r) && !langdata.NameParticles[token.FoldKey(seg)] {
				return false // a compound: Noer-Otan-partij, YouTube-blogger
			}
			first = false
		}
		k := keyOf(i)
		if utf8.RuneCountInString(k) == 1 {
			return c == token.TitleCase && i+1 < len(ws) && strings.HasPrefix(ws[i+1].Gap, ".")
		}
		if langdata.IsStopWord(k) || langdata.InstitutionWords[k] || langdata.PlaceWords[k] || langdata.NameParticles[k] || langdata.PubAcronyms[k] || langdata.FurnitureWords[k] {
			return false
		}
		return !sc.common[k]
	}
	isParticle := func(i int) bool {
		return langdata.NameParticles[keyOf(i)] && caseAt(i) != token.UpperCase || ws[i].S == "DE" || ws[i].S == "VAN"
	}
	spaceOnly := func(g string) bool { return strings.TrimSpace(g) == "" }
	// joined reports whether word i continues the name ending at word i-1.
	joined := func(i int) bool {
		g := ws[i].Gap
		if spaceOnly(g) {
			return true
		}
		// after an initial: "A. Sabitov"
		prev := ws[i-1].S
		return utf8.RuneCountInString(prev) == 1 && strings.TrimSpace(g) == "."
	}
	// particleLed reports whether word i opens a surname with capitalised
	// particles inside a sentence: "Statbel, Van de Borne et al.", "zoals
	// De Smet". Belgian surnames keep the capital when no first name goes
	// before them; at a sentence or unit start, or after a label, "De" and
	// "Van" are the article and the preposition.
	particleLed := func(i int) bool {
		if i == 0 || ws[i].SentStart || caseAt(i) != token.TitleCase || !isParticle(i) {
			return false
		}
		switch strings.TrimSpace(ws[i].Gap) {
		case "", ",", "(":
		default:
			return false
		}
		if hasDigit(ws[i-1].S) || utf8.RuneCountInString(ws[i-1].S) == 1 {
			return false // after a label or a number: "2. De Kamer", "a) Van"
		}
		if c := caseAt(i - 1); c != token.LowerCase && c != token.TitleCase {
			return false // after small capitals read as mixed case: "DéCiDe De Charger"
		}
		k := i + 1
		for k < len(ws) && isParticle(k) && spaceOnly(ws[k].Gap) {
			k++
		}
		return k < len(ws) && spaceOnly(ws[k].Gap) && isName(k)
	}
	// stopSurname reports whether word i, a function word or a word the
	// document writes in lower case, with a capital inside a sentence ("Wouter Pas et Inge Vos"), is the
	// surname of the first name before it: the words around are not
	// capitalised as in a title.
	stopSurname := func(i int) bool {
		w := ws[i]
		k := keyOf(i)
		if w.SentStart || caseAt(i) != token.TitleCase || !(langdata.IsStopWord(k) || sc.common[k]) || langdata.NameParticles[k] || langdata.MonthWords[k] || langdata.InstitutionWords[k] || langdata.PlaceWords[k] {
			return false
		}
		if i+1 < len(ws) && spaceOnly(ws[i+1].Gap) && caseAt(i+1) != token.LowerCase {
			return false
		}
		return i >= 2 && caseAt(i-2) == token.LowerCase
	}
	var out []personName
	// After a plural title (messieurs Jambon et Francken, de heren Jambon
	// en Francken) the names of its list each stand under it: listAt is
	// the word where the list may go on, -1 when there is none.
	listAt := -1
	for i := 0; i < len(ws); {
		// A title: Mme, M., mevrouw, de heer, président.
		titled := false
		head := i // the title's first word, or the name's
		j := i
		inList := i == listAt
		listAt = -1
		listed := false
		if inList && langdata.ListJoiners[keyOf(i)] && spaceOnly(ws[i].Gap) && i+1 < len(ws) && spaceOnly(ws[i+1].Gap) && isName(i+1) {
			j = i + 1 // "et Francken"
			titled, listed = true, true
		} else if inList && strings.TrimSpace(ws[i].Gap) == "," && isName(i) {
			titled, listed = true, true // ", Francken"
		} else if k := keyOf(i); !langdata.TitleKeys.Maybe(k) {
			// neither a title nor the first word of one
		} else if next, ok := langdata.TitleLeads[k]; ok && i+1 < len(ws) && spaceOnly(ws[i+1].Gap) && next[keyOf(i+1)] {
			j = i + 2
			titled = true
		} else if langdata.TitleWords[k] && caseAt(i) != token.UpperCase {
			j = i + 1
			titled = true
		}
		if titled && !listed && j < len(ws) && !langdata.Honorifics[keyOf(j-1)] && isParticle(j) && caseAt(j) == token.LowerCase {
			titled = false // a function and its place: président du Venezuela, koning van België
			j = i
		}
		if titled && !listed {
			// After an abbreviated title the period and a space go before
			// the name (M. Dupont); a period after a word closes a sentence
			// glued to the next (… du ministre.Lorsque …).
			abbrev := func(g string) bool {
				return strings.TrimSpace(g) == "." && strings.HasPrefix(g, ".") && len(g) > 1 && langdata.Honorifics[keyOf(j-1)]
			}
			if j >= len(ws) || !(spaceOnly(ws[j].Gap) || abbrev(ws[j].Gap)) || !(isName(j) || isParticle(j) || stopSurname(j)) {
				titled = false
				j = i
			}
		}
		start := j
		led := !titled && particleLed(i)
		if !titled && !led {
			if !isName(i) {
				i++
				continue
			}
		}
		// Collect the run of name words and particles.
		end := start
		core, title, caps := 0, 0, 0
		for end < len(ws) {
			if end > start && !joined(end) {
				break
			}
			if isName(end) {
				c := caseAt(end)
				if c == token.UpperCase && title == 0 && !titled {
					break // an acronym, not a surname
				}
				if c == token.TitleCase && caps > 0 {
					break // capitals end a name: Sophie ROHONYI, François DE SMET
				}
				if c == token.UpperCase {
					caps++
				}
				if c == token.TitleCase {
					title++
				}
				if utf8.RuneCountInString(ws[end].S) > 1 {
					core++
				}
				end++
				continue
			}
			if (end == start+1 && core == 1 && !langdata.TitleWords[keyOf(start)] || end == start && titled) && stopSurname(end) {
				// a surname that is also a function word: Wouter Pas
				core++
				end++
				break
			}
			if isParticle(end) && (end > start || titled || led) {
				// particles must lead to a name word
				k := end
				for k < len(ws) && isParticle(k) && (k == end || spaceOnly(ws[k].Gap)) {
					k++
				}
				if k < len(ws) && spaceOnly(ws[k].Gap) && isName(k) {
					end = k
					continue
				}
			}
			break
		}
		if end == start {
			i = max(i+1, j)
			continue
		}
		i = end
		if core < 2 && !((titled || led) && core >= 1) || core > 4 {
			continue // a single word, or a run of capitalised words that is a list
		}
		if start > 0 && langdata.InstitutionWords[keyOf(start-1)] && caseAt(start-1) == token.TitleCase && spaceOnly(ws[start].Gap) {
			continue // Commission Venise
		}
		if titled && head > 0 && langdata.InstitutionWords[keyOf(head-1)] && caseAt(head-1) == token.TitleCase && spaceOnly(ws[head].Gap) {
			continue // Fondation Roi Baudouin, Fondation Prince Laurent
		}
		n := personName{Start: ws[start].Start, End: ws[end-1].End, Titled: titled}
		for k := start; k < end; k++ {
			if utf8.RuneCountInString(ws[k].S) == 1 {
				continue
			}
			n.Parts = append(n.Parts, strings.ReplaceAll(keyOf(k), "-", " "))
		}
		if len(n.Parts) == 0 {
			// Initials only, as a title before a one-letter function word
			// leaves ("M A"): no word to compare, and no surname.
			continue
		}
		n.joined = n.key()
		out = append(out, n)
		if titled && (langdata.PluralTitles[keyOf(head)] || inList || head+1 < start && langdata.PluralTitles[keyOf(start-1)]) {
			listAt = end
		}
	}
	return out
}

// commonWords returns the folded words written in lower case in texts.
// It reads the words eachWord reads, without what eachWord works out
// for the names (the gap before each word, a sentence start), and takes
// no elision off: a word without a capital has none to strip (see
// stripElision).
func commonWords(texts ...string) langdata.WordSet {
	set := langdata.WordSet{}
	for _, s := range texts {
		for i := 0; i < len(s); {
			start, end := token.NextWord(s, i)
			if start == end {
				break
			}
			w := s[start:end]
			switch ascii, upper := asciiCaseOf(w); {
			case ascii && !upper:
				// lower case, and its own key
				if !set[w] {
					set[w] = true
				}
			case !ascii && token.CaseOf(w) == token.LowerCase:
				if k := token.FoldKey(w); !set[k] {
					set[k] = true
				}
			}
			i = end
		}
	}
	return set
}

// person is one person named in a unit: the first mention stands for all.
type person struct {
	name personName
	key  string
}

// persons reduces mentions to distinct persons: the same name again, or a
// surname alone after the full name (Bota Jardemalie … Mme Jardemalie),
// is the same person.
func persons(ns []personName) []person {
	var out []person
	seen := map[string]bool{}
	for _, n := range ns {
		k := n.key()
		if seen[k] || shortFormOf(n, ns) {
			continue
		}
		seen[k] = true
		out = append(out, person{name: n, key: k})
	}
	return out
}

// shortFormOf reports whether n is a shorter form of another mention: its
// words end a longer name (Jardemalie, De Smet in François De Smet).
func shortFormOf(n personName, ns []personName) bool {
	for _, m := range ns {
		if len(m.Parts) <= len(n.Parts) {
			continue
		}
		tail := m.Parts[len(m.Parts)-len(n.Parts):]
		if strings.Join(tail, " ") == n.key() {
			return true
		}
	}
	return false
}
