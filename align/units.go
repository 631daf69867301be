package align

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// Sections of a document, in the order they usually come.
const (
	secFront       = "front"
	secExplanation = "explanation"
	secResolution  = "resolution"
	secRequests    = "requests"
	secArticles    = "articles"
	secClosing     = "closing"
)

// headings maps the lower-cased text of a fixed heading, without its final
// punctuation, to the heading's key and the section it opens.
var headings = map[string]struct{ key, section string }{
	"développements":                       {"heading:explanation", secExplanation},
	"toelichting":                          {"heading:explanation", secExplanation},
	"résumé":                               {"heading:summary", secExplanation},
	"samenvatting":                         {"heading:summary", secExplanation},
	"mesdames, messieurs":                  {"heading:address", secExplanation},
	"dames en heren":                       {"heading:address", secExplanation},
	"proposition de résolution":            {"heading:resolution", secResolution},
	"voorstel van resolutie":               {"heading:resolution", secResolution},
	"résolution":                           {"heading:resolution", secResolution},
	"resolutie":                            {"heading:resolution", secResolution},
	"proposition de loi":                   {"heading:bill", secArticles},
	"wetsvoorstel":                         {"heading:bill", secArticles},
	"projet de loi":                        {"heading:bill", secArticles},
	"wetsontwerp":                          {"heading:bill", secArticles},
	"proposition":                          {"heading:bill", secArticles},
	"voorstel":                             {"heading:bill", secArticles},
	"exposé des motifs":                    {"heading:explanation", secExplanation},
	"memorie van toelichting":              {"heading:explanation", secExplanation},
	"toelichting bij de artikelen":         {"heading:commentary", secExplanation},
	"commentaire des articles":             {"heading:commentary", secExplanation},
	"artikelsgewijze toelichting":          {"heading:commentary", secExplanation},
	"la chambre des représentants":         {"heading:chamber", secResolution},
	"de kamer van volksvertegenwoordigers": {"heading:chamber", secResolution},
	"demande au gouvernement fédéral":      {"heading:requests", secRequests},
	"demande au gouvernement":              {"heading:requests", secRequests},
	"verzoekt de federale regering":        {"heading:requests", secRequests},
	"verzoekte de federale regering":       {"heading:requests", secRequests},
	"verzoekt de regering":                 {"heading:requests", secRequests},
	"avis du conseil d’état":               {"heading:opinion", ""},
	"avis du conseil d'état":               {"heading:opinion", ""},
	"advies van de raad van state":         {"heading:opinion", ""},
	"coordination texte de base":           {"heading:base-text", ""},
	"coördinatie van basistekst":           {"heading:base-text", ""},
	"texte adapté au projet de loi":        {"heading:adapted-text", ""},
	"texte adapté au":                      {"heading:adapted-text", ""},
	"tekst aangepast aan het":              {"heading:adapted-text", ""},
	"tekst aangepast aan het wetsontwerp":  {"heading:adapted-text", ""},
	"abréviations dans la numérotation des publications": {"heading:abbreviations", ""},
	"afkorting bij de nummering van de publicaties":      {"heading:abbreviations", ""},
}

// headingOf returns the fixed heading s is, if any.
func headingOf(s string) (key, section string, ok bool) {
	k := strings.ToLower(strings.TrimRight(strings.TrimSpace(s), " :,.;"))
	h, ok := headings[k]
	return h.key, h.section, ok
}

var (
	recitalRE = lazyregexp.New(`^([A-Z]{1,4})\.\s+`)
	requestRE = lazyregexp.New(`^(\d{1,3}(?:\.\d{1,3})*)\.?\s+`)
	articleRE = lazyregexp.New(`^(?:Article|Artikel|Art\.)\s+(\d+)(?:er|e|ste)?(?:\s*(bis|ter|quater))?\.?\s*`)
	paragRE   = lazyregexp.New(`^§\s*(\d+)(?:er|e)?\.?\s*`)
	pointRE   = lazyregexp.New(`^(\d+)°\s*`)
	onlyDate  = lazyregexp.New(`^(?i)(le\s+|op\s+)?(\d{1,2}(er)?|1er)\s+[\p{L}]+\s+\d{4}\.?$`)
	digitsRE  = lazyregexp.New(`^[\d\s/.-]+$`)
	kindRE    = lazyregexp.New(`(?i)^(proposition|projet|voorstel|wetsvoorstel|wetsontwerp|rapport|verslag|avis|advies|texte adopté|tekst aangenomen|note|nota|beleidsnota|amendement|résolution|resolutie)\b`)
)

