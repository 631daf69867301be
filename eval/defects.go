package eval

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
)

// Defect is a kind of error a translation or an extraction can hold, with
// the finding categories that name it and a way to inject it.
type Defect struct {
	Kind   string
	Cats   []string // categories that count as finding it
	inject func(s *site) (*Injection, bool)
}

// Injection is one defect put into a document.
type Injection struct {
	Edits  []edit
	Units  []string // keys of the units on which a finding counts
	Detail string   // what was changed, for reports
}

// site is a pair and the side of it a defect is injected into.
type site struct {
	in   *Input
	doc  *align.Document
	lc   *locator
	pr   *align.Pair
	side align.Lang
	rng  *rand.Rand
}

func (s *site) unit() *align.Unit  { return s.pr.Side(s.side) }
func (s *site) other() *align.Unit { return s.pr.Side(s.side.Other()) }

// Defects is the list of defect kinds measured.
var Defects = []Defect{
	// A bare number that the other side writes as an article ("les articles
	// 174 (…) et 274" ↔ "artikel 174 (…) en artikel 274") is compared as a
	// reference: a changed digit there is a refs finding.
	{"digit", []string{"numbers", "refs"}, injectDigit},
	{"spelled-number", []string{"numbers"}, injectSpelled},
	{"ordinal", []string{"numbers"}, injectOrdinal},
	{"date-part", []string{"dates"}, injectDate},
	{"range-end", []string{"numbers", "dates"}, injectRange},
	{"reference", []string{"refs"}, injectRef},
	{"name-dropped", []string{"names"}, injectNameDropped},
	{"name-added", []string{"names"}, injectNameAdded},
	{"name-misspelled", []string{"names"}, injectNameMisspelled},
	{"name-replaced", []string{"names"}, injectNameReplaced},
	{"acronym", []string{"terms"}, injectAcronym},
	{"unit-dropped", []string{"structure"}, injectUnitDropped},
	{"labels-shifted", []string{"structure"}, injectShift},
	{"clause-dropped", []string{"clauses"}, injectClause},
	{"untranslated", []string{"untranslated"}, injectUntranslated},
	{"ligature-split", []string{"artefact"}, injectLigature},
	{"homoglyph", []string{"artefact"}, injectHomoglyph},
	{"mojibake", []string{"artefact"}, injectMojibake},
}

// matches returns the spans of the unit's body matched by group g of re.
func matches(u *align.Unit, re *regexp.Regexp, g int) [][2]int {
	var out [][2]int
	for _, m := range re.FindAllStringSubmatchIndex(u.Text.S[u.Body:], -1) {
		if m[2*g] >= 0 {
			out = append(out, [2]int{u.Body + m[2*g], u.Body + m[2*g+1]})
		}
	}
	return out
}

// replaceOne picks one of the spans of the unit that maps verbatim to the
// input and replaces it with what repl makes of it ("" from repl: skip).
func (s *site) replaceOne(spans [][2]int, repl func(old string) string) (*Injection, bool) {
	return s.replaceOneAt(spans, func(_ [2]int, old string) string { return repl(old) })
}

// replaceOneAt is replaceOne for a repl that reads the span's context.
func (s *site) replaceOneAt(spans [][2]int, repl func(sp [2]int, old string) string) (*Injection, bool) {
	u := s.unit()
	for _, k := range s.rng.Perm(len(spans)) {
		sp := spans[k]
		old := u.Text.S[sp[0]:sp[1]]
		nw := repl(sp, old)
		if nw == "" || nw == old {
			continue
		}
		a, b, ok := s.lc.token(u, sp[0], sp[1])
		if !ok {
			continue
		}
		return &Injection{
			Edits:  []edit{{u.Lang, a, b, nw}},
			Units:  []string{s.pr.Key},
			Detail: fmt.Sprintf("%s %s: %q → %q", s.side, s.pr.Key, old, nw),
		}, true
	}
	return nil, false
}

