package checks

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/token"
)

// ClausesNegation reports a sentence that is negative in one language and
// positive in the other.
var ClausesNegation = &check.Check{
	ID:       "clauses/negation",
	Severity: check.Info,
	Sees:     ByContent,
	Doc: `negation on one side of a sentence pair only

A sentence that says "not" in one language and not in the other reverses
its meaning. The negations of each side are counted sentence by sentence
(French ne … pas, plus, jamais, rien, aucun, personne, guère, ni; sans;
ou non; Dutch niet, geen, nooit, niets, niemand, nergens, zonder, noch).
Not counted: ne … que (only), the expletive ne (avant qu'il ne), non
seulement / niet alleen, sans préjudice / zonder afbreuk, sans doute,
hyphenated forms (non-respect, niet-naleving). Only a pair whose totals
differ is looked at; its sentences are then paired by length, numbers,
names and cognates, and a pair of sentences with a negation on one side
and none on the other is reported, unless the sentence before or after
has the opposite surplus: the negation moved there. Translators often turn a
negation into wording ("n'est pas possible" / "is onmogelijk", "faute de"
/ "niet"); a sentence of the other side with such wording is passed over,
but paraphrase still outnumbers lost negations on real text, so the
finding is info: worth a look, not a verdict. In a freely translated
document (see clauses/missing), whose sentences do not follow each other,
nothing is reported: read on written questions, 1 finding in 40 was a
lost negation.

  FR: Cette mesure n'est pas applicable aux indépendants.
  NL: Deze maatregel is van toepassing op de zelfstandigen.`,
	Requires: []*check.Analysis{LengthFit},
	Run:      runNegation,
}

// negation is one negation of a text: s[Start:End] is its marker (from
// "ne" to "pas", or the word "niet").
type negation struct{ Start, End int }

// negationDel is the cost, for the sentence aligner, of leaving a sentence
// without counterpart; negationLinkCost is the highest cost of a pair of
// sentences whose polarity is compared.
const (
	negationDel      = 6.0
	negationLinkCost = 4.0
)

func runNegation(p *check.Pass) {
	if !tight(p) {
		return
	}
	for i := range p.Doc.Pairs {
		pr := &p.Doc.Pairs[i]
		if pr.Shared || pr.FR == nil || pr.NL == nil {
			continue
		}
		fs, ns := pr.FR.Text.S, pr.NL.Text.S
		// Each side is read for both languages' negations: a unit left
		// untranslated keeps its negation in the other language.
		fn, nn := negationsOf(fs), negationsOf(ns)
		if len(fn) == len(nn) {
			continue // the same number of negations: none lost, or one moved
		}
		fc, nc := sentenceClauses(fs), sentenceClauses(ns)
		links, cost := alignDP(fc, nc, negationDel, negationDel)
		if math.IsInf(cost, 1) {
			continue
		}
		// The balance of each link: French negations less Dutch ones.
		type side struct {
			a, b int
			negs []negation
		}
		type linked struct {
			fr, nl  side
			balance int
		}
		ls := make([]linked, len(links))
		for k, l := range links {
			x := &ls[k]
			if l.FR[0] < l.FR[1] {
				x.fr.a, x.fr.b = fc[l.FR[0]].Start, fc[l.FR[1]-1].End
				x.fr.negs = within(fn, x.fr.a, x.fr.b)
			}
			if l.NL[0] < l.NL[1] {
				x.nl.a, x.nl.b = nc[l.NL[0]].Start, nc[l.NL[1]-1].End
				x.nl.negs = within(nn, x.nl.a, x.nl.b)
			}
			x.balance = len(x.fr.negs) - len(x.nl.negs)
		}
		for k, l := range links {
			x := ls[k]
			if l.FR[0] == l.FR[1] || l.NL[0] == l.NL[1] || (len(x.fr.negs) > 0) == (len(x.nl.negs) > 0) {
				continue
			}
			fg, ng := fc[l.FR[0]:l.FR[1]], nc[l.NL[0]:l.NL[1]]
			if c := groupPairCost(ptr(groupOf(fg)), ptr(groupOf(ng))); c > negationLinkCost {
				continue // the sentences are not surely each other's translation
			}
			if k > 0 && ls[k-1].balance*x.balance < 0 || k+1 < len(ls) && ls[k+1].balance*x.balance < 0 {
				continue // the negation moved to the sentence before or after
			}
			fa, fb, na, nb := x.fr.a, x.fr.b, x.nl.a, x.nl.b
			switch {
			case x.balance > 0 && !negativeWording(ns[na:nb], nlNegative) && !doubleNegation(fs, x.fr.a, x.fr.b, x.fr.negs, frNegative) &&
				!(noLonger(fs, x.fr.negs) && negativeWording(ns[na:nb], nlChange)):
				neg := x.fr.negs[0]
				reportNegation(p, pr.Key, "FR", "NL", check.At(pr.FR, neg.Start, neg.End), check.At(pr.NL, na, nb), true)
			case x.balance < 0 && !negativeWording(fs[fa:fb], frNegative) && !doubleNegation(ns, x.nl.a, x.nl.b, x.nl.negs, nlNegative) &&
				!(noLonger(ns, x.nl.negs) && negativeWording(fs[fa:fb], frChange)):
				neg := x.nl.negs[0]
				reportNegation(p, pr.Key, "NL", "FR", check.At(pr.NL, neg.Start, neg.End), check.At(pr.FR, fa, fb), false)
			}
		}
	}
}