// isLetterLabel reports whether s is a recital label: one letter, or a
// letter doubled, tripled or written four times (AA, BBB, CCCC), or two
// or three letters (AB).
func isLetterLabel(s string) bool {
	switch len(s) {
	case 1, 2, 3:
		return true
	case 4:
		// Only a letter written four times (AAAA): a word of four
		// capitals ("ACHT.", "AOUT.") is no label.
		return strings.Count(s, s[:1]) == 4
	}
	return false
}

// labeller turns the blocks of one language column into units.
type labeller struct {
	lang                  Lang
	file                  string
	section               string
	units                 []Unit
	grow                  textGrower // the last unit's text, as continuations join it
	recitals              bool       // a recital: unit has been emitted
	sig                   int
	article               string // key of the current article
	parag                 string // key of the current § inside it
	seenKind, seenChamber bool
}

// Units labels the blocks of each language column and returns the French
// and the Dutch units, each numbered in reading order. Neutral
// blocks become neutral units in the column they stand in; neutral table
// rows become one neutral unit.
func Units(blocks []Block, frFile, nlFile string) (fr, nl []Unit) {
	all, nfr := units(blocks, frFile, nlFile)
	return all[:nfr:nfr], all[nfr:]
}

// units returns the French units of blocks followed by the Dutch ones in
// one slice, and the number of French ones. Both languages' units are
// made in one array, the French from its start and the Dutch from the
// most French units the blocks can give (add emits at most one unit per
// block), and the Dutch are then moved down behind the French: growing
// the two slices and copying them into a third held reading's peak memory
// of a large document (labels45: two thirds again of the units' 130 MB).
func units(blocks []Block, frFile, nlFile string) (all []Unit, nfr int) {
	maxFR, maxNL := 0, 0
	for i := range blocks {
		switch b := &blocks[i]; {
		case b.Kind == Noise || b.Kind == Foreign:
		case b.Kind != Crossed && b.Lang == Neutral:
			maxFR++ // a neutral block may go to either language, a neutral row to both
			maxNL++
		case b.Kind == Crossed && b.Lang == NL, b.Kind != Crossed && b.Col == NL:
			maxNL++
		default:
			maxFR++
		}
	}
	arr := make([]Unit, maxFR+maxNL)
	lf := &labeller{lang: FR, file: frFile, section: secFront, units: arr[:0:maxFR]}
	ln := &labeller{lang: NL, file: nlFile, section: secFront, units: arr[maxFR:maxFR]}
	for i := range blocks {
		b := &blocks[i]
		switch {
		case b.Kind == Noise || b.Kind == Foreign:
			continue
		case b.Kind == Crossed:
			l, file := lf, nlFile
			if b.Lang == NL {
				l, file = ln, frFile
			}
			l.addFrom(b, file)
		case b.Kind == Cell && b.Lang == Neutral:
			lf.emit(tableKey(b), "", b, 0)
			ln.emit(tableKey(b), "", b, 0)
		case b.Kind == Para && b.Lang == Neutral && startsLower(b.Text.S):
			// A short continuation with no language of its own goes to
			// the column whose last unit stopped mid-sentence.
			sc := Score(b.Text.S)
			if lf.open() && ln.open() && strings.Count(b.Text.S, "\"")%2 == 1 {
				// A fragment that closes a quotation continues the unit
				// that opened it.
				if lf.openQuote() && !ln.openQuote() {
					sc = 1
				} else if ln.openQuote() && !lf.openQuote() {
					sc = -1
				}
			}
			if lf.open() && (!ln.open() || sc > 0) {
				lf.extend(b)
			} else if ln.open() && (!lf.open() || sc < 0) {
				ln.extend(b)
			} else if b.Col == NL && ln.open() {
				ln.extend(b)
			} else if b.Col == FR && lf.open() {
				lf.extend(b)
			} else if b.Col == NL {
				ln.add(b)
			} else {
				lf.add(b)
			}
		case b.Col == FR:
			lf.add(b)
		case b.Col == NL:
			ln.add(b)
		}
	}
	for i := range lf.units {
		lf.units[i].Seq = i
	}
	for i := range ln.units {
		ln.units[i].Seq = i
	}
	nfr, nnl := len(lf.units), len(ln.units)
	if nfr > maxFR || nnl > maxNL {
		// More units than blocks: the slices grew out of arr.
		return append(lf.units[:nfr:nfr], ln.units...), nfr
	}
	copy(arr[nfr:], ln.units)
	clear(arr[nfr+nnl:])
	return arr[:nfr+nnl], nfr
}

