package checks

import (
	"fmt"

	"sort"
	"strings"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/langdata"
	"github.com/concord-bilingual/concord/checks/token"
)

// The rule IDs of the names and terms checks.
const (
	ruleNamesMissing  = "names/missing"
	ruleNamesReplaced = "names/replaced"
	ruleNamesSpelling = "names/spelling"
	ruleNamesVariant  = "names/variant"
	ruleTermsMismatch = "terms/mismatch"
	ruleTermsMissing  = "terms/missing"
	ruleTermsForm     = "terms/form"
	ruleTermsForeign  = "terms/foreign"
)

// nameMatch says how well two names on either side correspond.
type nameMatch uint8

const (
	nameSame     nameMatch = iota // the same letters, case and accents aside
	nameVariant                   // a transliteration or naming convention
	nameSpelling                  // a letter dropped, added, doubled, swapped
	nameOther                     // another person
)

// compareNames says whether a and b name the same person and how they
// differ. When one gives the surname only, surnames are compared.
func compareNames(a, b *personName) (nameMatch, int) {
	x, y := a.key(), b.key()
	if x == y {
		return nameSame, 0
	}
	if len(a.Parts) == 1 || len(b.Parts) == 1 {
		x, y = a.surname(), b.surname()
		if x == y {
			return nameSame, 0
		}
	} else if sameWords(a.Parts, b.Parts) {
		return nameVariant, 0 // the order of given name and surname
	}
	if strings.ReplaceAll(x, " ", "") == strings.ReplaceAll(y, " ", "") {
		return nameVariant, 0 // words run together: Auto Lease, Autolease
	}
	// A spelling slip is at most 2 edits, and one per 5 letters.
	limit := min(2, max(utf8.RuneCountInString(x), utf8.RuneCountInString(y))/5)
	d := spellingDistanceWithin(x, y, limit)
	switch {
	case d == 0:
		return nameVariant, 0
	case d <= limit:
		return nameSpelling, d
	}
	return nameOther, d
}

// sameWords reports whether a and b hold the same words in any order.
func sameWords(a, b []string) bool {
	if len(a) != len(b) || totalLen(a) != totalLen(b) {
		return false
	}
	x := append([]string(nil), a...)
	y := append([]string(nil), b...)
	sort.Strings(x)
	sort.Strings(y)
	return strings.Join(x, " ") == strings.Join(y, " ")
}

// totalLen returns the number of bytes of the strings of ss.
func totalLen(ss []string) int {
	n := 0
	for _, s := range ss {
		n += len(s)
	}
	return n
}

// nameLink is one FR person paired with one NL person.
type nameLink struct {
	fr, nl int
	match  nameMatch
	dist   int
}

// namePairing is the one-to-one correspondence of the persons of a pair.
type namePairing struct {
	links          []nameLink // matched, including replacements
	frOnly, nlOnly []int
}

// pairNames assigns FR persons to NL persons one to one: the closest
// pairs first (same, then variant, then spelling; ties by reading order),
// so that Daniyar Khassenov and Daryn Khasenov stay two people. Persons
// left on both sides between the same matched neighbours are
// replacements; the rest are on one side only.
func pairNames(fr, nl []person) namePairing {
	var cand []nameLink
	for i := range fr {
		for j := range nl {
			m, d := compareNames(&fr[i].name, &nl[j].name)
			if m != nameOther {
				cand = append(cand, nameLink{i, j, m, d})
			}
		}
	}
	sort.SliceStable(cand, func(a, b int) bool {
		x, y := cand[a], cand[b]
		if x.match != y.match {
			return x.match < y.match
		}
		if x.dist != y.dist {
			return x.dist < y.dist
		}
		if x.fr != y.fr {
			return x.fr < y.fr
		}
		return x.nl < y.nl
	})
	frTo := make([]int, len(fr))
	nlTo := make([]int, len(nl))
	for i := range frTo {
		frTo[i] = -1
	}
	for j := range nlTo {
		nlTo[j] = -1
	}
	var p namePairing
	for _, c := range cand {
		if frTo[c.fr] >= 0 || nlTo[c.nl] >= 0 {
			continue
		}
		frTo[c.fr], nlTo[c.nl] = c.nl, c.fr
		p.links = append(p.links, c)
	}
	// Group the unmatched by the matched person before them, as seen
	// from FR, and pair them in order within a group.
	anchorFR := func(i int) int {
		for k := i - 1; k >= 0; k-- {
			if frTo[k] >= 0 {
				return k
			}
		}
		return -1
	}
	anchorNL := func(j int) int {
		for k := j - 1; k >= 0; k-- {
			if nlTo[k] >= 0 {
				return nlTo[k]
			}
		}
		return -1
	}
	groupsNL := map[int][]int{}
	for j := range nl {
		if nlTo[j] < 0 {
			a := anchorNL(j)
			groupsNL[a] = append(groupsNL[a], j)
		}
	}
	for i := range fr {
		if frTo[i] >= 0 {
			continue
		}
		a := anchorFR(i)
		if g := groupsNL[a]; len(g) > 0 {
			j := g[0]
			groupsNL[a] = g[1:]
			frTo[i], nlTo[j] = j, i
			p.links = append(p.links, nameLink{i, j, nameOther, 0})
			continue
		}
		p.frOnly = append(p.frOnly, i)
	}
	for j := range nl {
		if nlTo[j] < 0 {
			p.nlOnly = append(p.nlOnly, j)
		}
	}
	return p
}