var (
	monthsFR = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	monthsNL = []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}
	months   = strings.Join(append(append([]string(nil), monthsFR...), monthsNL...), "|")

	// numberRE is a number standing alone: not glued to a word, a closing
	// quote or parenthesis (a footnote call that lost its superscript:
	// "rust”7 en", "(ASCVD)4"), nor part of a decimal, a date or a code.
	numberRE = regexp.MustCompile(`(?:^|[^\p{L}\p{N}/.,:§°”’»)-])(\d{1,3})(?:$|[^\p{L}\p{N}/.,:°%-])`)
	dateRE   = regexp.MustCompile(`\b(\d{1,2})(?:er)? (` + months + `) (\d{4})\b`)
	rangeRE  = regexp.MustCompile(`\b\d+ ?(?:à|au|tot|–|-|en) ?(\d+)\b`)
	refRE    = regexp.MustCompile(`(?:n°|nr\.|nrs\.|n°s|DOC \d\d|Doc \d\d|article|artikel|art\.|§) ?(\d+)`)
	ordRE    = regexp.MustCompile(`\b(\d{1,3})(?:e|er|ère|ème|de|ste)\b`)
	// ctxRE marks the numbers left alone: those of dates, references and
	// amounts, and those of a short citation ("op.cit, (22) 12"), whose
	// counterpart may give the whole reference with no such number.
	ctxRE = regexp.MustCompile(`(?i)(` + months + `|n°|nr|doc|art|artikel|article|§|loi|wet|arrêté|besluit|euro|eur|%|procent|pour cent|op\.\s?cit)`)
)

// injectDigit changes a digit of a stand-alone number of one to three
// digits that is no date, no reference, no ordinal and no range end.
func injectDigit(s *site) (*Injection, bool) {
	u := s.unit()
	var spans [][2]int
	for _, sp := range matches(u, numberRE, 1) {
		lo, hi := max(sp[0]-15, 0), min(sp[1]+15, len(u.Text.S))
		if ctxRE.MatchString(u.Text.S[lo:hi]) || rangeRE.MatchString(u.Text.S[lo:hi]) {
			continue
		}
		spans = append(spans, sp)
	}
	return s.replaceOne(spans, func(old string) string {
		n, _ := strconv.Atoi(old)
		return strconv.Itoa(n + 1 + s.rng.IntN(3))
	})
}

