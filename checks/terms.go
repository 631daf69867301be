package checks

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/langdata"
	"github.com/concord-bilingual/concord/checks/token"
)

// termItem is a mention on one side that needs a counterpart: a termbase
// mention or an acronym the termbase does not know.
type termItem struct {
	start, end int
	text       string
	entries    []int // termbase entries; nil for an unknown acronym
	acronym    bool  // written as an acronym
}

// termItems lists the distinct mentions of a side in reading order.
func termItems(sa *sideAnalysis) []termItem {
	var out []termItem
	seen := map[string]bool{}
	s := sa.unit.Text.S
	own := ownAcronyms(sa)
	for _, m := range sa.terms {
		if sa.tb != nil && sa.tb.places(m.Entries) {
			continue // a place: answered by its own name, not a term
		}
		ids := append([]int(nil), m.Entries...)
		sort.Ints(ids)
		acr := acronymLike(s[m.Start:m.End]) || sa.tb != nil && sa.tb.lowerAcronym(m.Entries, s[m.Start:m.End])
		if acr && own[s[m.Start:m.End]] {
			ids = nil // another body with the same letters: an unknown acronym
		}
		var k string
		if ids == nil {
			k = token.FoldKey(s[m.Start:m.End])
		} else {
			k = entriesKey(ids, acr)
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, termItem{m.Start, m.End, s[m.Start:m.End], ids, acr})
	}
	for _, p := range sa.acros {
		k := token.FoldKey(p.S)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, termItem{p.Start, p.End, p.S, nil, true})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// entriesKey returns fmt.Sprint(ids, acr) ("[3 17] true"), the key of a
// mention by its entries, without fmt.
func entriesKey(ids []int, acr bool) string {
	b := make([]byte, 0, 8*len(ids)+8)
	b = append(b, '[')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendInt(b, int64(id), 10)
	}
	b = append(b, "] "...)
	b = strconv.AppendBool(b, acr)
	return string(b)
}

// definesOwn reports whether the acronym at s[start:end] stands in
// brackets after the words it abbreviates (bracketDefined), which no
// termbase name matches: "l'Aide publique au développement (APD)". The
// text defines its own body there, which shares its letters with an
// entry of the termbase (APD, the data protection authority) but is not
// it. A termbase name before the brackets ("Service fédéral des pensions
// (SPF)") keeps the acronym the termbase's: a wrong acronym after a known
// name is a slip worth finding.
func definesOwn(tb *termbase, s string, start, end int, terms []termMatch) bool {
	if !bracketDefined(s, start, end) {
		return false
	}
	before := len(strings.TrimRight(s[:start-1], " \u00a0"))
	var entries []int
	for _, m := range terms {
		if m.End <= before && m.End >= before-1 && m.Start < start-1 {
			return false // a termbase name stands before the brackets
		}
		if m.Start == start && m.End == end {
			entries = m.Entries
		}
	}
	// A name of the acronym's own entry, misspelt ("Gegevensbeschermings-
	// authoriteit (GBA)"), is no other body: a word of the brackets'
	// definition shares its stem with a word of one of the entry's names.
	if tb == nil {
		return true
	}
	words := strings.Fields(token.Fold(s[max(0, start-1-80) : start-1]))
	for _, e := range entries {
		if e < 0 || e >= len(tb.entries) {
			continue
		}
		for _, form := range append(append([]string(nil), tb.entries[e].FR...), tb.entries[e].NL...) {
			if isAcronym(form) {
				continue
			}
			for _, fw := range strings.Fields(token.Fold(form)) {
				for _, w := range words {
					if utf8.RuneCountInString(fw) >= 6 && commonPrefix(fw, w) >= 6 {
						return false
					}
				}
			}
		}
	}
	return true
}

// commonPrefix returns how many runes a and b share at their start.
func commonPrefix(a, b string) int {
	n := 0
	for i, r := range a {
		if i >= len(b) {
			break
		}
		q, _ := utf8.DecodeRuneInString(b[i:])
		if q != r {
			break
		}
		n++
	}
	return n
}

// ownAcronyms returns the acronyms of termbase entries that sa defines as
// bodies of its own (definesOwn): every mention of them is that body.
func ownAcronyms(sa *sideAnalysis) map[string]bool {
	var own map[string]bool
	for _, m := range sa.terms {
		if definesOwn(sa.tb, sa.unit.Text.S, m.Start, m.End, sa.terms) {
			if own == nil {
				own = map[string]bool{}
			}
			own[sa.unit.Text.S[m.Start:m.End]] = true
		}
	}
	return own
}

