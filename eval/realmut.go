package eval

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks"
	"github.com/concord-bilingual/concord/checks/check"
)

// A Mutation is one realistic defect injected into one side of a real
// pair: the recall of the checks on real prose is measured with them.
type Mutation struct {
	Kind string
	// Categories are the finding categories (or rule IDs) that count as
	// finding this defect.
	Categories []string
	// Inject changes exactly one thing of s, the side in language l,
	// given the other side o; ok is false where the defect does not apply.
	// It is deterministic given r.
	Inject func(s, o string, l align.Lang, r *rand.Rand) (out, what string, ok bool)
}

// Mutations are the defect kinds of the real-text recall table.
var Mutations = []Mutation{
	{"digit", []string{"numbers", "dates", "refs"}, realDigit},
	{"spelled number", []string{"numbers"}, realSpelled},
	// A month or a year of an act's date ("arrêté royal du 22 février
	// 2019") is part of the act's reference, which refs/mismatch compares.
	{"month", []string{"dates", "refs"}, realMonth},
	{"year", []string{"dates", "numbers", "refs"}, realYear},
	{"amount", []string{"numbers"}, realAmount},
	{"dropped name", []string{"names", "terms"}, realDropName},
	{"dropped sentence", []string{"clauses", "length"}, realDropSentence},
	{"removed negation", []string{"clauses"}, realNegation},
	{"swapped acronym", []string{"terms", "names"}, realAcronym},
	{"split ligature", []string{"artefact/ligature"}, realLigature},
}

// span is s[Start:End].
type span struct{ Start, End int }

// wordSpans returns the runs of letters of s (apostrophes end a run).
func wordSpans(s string) []span {
	var out []span
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, span{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, span{start, len(s)})
	}
	return out
}

// numberRe matches a number as written in the texts: digits, with dots,
// commas or spaces between groups of digits.
var numberRe = regexp.MustCompile(`\d+(?:[.,]\d+)*`)

// numberSpans returns the numbers of s that stand alone (no letter or
// digit glued to either end).
func numberSpans(s string) []span {
	var out []span
	for _, m := range numberRe.FindAllStringIndex(s, -1) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:m[0]]); unicode.IsLetter(r) || r == '/' || r == '-' {
				continue
			}
		}
		if m[1] < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[m[1]:]); unicode.IsLetter(r) || r == '/' {
				continue
			}
		}
		out = append(out, span{m[0], m[1]})
	}
	return out
}

// hasNumber reports whether n is one of the numbers of s.
func hasNumber(s, n string) bool {
	for _, sp := range numberSpans(s) {
		if s[sp.Start:sp.End] == n {
			return true
		}
	}
	return false
}

// hasWord reports whether w is a whole word of s, in any case.
func hasWord(s, w string) bool {
	for _, sp := range wordSpans(s) {
		if strings.EqualFold(s[sp.Start:sp.End], w) {
			return true
		}
	}
	return false
}

// pick returns a random element of xs.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// isYear reports whether n is a year of 1900–2099.
func isYear(n string) bool {
	return len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20"))
}

// isAmount reports whether the number s[sp] is an amount: followed by a
// currency (after a scale word at most) or preceded by €.
func isAmount(s string, sp span) bool {
	after := strings.ToLower(s[sp.End:min(len(s), sp.End+16)])
	after = strings.TrimLeft(after, " \u00a0")
	for _, scale := range []string{"millions d'", "millions ", "million ", "miljoen ", "miljard ", "milliards d'", "milliards "} {
		after = strings.TrimPrefix(after, scale)
	}
	if strings.HasPrefix(after, "euro") || strings.HasPrefix(after, "€") || strings.HasPrefix(after, "eur ") {
		return true
	}
	before := strings.TrimRight(s[max(0, sp.Start-4):sp.Start], " \u00a0")
	return strings.HasSuffix(before, "€")
}