var (
	spelledFR = []string{"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze", "vingt", "trente", "cent", "mille"}
	spelledNL = []string{"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "twaalf", "vijftien", "twintig", "dertig", "honderd", "duizend"}
	spelledRE = regexp.MustCompile(`(?i)\b(` + strings.Join(append(append([]string(nil), spelledFR...), spelledNL...), "|") + `)\b`)
)

// notANumber reports whether the word at sp of text is Dutch "acht" used
// as the verb achten or in "in acht nemen" (to consider, to take into
// account), not as the number eight: "telkens als zij dat nodig acht",
// "enkele regels in acht nemen". Changing it makes no number differ.
func notANumber(text string, sp [2]int) bool {
	if !strings.EqualFold(text[sp[0]:sp[1]], "acht") {
		return false
	}
	before := strings.Fields(text[max(sp[0]-40, 0):sp[0]])
	after := strings.Fields(text[sp[1]:min(sp[1]+40, len(text))])
	prev, next := "", ""
	if len(before) > 0 {
		prev = strings.ToLower(before[len(before)-1])
	}
	if len(after) > 0 {
		next = strings.ToLower(strings.Trim(after[0], ".,;:"))
	}
	switch prev {
	case "in", "nodig", "noodzakelijk", "wenselijk", "raadzaam", "aangewezen", "passend", "geschikt", "het", "zij", "hij", "ik", "men", "dat":
		return true
	}
	switch next {
	case "nemen", "genomen", "neemt", "te", "het", "zich", "nodig", "noodzakelijk", "wenselijk", "raadzaam", "":
		return true
	}
	return false
}

// injectSpelled replaces a spelled-out number by another.
func injectSpelled(s *site) (*Injection, bool) {
	list := spelledFR
	if s.side == align.NL {
		list = spelledNL
	}
	u := s.unit()
	return s.replaceOneAt(matches(u, spelledRE, 1), func(sp [2]int, old string) string {
		if notANumber(u.Text.S, sp) {
			return ""
		}
		for i, w := range list {
			if strings.EqualFold(w, old) {
				nw := list[(i+1+s.rng.IntN(3))%len(list)]
				if unicode.IsUpper([]rune(old)[0]) {
					nw = strings.ToUpper(nw[:1]) + nw[1:]
				}
				return nw
			}
		}
		return ""
	})
}

// injectOrdinal changes the number of an ordinal (21e → 22e, 1er → 2e,
// 3de → 4de). An ordinal that is the day of a date is left to date-part.
func injectOrdinal(s *site) (*Injection, bool) {
	u := s.unit()
	var spans [][2]int
	for _, sp := range matches(u, ordRE, 0) {
		if dayRE.MatchString(u.Text.S[sp[1]:]) || refWordRE.MatchString(u.Text.S[max(sp[0]-12, 0):sp[0]]) {
			continue // a date's day, or "article 1er", a reference
		}
		spans = append(spans, sp)
	}
	return s.replaceOne(spans, func(old string) string {
		m := ordRE.FindStringSubmatch(old)
		n, _ := strconv.Atoi(m[1])
		suffix := old[len(m[1]):]
		switch suffix {
		case "er", "ère", "re", "ste":
			suffix = "e"
		}
		return strconv.Itoa(n+1) + suffix
	})
}

var refWordRE = regexp.MustCompile(`(?i)(article|artikel|art\.|alinéa|lid|§|paragraphe|paragraaf|chapitre|hoofdstuk|titre|titel|annexe|bijlage)[ \x{a0}\x{202f}]?$`)

var dayRE = regexp.MustCompile(`^[ \x{a0}\x{202f}](` + months + `)\b`)

// actRE ends the words that make a date or a number part of a reference:
// "loi du 4 juillet 1989", "artikelen 157 en 158", "DOC 8-127/1". A change
// there is a reference defect, which the reference kind injects.
var actRE = regexp.MustCompile(`(?i)(loi|wet|arrêté(?: royal)?|besluit|décret|decreet|ordonnance|ordonnantie|code|wetboek|articles?|artikel(?:en)?|art\.|doc|n°|nr\.)[^.;]{0,22}$`)

// inReference reports whether the span sp of text follows a reference word.
func inReference(text string, sp [2]int) bool {
	return actRE.MatchString(text[max(sp[0]-40, 0):sp[0]])
}

// injectDate changes the day, the month or the year of a full date.
func injectDate(s *site) (*Injection, bool) {
	u := s.unit()
	g := 1 + s.rng.IntN(3)
	var spans [][2]int
	for _, sp := range matches(u, dateRE, g) {
		if !inReference(u.Text.S, sp) {
			spans = append(spans, sp)
		}
	}
	return s.replaceOne(spans, func(old string) string {
		switch g {
		case 1:
			n, _ := strconv.Atoi(old)
			return strconv.Itoa(n%28 + 1)
		case 3:
			n, _ := strconv.Atoi(old)
			return strconv.Itoa(n - 1)
		}
		list := monthsFR
		if s.side == align.NL {
			list = monthsNL
		}
		for i, m := range list {
			if m == old {
				return list[(i+1+s.rng.IntN(10))%12]
			}
		}
		return ""
	})
}

// injectRange changes the end of a range (de 3 à 5 → de 3 à 6).
func injectRange(s *site) (*Injection, bool) {
	u := s.unit()
	var spans [][2]int
	for _, sp := range matches(u, rangeRE, 1) {
		if !inReference(u.Text.S, sp) {
			spans = append(spans, sp)
		}
	}
	return s.replaceOne(spans, func(old string) string {
		n, _ := strconv.Atoi(old)
		return strconv.Itoa(n + 1)
	})
}

// injectRef changes the number of a reference (n° 2252, article 5, DOC 55 3396).
func injectRef(s *site) (*Injection, bool) {
	return s.replaceOne(matches(s.unit(), refRE, 1), func(old string) string {
		b := []byte(old)
		i := len(b) - 1
		b[i] = '0' + (b[i]-'0'+1+byte(s.rng.IntN(8)))%10
		return string(b)
	})
}

// nameRE finds runs of two or three capitalised words: person names when
// the same run stands on both sides of a pair.
var nameRE = regexp.MustCompile(`\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: (?:(?:[Dd]e|[Vv]an|[Vv]an [Dd]er|[Vv]an [Dd]en) )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})\b`)

// notName holds capitalised words that start institution names, places and
// headings rather than person names.
var notName = regexp.MustCompile(`\b(Union|Conseil|Cour|Chambre|Kamer|Raad|Hof|Parlement|États|Staten|Commission|Commissie|Comité|Nations|Naties|Belgique|België|Kazakhstan|Kazachstan|Europe|Europa|Organisation|Organisatie|Loi|Wet|Article|Artikel|Mesdames|Messieurs|Dames|Heren|Monsieur|Madame|Mevrouw|Heer|Ministre|Minister|Premier|Service|Dienst|Sénat|Senaat|Code|Wetboek|République|Republiek|Royaume|Koninkrijk|Roi|Koning|Zie|Voir|Doc|Document|Sophie|François|The)\b`)

// adjectiveRE matches the adjective endings of capitalised words that
// name institutions rather than people (Belgische Cardiologische Liga,
// Société Scientifique).
var adjectiveRE = regexp.MustCompile(`(?:ische|isch|ique|iques)\b`)

// names returns the name runs of the unit that also stand, identical, in
// the other side of the pair. Runs in italics are foreign phrases (party
// and movement names such as Koshe Partiyasy), and runs with an adjective
// are institutions: neither is a person.
func (s *site) names() [][2]int {
	u, o := s.unit(), s.other()
	var out [][2]int
	for _, sp := range matches(u, nameRE, 1) {
		n := u.Text.S[sp[0]:sp[1]]
		if notName.MatchString(strings.ReplaceAll(n, "Sophie Rohonyi", "x")) && !strings.Contains(n, "Rohonyi") {
			continue
		}
		if adjectiveRE.MatchString(n) || italic(u, sp[0], sp[1]) {
			continue
		}
		if !strings.Contains(o.Text.S, n) || commonWords(s.doc, n) {
			continue
		}
		if sp[0] >= 2 && (u.Text.S[sp[0]-2] == '.' || u.Text.S[sp[0]-2] == ':') {
			continue // a sentence start
		}
		out = append(out, sp)
	}
	return out
}

// italic reports whether u.Text.S[a:b] overlaps an italic mark.
func italic(u *align.Unit, a, b int) bool {
	for _, m := range u.Text.Marks {
		if m.Kind == align.Italic && m.Start < b && a < m.End {
			return true
		}
	}
	return false
}

// surnameCount returns how many times the last word of name stands as a
// word in s.
func surnameCount(s, name string) int {
	last := name[strings.LastIndex(name, " ")+1:]
	re := regexp.MustCompile(`(?:^|[^\p{L}])` + regexp.QuoteMeta(last) + `(?:$|[^\p{L}])`)
	return len(re.FindAllStringIndex(s, -1))
}

// commonWords reports whether a word of the name run, other than a
// particle, also stands in lower case in the document: then the run is a
// title or an institution ("Nationaal Kankerplan"), not a person.
func commonWords(doc *align.Document, name string) bool {
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		lw := strings.ToLower(w)
		if lw == "de" || lw == "van" || lw == "der" || lw == "den" {
			continue
		}
		if lowerWords(doc)[lw] {
			return true
		}
	}
	return false
}