// bracketDefined reports whether the acronym at s[start:end] stands in
// brackets right after the words it abbreviates: its letters are found in
// order in the words before, the first at the start of a word, within
// min(n+5, 2n) words for an acronym of n letters (the test of Schwartz
// and Hearst, "A simple algorithm for identifying abbreviation
// definitions in biomedical text", 2003). "système d'autocontrôle (SAC)",
// "établissements scientifiques fédéraux (ESF)".
func bracketDefined(s string, start, end int) bool {
	if start < 2 || end >= len(s) || s[start-1] != '(' || s[end] != ')' {
		return false
	}
	short := []rune(token.Fold(s[start:end]))
	n := len(short)
	words := strings.Fields(strings.TrimRight(s[:start-1], " \u00a0"))
	words = words[max(0, len(words)-min(n+5, 2*n)):]
	long := []rune(token.Fold(strings.Join(words, " ")))
	isWordRune := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	l := len(long) - 1
	last := -1
	for k := n - 1; k >= 0; k-- {
		c := short[k]
		if !isWordRune(c) {
			continue
		}
		for l >= 0 && (long[l] != c || k == 0 && l > 0 && isWordRune(long[l-1])) {
			l--
		}
		if l < 0 {
			return false
		}
		if last < 0 {
			last = l
		}
		l--
	}
	// The letters must span two words at least: "verordening (VN)" is a
	// regulation of the United Nations' letters, not their definition.
	return last > l+1 && strings.ContainsRune(string(long[l+1:last]), ' ')
}

// hasCounterpart reports whether item it of one side is answered on the
// other side: one of its entries is named there (or implied), or, for an
// unknown acronym, the same word stands there in any case.
func hasCounterpart(tb *termbase, it termItem, other *sideAnalysis, closure map[int]bool) bool {
	if it.entries != nil {
		for _, e := range it.entries {
			if closure[e] {
				return true
			}
		}
		for _, e := range it.entries {
			if looseMention(tb.entries[e], other) {
				return true
			}
		}
		return false
	}
	return other.hasPartKey(token.FoldKey(it.text))
}

// unmatchedAcronyms returns the termbase acronyms of items whose entries
// no acronym of others names (nor implies).
func unmatchedAcronyms(tb *termbase, items, others []termItem) []termItem {
	var ms []termMatch
	for _, o := range others {
		if o.acronym && o.entries != nil {
			ms = append(ms, termMatch{Entries: o.entries})
		}
	}
	closure := tb.closure(ms)
	var out []termItem
	for _, it := range items {
		if !it.acronym || it.entries == nil {
			continue
		}
		hit := false
		for _, e := range it.entries {
			hit = hit || closure[e]
		}
		if !hit {
			out = append(out, it)
		}
	}
	return out
}

// hasItem reports whether items holds the one starting where it starts.
func hasItem(items []termItem, it termItem) bool {
	for _, x := range items {
		if x.start == it.start {
			return true
		}
	}
	return false
}

// dropItem returns items without the one starting where it starts.
func dropItem(items []termItem, it termItem) []termItem {
	var out []termItem
	for _, x := range items {
		if x.start != it.start {
			out = append(out, x)
		}
	}
	return out
}

// looseMention reports whether a side names entry e in an inflected or
// slightly different wording of one of its longer forms: each word of four
// letters or more matched in order by a word that shares its stem
// (partnerschaps- / partnerschappen, renforcé / renforcée), short words
// optional.
func looseMention(e langdata.TermEntry, sa *sideAnalysis) bool {
	forms := append(append([]string(nil), e.FR...), e.NL...)
	for _, f := range forms {
		toks := token.SplitWords(f)
		if len(toks) < 2 {
			continue
		}
		fp := token.Parts(f, toks)
		for i := range sa.parts {
			if looseAt(fp, sa.parts, i) {
				return true
			}
		}
	}
	return false
}