func tableKey(b *Block) string {
	if b.Row == 0 {
		return "heading:" + b.Table
	}
	return "table:" + b.Table + ":" + strconv.Itoa(b.Row)
}

func (l *labeller) emit(key, label string, b *Block, body int) {
	lang := l.lang
	if b.Lang == Neutral && label == "" && !strings.HasPrefix(key, "intro:") && !strings.HasPrefix(key, "heading:") && (!strings.HasPrefix(key, "front:") || key == "front:number") && key != "closing:date" &&
		(strings.HasPrefix(key, "signature:") || leaning(b.Text.S, l.lang) <= 0) {
		// Names, numbers: they stand for both languages. A heading whose
		// words lean to its column's language without saying so clearly
		// ("CHAPITRE VIII. - Dispositions transitoires") is text of it.
		lang = Neutral
	}
	l.units = append(l.units, Unit{Key: key, Label: label, Lang: lang, Text: b.Text, Body: body, File: l.file})
	l.recitals = l.recitals || strings.HasPrefix(key, "recital:")
}

// addFrom adds a block of l's language that stands in the other
// language's file: its units name that file, and it starts a unit of its
// own (a unit's text comes from one file).
func (l *labeller) addFrom(b *Block, file string) {
	own := l.file
	l.file = file
	l.add(b)
	l.file = own
}

func (l *labeller) add(b *Block) {
	s := b.Text.S
	if b.Kind == Cell {
		l.emit(tableKey(b), "", b, 0)
		return
	}
	if key, sec, ok := headingOf(s); ok {
		if l.section == secFront && (key == "heading:resolution" || key == "heading:bill") && !l.seenKind {
			l.seenKind = true
			l.emit("front:kind", "", b, 0)
			return
		}
		if key == "heading:chamber" && l.section == secFront && !l.seenChamber && !l.seenKind {
			l.seenChamber = true
			l.emit("front:chamber", "", b, 0)
			return
		}
		if sec != "" {
			l.section = sec
		}
		l.emit(key, "", b, 0)
		return
	}
	if l.section == secFront && b.Page > 2 && b.Kind == Para {
		// Past the cover and its tables the text is the explanation, even
		// without a "Mesdames, Messieurs" heading (a policy note).
		l.section = secExplanation
	}
	if l.section == secFront {
		// A labelled block ends the title page even without a heading.
		if m := recitalRE.FindStringSubmatch(s); m != nil && startsLower(s[len(m[0]):]) {
			l.section = secResolution
		} else if m := requestRE.FindStringSubmatch(s); m != nil && strings.Contains(m[0], ".") && startsLetter(s[len(m[0]):]) {
			l.section = secRequests
		} else if articleLabel(s) != nil {
			l.section = secArticles
		} else {
			l.front(b)
			return
		}
	}
	if l.continues(b) {
		last := &l.units[len(l.units)-1]
		l.grow.join(&last.Text, b.Text)
		return
	}
	if onlyDate.MatchString(s) && l.section != secExplanation {
		l.section = secClosing
		l.emit("closing:date", "", b, 0)
		return
	}
	if m := closingRE.FindStringIndex(s); (m != nil && m[0] == 0) || (l.section != secExplanation && l.section != secFront && dateThenNames(s)) {
		l.section = secClosing
		l.emit("closing:date", "", b, 0)
		return
	}
	if m := recitalRE.FindStringSubmatch(s); m != nil && l.section == secResolution && isLetterLabel(m[1]) && startsLetter(s[len(m[0]):]) {
		l.emit("recital:"+m[1], strings.TrimSpace(m[0]), b, len(m[0]))
		return
	}
	if m := requestRE.FindStringSubmatch(s); m != nil && l.section == secResolution && l.hasRecitals() && startsLetter(s[len(m[0]):]) {
		l.section = secRequests
	}
	if m := requestRE.FindStringSubmatch(s); m != nil && l.section == secRequests && strings.Contains(m[0], ".") {
		l.emit("request:"+m[1], strings.TrimSpace(m[0]), b, len(m[0]))
		return
	}
	if m := articleLabel(s); m != nil && l.section != secExplanation {
		l.section = secArticles
		l.article = "article:" + m[1] + m[2]
		l.parag = ""
		l.emit(l.article, strings.TrimSpace(m[0]), b, len(m[0]))
		return
	}
	if l.section == secArticles && l.article != "" {
		if m := paragRE.FindStringSubmatch(s); m != nil {
			l.parag = l.article + "§" + m[1]
			l.emit(l.parag, strings.TrimSpace(m[0]), b, len(m[0]))
			return
		}
		if m := pointRE.FindStringSubmatch(s); m != nil {
			base := l.parag
			if base == "" {
				base = l.article
			}
			l.emit(base+":"+m[1]+"°", strings.TrimSpace(m[0]), b, len(m[0]))
			return
		}
	}
	if (b.Lang == Neutral || parties(s) >= 2) && isNameBlock(s) {
		// Names with their parties are signatories even when a particle
		// ("Van Lommel") makes the block look Dutch.
		l.sig++
		l.emit("signature:"+strconv.Itoa(l.sig), "", b, 0)
		return
	}
	if l.section == secExplanation {
		l.emit("intro:", "", b, 0)
		return
	}
	l.emit("para:", "", b, 0)
}