var lowerCache sync.Map // *align.Document → map[string]bool

// lowerWords returns the set of words written in lower case in doc.
func lowerWords(doc *align.Document) map[string]bool {
	if m, ok := lowerCache.Load(doc); ok {
		return m.(map[string]bool)
	}
	m := map[string]bool{}
	for _, u := range doc.Units {
		for _, w := range strings.FieldsFunc(u.Text.S, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				m[w] = true
			}
		}
	}
	lowerCache.Store(doc, m)
	return m
}

// otherName returns a name of another pair of the document that is in
// neither side of this pair, or one of a fixed list.
func (s *site) otherName() string {
	var pool []string
	for i := range s.doc.Pairs {
		p := &s.doc.Pairs[i]
		if p == s.pr || p.FR == nil || p.NL == nil || p.Shared {
			continue
		}
		ss := &site{doc: s.doc, pr: p, side: align.FR}
		for _, sp := range ss.names() {
			pool = append(pool, p.FR.Text.S[sp[0]:sp[1]])
		}
	}
	pool = append(pool, "Jan Peumans", "Karin Jiroflée", "Georges Dallemagne", "Els Van Hoof", "Kattrin Jadin")
	for _, k := range s.rng.Perm(len(pool)) {
		n := pool[k]
		if !strings.Contains(s.pr.FR.Text.S, n) && !strings.Contains(s.pr.NL.Text.S, n) {
			return n
		}
	}
	return ""
}