// looseAt reports whether form parts fp match text parts ps from i on.
func looseAt(fp, ps []token.Part, i int) bool {
	k := i
	for _, t := range fp {
		key := token.FoldKey(t.S)
		// short words are optional (an article, a preposition), acronyms
		// not: "ONU Finances" does not name the SPF Finances
		short := utf8.RuneCountInString(key) < 4 && !isAcronym(t.S)
		if k < len(ps) && sameStem(key, token.FoldKey(ps[k].S)) {
			k++
			continue
		}
		if short {
			continue
		}
		// one short text word may stand between (an article, a preposition)
		if k+1 < len(ps) && utf8.RuneCountInString(ps[k].S) < 4 && sameStem(key, token.FoldKey(ps[k+1].S)) {
			k += 2
			continue
		}
		return false
	}
	return k > i
}

// sameStem reports whether two folded words are equal or share a stem:
// a common prefix of five letters or more that leaves at most three
// letters of either.
func sameStem(a, b string) bool {
	if a == b {
		return true
	}
	x, y := []rune(a), []rune(b)
	n := 0
	for n < len(x) && n < len(y) && x[n] == y[n] {
		n++
	}
	return n >= 5 && len(x)-n <= 3 && len(y)-n <= 3
}

// expectedForm returns how lang would write the entries of it: an acronym
// for an acronym when there is one, else the first name.
func expectedForm(tb *termbase, it termItem, lang align.Lang) string {
	if it.entries == nil {
		return ""
	}
	e := tb.entries[it.entries[0]]
	forms := e.FR
	if lang == align.NL {
		forms = e.NL
	}
	for _, f := range forms {
		if isAcronym(f) == it.acronym {
			return f
		}
	}
	if len(forms) > 0 {
		return forms[0]
	}
	return ""
}