// sideWords is the index of the capitalised words of a side, used to tell
// whether a name of the other side is written there in some form.
type sideWords struct {
	caps   langdata.WordSet // folded capitalised words and their parts
	any    langdata.WordSet // folded words in any case
	joined string           // the same, joined by spaces, between spaces
	list   []string         // the same, in reading order
	text   []string         // the words of list as written
}

// indexWords indexes the capitalised words of sa.
func indexWords(sa *sideAnalysis) *sideWords {
	w := &sideWords{caps: langdata.WordSet{}, any: langdata.WordSet{}}
	var b strings.Builder
	b.WriteByte(' ')
	prev := -1 // the index of the last capitalised word
	for i, t := range sa.words {
		t = stripElision(t)
		if c := token.CaseOf(t.S); c != token.TitleCase && c != token.UpperCase {
			w.any[token.FoldKey(t.S)] = true
			continue
		}
		k := token.FoldKey(t.S)
		w.any[k] = true
		w.caps[k] = true
		for _, p := range strings.FieldsFunc(k, token.IsJoiner) {
			w.caps[p] = true
		}
		if prev >= 0 && prev == i-1 && strings.TrimSpace(t.Gap) == "" {
			w.caps[w.list[len(w.list)-1]+k] = true // two words another text writes as one: Auto Lease, Autolease
		}
		prev = i
		w.list = append(w.list, k)
		w.text = append(w.text, t.S)
		b.WriteString(k)
		b.WriteByte(' ')
	}
	w.joined = b.String()
	return w
}

// nameSurname returns the last folded word of n that can identify it: not
// a particle, a function word or an initial; "" if there is none.
func nameSurname(n *personName) string {
	for i := len(n.Parts) - 1; i >= 0; i-- {
		ws := strings.Fields(n.Parts[i])
		for k := len(ws) - 1; k >= 0; k-- {
			w := ws[k]
			if utf8.RuneCountInString(w) >= 3 && !langdata.NameParticles[w] && !langdata.IsStopWord(w) {
				return w
			}
		}
	}
	return ""
}

// nameWrittenIn reports whether the other side, indexed by o, writes
// name n, its surname for a person, capitalised as a name is: the same word (la tour Grenfell, de Londense Grenfelltoren; Weert,
// het Nederlandse Weert), the head of a compound (Grenfell in
// Grenfelltoren) or the name's words written as one (Hong Kong,
// Hongkong). A name whose surname stands on the other side is not
// missing there: at worst it is written another way.
func nameWrittenIn(n *personName, o *sideWords) bool {
	sur := nameSurname(n)
	if sur == "" {
		return false
	}
	if o.caps[sur] {
		return true
	}
	if c := langdata.CanonicalName(sur); c != sur || givenNameFR[sur] {
		for _, w := range o.list {
			if langdata.CanonicalName(w) == c {
				return true // Filip, Philippe; Boudewijnstichting, Baudouin
			}
		}
	}
	if utf8.RuneCountInString(sur) >= 5 && strings.Contains(o.joined, " "+sur) {
		return true // the head of a compound: Grenfell in Grenfelltoren
	}
	if len(n.Parts) > 1 && o.caps[strings.ReplaceAll(n.key(), " ", "")] {
		return true
	}
	// every word there, in any case: dalaï lama, Dalai Lama
	all := len(n.Parts) > 1
	for _, p := range n.Parts {
		for _, w := range strings.Fields(p) {
			all = all && o.any[w]
		}
	}
	return all
}