var dateStartRE = lazyregexp.New(`^\d{1,2}(?:er)? \p{L}+ \d{4}\s+\p{Lu}`)

// dateThenNames reports whether s is a closing date followed by the
// signatories, as a flowing text ends.
func dateThenNames(s string) bool {
	m := dateStartRE.FindStringIndex(s)
	if m == nil {
		return false
	}
	words := strings.Fields(s[m[1]-1:])
	return len(words) >= 2 && startsUpper(words[0]) && startsUpper(words[1])
}

// open reports whether the column's last unit stopped mid-sentence.
func (l *labeller) open() bool {
	if len(l.units) == 0 {
		return false
	}
	last := &l.units[len(l.units)-1]
	if last.File != l.file || last.Lang == Neutral || strings.HasPrefix(last.Key, "heading:") || strings.HasPrefix(last.Key, "front:") || strings.HasPrefix(last.Key, "table:") {
		return false
	}
	return !closed(last.Text.S)
}

// closed reports whether s ends a sentence or clause: a final . ; : ! or ?,
// possibly followed by closing quotes or brackets.
func closed(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("\"”»)’'", r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".;:!?", r)
}

// openQuote reports whether the column's last unit has an unclosed
// straight double quote.
func (l *labeller) openQuote() bool {
	return len(l.units) > 0 && strings.Count(l.units[len(l.units)-1].Text.S, "\"")%2 == 1
}

// extend joins b to the column's last unit.
func (l *labeller) extend(b *Block) {
	last := &l.units[len(l.units)-1]
	l.grow.join(&last.Text, b.Text)
}