// termFindings compares the institutions, terms and acronyms of a pair.
// As in nameFindings, Severity 0 is the rule's own.
func termFindings(a *pairAnalysis) []check.Finding {
	if a == nil {
		return nil
	}
	frItems, nlItems := termItems(a.fr), termItems(a.nl)
	frClosure, nlClosure := a.tb.closure(a.fr.terms), a.tb.closure(a.nl.terms)
	var frU, nlU []termItem
	for _, it := range frItems {
		if !hasCounterpart(a.tb, it, a.nl, nlClosure) {
			frU = append(frU, it)
		}
	}
	for _, it := range nlItems {
		if !hasCounterpart(a.tb, it, a.fr, frClosure) {
			nlU = append(nlU, it)
		}
	}
	var out []check.Finding
	// sev is 0 for the rule's own severity (Report gives it), or weaker.
	mismatch := func(f, g termItem, sev check.Severity) {
		out = append(out, check.Finding{Rule: ruleTermsMismatch, Severity: sev, Unit: a.key,
			FR: check.At(a.fr.unit, f.start, f.end), NL: check.At(a.nl.unit, g.start, g.end),
			Message: fmt.Sprintf("NL has %s where FR has %s", g.text, f.text)})
	}
	// Acronyms answer acronyms: a translator copies or swaps the label.
	// OSCE against OESO is a mismatch even when the full name of the OSCE
	// stands on both sides.
	// One of the two must lack any counterpart, else both are answered by
	// full names (UE by Europese Unie, VN by Nations Unies).
	frAc, nlAc := unmatchedAcronyms(a.tb, frItems, nlItems), unmatchedAcronyms(a.tb, nlItems, frItems)
	var frLeft []termItem
	for i := 0; i < len(frAc); i++ {
		paired := false
		for j := 0; j < len(nlAc); j++ {
			if !hasItem(frU, frAc[i]) && !hasItem(nlU, nlAc[j]) {
				continue
			}
			mismatch(frAc[i], nlAc[j], 0)
			frU, nlU = dropItem(frU, frAc[i]), dropItem(nlU, nlAc[j])
			nlAc = append(nlAc[:j:j], nlAc[j+1:]...)
			paired = true
			break
		}
		if !paired {
			frLeft = append(frLeft, frAc[i])
		}
	}
	// An acronym no acronym of the other side answers, while the other side
	// writes one of its acronyms more often than this side writes its
	// counterpart: the extra mention took the place of the first (IPCH and
	// BCE against ECB twice, the HICP named in full).
	extra := func(left []termItem, from, to *sideAnalysis, frFirst bool) {
		// An acronym the other side answers by the full name (EHRM, "la
		// Cour européenne des droits de l'homme") lost no place.
		var unanswered []termItem
		for _, it := range left {
			if hasItem(frU, it) && frFirst || hasItem(nlU, it) && !frFirst {
				unanswered = append(unanswered, it)
			}
		}
		left = unanswered
		if len(left) == 0 {
			return
		}
		near := func(x termItem) bool {
			if frFirst {
				return samePlace(a, left[0], x)
			}
			return samePlace(a, x, left[0])
		}
		if x, ok := extraAcronym(a.tb, to, from, near); ok {
			// The mention is answered by the swap: it has no other finding.
			if frFirst {
				mismatch(left[0], x, 0)
				frU, nlU = dropItem(frU, left[0]), dropItem(nlU, x)
			} else {
				mismatch(x, left[0], 0)
				nlU, frU = dropItem(nlU, left[0]), dropItem(frU, x)
			}
		}
	}
	if len(nlAc) == 0 {
		extra(frLeft, a.fr, a.nl, true)
	}
	if len(frLeft) == 0 {
		extra(nlAc, a.nl, a.fr, false)
	}
	// A swap: an entry of the termbase stands on one side without its
	// counterpart, and the other side has an unmatched acronym, or names an
	// entry of the termbase without counterpart, where the first has its
	// own: ONSS against RIZIV. With an acronym on either side it is a
	// warning: on published text an acronym of several meanings (APD) or
	// an adjective (européen for EU) explains some, so not an error. Two
	// full names are info (a paraphrase as often as a swap), and unknown
	// acronyms against unknown acronyms no swap at all: an acronym of the
	// other language explains them as well.
	// An unknown acronym the text defines in brackets ("système
	// d'autocontrôle (SAC)") is explained where it stands: the other
	// side's acronym of its own (ACS) answers it, it is no swap.
	ownDefinition := func(it termItem, fr bool) bool {
		u := a.nl.unit
		if fr {
			u = a.fr.unit
		}
		return it.entries == nil && bracketDefined(u.Text.S, it.start, it.end)
	}
	swaps := func(as, bs []termItem, frFirst bool) ([]termItem, []termItem) {
		for _, tier := range []func(a, b termItem) bool{
			func(a, b termItem) bool { return a.acronym && b.acronym && b.entries != nil },
			func(a, b termItem) bool { return a.acronym && b.acronym },
			func(a, b termItem) bool { return b.entries != nil },
		} {
			for i := 0; i < len(as); i++ {
				if as[i].entries == nil {
					continue
				}
				for j := 0; j < len(bs); j++ {
					if !tier(as[i], bs[j]) || ownDefinition(bs[j], !frFirst) {
						continue
					}
					if bs[j].entries == nil || !as[i].acronym || !bs[j].acronym {
						// against an unknown acronym or a full name, only
						// at the same place of the pair
						var fi, ni termItem = as[i], bs[j]
						if !frFirst {
							fi, ni = bs[j], as[i]
						}
						if !samePlace(a, fi, ni) {
							continue
						}
					}
					var sev check.Severity
					if !as[i].acronym && !bs[j].acronym {
						sev = check.Info // two full names: a paraphrase as often as a swap
					}
					if frFirst {
						mismatch(as[i], bs[j], sev)
					} else {
						mismatch(bs[j], as[i], sev)
					}
					as, bs = dropItem(as, as[i]), dropItem(bs, bs[j])
					i--
					break
				}
			}
		}
		return as, bs
	}
	// An acronym in brackets right after the name of another entry labels
	// that name with the wrong letters: "l'accord de partenariat et de
	// coopération renforcé (OCDE)" where the other side names the same
	// agreement. The other side's name of it is where the right acronym
	// stands.
	mislabelled := func(us []termItem, sa, other *sideAnalysis, frFirst bool) []termItem {
		var rest []termItem
		for _, it := range us {
			m, ok := namedBefore(sa, it)
			if !ok || !it.acronym || it.entries == nil {
				rest = append(rest, it)
				continue
			}
			x, ok := mentionOf(other, m.Entries)
			if !ok {
				rest = append(rest, it)
				continue
			}
			if frFirst {
				mismatch(it, x, 0)
			} else {
				mismatch(x, it, 0)
			}
		}
		return rest
	}
	frU, nlU = mislabelled(frU, a.fr, a.nl, true), mislabelled(nlU, a.nl, a.fr, false)
	frU, nlU = swaps(frU, nlU, true)
	nlU, frU = swaps(nlU, frU, false)
	missing := func(it termItem, from, to align.Lang, u *align.Unit) check.Finding {
		// One side only is weak evidence: the other side may say it with a
		// pronoun, a paraphrase or an acronym of its own.
		f := check.Finding{Rule: ruleTermsMissing, Unit: a.key}
		ev := check.At(u, it.start, it.end)
		if from == align.FR {
			f.FR = ev
		} else {
			f.NL = ev
		}
		if want := expectedForm(a.tb, it, to); want != "" {
			f.Message = fmt.Sprintf("%s names %s; %s has no %s", sideName(from), it.text, sideName(to), want)
		} else {
			f.Message = fmt.Sprintf("%s has the acronym %s; %s does not", sideName(from), it.text, sideName(to))
		}
		return f
	}
	frK, frA := splitKnown(frU)
	nlK, nlA := splitKnown(nlU)
	// An unknown acronym one letter or two swapped letters away from an
	// acronym of the other side, which its own side also writes, is that
	// acronym misspelled: CDNA where the French has CNDA.
	slipped := func(items []termItem, sa, other *sideAnalysis) []termItem {
		var rest []termItem
		for _, it := range items {
			p, ok := slipOf(it.text, other)
			if !ok || !hasPart(sa, p.S) {
				// the side does not write the right form: which side slipped
				// is for the document to tell (slipFindings)
				rest = append(rest, it)
				continue
			}
			f := check.Finding{Rule: ruleTermsMismatch, Unit: a.key}
			ev, oev := check.At(sa.unit, it.start, it.end), check.At(other.unit, p.Start, p.End)
			if sa.lang == align.FR {
				f.FR, f.NL = ev, oev
				f.Message = fmt.Sprintf("FR writes %s where NL writes %s", it.text, p.S)
			} else {
				f.FR, f.NL = oev, ev
				f.Message = fmt.Sprintf("NL writes %s where FR writes %s", it.text, p.S)
			}
			out = append(out, f)
		}
		return rest
	}
	frA, nlA = slipped(frA, a.fr, a.nl), slipped(nlA, a.nl, a.fr)
	// An entry named by its acronym and its name is missing once.
	reported := map[string]bool{}
	for _, it := range frK {
		if k := "fr" + fmt.Sprint(it.entries); !reported[k] {
			reported[k] = true
			out = append(out, missing(it, align.FR, align.NL, a.fr.unit))
		}
	}
	for _, it := range nlK {
		if k := "nl" + fmt.Sprint(it.entries); !reported[k] {
			reported[k] = true
			out = append(out, missing(it, align.NL, align.FR, a.nl.unit))
		}
	}
	// Acronyms the termbase does not know differ between the languages by
	// nature (PPA, KKP): on both sides they are only worth knowing.
	for _, f := range frA {
		for _, n := range nlA {
			if isAcronymSlip(f.text, n.text) {
				a.slips = append(a.slips, acronymSlip{
					fr: check.At(a.fr.unit, f.start, f.end), nl: check.At(a.nl.unit, n.start, n.end)})
			}
		}
	}
	if len(frA) > 0 && len(nlA) > 0 {
		list := func(its []termItem) string {
			var ss []string
			for _, it := range its {
				ss = append(ss, it.text)
			}
			return strings.Join(ss, ", ")
		}
		out = append(out, check.Finding{Rule: ruleTermsMissing, Unit: a.key,
			FR: check.At(a.fr.unit, frA[0].start, frA[0].end), NL: check.At(a.nl.unit, nlA[0].start, nlA[0].end),
			Message: fmt.Sprintf("acronyms not in the termbase: FR %s; NL %s", list(frA), list(nlA))})
	} else {
		for _, it := range frA {
			out = append(out, missing(it, align.FR, align.NL, a.fr.unit))
		}
		for _, it := range nlA {
			out = append(out, missing(it, align.NL, align.FR, a.nl.unit))
		}
	}
	out = append(out, formFindings(a, a.fr, langFR, align.NL)...)
	out = append(out, formFindings(a, a.nl, langNL, align.FR)...)
	return out
}