// tailPrepositions join the head of a body's name to the rest of it:
// "Paleis voor Schone Kunsten", "Palais des Beaux-Arts", "Kamer van
// Koophandel".
var tailPrepositions = langdata.WordSet{"voor": true, "van": true, "der": true, "des": true, "du": true, "de": true, "of": true, "pour": true}

// nameTail reports whether the run at s[start:] continues a capitalised
// word through a preposition ("het Paleis voor Schone Kunsten"): the tail
// of a body's name, not a person. A person's name follows a title or a
// function without one ("de minister van Justitie Vincent Van
// Quickenborne" has "Justitie" right before it).
func nameTail(s string, start int) bool {
	ps, pe, ok := token.PrevLetters(s, start)
	if !ok || !tailPrepositions[s[ps:pe]] {
		return false
	}
	hs, he, ok := token.PrevLetters(s, ps)
	if !ok {
		return false
	}
	c := token.CaseOf(s[hs:he])
	return c == token.TitleCase || c == token.UpperCase
}

// nameRenderedIn reports whether the other side, indexed by o, renders
// a word of name n: writes it capitalised, as a name is (Crossrail for
// Crossrail Benelux, Charleroi for Brussels South Charleroi Airport), or
// writes a word the translation table gives for it (Guerre in Seconde
// Guerre, oorlog in Tweede Wereldoorlog; Kunsten, arts). A person's name
// is carried over as it is, neither cut nor translated: a run the other
// side renders in part is a body, a place or a programme each language
// names its own way ("l'investisseur Valesco a racheté la Tour des
// Finances" / "Valesco de Financietoren"), so one-sided it is only worth
// knowing. from is the language of n; a word of one of the other side's
// names (theirs) does not count, since persons share given names and
// surnames (Aigul Akberdy, Aigul Akisheva).
func nameRenderedIn(n *personName, from align.Lang, o *sideWords, theirs []personName) bool {
	tl := langdata.LoadTranslex()
	named := langdata.WordSet{}
	for i := range theirs {
		for _, p := range theirs[i].Parts {
			for _, w := range strings.Fields(p) {
				named[w] = true
			}
		}
	}
	var other []int32 // the table's numbers of the other side's words
	for _, p := range n.Parts {
		for _, w := range strings.Fields(p) {
			if utf8.RuneCountInString(w) < 3 || langdata.NameParticles[w] || langdata.IsStopWord(w) {
				continue
			}
			if o.caps[w] && !named[w] {
				return true
			}
			if n.Titled {
				// After a title the words are a person's, which the table
				// holds only as the words they stood next to where it was
				// learned (Roel Deseyn, volksvertegenwoordiger).
				continue
			}
			id := tl.Lookup(token.Fold(w))
			if id < 0 || tl.Function(token.Fold(w)) {
				continue
			}
			if other == nil {
				for k := range o.any {
					if utf8.RuneCountInString(k) >= 3 && !tl.Function(k) {
						other = append(other, tl.Lookup(token.Fold(k)))
					}
				}
			}
			for _, x := range other {
				if from == align.FR && tl.Translates(id, x) || from == align.NL && tl.Translates(x, id) {
					return true
				}
			}
		}
	}
	return false
}

// misspeltIn returns a capitalised word of the other side, indexed by o,
// that spells the surname of n with a slip (Borrell, Borell), or "".
func misspeltIn(n *personName, o *sideWords) string {
	sur := n.surname()
	if utf8.RuneCountInString(sur) < 5 {
		return ""
	}
	limit := min(2, utf8.RuneCountInString(sur)/5)
	for i, w := range o.list {
		if w != sur && spellingDistanceWithin(sur, w, limit) <= limit {
			return o.text[i]
		}
	}
	return ""
}