// front labels a block of the title page.
// inRunningText reports whether unit i of the title-page section is a
// paragraph of running text: it and the unit before it are paragraphs,
// and that one ended a sentence.
func (l *labeller) inRunningText(i int) bool {
	if i < 1 || !strings.HasPrefix(l.units[i].Key, "para:") || !strings.HasPrefix(l.units[i-1].Key, "para:") {
		return false
	}
	end := strings.TrimRightFunc(l.units[i-1].Text.S, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(end)
	return strings.ContainsRune(".!?:;", r)
}

func (l *labeller) front(b *Block) {
	s := b.Text.S
	if n := len(l.units); n > 0 && b.Page == 0 && b.Lang != Neutral && startsLower(s) && l.units[n-1].Lang != Neutral &&
		l.units[n-1].Key != "front:kind" && (len(l.units[n-1].Text.S) >= 200 || l.inRunningText(n-1)) {
		// A long sentence of the title page cut by a page end: "…
		// verplichte sluitingsuren" + "betreft (Parl.St. …". The kind of
		// document and the title that follows it stay apart. A paragraph
		// of running text, however short its first part, goes on
		// ("Toutefois, cette argumentation" + "ne s'applique pas …"); a
		// line of the cover does not ("… de Belgique 4 août" + "de M.
		// Jean Deboutte, directeur …").
		last := &l.units[n-1]
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(last.Text.S, unicode.IsSpace))
		if unicode.IsLetter(r) || r == ',' {
			l.grow.join(&last.Text, b.Text)
			return
		}
	}
	key := "para:"
	switch {
	case !l.seenChamber && (strings.Contains(strings.ToUpper(s), "CHAMBRE") || strings.Contains(strings.ToUpper(s), "KAMER")):
		l.seenChamber = true
		key = "front:chamber"
	case onlyDate.MatchString(s):
		key = "front:date"
	case !l.seenKind && kindRE.MatchString(s) && strings.ToUpper(s) == s:
		l.seenKind = true
		key = "front:kind"
	case strings.HasPrefix(s, "("):
		key = "front:authors"
	case digitsRE.MatchString(s):
		key = "front:number"
	case hasMark(b.Text, Bold) || l.seenKind:
		key = "front:title"
	}
	for _, u := range l.units {
		if key == "para:" {
			break // para: keys are numbered; only the others may repeat
		}
		if u.Key == key {
			// A second block of the same kind continues the first.
			if key == "front:title" {
				last := &l.units[len(l.units)-1]
				if last.Key == key {
					l.grow.join(&last.Text, b.Text)
					return
				}
			}
			key = "para:"
			break
		}
	}
	l.emit(key, "", b, 0)
}

func hasMark(t Text, k MarkKind) bool {
	for _, m := range t.Marks {
		if m.Kind == k {
			return true
		}
	}
	return false
}

// continues reports whether b carries on the last unit of the column: it
// starts in lower case, or the last unit stopped mid-sentence, and b
// carries no label.
func (l *labeller) continues(b *Block) bool {
	if len(l.units) == 0 || b.Lang == Neutral {
		return false
	}
	if b.Page > 0 {
		return false // layouts that know pages join paragraphs across them already
	}
	last := &l.units[len(l.units)-1]
	if last.File != l.file || last.Lang == Neutral || strings.HasPrefix(last.Key, "heading:") || strings.HasPrefix(last.Key, "front:") ||
		strings.HasPrefix(last.Key, "table:") || last.Key == "closing:date" {
		return false
	}
	s := b.Text.S
	if startsLower(s) {
		return true
	}
	if hasLabel(s) {
		return false
	}
	end := strings.TrimRightFunc(last.Text.S, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(end)
	return unicode.IsLetter(r) || r == ','
}

func (l *labeller) hasRecitals() bool {
	return l.recitals
}

// articleLabel returns the submatches of an article label at the start of
// s: "Article 1er", "Art. 2.", "Artikel 3" followed by the end, a capital
// or a digit. "Artikel 46 van de wet …" is a sentence about an article,
// not the label of one.
func articleLabel(s string) []string {
	m := articleRE.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	if rest := strings.TrimSpace(s[len(m[0]):]); startsLower(rest) || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ";") || strings.HasPrefix(rest, ":") {
		return nil
	}
	return m
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func hasLabel(s string) bool {
	return recitalRE.MatchString(s) || requestRE.MatchString(s) || articleLabel(s) != nil || paragRE.MatchString(s) || pointRE.MatchString(s)
}

func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if !strings.ContainsRune("'\"«“(‘", r) {
			return false
		}
	}
	return false
}

// parties counts the words of s in parentheses: (VB), (cd&v).
func parties(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if len(w) > 2 && strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") {
			n++
		}
	}
	return n
}

// isNameBlock reports whether every line-like part of s looks like a
// signature: capitalised words, optionally a party in parentheses.
func isNameBlock(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") {
			continue // a party: (cd&v), (MR)
		}
		w = strings.Trim(w, "(),")
		r, _ := utf8.DecodeRuneInString(w)
		if w != "" && !unicode.IsUpper(r) && w != "de" && w != "van" && w != "der" && w != "den" {
			return false
		}
	}
	return true
}