func ptr[T any](v T) *T { return &v }

// reportNegation reports the negation neg of side with no negation in the
// other side's sentence sent.
func reportNegation(p *check.Pass, key, side, other string, neg, sent *check.Evidence, frNeg bool) {
	f := check.Finding{Unit: key, Message: fmt.Sprintf("%s says %q, but its %s sentence has no negation: %q",
		side, neg.Text, other, excerptOf(token.Squash(sent.Text), 120))}
	if frNeg {
		f.FR, f.NL = neg, sent
	} else {
		f.FR, f.NL = sent, neg
	}
	p.Report(f)
}

// negationsOf returns the French and the Dutch negations of s, in order.
// s is read into words once for both languages.
func negationsOf(s string) []negation {
	ts := negTokens(s)
	out := append(frNegations(ts), nlNegations(s, ts)...)
	slices.SortFunc(out, func(a, b negation) int { return a.Start - b.Start })
	return out
}

// doubleNegation reports whether the sentence s[a:b], whose negations are
// negs, also says no in words (neg): "n'est pas sans risque", "geen enkel
// land ongemoeid", a litotes that the other side may write positively.
func doubleNegation(s string, a, b int, negs []negation, neg []string) bool {
	for k := 1; k < len(negs); k++ {
		if negs[k].Start-negs[k-1].End <= 12 {
			return true // n'est pas sans risque
		}
	}
	t := []byte(s[a:b])
	for _, n := range negs {
		for i := n.Start; i < n.End; i++ {
			t[i-a] = ' '
		}
	}
	return negativeWording(string(t), neg)
}

// within returns the negations of ns that start in [a, b).
func within(ns []negation, a, b int) []negation {
	var out []negation
	for _, n := range ns {
		if n.Start >= a && n.Start < b {
			out = append(out, n)
		}
	}
	return out
}

// sentenceClauses splits s into sentences, as clauses the aligner
// compares: a full stop, question or exclamation mark ends a sentence
// before a capital, with or without a space (written questions glue
// them: "…professionnel.Cette"), unless it follows an initial or an
// abbreviation. A piece shorter than minSentencePiece runes (a list
// number "1.") joins the next sentence.
func sentenceClauses(s string) []clause {
	var out []clause
	var x clauseScratch
	start := 0
	emit := func(end int) {
		a, b := trimSpan(s, start, end)
		if a < b {
			out = append(out, x.newClause(s, a, b))
		}
		start = end
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '?' && c != '!' {
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
		if c == '.' && abbreviationBefore(s, i) {
			continue
		}
		if runeLen(strings.TrimSpace(s[start:j])) < minSentencePiece {
			continue
		}
		emit(j)
	}
	emit(len(s))
	return out
}

// minSentencePiece is the length in runes under which a piece of text
// ended by a full stop is not a sentence of its own.
const minSentencePiece = 12

// abbreviationBefore reports whether the full stop at s[i] ends an
// initial or a short abbreviation (M., Mme., art., nr., A.R.).
func abbreviationBefore(s string, i int) bool {
	k := strings.LastIndexAny(s[:i], " (./")
	tok := s[k+1 : i]
	if tok == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tok)
	n := runeLen(tok)
	switch {
	case n == 1 && unicode.IsLetter(r):
		return true // an initial
	case n <= 3 && unicode.IsLower(r):
		return true // art., nr., cf.
	}
	switch tok {
	case "Mme", "Mr", "Dr", "St", "MM", "Prof", "resp", "blz", "enz", "bijv", "vgl", "etc":
		return true
	}
	return false
}