// givenNameFR holds the French forms of givenNameForms.
var givenNameFR = func() langdata.WordSet {
	s := langdata.WordSet{}
	for _, c := range langdata.GivenNameForms {
		s[c] = true
	}
	return s
}()

// holdsNoun reports whether a word of n ends like a common noun or an
// adjective (nounLike): Kamercommissie Mobiliteit, Arabische Syriërs.
func holdsNoun(n *personName) bool {
	for _, p := range n.Parts {
		for _, w := range strings.Fields(p) {
			if langdata.NounLike(w) {
				return true
			}
		}
	}
	return false
}

// personShaped reports whether n reads as a person's full name: a given
// name and a surname at least, none of its words ending like a common
// noun or adjective, not all of them English words. A surname alone, or a run that holds a noun, may as
// well be a function, a body or a place the other side names otherwise;
// one-sided, it is only worth knowing.
func personShaped(n *personName) bool {
	core, ok := nameWords(n, true)
	return ok && core >= 2 && !englishPhrase(n)
}

// nameWords counts the words of n that name the person: not particles (de,
// van), nor, when numerals is set, a king's number (Léopold III, Michel
// Ier). ok is false when a word ends like a common noun or adjective.
func nameWords(n *personName, numerals bool) (core int, ok bool) {
	for _, p := range n.Parts {
		for _, w := range strings.Fields(p) {
			if langdata.NameParticles[w] {
				continue
			}
			if langdata.NounLike(w) {
				return 0, false
			}
			if numerals && (isRoman(strings.ToUpper(w)) || w == "ier" || w == "er") {
				continue
			}
			core++
		}
	}
	return core, true
}

// fullName reports whether n, a name of side sa, reads as a person's full
// name (personShaped) and does not follow a determiner ("la Seconde
// Guerre", "de Tweede Wereldoorlog").
func fullName(n *personName, sa *sideAnalysis) bool {
	return personShaped(n) && !afterDeterminer(sa.unit.Text.S, sa.lang, n)
}

// titledSurname reports whether n is a surname after a title (général
// Haftar, minister Crevits, collega Burton): the title says that it names
// a person, who is left out where the other side does not name him.
func titledSurname(n *personName) bool {
	if !n.Titled || englishPhrase(n) {
		return false
	}
	core, ok := nameWords(n, false)
	return ok && core >= 1
}

// personRefs are the French and Dutch words that refer back to a person
// already named: subject and object pronouns and the words of a report
// for the one who speaks (l'intervenant, de spreker).
var personRefs = langdata.NewWordSet(`il elle lui celui celle intervenant intervenante orateur oratrice
hij zij ze hem spreker spreekster laatstgenoemde`)

// referredNear reports whether the other side has a word of personRefs
// at about the place of the name n of side from: "Mevrouw Afschrift
// benadrukt" against "Elle souligne", "de heer Volckaert" against
// "l'intervenant". A report names a speaker on one side and refers back
// to him on the other.
func referredNear(n *personName, from, other *sideAnalysis) bool {
	fl, ol := len(from.unit.Text.S), len(other.unit.Text.S)
	for i, w := range other.words {
		k := token.FoldKey(stripElision(w).S)
		if !personRefs[k] || !samePlaceIn(n.Start, fl, w.Start, ol) {
			continue
		}
		if k == "il" && i+1 < len(other.words) {
			next := token.FoldKey(other.words[i+1].S)
			if j := strings.IndexByte(next, '\''); j > 0 {
				next = next[:j] // s'agit
			}
			if impersonalVerbs[next] {
				continue // il faut, il ressort, il s'agit: no one
			}
		}
		return true
	}
	return false
}

// impersonalVerbs follow an impersonal French "il" (il faut, il y a, il
// ressort, il s'agit), which refers to no one.
var impersonalVerbs = langdata.NewWordSet(`y faut fallait faudra faudrait ressort semble semblait s agit convient importe
existe reste suffit arrive apparait appert va`)