// injectNameDropped removes a name and the space before it. A person
// mentioned again in the unit (Dulat Agadil … Dulat Agadil, Iskander
// Yerimbetov … M. Yerimbetov) would still be named after the drop, so
// only names whose surname stands once on that side are dropped.
func injectNameDropped(s *site) (*Injection, bool) {
	var once [][2]int
	u := s.unit()
	for _, sp := range s.names() {
		if surnameCount(u.Text.S, u.Text.S[sp[0]:sp[1]]) == 1 {
			once = append(once, sp)
		}
	}
	inj, ok := s.replaceOne(once, func(old string) string { return "-" })
	if !ok {
		return nil, false
	}
	e := &inj.Edits[0]
	e.repl = ""
	if raw := *s.in.raw(e.lang); e.start > 0 && raw[e.start-1] == ' ' {
		e.start--
	}
	inj.Detail = strings.TrimSuffix(inj.Detail, `"-"`) + `""`
	return inj, true
}

func injectNameAdded(s *site) (*Injection, bool) {
	add := s.otherName()
	if add == "" {
		return nil, false
	}
	and := " et "
	if s.side == align.NL {
		and = " en "
	}
	return s.replaceOne(s.names(), func(old string) string { return old + and + add })
}

func injectNameMisspelled(s *site) (*Injection, bool) {
	return s.replaceOne(s.names(), func(old string) string {
		// Change one vowel of the last word. Not y → i: Nogayev and
		// Nogaiev are two transliterations of one name, not a misspelling.
		last := strings.LastIndex(old, " ") + 2
		swap := map[byte]byte{'a': 'o', 'e': 'i', 'i': 'e', 'o': 'a', 'u': 'o'}
		var at []int
		for i := last; i < len(old); i++ {
			if _, ok := swap[old[i]]; ok {
				at = append(at, i)
			}
		}
		if len(at) == 0 {
			return ""
		}
		i := at[s.rng.IntN(len(at))]
		return old[:i] + string(swap[old[i]]) + old[i+1:]
	})
}

func injectNameReplaced(s *site) (*Injection, bool) {
	nw := s.otherName()
	if nw == "" {
		return nil, false
	}
	return s.replaceOne(s.names(), func(string) string { return nw })
}