// negToken is one word of a text, lower-cased, with its place and
// whether a hyphen joins it to the word before or after ("non-respect",
// "niet-naleving") or an apostrophe ends it ("n'").
type negToken struct {
	w          string
	start, end int
	hyphen     bool
	elided     bool
	stop       bool // a comma, colon, semicolon or sentence end follows
}

// negTokens returns the words of s for the negation counts.
func negTokens(s string) []negToken {
	var out []negToken
	for w := range token.EachLetterRun(s) {
		t := negToken{w: strings.ToLower(w.S), start: w.Start, end: w.End}
		if w.Start > 0 && s[w.Start-1] == '-' || w.End < len(s) && s[w.End] == '-' {
			t.hyphen = true
		}
		if rest := s[w.End:]; strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
			t.elided = true
		}
		if rest := strings.TrimLeft(s[w.End:], " "); rest != "" && strings.ContainsRune(",;:.?!()", rune(rest[0])) {
			t.stop = true
		}
		out = append(out, t)
	}
	return out
}

// frNegWords close a French "ne": ne … pas, ne … plus.
var frNegWords = map[string]bool{
	"pas": true, "plus": true, "jamais": true, "rien": true, "aucun": true, "aucune": true,
	"personne": true, "guère": true, "nullement": true, "point": true, "ni": true, "nul": true, "nulle": true,
}

// frNegBefore are the French words that make a following "ne" negative
// on their own: "aucune mesure n'est prévue", "rien n'indique".
var frNegBefore = map[string]bool{
	"aucun": true, "aucune": true, "rien": true, "personne": true, "nul": true, "nulle": true, "jamais": true, "ni": true,
}

// frSansFixed are the words after which "sans" is no negation to
// translate by one: sans préjudice (onverminderd), sans doute, sans cesse,
// sans délai (onverwijld).
var frSansFixed = map[string]bool{
	"préjudice": true, "doute": true, "cesse": true, "délai": true, "tarder": true, "conteste": true,
	"suite": true, // classé sans suite: geseponeerd
	"but":   true, // sans but lucratif: vzw, non-profit
}

// negationsFR returns the negations of a French text.
func negationsFR(s string) []negation {
	return frNegations(negTokens(s))
}

// frNegations returns the French negations of a text read into ts.
func frNegations(ts []negToken) []negation {
	var out []negation
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.hyphen {
			continue
		}
		switch {
		case t.w == "ne" || t.w == "n" && t.elided:
			end, ok := frNegClose(ts, i)
			if !ok {
				continue // ne … que, or the expletive ne
			}
			out = append(out, negation{t.start, ts[end].end})
			i = end
		case t.w == "sans":
			if i+1 < len(ts) && frSansFixed[ts[i+1].w] || i+1 < len(ts) && ts[i+1].hyphen {
				continue
			}
			out = append(out, negation{t.start, t.end})
		case t.w == "non" && !(i+1 < len(ts) && (ts[i+1].w == "seulement" || ts[i+1].w == "négligeable" || ts[i+1].w == "négligeables" || ts[i+1].w == "moins")) &&
			!(i > 0 && (ts[i-1].w == "ou" || ts[i-1].w == "si" || ts[i-1].w == "qua")):
			out = append(out, negation{t.start, t.end}) // non pourvus, et non un État
		case t.w == "pas" && i+1 < len(ts) && ts[i+1].w == "encore":
			out = append(out, negation{t.start, ts[i+1].end}) // pas encore, without ne
		}
	}
	return out
}