// changeDigit changes one digit of the number n to another digit, never
// making a leading zero.
func changeDigit(n string, r *rand.Rand) string {
	var pos []int
	for i := 0; i < len(n); i++ {
		if n[i] >= '0' && n[i] <= '9' {
			pos = append(pos, i)
		}
	}
	i := pick(r, pos)
	d := int(n[i] - '0')
	nd := (d + 1 + r.IntN(8)) % 10
	if nd == 0 && i == pos[0] && len(pos) > 1 {
		nd = (d + 1) % 10
		if nd == 0 {
			nd = 1
		}
	}
	return n[:i] + strconv.Itoa(nd) + n[i+1:]
}

// realNumber changes a digit of a number of s that o also has and that
// keep accepts.
func realNumber(s, o string, r *rand.Rand, keep func(s string, sp span) bool) (string, string, bool) {
	var cands []span
	for _, sp := range numberSpans(s) {
		n := s[sp.Start:sp.End]
		if keep(s, sp) && hasNumber(o, n) {
			cands = append(cands, sp)
		}
	}
	if len(cands) == 0 {
		return "", "", false
	}
	sp := pick(r, cands)
	n := s[sp.Start:sp.End]
	m := changeDigit(n, r)
	if hasNumber(o, m) || hasNumber(s, m) {
		return "", "", false
	}
	return s[:sp.Start] + m + s[sp.End:], n + " → " + m, true
}

func realDigit(s, o string, _ align.Lang, r *rand.Rand) (string, string, bool) {
	return realNumber(s, o, r, func(s string, sp span) bool {
		n := s[sp.Start:sp.End]
		return !isYear(n) && !isAmount(s, sp) && !listLabel(s, sp)
	})
}

// listLabel reports whether the number s[sp] numbers a list item ("…
// liés.1. Combien", "2) le"): one or two digits before a full stop and
// a capital, or before a parenthesis or a degree sign.
func listLabel(s string, sp span) bool {
	if sp.End-sp.Start > 2 || sp.End >= len(s) {
		return false
	}
	switch s[sp.End] {
	case ')':
		return true
	case '.':
		rest := strings.TrimLeft(s[sp.End+1:], " ")
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r)
	}
	return strings.HasPrefix(s[sp.End:], "°")
}

func realAmount(s, o string, _ align.Lang, r *rand.Rand) (string, string, bool) {
	return realNumber(s, o, r, isAmount)
}

func realYear(s, o string, _ align.Lang, r *rand.Rand) (string, string, bool) {
	var cands []span
	for _, sp := range numberSpans(s) {
		if n := s[sp.Start:sp.End]; isYear(n) && hasNumber(o, n) {
			cands = append(cands, sp)
		}
	}
	if len(cands) == 0 {
		return "", "", false
	}
	sp := pick(r, cands)
	n := s[sp.Start:sp.End]
	y, _ := strconv.Atoi(n)
	for _, d := range []int{1, -1, 2, -2} {
		m := strconv.Itoa(y + d)
		if !hasNumber(o, m) && !hasNumber(s, m) {
			return s[:sp.Start] + m + s[sp.End:], n + " → " + m, true
		}
	}
	return "", "", false
}