// determiners are the articles and determiners of each language that
// stand before a body, a place, a work or an event but not before a
// person's name: "la Seconde Guerre mondiale", "het Rode Kruis", "le
// Standard". A person takes a title there ("la ministre Tinne Van der
// Straeten"). French "de" and "d'" are prepositions as well ("la faillite
// de Thomas Cook", "la question de Koen Geens"), Dutch "van" too: neither
// is among them.
var determiners = map[align.Lang]langdata.WordSet{
	align.FR: langdata.NewWordSet(`le la les l un une des du au aux ce cet cette ces son sa ses leur leurs`),
	align.NL: langdata.NewWordSet(`het een deze dit die de der des zijn haar hun onze`),
}

// afterDeterminer reports whether the name n of text s in language l,
// without a title, follows a determiner (determiners).
func afterDeterminer(s string, l align.Lang, n *personName) bool {
	if n.Titled {
		return false
	}
	i := n.Start
	if r, k := utf8.DecodeLastRuneInString(s[:i]); r == '\'' || r == '\u2019' {
		i -= k // l'Union, l’Economic Risk Management Group
	}
	ps, pe, ok := token.PrevLetters(s, i)
	if !ok {
		return false
	}
	w := s[ps:pe]
	return w == strings.ToLower(w) && determiners[l][token.FoldKey(w)]
}

// crowdNames is how many persons one side of a pair must name that the
// other does not for the pair to be read as a list in one language only
// (see nameFindings). Read on the long documents, such pairs named 25 and
// 26 members of a committee on one side; a dropped name is one.
const crowdNames = 4