var (
	// acronymRE is a word of two to six capitals; \b knows only ASCII
	// letters, so the word's ends are spelled out ("GÉNÉRALE" holds none).
	acronymRE = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])(\p{Lu}{2,6})(?:$|[^\p{L}\p{N}])`)
	roman     = regexp.MustCompile(`^[IVXLC]+$`)
	acrFR     = []string{"OTAN", "ONU", "OCDE", "OMS", "BCE", "FMI"}
	acrNL     = []string{"NAVO", "VN", "OESO", "WHO", "ECB", "IMF"}
)

// injectAcronym replaces an acronym by another that is in neither side.
func injectAcronym(s *site) (*Injection, bool) {
	list := acrFR
	if s.side == align.NL {
		list = acrNL
	}
	var spans [][2]int
	u := s.unit()
	for _, sp := range matches(u, acronymRE, 1) {
		a := u.Text.S[sp[0]:sp[1]]
		if roman.MatchString(a) || a == "DOC" || a == "COVID" {
			continue
		}
		spans = append(spans, sp)
	}
	return s.replaceOne(spans, func(old string) string {
		for _, k := range s.rng.Perm(len(list)) {
			if !strings.Contains(s.pr.FR.Text.S, list[k]) && !strings.Contains(s.pr.NL.Text.S, list[k]) {
				return list[k]
			}
		}
		return ""
	})
}

// labelled reports whether a key names a lettered or numbered unit.
func labelled(key string) bool {
	return strings.HasPrefix(key, "recital:") || strings.HasPrefix(key, "request:") || strings.HasPrefix(key, "article:")
}

// injectUnitDropped removes a labelled unit from one side.
func injectUnitDropped(s *site) (*Injection, bool) {
	u := s.unit()
	if !labelled(s.pr.Key) {
		return nil, false
	}
	a, b, ok := s.lc.span(u, 0, len(u.Text.S))
	if !ok {
		return nil, false
	}
	return &Injection{
		Edits:  []edit{{u.Lang, a, b, ""}},
		Units:  []string{s.pr.Key},
		Detail: fmt.Sprintf("%s %s dropped", s.side, s.pr.Key),
	}, true
}

var simpleLabel = regexp.MustCompile(`^([A-Z]{1,2}|\d{1,2})\.$`)

// nextLabel returns the label after l: "B." after "A.", "AA." after "Z.",
// "4." after "3.".
func nextLabel(l string) string {
	v := strings.TrimSuffix(l, ".")
	if n, err := strconv.Atoi(v); err == nil {
		return strconv.Itoa(n+1) + "."
	}
	if v == "Z" {
		return "AA."
	}
	if len(v) == 2 {
		return string([]byte{v[0] + 1, v[1] + 1}) + "."
	}
	return string([]byte{v[0] + 1}) + "."
}

// injectShift moves the labels of a run of units up by one on one side,
// from the chosen unit to the last of its kind, as a skipped letter does.
func injectShift(s *site) (*Injection, bool) {
	u := s.unit()
	kind, _, _ := strings.Cut(s.pr.Key, ":")
	if !labelled(s.pr.Key) || !simpleLabel.MatchString(u.Label) {
		return nil, false
	}
	var run []*align.Unit
	for i := range s.doc.Units {
		v := &s.doc.Units[i]
		if v.Lang == u.Lang && v.Seq >= u.Seq && strings.HasPrefix(v.Key, kind+":") && simpleLabel.MatchString(v.Label) {
			run = append(run, v)
		}
	}
	if len(run) < 3 || len(run) > 40 {
		return nil, false
	}
	inj := &Injection{Detail: fmt.Sprintf("%s labels from %s on shifted by one (%d units)", s.side, s.pr.Key, len(run))}
	for _, v := range run {
		a, b, ok := s.lc.token(v, 0, len(v.Label))
		if !ok || v.Text.S[:len(v.Label)] != v.Label {
			return nil, false
		}
		inj.Edits = append(inj.Edits, edit{v.Lang, a, b, nextLabel(v.Label)})
		inj.Units = append(inj.Units, v.Key, kind+":"+strings.TrimSuffix(nextLabel(v.Label), "."))
	}
	return inj, true
}

// injectClause removes one sentence or semicolon clause, not the first,
// of 40 to maxDropped characters, from a unit with several. A semicolon
// before a numbered list item ("…; 2. le fonctionnement") ends a clause
// too, so that a list is not dropped whole as one clause.
func injectClause(s *site) (*Injection, bool) {
	u := s.unit()
	body := u.Text.S[u.Body:]
	var cuts []int
	for i := 0; i+2 < len(body); i++ {
		if (body[i] == ';' || body[i] == '.') && body[i+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(body[i+2:])
			if (unicode.IsLetter(r) || body[i] == ';' && unicode.IsDigit(r)) && (body[i] == ';' || unicode.IsUpper(r)) && !abbrevBefore(body, i) {
				cuts = append(cuts, i+1)
			}
		}
	}
	if len(cuts) == 0 {
		return nil, false
	}
	cuts = append(cuts, len(body))
	for _, k := range s.rng.Perm(len(cuts) - 1) {
		a, b := u.Body+cuts[k], u.Body+cuts[k+1]
		if b-a < 40 || utf8.RuneCountInString(u.Text.S[a:b]) > maxDropped {
			continue
		}
		ra, rb, ok := s.lc.span(u, a, b)
		if !ok {
			continue
		}
		return &Injection{
			Edits:  []edit{{u.Lang, ra, rb, ""}},
			Units:  []string{s.pr.Key},
			Detail: fmt.Sprintf("%s %s: dropped %q", s.side, s.pr.Key, strings.TrimSpace(u.Text.S[a:b])),
		}, true
	}
	return nil, false
}

// maxDropped is the longest clause injectClause drops, in runes: longer
// stretches between two cuts are whole passages, not clauses.
const maxDropped = 600

// abbrevBefore reports whether the period at i ends an abbreviation or a
// number ("art.", "M.", "1.").
func abbrevBefore(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] != ' ' {
		j--
	}
	w := s[j:i]
	return len(w) <= 3 || strings.ContainsAny(w, "0123456789")
}

// injectUntranslated puts the other side's body in place of this side's,
// wrapped into as many lines as the text it replaces: a paragraph left
// untranslated in a PDF is wrapped to its column like the rest.
func injectUntranslated(s *site) (*Injection, bool) {
	u, o := s.unit(), s.other()
	if len(u.Text.S)-u.Body < 60 || len(o.Text.S)-o.Body < 60 {
		return nil, false
	}
	a, b, ok := s.lc.span(u, u.Body, len(u.Text.S))
	if !ok {
		return nil, false
	}
	return &Injection{
		Edits:  []edit{{u.Lang, a, b, wrapLike(o.Text.S[o.Body:], (*s.in.raw(u.Lang))[a:b])}},
		Units:  []string{s.pr.Key},
		Detail: fmt.Sprintf("%s %s: body replaced by the %s body", s.side, s.pr.Key, s.side.Other()),
	}, true
}

// wrapLike breaks text at spaces into as many lines of about equal length
// as old has, each line but the last ending as old's first line does (with
// a space, as pdftotext ends a line whose paragraph goes on).
func wrapLike(text, old string) string {
	n := strings.Count(old, "\n") + 1
	if n == 1 {
		return text
	}
	end := "\n"
	if first, _, _ := strings.Cut(old, "\n"); strings.HasSuffix(first, " ") {
		end = " \n"
	}
	words := strings.Fields(text)
	width := len(text)/n + 1
	var b strings.Builder
	line, lines := 0, 1
	for i, w := range words {
		if i > 0 && line+1+len(w) > width && lines < n {
			b.WriteString(end)
			line, lines = 0, lines+1
		} else if i > 0 {
			b.WriteByte(' ')
			line++
		}
		b.WriteString(w)
		line += len(w)
	}
	return b.String()
}

var ligatureRE = regexp.MustCompile(`\p{L}+?(ffi|ffl|fi|fl|ff)\p{L}{2,}`)

// injectLigature splits a word after a ligature, as extraction of a
// ligature glyph does ("défi nitive").
func injectLigature(s *site) (*Injection, bool) {
	return s.replaceOne(matches(s.unit(), ligatureRE, 0), func(old string) string {
		m := ligatureRE.FindStringSubmatchIndex(old)
		return old[:m[3]] + " " + old[m[3]:]
	})
}

var (
	wordRE     = regexp.MustCompile(`\b\p{Ll}{5,}\b`)
	homoglyphs = map[rune]rune{'a': 'а', 'e': 'е', 'o': 'о', 'c': 'с', 'p': 'р', 'x': 'х'}
)

// injectHomoglyph puts a Cyrillic look-alike in place of a Latin letter.
func injectHomoglyph(s *site) (*Injection, bool) {
	return s.replaceOne(matches(s.unit(), wordRE, 0), func(old string) string {
		rs := []rune(old)
		for _, k := range s.rng.Perm(len(rs)) {
			if h, ok := homoglyphs[rs[k]]; ok {
				rs[k] = h
				return string(rs)
			}
		}
		return ""
	})
}

var accentRE = regexp.MustCompile(`\p{L}*[éèàçêëïôûÉ]\p{L}*`)

// injectMojibake writes an accented letter as its UTF-8 bytes read as
// Windows-1252 ("é" → "Ã©").
func injectMojibake(s *site) (*Injection, bool) {
	moji := map[rune]string{'é': "Ã©", 'è': "Ã¨", 'à': "Ã ", 'ç': "Ã§", 'ê': "Ãª", 'ë': "Ã«", 'ï': "Ã¯", 'ô': "Ã´", 'û': "Ã»", 'É': "Ã‰"}
	return s.replaceOne(matches(s.unit(), accentRE, 0), func(old string) string {
		var b strings.Builder
		done := false
		for _, r := range old {
			if m, ok := moji[r]; ok && !done {
				b.WriteString(m)
				done = true
				continue
			}
			b.WriteRune(r)
		}
		return b.String()
	})
}