// frNegClose returns the index of the word that makes the "ne" at ts[i]
// a negation, and false for "ne … que" and for the expletive ne.
func frNegClose(ts []negToken, i int) (int, bool) {
	for k := i + 1; k < len(ts) && k <= i+6; k++ {
		w := ts[k].w
		switch {
		case w == "que" || w == "qu":
			return 0, false // ne … que: only
		case w == "ne" || w == "n" && ts[k].elided:
			return 0, false
		case frNegWords[w] && !ts[k].hyphen:
			if w == "pas" && k+1 < len(ts) && ts[k+1].w == "seulement" {
				return 0, false // ne … pas seulement: not only
			}
			if w == "pas" && k+1 < len(ts) && ts[k+1].w == "moins" {
				return 0, false // il n'en demeure pas moins: nevertheless; pas moins de: as many as
			}
			if w == "plus" && restrictive(ts, k) {
				return 0, false // ne … plus que: only, from now on
			}
			return k, true
		case k == i+1 && frBareNe[w]:
			if frNegClose2(ts, k) {
				continue // ne peut pas, ne peut que: decided by the word below
			}
			return k, true // ne peut excéder: ne alone after pouvoir, savoir, oser, cesser
		}
		if ts[k].stop {
			break
		}
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if ts[k].stop {
			break
		}
		if frNegBefore[ts[k].w] {
			return i, true // aucune mesure n'est prévue
		}
	}
	return 0, false
}

// frBareNe are the verb forms after which written French negates with ne
// alone: "ce délai ne peut excéder 60 jours", "il ne saurait". Not
// cesser: "ne cessent d'augmenter" keeps rising.
var frBareNe = map[string]bool{
	"peut": true, "peuvent": true, "pourra": true, "pourront": true, "pourrait": true, "pourraient": true,
	"pouvait": true, "pouvaient": true, "puisse": true, "puissent": true, "sait": true, "savait": true,
	"saurait": true, "sauraient": true, "ose": true, "osent": true,
	"pouvant": true, // des tâches ne pouvant être considérées comme militaires
}

// frNegClose2 reports whether a word of frNegWords, or "que", follows
// ts[k] within three words, in the same clause.
func frNegClose2(ts []negToken, k int) bool {
	for j := k + 1; j < len(ts) && j <= k+3; j++ {
		if frNegWords[ts[j].w] || ts[j].w == "que" || ts[j].w == "qu" {
			return true
		}
		if ts[j].stop {
			break
		}
	}
	return false
}

// restrictive reports whether the "plus" at ts[k] is followed by "que"
// within four words: "ne pourront plus échanger que cinq bons" (only).
func restrictive(ts []negToken, k int) bool {
	for j := k + 1; j < len(ts) && j <= k+4; j++ {
		if ts[j].w == "que" || ts[j].w == "qu" {
			return true
		}
		if ts[j].stop {
			break
		}
	}
	return false
}

// nlNegWords are the Dutch negations.
var nlNegWords = map[string]bool{
	"niet": true, "geen": true, "nooit": true, "niets": true, "niemand": true, "nergens": true, "zonder": true, "noch": true,
	"geenszins": true, "allerminst": true, "nimmer": true, "evenmin": true,
}

// nlNotOnly are the words after which "niet" means "not only".
var nlNotOnly = map[string]bool{"alleen": true, "enkel": true, "uitsluitend": true, "louter": true}

// nlZonderFixed are the words after which "zonder" is a fixed phrase:
// zonder afbreuk (sans préjudice), zonder twijfel (sans doute), zonder
// uitstel (sans délai).
var nlZonderFixed = map[string]bool{"afbreuk": true, "twijfel": true, "uitstel": true, "meer": true}

// negationsNL returns the negations of a Dutch text.
func negationsNL(s string) []negation {
	return nlNegations(s, negTokens(s))
}

// nlNegations returns the Dutch negations of s, read into ts.
func nlNegations(s string, ts []negToken) []negation {
	var out []negation
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.hyphen || !nlNegWords[t.w] {
			continue
		}
		next := ""
		if i+1 < len(ts) {
			next = ts[i+1].w
		}
		switch t.w {
		case "niet":
			if nlNotOnly[next] || nlAlternative(ts, i) || rhetorical(s, ts, i) {
				continue
			}
			if next == "meer" && moreThan(ts, i+1) {
				continue // niet meer (zijn) dan: no more than, only (ne … que)
			}
		case "zonder":
			if nlZonderFixed[next] {
				continue
			}
		case "noch":
			if len(out) > 0 && sameSentence(s, out[len(out)-1].End, t.start) {
				continue // geen … noch …, noch … noch …: one negation
			}
		}
		out = append(out, negation{t.start, t.end})
	}
	return out
}