// samePlace reports whether FR item f and NL item n stand at about the
// same place of their texts (within a fifth of the length, or 80
// characters): where a translator who swapped one acronym for another
// put it.
func samePlace(a *pairAnalysis, f, n termItem) bool {
	return samePlaceIn(f.start, len(a.fr.unit.Text.S), n.start, len(a.nl.unit.Text.S))
}

// samePlaceIn reports whether offset x of a text of length xl and offset
// y of a text of length yl stand at about the same place (see samePlace).
func samePlaceIn(x, xl, y, yl int) bool {
	if xl == 0 || yl == 0 {
		return false
	}
	d := float64(x)/float64(xl) - float64(y)/float64(yl)
	if d <= 0.2 && d >= -0.2 {
		return true
	}
	// in a short unit, a few words apart
	c := float64(x) - float64(y)*float64(xl)/float64(yl)
	return c <= 80 && c >= -80
}

// extraAcronym returns a mention of sa for which near holds, whose entry
// sa names more often than other does, in any form: an acronym (ECB, btw),
// a name led by one (SPF Finances) or the full name (Union européenne);
// or an acronym the termbase does not know that sa writes more often
// (ASCVD). The mention the other side lacks is where its unmatched
// acronym stands: "le SPF Finances … du SPF Finances" against "de FOD
// Financiën … de BNI Financiën" counts two mentions against one.
func extraAcronym(tb *termbase, sa, other *sideAnalysis, near func(termItem) bool) (termItem, bool) {
	count := func(x *sideAnalysis, e int) int {
		n := 0
		for _, m := range x.terms {
			if slices.Contains(m.Entries, e) {
				n++
			}
		}
		return n
	}
	countPart := func(x *sideAnalysis, k string) int {
		n := 0
		for _, p := range x.parts {
			if len(p.S) == len(k) && token.FoldKey(p.S) == k {
				n++
			}
		}
		return n
	}
	own := ownAcronyms(sa)
	// Acronyms first: a translator swaps one label for another.
	for _, acronyms := range []bool{true, false} {
		for _, m := range sa.terms {
			text := sa.unit.Text.S[m.Start:m.End]
			acr := acronymLike(text) || tb.lowerAcronym(m.Entries, text)
			if acr != acronyms || tb.places(m.Entries) || own[text] {
				continue
			}
			it := termItem{m.Start, m.End, text, m.Entries, acr}
			if !near(it) {
				continue
			}
			for _, e := range m.Entries {
				if count(sa, e) > count(other, e) {
					return it, true
				}
			}
		}
		if !acronyms {
			break
		}
		// An acronym the termbase does not know counts where the other side
		// writes it too, fewer times: the other language may have its own
		// (ONP, RVP). One that labels a number (COVID-19, SARS-CoV-2) is
		// repeated or left out at will.
		for _, p := range sa.acros {
			it := termItem{p.Start, p.End, p.S, nil, true}
			if numberLabel(sa.words[p.Word].S) || !near(it) {
				continue
			}
			k := token.FoldKey(p.S)
			if n := countPart(other, k); n > 0 && countPart(sa, k) > n {
				return it, true
			}
		}
	}
	return termItem{}, false
}