// nameFindings compares the persons named on both sides of a pair. A
// finding as strong as its rule says leaves Severity 0, so that the rule's
// declared severity is the one reported; weaker evidence sets a lower one.
func nameFindings(a *pairAnalysis) []check.Finding {
	if a == nil {
		return nil
	}
	fr, nl := persons(a.fr.names), persons(a.nl.names)
	p := pairNames(fr, nl)
	frText := func(i int) string { n := fr[i].name; return a.fr.unit.Text.S[n.Start:n.End] }
	nlText := func(j int) string { n := nl[j].name; return a.nl.unit.Text.S[n.Start:n.End] }
	frEv := func(i int) *check.Evidence { n := fr[i].name; return check.At(a.fr.unit, n.Start, n.End) }
	nlEv := func(j int) *check.Evidence { n := nl[j].name; return check.At(a.nl.unit, n.Start, n.End) }
	var frIdx, nlIdx *sideWords
	frWords := func() *sideWords {
		if frIdx == nil {
			frIdx = indexWords(a.fr)
		}
		return frIdx
	}
	nlWords := func() *sideWords {
		if nlIdx == nil {
			nlIdx = indexWords(a.nl)
		}
		return nlIdx
	}
	// The surnames of the persons matched one to one: a surname of the
	// other side that belongs to one of them (Aset Abishev, Patrice
	// Lumumba) does not answer another person of that name (Kenzhebek
	// Abishev, Juliana Lumumba).
	linkedFR, linkedNL := langdata.WordSet{}, langdata.WordSet{}
	for _, l := range p.links {
		if l.match != nameOther {
			linkedFR[nameSurname(&fr[l.fr].name)] = true
			linkedNL[nameSurname(&nl[l.nl].name)] = true
		}
	}
	// writtenIn reports whether the other side, indexed by o, writes name
	// n, by a surname none of its matched persons bears.
	writtenIn := func(n *personName, o *sideWords, linked langdata.WordSet) bool {
		return nameWrittenIn(n, o) && !linked[nameSurname(n)]
	}
	// Two names left at the same place are one person for another only
	// when both read as persons and neither is written on the other side.
	// Two names whose words the other side writes too are one name cut
	// differently (Wall Street, Wall Street Journal) or a place or body
	// named two ways: nothing to report. Where one of them is written
	// there, or only one reads as a person (Tedros Adhanom Ghebreyesus
	// against Exit Strategy, a phrase the other side translates), they
	// are two names each on one side, and the one not written on the other
	// side is missing there.
	var replaced []nameLink
	frOnly, nlOnly := p.frOnly, p.nlOnly
	for _, l := range p.links {
		if l.match != nameOther {
			replaced = append(replaced, l)
			continue
		}
		frName, nlName := &fr[l.fr].name, &nl[l.nl].name
		frW, nlW := writtenIn(frName, nlWords(), linkedNL), writtenIn(nlName, frWords(), linkedFR)
		switch {
		case frW && nlW:
		case frW || nlW || fullName(frName, a.fr) != fullName(nlName, a.nl):
			if !frW {
				frOnly = append(frOnly, l.fr)
			}
			if !nlW {
				nlOnly = append(nlOnly, l.nl)
			}
		default:
			replaced = append(replaced, l)
		}
	}
	// A one-sided name the other side writes in some form is not missing.
	isMissing := func(n *personName, text string, other *sideAnalysis, o *sideWords, linked langdata.WordSet) bool {
		return !hasWords(other.unit.Text.S, text) && !writtenIn(n, o, linked)
	}
	var frMissing, nlMissing []int
	for _, i := range frOnly {
		if isMissing(&fr[i].name, frText(i), a.nl, nlWords(), linkedNL) {
			frMissing = append(frMissing, i)
		}
	}
	for _, j := range nlOnly {
		if isMissing(&nl[j].name, nlText(j), a.fr, frWords(), linkedFR) {
			nlMissing = append(nlMissing, j)
		}
	}
	// A pair where one side names several persons the other does not is
	// a list that stands in one language only (a committee's members the
	// extraction put in one stream, a list the pairing did not match), not
	// a translator who dropped names one by one: its one-sided and
	// replaced names are worth knowing, not a verdict. Names the other
	// side writes (premier Johnson for Boris Johnson) do not count.
	crowd := len(frMissing) >= crowdNames || len(nlMissing) >= crowdNames
	// A name is carried over as it is: where the pair names other persons
	// both sides write, a name left on one side, or another name at its
	// place, stands among names the translation kept, which is what a
	// dropped or replaced person looks like. Where no name is shared, the
	// left-over runs are as often a body, a place or a programme each
	// language names its own way ("Limbourg Nord-Sud" / "het Limburgse
	// Noord-Zuid-project"), or two unrelated stretches of a bilingual
	// table: read on the written questions, 0 of 7 such one-sided names
	// and 0 of 1 such replacement on the documents were true.
	shared := false
	for _, l := range p.links {
		shared = shared || l.match != nameOther
	}
	var out []check.Finding
	for _, l := range replaced {
		f := check.Finding{Unit: a.key, FR: frEv(l.fr), NL: nlEv(l.nl)}
		switch l.match {
		case nameSame:
			continue
		case nameVariant:
			f.Rule = ruleNamesVariant
			f.Message = fmt.Sprintf("NL writes %s where FR writes %s (spelling convention)", nlText(l.nl), frText(l.fr))
		case nameSpelling:
			f.Rule = ruleNamesSpelling
			f.Message = fmt.Sprintf("NL spells %s where FR spells %s", nlText(l.nl), frText(l.fr))
		case nameOther:
			f.Rule = ruleNamesReplaced
			switch {
			case crowd || !fullName(&fr[l.fr].name, a.fr) || !fullName(&nl[l.nl].name, a.nl):
				f.Severity = check.Info
			case !shared:
				f.Severity = check.Warning
			}
			f.Message = fmt.Sprintf("NL names %s where FR names %s", nlText(l.nl), frText(l.fr))
		}
		out = append(out, f)
	}
	missing := func(n *personName, text string, from *sideAnalysis, other *sideAnalysis, o *sideWords) {
		ev := check.At(from.unit, n.Start, n.End)
		f := check.Finding{Unit: a.key}
		if from.lang == align.FR {
			f.FR = ev
		} else {
			f.NL = ev
		}
		if w := misspeltIn(n, o); w != "" && !holdsNoun(n) {
			f.Rule = ruleNamesSpelling
			f.Message = fmt.Sprintf("%s spells %s; %s writes %s", sideName(from.lang), text, sideName(other.lang), w)
			out = append(out, f)
			return
		}
		// One side only is weak evidence: a warning at most, and only for a
		// person: a given name and a surname, or a surname after a title
		// where the other side does not refer to him by a pronoun there.
		f.Rule = ruleNamesMissing
		person := fullName(n, from) || titledSurname(n) && !referredNear(n, from, other)
		if crowd || !person || nameRenderedIn(n, from.lang, o, other.names) || nameTail(from.unit.Text.S, n.Start) {
			f.Severity = check.Info
		}
		f.Message = fmt.Sprintf("%s names %s; %s does not", sideName(from.lang), text, sideName(other.lang))
		if signatoryName(from.unit.Text.S, n.Start, other.unit.Text.S) {
			f.Severity, f.Message = check.Info, f.Message+signatoryNote
		}
		out = append(out, f)
	}
	for _, i := range frMissing {
		missing(&fr[i].name, frText(i), a.fr, a.nl, nlWords())
	}
	for _, j := range nlMissing {
		missing(&nl[j].name, nlText(j), a.nl, a.fr, frWords())
	}
	return out
}