// moreThan reports whether the "meer" at ts[k] is followed by "dan"
// within three words of the same clause: "niet meer dan normaal", "niet
// meer zijn dan geïmporteerde producten".
func moreThan(ts []negToken, k int) bool {
	for j := k + 1; j < len(ts) && j <= k+3; j++ {
		if ts[j-1].stop {
			break
		}
		if ts[j].w == "dan" {
			return true
		}
	}
	return false
}

// sameSentence reports whether s[a:b] holds no sentence end.
func sameSentence(s string, a, b int) bool {
	return !strings.ContainsAny(s[a:b], ".?!;")
}

// negativeWording reports whether s says no with a word of the list neg:
// an entry ending in "*" is the beginning of a word (or of a Dutch past
// participle after ge-: geweigerd), any other a whole word ("impossible", "absence", "faute de", "ontbreken", "onmogelijk").
// A sentence so worded carries the other side's negation without a
// grammatical one.
func negativeWording(s string, neg []string) bool {
	for w := range token.EachLetterRun(s) {
		lw := strings.ToLower(w.S)
		if strings.HasSuffix(lw, "loos") || strings.HasSuffix(lw, "loze") {
			return true // Dutch -loos: werkloos, oeverloze
		}
		if len(lw) > 6 && (strings.HasSuffix(lw, "vrij") || strings.HasSuffix(lw, "vrije")) {
			return true // Dutch -vrij: drugsvrije (sans drogue), receptvrije (non soumis à prescription)
		}
		// A Dutch past participle is its verb with ge-: geweigerd (weigeren).
		part, isPart := strings.CutPrefix(lw, "ge")
		for _, p := range neg {
			if stem, ok := strings.CutSuffix(p, "*"); ok && (strings.HasPrefix(lw, stem) || isPart && strings.HasPrefix(part, stem)) || lw == p {
				return true
			}
		}
	}
	return false
}

// frNegative and nlNegative are the words that say no without a
// grammatical negation: nouns, verbs and adjectives of lack, failure,
// refusal and prevention, and the restrictions (seul, slechts) that stand
// against "ne … que" and "niet meer dan".
var (
	frNegative = []string{
		"impossib*", "absen*", "faute", "dépourvu*", "manqu*", "refus*", "empêch*", "évit*", "interdi*",
		"insuffisa*", "inexist*", "inconnu*", "incapa*", "indisponib*", "inoccup*", "inadéqu*", "inacceptab*",
		"illégal*", "irrégul*", "ignor*", "aucun", "aucune", "sans", "non", "pas", "ni", "jamais", "rien", "guère",
		"seul*", "uniquement", "exclusivement", "échou*", "échec*", "vain", "exclu*", "exempt*", "supprim*",
		"annul*", "cess*", "perte*", "perdu*", "dispar*", "hormis", "sauf", "excepté*", "nul", "nulle", "zéro",
		"négati*", "sinon", "hors", "contraire*", "incertain*", "inutil*", "inégal*", "injust*", "insatisf*", "abandon*",
		"omis", "omet*", "oubli*", "tard", "retard*", "peu", "exception*", "défaut", "carence*", "lacune*",
		"iné*", "inex*", "ineff*", "incompl*", "inachev*", "imprévu*", "inad*", "inap*", "incompat*", "incohér*", "infraction*", "violation*",
		"enfrei*", "bafou*", "difficult*", "difficile*", "garder", "gardant", "abstenir", "abstien*", "exonér*",
	}
	nlNegative = []string{
		"onmogelijk*", "gebrek*", "ontbr*", "zonder", "geen", "niet", "nooit", "niets", "niemand", "nergens",
		"noch", "weiger*", "verhinder*", "vermijd*", "voorkom*", "verbod*", "verbied*", "verboden", "onvoldoende",
		"onbekend*", "onbeschikba*", "onaanvaardba*", "ongeoorloofd*", "onwettig*", "onregelmatig*", "slechts",
		"alleen", "enkel", "uitsluitend", "pas", "mislukt*", "tevergeefs", "uitgesloten", "vrijgesteld*",
		"geschrapt", "geannuleerd", "stopgezet", "verloren", "verdwe*", "behalve", "uitgezonderd", "nul",
		"ontoereikend*", "mis", "mist", "missen", "afwezig*", "nee", "neen", "tekort*", "weinig", "onduidelijk*", "onzeker*",
		"nutteloos", "onnodig*", "ongelijk*", "onrecht*", "ontevreden*", "opgegeven", "vergeten", "vertraging*",
		"uitzondering*", "leeg", "onbe*", "onver*", "ontzeg*", "non*", "niet*", "onvolledig*", "ongehuwd*", "ongeldig*",
		"overtred*", "schend*", "moeilijk*", "ongew*", "no", "oneerlijk*", "onjuist*", "ondoeltreffend*", "onaangepast*", "hoogstens", "amper", "nauwelijks", "zelden",
	}
)