// namedBefore returns the termbase name that stands right before the
// brackets around acronym it of sa, when it is the name of an entry the
// acronym's entries neither are nor imply.
func namedBefore(sa *sideAnalysis, it termItem) (termMatch, bool) {
	s := sa.unit.Text.S
	if it.start < 2 || it.end >= len(s) || s[it.start-1] != '(' || s[it.end] != ')' {
		return termMatch{}, false
	}
	before := len(strings.TrimRight(s[:it.start-1], " \u00a0"))
	own := sa.tb.closure([]termMatch{{Entries: it.entries}})
	for _, m := range sa.terms {
		if m.End != before || acronymLike(s[m.Start:m.End]) || sa.tb.places(m.Entries) {
			continue
		}
		theirs := sa.tb.closure([]termMatch{m})
		related := false
		for _, e := range m.Entries {
			related = related || own[e]
		}
		for _, e := range it.entries {
			related = related || theirs[e]
		}
		if !related {
			return m, true
		}
	}
	return termMatch{}, false
}

// mentionOf returns the first mention of sa of one of entries es.
func mentionOf(sa *sideAnalysis, es []int) (termItem, bool) {
	for _, m := range sa.terms {
		for _, e := range m.Entries {
			if slices.Contains(es, e) {
				text := sa.unit.Text.S[m.Start:m.End]
				return termItem{m.Start, m.End, text, m.Entries, acronymLike(text)}, true
			}
		}
	}
	return termItem{}, false
}