// spelledWords are the number words of each language from two to twelve: "un"
// and "een" are also articles, larger ones are rarely spelled.
var spelledWords = map[align.Lang][]string{
	align.FR: {"", "", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"},
	align.NL: {"", "", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"},
}

func realSpelled(s, o string, l align.Lang, r *rand.Rand) (string, string, bool) {
	type cand struct {
		sp span
		v  int
	}
	var cands []cand
	words := spelledWords[l]
	for _, sp := range wordSpans(s) {
		w := s[sp.Start:sp.End]
		v := slices.Index(words, strings.ToLower(w))
		if v < 2 || (sp.End < len(s) && s[sp.End] == '-') || (sp.Start > 0 && s[sp.Start-1] == '-') {
			continue
		}
		if v == 9 && l == align.FR && !hasWord(o, "negen") {
			continue // "neuf" is also "new"
		}
		if hasWord(o, spelledWords[l.Other()][v]) || hasNumber(o, strconv.Itoa(v)) {
			cands = append(cands, cand{sp, v})
		}
	}
	if len(cands) == 0 {
		return "", "", false
	}
	c := pick(r, cands)
	w := s[c.sp.Start:c.sp.End]
	for range 20 {
		v := 2 + r.IntN(11)
		if v == c.v || v == 9 || hasWord(o, spelledWords[l.Other()][v]) || hasNumber(o, strconv.Itoa(v)) || hasWord(s, words[v]) {
			continue
		}
		m := words[v]
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			m = strings.ToUpper(m[:1]) + m[1:]
		}
		return s[:c.sp.Start] + m + s[c.sp.End:], w + " → " + m, true
	}
	return "", "", false
}

var monthWords = map[align.Lang][]string{
	align.FR: {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	align.NL: {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
}

func realMonth(s, o string, l align.Lang, r *rand.Rand) (string, string, bool) {
	type cand struct {
		sp span
		m  int
	}
	var cands []cand
	for _, sp := range wordSpans(s) {
		m := slices.Index(monthWords[l], strings.ToLower(s[sp.Start:sp.End]))
		if m < 0 || (l == align.FR && m == 2 && !hasWord(o, "maart")) || (l == align.FR && m == 4 && !hasWord(o, "mei")) {
			continue // "mars" the planet, "mai" rarely otherwise, but be sure
		}
		if hasWord(o, monthWords[l.Other()][m]) {
			cands = append(cands, cand{sp, m})
		}
	}
	if len(cands) == 0 {
		return "", "", false
	}
	c := pick(r, cands)
	for range 20 {
		m := r.IntN(12)
		if m == c.m || hasWord(o, monthWords[l.Other()][m]) || hasWord(s, monthWords[l][m]) {
			continue
		}
		w := s[c.sp.Start:c.sp.End]
		return s[:c.sp.Start] + monthWords[l][m] + s[c.sp.End:], w + " → " + monthWords[l][m], true
	}
	return "", "", false
}

// capitalised reports whether w starts with a capital and has a lower-case
// letter after it.
func capitalised(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, q := range w[n:] {
		if unicode.IsLower(q) {
			return true
		}
	}
	return false
}

// sentenceStart reports whether s[i] begins a sentence: the text starts
// there, or a full stop, question mark, colon or list dash comes before.
func sentenceStart(s string, i int) bool {
	t := strings.TrimRight(s[:i], " \u00a0\"“«(")
	if t == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".?!:;-–•)", r)
}

// realDropName drops a name: a run of capitalised words (not starting a
// sentence, not a month) written the same on both sides, once on this one.
func realDropName(s, o string, l align.Lang, r *rand.Rand) (string, string, bool) {
	ws := wordSpans(s)
	var cands []span
	for i := 0; i < len(ws); i++ {
		w := s[ws[i].Start:ws[i].End]
		if !capitalised(w) || sentenceStart(s, ws[i].Start) || utf8.RuneCountInString(w) < 3 ||
			slices.Contains(monthWords[l], strings.ToLower(w)) {
			continue
		}
		j := i
		for j+1 < len(ws) && capitalised(s[ws[j+1].Start:ws[j+1].End]) && strings.TrimSpace(s[ws[j].End:ws[j+1].Start]) == "" {
			j++
		}
		sp := span{ws[i].Start, ws[j].End}
		name := s[sp.Start:sp.End]
		i = j
		if strings.Count(s, name) != 1 || !containsWordSeq(o, name) {
			continue
		}
		cands = append(cands, sp)
	}
	if len(cands) == 0 {
		return "", "", false
	}
	sp := pick(r, cands)
	name := s[sp.Start:sp.End]
	end := sp.End
	if end < len(s) && s[end] == ' ' {
		end++
	} else if sp.Start > 0 && s[sp.Start-1] == ' ' {
		sp.Start--
	}
	return s[:sp.Start] + s[end:], "dropped " + name, true
}

// containsWordSeq reports whether s contains w with word boundaries.
func containsWordSeq(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(w)
		ra, _ := utf8.DecodeLastRuneInString(s[:a])
		rb, _ := utf8.DecodeRuneInString(s[b:])
		if (a == 0 || !unicode.IsLetter(ra)) && (b == len(s) || !unicode.IsLetter(rb)) {
			return true
		}
		i = a + 1
	}
}

// Sentences returns the sentences of s: a full stop, question or
// exclamation mark ends one before a capital, with or without a space
// (the written questions glue their sentences: "…professionnel.Cette").
func Sentences(s string) []span {
	var out []span
	start := 0
	for i, r := range s {
		if r != '.' && r != '?' && r != '!' {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		next, _ := utf8.DecodeRuneInString(s[j:])
		if j >= len(s) || !unicode.IsUpper(next) {
			continue
		}
		if r == '.' {
			prev := s[:i]
			k := strings.LastIndexAny(prev, " (")
			tok := prev[k+1:]
			if utf8.RuneCountInString(tok) <= 3 && capitalised(tok+"x") || tok == "M" || tok == "Mme" || tok == "art" {
				continue // an initial or an abbreviation
			}
		}
		out = append(out, span{start, j})
		start = j
	}
	if start < len(s) {
		out = append(out, span{start, len(s)})
	}
	return out
}

// realDropSentence drops a sentence of 40 characters or more with no
// digit and no capitalised word but its first.
func realDropSentence(s, _ string, _ align.Lang, r *rand.Rand) (string, string, bool) {
	ss := Sentences(s)
	if len(ss) < 2 {
		return "", "", false
	}
	var cands []span
	for _, sp := range ss {
		t := strings.TrimSpace(s[sp.Start:sp.End])
		if utf8.RuneCountInString(t) < 40 || strings.ContainsAny(t, "0123456789") {
			continue
		}
		ws := wordSpans(t)
		named := false
		for _, w := range ws[1:] {
			if r, _ := utf8.DecodeRuneInString(t[w.Start:]); unicode.IsUpper(r) {
				named = true
				break
			}
		}
		if !named {
			cands = append(cands, sp)
		}
	}
	if len(cands) == 0 {
		return "", "", false
	}
	sp := pick(r, cands)
	return s[:sp.Start] + s[sp.End:], "dropped " + strconv.Quote(strings.TrimSpace(s[sp.Start:sp.End])), true
}

var (
	frNegRe  = regexp.MustCompile(`(?i)\b(?:ne |n['’])(\pL+(?: \pL+)?) (pas|plus|jamais)\b`)
	nlNietRe = regexp.MustCompile(`(?i)(^|[^\pL])(niet) `)
	nlGeenRe = regexp.MustCompile(`(?i)(^|[^\pL])(geen) `)
)

// realNegation removes a negation: "n'est pas" → "est", "ne peut plus"
// → "peut", "niet" removed, "geen" → "een".
func realNegation(s, _ string, l align.Lang, r *rand.Rand) (string, string, bool) {
	type cand struct {
		a, b int
		repl string
	}
	var cands []cand
	if l == align.FR {
		for _, m := range frNegRe.FindAllStringSubmatchIndex(s, -1) {
			verb := s[m[2]:m[3]]
			if strings.Contains(strings.ToLower(verb), " pas") {
				continue
			}
			cands = append(cands, cand{m[0], m[1], verb})
		}
	} else {
		for _, m := range nlNietRe.FindAllStringSubmatchIndex(s, -1) {
			if strings.HasPrefix(strings.ToLower(s[m[5]:]), "niet alleen") {
				continue
			}
			cands = append(cands, cand{m[4], m[5] + 1, ""})
		}
		for _, m := range nlGeenRe.FindAllStringSubmatchIndex(s, -1) {
			g := s[m[4]:m[5]]
			cands = append(cands, cand{m[4], m[5], g[1:]})
		}
	}
	if len(cands) == 0 {
		return "", "", false
	}
	c := pick(r, cands)
	old := s[c.a:c.b]
	return s[:c.a] + c.repl + s[c.b:], strconv.Quote(old) + " → " + strconv.Quote(c.repl), true
}

// realAcronym replaces an acronym of the built-in termbase by another of
// the same language that neither side has.
func realAcronym(s, o string, l align.Lang, r *rand.Rand) (string, string, bool) {
	known := checks.TermAcronyms(l)
	var cands []span
	for _, sp := range acronymSpans(s) {
		if slices.Contains(known, s[sp.Start:sp.End]) {
			cands = append(cands, sp)
		}
	}
	if len(cands) == 0 {
		return "", "", false
	}
	sp := pick(r, cands)
	old := s[sp.Start:sp.End]
	for range 50 {
		n := pick(r, known)
		if n == old || utf8.RuneCountInString(n) < 3 || containsWordSeq(s, n) || containsWordSeq(o, n) {
			continue
		}
		return s[:sp.Start] + n + s[sp.End:], old + " → " + n, true
	}
	return "", "", false
}

// acronymSpans returns the words of s in capitals, two letters or more.
func acronymSpans(s string) []span {
	var out []span
	for _, sp := range wordSpans(s) {
		w := s[sp.Start:sp.End]
		if utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w {
			out = append(out, sp)
		}
	}
	return out
}

// realLigature splits a lower-case word of six letters or more after
// its f-ligature, as extraction does: "spécifi que", "fi nanciering",
// "eff ectief".
func realLigature(s, _ string, _ align.Lang, r *rand.Rand) (string, string, bool) {
	type cand struct{ at, word span }
	var cands []cand
	for _, sp := range wordSpans(s) {
		w := s[sp.Start:sp.End]
		if utf8.RuneCountInString(w) < 6 || strings.ToLower(w) != w {
			continue
		}
		i := strings.Index(w, "f")
		for i >= 0 && i+1 < len(w) {
			end := 0
			switch {
			case strings.HasPrefix(w[i:], "ffi"), strings.HasPrefix(w[i:], "ffl"):
				end = i + 3
			case strings.HasPrefix(w[i:], "ff"), strings.HasPrefix(w[i:], "fi"), strings.HasPrefix(w[i:], "fl"):
				end = i + 2
			}
			if end > 0 && len(w)-end >= 2 {
				cands = append(cands, cand{span{sp.Start + end, sp.Start + end}, sp})
				break
			}
			if end > 0 {
				break
			}
			k := strings.Index(w[i+1:], "f")
			if k < 0 {
				break
			}
			i += 1 + k
		}
	}
	if len(cands) == 0 {
		return "", "", false
	}
	c := pick(r, cands)
	out := s[:c.at.Start] + " " + s[c.at.Start:]
	return out, s[c.word.Start:c.word.End] + " → " + out[c.word.Start:c.word.End+1], true
}

// MutScore is the recall on one kind of injected defect.
type MutScore struct {
	Kind       string
	Pairs      int // defective pairs
	Found      int // found at warning or error, right category, right unit, new
	FoundInfo  int // found at info only
	Missed     []string
	Categories []string
	CleanFlags int // findings of the counted categories on the same pairs clean
}

// MutateReal injects each kind of defect into up to n pairs of ps chosen
// at random (seed), alternating French and Dutch, and scores the checks
// on a document of the defective pairs against the same pairs clean.
func MutateReal(ps []QRVAPair, kinds []Mutation, n int, seed uint64) []MutScore {
	var out []MutScore
	for ki, m := range kinds {
		d := DrawMutation(ps, m, n, seed, ki)
		out = append(out, scoreMutation(m, d.Clean, d.Bad, d.Whats, d.Sides))
	}
	return out
}

// MutDraw is one kind of defect injected into real pairs: the pairs clean
// and with the defect, what was changed in each and on which side.
type MutDraw struct {
	Clean, Bad []QRVAPair
	Whats      []string
	Sides      []align.Lang
}

// DrawMutation injects defect m into up to n pairs of ps drawn at random
// (seed, and the kind's place ki in the list, as MutateReal draws),
// alternating French and Dutch.
func DrawMutation(ps []QRVAPair, m Mutation, n int, seed uint64, ki int) MutDraw {
	var d MutDraw
	r := rand.New(rand.NewPCG(seed, uint64(ki)))
	for _, i := range r.Perm(len(ps)) {
		if len(d.Bad) == n {
			break
		}
		p := ps[i]
		l := align.FR
		if len(d.Bad)%2 == 1 {
			l = align.NL
		}
		s, o := p.FR, p.NL
		if l == align.NL {
			s, o = o, s
		}
		mut, what, ok := m.Inject(s, o, l, r)
		if !ok {
			continue
		}
		q := p
		if l == align.FR {
			q.FR = mut
		} else {
			q.NL = mut
		}
		d.Clean = append(d.Clean, p)
		d.Bad = append(d.Bad, q)
		d.Whats = append(d.Whats, what)
		d.Sides = append(d.Sides, l)
	}
	return d
}

// scoreMutation runs the checks on the clean and the defective pairs and
// counts the defects found.
func scoreMutation(m Mutation, clean, bad []QRVAPair, whats []string, sides []align.Lang) MutScore {
	s := MutScore{Kind: m.Kind, Pairs: len(bad), Categories: m.Categories}
	run := func(ps []QRVAPair) map[string][]check.Finding {
		doc, err := align.ReadTSV("realmut.tsv", strings.NewReader(QRVATSV(ps)))
		if err != nil {
			panic(err) // the pairs were read from a TSV of the same form
		}
		by := map[string][]check.Finding{}
		for _, f := range check.Run(doc, checks.All, &check.Env{}) {
			if counts(m, f) {
				by[f.Unit] = append(by[f.Unit], f)
			}
		}
		return by
	}
	before, after := run(clean), run(bad)
	for i, p := range bad {
		key := "tu:" + p.ID
		old := map[string]bool{}
		for _, f := range before[key] {
			old[findingKey(f)] = true
			if f.Severity >= check.Warning {
				s.CleanFlags++
			}
		}
		best := check.Severity(0)
		for _, f := range after[key] {
			if !old[findingKey(f)] && f.Severity > best {
				best = f.Severity
			}
		}
		switch {
		case best >= check.Warning:
			s.Found++
		case best == check.Info:
			s.FoundInfo++
			s.Missed = append(s.Missed, fmt.Sprintf("%s %s (info only): %s", p.ID, sides[i], whats[i]))
		default:
			s.Missed = append(s.Missed, fmt.Sprintf("%s %s: %s", p.ID, sides[i], whats[i]))
		}
	}
	return s
}

// counts reports whether f is of a category or rule that finds m.
func counts(m Mutation, f check.Finding) bool {
	for _, c := range m.Categories {
		if f.Rule == c || f.Category() == c {
			return true
		}
	}
	return false
}

// findingKey is what tells a finding of the defective run from one the
// clean pair already has: rule, unit and the evidence on both sides.
func findingKey(f check.Finding) string {
	ev := func(e *check.Evidence) string {
		if e == nil {
			return ""
		}
		return e.Text
	}
	return f.Rule + "\x00" + f.Unit + "\x00" + ev(f.FR) + "\x00" + ev(f.NL)
}

// MutTable renders the recall per defect kind.
func MutTable(ss []MutScore) string {
	var b strings.Builder
	b.WriteString("| defect injected into a real pair | pairs | found at warning/error | recall | info only | counted categories |\n|---|--:|--:|--:|--:|---|\n")
	for _, s := range ss {
		fmt.Fprintf(&b, "| %s | %d | %d | %.2f | %d | %s |\n", s.Kind, s.Pairs, s.Found, per(s.Found, s.Pairs, 1), s.FoundInfo, strings.Join(s.Categories, ", "))
	}
	return b.String()
}

// Half returns the pairs of ps at even positions ("even"), at odd ones
// ("odd"), or all of them: rules tuned on one half are measured on the
// other.
func Half(ps []QRVAPair, which string) []QRVAPair {
	if which != "even" && which != "odd" {
		return ps
	}
	var out []QRVAPair
	for i, p := range ps {
		if (i%2 == 0) == (which == "even") {
			out = append(out, p)
		}
	}
	return out
}