// noLonger reports whether every negation of negs, read in s, says "no
// longer" (ne … plus; niet … meer, geen … meer): the end of a state,
// which the other language often words as its change ("cet objectif
// semble avoir changé" / "van die doelstelling is geen sprake meer").
func noLonger(s string, negs []negation) bool {
	if len(negs) == 0 {
		return false
	}
	for _, n := range negs {
		if strings.HasSuffix(strings.ToLower(s[n.Start:n.End]), "plus") {
			continue // ne … plus: the marker runs from ne to plus
		}
		// The words of the negation's clause only: "meer" beyond a
		// comma or a full stop is no part of it, and reading the rest
		// of a long unit for each negation would cost its length again.
		end := len(s)
		if k := strings.IndexAny(s[n.End:], ",;:.?!()"); k >= 0 {
			end = n.End + k
		}
		ts := negTokens(s[n.Start:end])
		found := false
		for k := 1; k < len(ts) && k <= 6 && !ts[k-1].stop; k++ {
			if ts[k].w == "meer" && !moreThan(ts, k) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// frChange and nlChange are the words that say a state has changed or
// ended, the positive wording of a "no longer".
var (
	frChange = []string{"chang*", "modifi*", "évolu*", "termin*", "révolu*", "dépassé*", "cess*", "fin", "achev*", "disparu*"}
	nlChange = []string{"verander*", "gewijzigd*", "wijzig*", "geëvolueerd", "evolu*", "beëindig*", "afgelopen", "voorbij", "achterhaald*", "opgehouden", "verdwenen"}
)

// nlAlternative reports whether the "niet" at ts[i] leaves the question
// open rather than denies: al dan niet, (wel) of (waarom) niet, zo niet,
// indien niet (French: ou non, dans la négative, which are not counted
// either).
func nlAlternative(ts []negToken, i int) bool {
	prev := func(k int) string {
		if i-k < 0 {
			return ""
		}
		return ts[i-k].w
	}
	switch prev(1) {
	case "dan", "of", "zo", "indien", "zoniet":
		return true
	case "en":
		return prev(2) == "wel" // die wel en niet afkomstig zijn: both
	case "waarom":
		return prev(2) == "of"
	}
	return false
}

// rhetorical reports whether the "niet" at ts[i] opens a question that
// expects yes ("Denkt u niet dat …?", "Is het niet mogelijk …?"): it
// stands among the first three words of a sentence that ends with a
// question mark. French asks the same without a negation.
func rhetorical(s string, ts []negToken, i int) bool {
	k := i
	for k > 0 && i-k < 3 && !sentenceBreak(s[ts[k-1].end:ts[k].start]) {
		k--
	}
	if i-k >= 3 || k > 0 && !sentenceBreak(s[ts[k-1].end:ts[k].start]) {
		return false
	}
	end := strings.IndexAny(s[ts[i].end:], ".?!")
	return end >= 0 && s[ts[i].end+end] == '?'
}

// sentenceBreak reports whether the text between two words ends a
// sentence.
func sentenceBreak(gap string) bool {
	return strings.ContainsAny(gap, ".?!")
}