// numberLabel reports whether w, a word of parts, is a label joined to a
// number by a hyphen: COVID-19, SARS-CoV-2, F-35.
func numberLabel(w string) bool {
	return strings.ContainsRune(w, '-') && hasDigit(w)
}

// hasPart reports whether sa holds the part w, letter for letter.
func hasPart(sa *sideAnalysis, w string) bool {
	for _, p := range sa.parts {
		if p.S == w {
			return true
		}
	}
	return false
}

// slipOf returns the acronym of sa that acronym w misspells.
func slipOf(w string, sa *sideAnalysis) (token.Part, bool) {
	for _, p := range sa.parts {
		if len(p.S) == len(w) && isAcronym(p.S) && isAcronymSlip(w, p.S) {
			return p, true
		}
	}
	return token.Part{}, false
}

// acronymLike reports whether a termbase mention is written as an
// acronym: in capitals (ONSS, CD&V), or one word of two capitals or more
// before its small letters (ONEm, RvV).
func acronymLike(s string) bool {
	if isAcronym(s) {
		return true
	}
	if strings.ContainsAny(s, " \u00a0") {
		return false
	}
	up, letters := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				up++
			}
		}
	}
	return up >= 2 && 2*up >= letters
}

// splitKnown splits items into the termbase's and the unknown acronyms.
func splitKnown(items []termItem) (known, unknown []termItem) {
	for _, it := range items {
		if it.entries != nil {
			known = append(known, it)
		} else {
			unknown = append(unknown, it)
		}
	}
	return known, unknown
}

// formFindings reports mentions written in the other language's form
// outside italics and quotes: OSCE in a Dutch text that writes OVSE.
func formFindings(a *pairAnalysis, sa *sideAnalysis, own termLang, other align.Lang) []check.Finding {
	var out []check.Finding
	for _, m := range sa.terms {
		if m.Langs&own != 0 || a.tb.places(m.Entries) || inSpans(m.Start, m.End, sa.italics) || inSpans(m.Start, m.End, sa.quotes) {
			continue
		}
		if sa.language() == other {
			return nil // the whole unit is in the other language: an untranslated unit
		}
		text := sa.unit.Text.S[m.Start:m.End]
		it := termItem{entries: m.Entries, acronym: isAcronym(text)}
		want := expectedForm(a.tb, it, sa.lang)
		// Info: on published text the other language's form is mostly
		// part of a name (HR Rail, EU Wildlife Cybercrime Project, the
		// Rode Kruis Vlaanderen) or a quotation, seldom a slip.
		f := check.Finding{Rule: ruleTermsForm, Unit: a.key,
			Message: fmt.Sprintf("%s writes the %s form %s; %s form: %s", sideName(sa.lang), langWord(other), text, langWord(sa.lang), want)}
		ev := check.At(sa.unit, m.Start, m.End)
		if sa.lang == align.FR {
			f.FR = ev
		} else {
			f.NL = ev
		}
		out = append(out, f)
	}
	return out
}

// textLang guesses the language of a text from its function words, or
// returns Neutral when it cannot tell.
func textLang(s string) align.Lang {
	return textLangOf(token.SplitWords(s))
}

// textLangOf is textLang of a text split into words ws.
func textLangOf(ws []token.Word) align.Lang {
	fr, nl := 0, 0
	for _, w := range ws {
		if !phraseWords.Maybe(w.S) {
			continue
		}
		switch phraseWordLang[token.FoldKey(w.S)] {
		case align.FR:
			fr++
		case align.NL:
			nl++
		}
	}
	switch {
	case fr > 2*nl && fr >= 3:
		return align.FR
	case nl > 2*fr && nl >= 3:
		return align.NL
	}
	return align.Neutral
}

// inSpans reports whether [start, end) lies inside one of spans.
func inSpans(start, end int, spans [][2]int) bool {
	for _, sp := range spans {
		if sp[0] <= start && end <= sp[1] {
			return true
		}
	}
	return false
}

// runTerms reports the findings of the check's rule from termFindings and
// foreignFindings on every pair.
func runTerms(p *check.Pass) {
	an := namesAndTerms(p)
	for i := range p.Doc.Pairs {
		if pa := an.pair(&p.Doc.Pairs[i]); pa != nil {
			reportRule(p, pa.terms)
			reportRule(p, pa.foreign)
		}
	}
}