// reportRule reports the findings of fs that belong to the pass's check.
func reportRule(p *check.Pass, fs []check.Finding) {
	for _, f := range fs {
		if f.Rule == p.Check.ID {
			p.Report(f)
		}
	}
}

// runNames reports the findings of the check's rule from nameFindings on
// every pair.
func runNames(p *check.Pass) {
	an := namesAndTerms(p)
	var streams map[align.Lang]string
	for i := range p.Doc.Pairs {
		pair := &p.Doc.Pairs[i]
		pa := an.pair(pair)
		if pa == nil {
			continue
		}
		// A pair the pairing is unsure of (Confidence 0 is not measured:
		// paired by label or by the input) may hold a mention the
		// extraction moved.
		unsure := pair.Confidence > 0 && pair.Confidence < unsurePair
		for _, f := range pa.names {
			if f.Rule != p.Check.ID {
				continue
			}
			// Severity 0 is the rule's own: the analysis sets a weaker
			// one where the evidence is weaker.
			if f.Rule == ruleNamesMissing && f.Severity == 0 && unsure {
				if streams == nil {
					streams = languageStreams(p.Doc)
				}
				if namedAsOften(streams, f) {
					f.Severity = check.Info
					f.Message += movedNote
				}
			}
			if f.Rule == ruleNamesMissing && f.Severity == 0 {
				if streams == nil {
					streams = languageStreams(p.Doc)
				}
				if startsCommon(f, streams) {
					f.Severity = check.Info
				}
			}
			p.Report(f)
		}
	}
}

// startsCommon reports whether the one-sided name of finding f starts
// with a word the document writes in lower case elsewhere (streams holds
// its text by language): a common word in a capitalised heading, title or
// legend ("Seconde Guerre", "Inhoud Blz", "Hypothèses Economische groei"),
// not a given name. Read on the long documents, every one-sided "name"
// raised there so was such a run.
func startsCommon(f check.Finding, streams map[align.Lang]string) bool {
	ev := f.FR
	if ev == nil {
		ev = f.NL
	}
	if ev == nil {
		return false
	}
	first, _, _ := strings.Cut(ev.Text, " ")
	w := strings.ToLower(first)
	if w == first {
		return false
	}
	for _, s := range streams {
		if hasWords(s, w) {
			return true
		}
	}
	return false
}

// unsurePair is the pair confidence below which a one-sided name the
// other language names as often elsewhere is taken to be a moved
// mention. A translation names a person a different number of times
// (FR "Dulat Agadil" three times in a recital, NL twice and "zijn"), so
// in a pair the pairing is sure of, a name added or dropped is still
// worth a look.
const unsurePair = 0.8

// movedNote ends the message of a one-sided name the other language
// names as often elsewhere.
const movedNote = " here (the other language names it as often elsewhere)"

// namedAsOften reports whether the other language's text names the
// person of the one-sided finding f at least as often as f's language
// does. Then no mention was left out: the extraction or the pairing put
// one elsewhere (a member named in a list in one stream and in the
// debate in the other, the signatures of a bill read into another pair).
// A dropped mention leaves the other language one short.
func namedAsOften(streams map[align.Lang]string, f check.Finding) bool {
	ev, from := f.FR, align.FR
	if ev == nil {
		ev, from = f.NL, align.NL
	}
	if ev == nil || ev.Text == "" {
		return false
	}
	return strings.Count(streams[from.Other()], ev.Text) >= strings.Count(streams[from], ev.Text)
}
