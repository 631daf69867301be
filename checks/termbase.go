package checks

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/langdata"
	"github.com/concord-bilingual/concord/checks/token"
	"github.com/concord-bilingual/concord/internal/bounded"
)

// LoadTerms adds the entries of a termbase file to e: CSV with the columns
// fr,nl[,note] (an optional header row, # comments), or TBX (a .tbx or
// .xml file, or any file starting with "<"). Call it before running checks.
func LoadTerms(e *check.Env, path string) error {
	data, err := bounded.ReadText(path)
	if err != nil {
		return fmt.Errorf("load termbase: %w", err)
	}
	var terms []check.Term
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".tbx" || ext == ".xml" || bytes.HasPrefix(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))), []byte("<")) {
		terms, err = readTBX(bytes.NewReader(data))
	} else {
		terms, err = readTermsCSV(bytes.NewReader(data))
	}
	if err != nil {
		return fmt.Errorf("load termbase %s: %w", path, err)
	}
	e.Terms = append(e.Terms, terms...)
	termbaseOf(e) // compiled now, while the input is read, not by the first check
	return nil
}

// readTermsCSV reads "fr,nl[,note]" rows.
func readTermsCSV(r io.Reader) ([]check.Term, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.Comment = '#'
	cr.TrimLeadingSpace = true
	var out []check.Term
	for first := true; ; first = false {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if first && len(rec) >= 2 && strings.EqualFold(strings.TrimSpace(rec[0]), "fr") && strings.EqualFold(strings.TrimSpace(rec[1]), "nl") {
			continue
		}
		if len(rec) < 2 || len(rec) > 3 {
			return nil, fmt.Errorf("line %d: want fr,nl[,note], got %d fields", line, len(rec))
		}
		t := check.Term{FR: strings.TrimSpace(strings.TrimPrefix(rec[0], "\ufeff")), NL: strings.TrimSpace(rec[1])}
		if len(rec) == 3 {
			t.Note = strings.TrimSpace(rec[2])
		}
		if err := checkTerm(t); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, t)
	}
	return out, nil
}

// checkTerm reports a term with an empty or unusable side.
func checkTerm(t check.Term) error {
	if len(token.SplitWords(t.FR)) == 0 || len(token.SplitWords(t.NL)) == 0 {
		return fmt.Errorf("term %q = %q: both sides need a tword", t.FR, t.NL)
	}
	return nil
}

// readTBX reads the French and Dutch terms of each entry of a TBX file
// (TBX-Basic: martif/text/body/termEntry/langSet/tig/term, or TBX v3:
// conceptEntry/langSec/termSec/term). An entry gives a Term for each of its
// FR and NL terms paired with the first term of the other language.
func readTBX(r io.Reader) ([]check.Term, error) {
	d := xml.NewDecoder(r)
	// ReadText has turned UTF-16 with its mark into UTF-8: a declaration
	// that still says UTF-16 describes bytes that are UTF-8 by now.
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		if l := strings.ToLower(label); l == "utf-16" || l == "utf-16le" || l == "utf-16be" {
			return r, nil
		}
		return nil, fmt.Errorf("encoding %q not supported: convert the termbase to UTF-8 first", label)
	}
	var out []check.Term
	var fr, nl []string
	var note string
	lang := ""
	inEntry := false
	var text strings.Builder
	collecting := ""
	flush := func() error {
		if len(fr) == 0 && len(nl) == 0 {
			return nil
		}
		if len(fr) == 0 || len(nl) == 0 {
			return fmt.Errorf("line %d: entry needs a French and a Dutch term", lineOf(d))
		}
		for i, f := range fr {
			for j, n := range nl {
				if i == 0 || j == 0 {
					t := check.Term{FR: f, NL: n, Note: note}
					if err := checkTerm(t); err != nil {
						return fmt.Errorf("line %d: %w", lineOf(d), err)
					}
					out = append(out, t)
				}
			}
		}
		return nil
	}
	sawRoot := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			sawRoot = true
			switch t.Name.Local {
			case "termEntry", "conceptEntry":
				fr, nl, note, inEntry = nil, nil, "", true
			case "langSet", "langSec":
				lang = ""
				for _, a := range t.Attr {
					if a.Name.Local == "lang" {
						lang = strings.ToLower(a.Value)
					}
				}
			case "term", "note", "descrip":
				if inEntry {
					collecting = t.Name.Local
					text.Reset()
				}
			}
		case xml.CharData:
			if collecting != "" {
				text.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "term":
				if collecting == "term" {
					s := strings.Join(strings.Fields(text.String()), " ")
					switch {
					case s == "":
					case lang == "fr" || strings.HasPrefix(lang, "fr-"):
						fr = append(fr, s)
					case lang == "nl" || strings.HasPrefix(lang, "nl-"):
						nl = append(nl, s)
					}
				}
				collecting = ""
			case "note", "descrip":
				if collecting == t.Name.Local && note == "" {
					note = strings.Join(strings.Fields(text.String()), " ")
				}
				collecting = ""
			case "termEntry", "conceptEntry":
				if err := flush(); err != nil {
					return nil, err
				}
				fr, nl, inEntry = nil, nil, false
			case "langSet", "langSec":
				lang = ""
			}
		}
	}
	if !sawRoot {
		return nil, errors.New("no XML element found")
	}
	return out, nil
}

func lineOf(d *xml.Decoder) int {
	l, _ := d.InputPos()
	return l
}

// termForm is one form of an entry as it is matched.
type termForm struct {
	entry int
	lang  termLang
	text  string
	toks  []string // as written
}

// termLang says in which language list a form stands.
type termLang uint8

const (
	langFR termLang = 1 << iota
	langNL
)

// termbase is a compiled set of entries: a trie over the folded parts of
// every form. It is safe for concurrent use.
type termbase struct {
	entries []langdata.TermEntry
	index   map[string]int // entry ID → index
	root    *trieNode
	// first tells apart the words that start no form, so that most
	// words of a text are passed over without being folded.
	first *langdata.KeyFilter
}

type trieNode struct {
	next  map[string]*trieNode
	forms []termForm
}

var (
	builtinOnce sync.Once
	builtinTB   *termbase
)

// termbaseOf returns the termbase of env: the built-in entries and the
// user's terms. Terms set on env directly, without LoadTerms, are
// compiled once per content and kept (see compiledTerms), so that every
// check of every document gets the same termbase and shares one analysis.
func termbaseOf(env *check.Env) *termbase {
	if env != nil && len(env.Terms) > 0 {
		return compiledTerms.get(env.Terms)
	}
	builtinOnce.Do(func() { builtinTB = compileTermbase(nil) })
	return builtinTB
}

// termbaseCache holds the termbases compiled from user terms, by the
// hash of the terms' text. It is safe for concurrent use.
type termbaseCache struct {
	mu   sync.Mutex
	seed maphash.Seed
	m    map[uint64]cachedTermbase
}

// cachedTermbase is a compiled termbase with the terms it was compiled
// from, to tell apart two term lists whose hashes collide.
type cachedTermbase struct {
	terms []check.Term
	tb    *termbase
}

// termbaseCacheSize bounds the termbases kept: a process rarely uses
// more than one or two user termbases.
const termbaseCacheSize = 8

var compiledTerms = &termbaseCache{seed: maphash.MakeSeed()}

// get returns the termbase of the built-in entries and terms, compiling
// it on first use.
func (c *termbaseCache) get(terms []check.Term) *termbase {
	var h maphash.Hash
	h.SetSeed(c.seed)
	for _, t := range terms {
		h.WriteString(t.FR)
		h.WriteByte(0)
		h.WriteString(t.NL)
		h.WriteByte(0)
	}
	k := h.Sum64()
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.m[k]; ok && slices.EqualFunc(e.terms, terms, func(a, b check.Term) bool { return a.FR == b.FR && a.NL == b.NL }) {
		return e.tb
	}
	if c.m == nil || len(c.m) >= termbaseCacheSize {
		c.m = map[uint64]cachedTermbase{}
	}
	tb := compileTermbase(terms)
	c.m[k] = cachedTermbase{terms: slices.Clone(terms), tb: tb}
	return tb
}

// compileTermbase builds the trie of the built-in entries and the user's
// terms; each user term is an entry of its own.
func compileTermbase(user []check.Term) *termbase {
	tb := &termbase{index: map[string]int{}, root: &trieNode{}}
	entries := append([]langdata.TermEntry(nil), langdata.BuiltinTerms...)
	for i, t := range user {
		entries = append(entries, langdata.TermEntry{ID: fmt.Sprintf("user:%d", i+1), FR: []string{t.FR}, NL: []string{t.NL}})
	}
	tb.entries = entries
	for i, e := range entries {
		tb.index[e.ID] = i
		for _, f := range e.FR {
			tb.add(i, langFR, f)
		}
		for _, f := range e.NL {
			tb.add(i, langNL, f)
		}
	}
	tb.first = langdata.NewKeyFilter(tb.root.next)
	return tb
}

func (tb *termbase) add(entry int, lang termLang, form string) {
	ps := token.Parts(form, token.SplitWords(form))
	if len(ps) == 0 {
		return
	}
	keys := make([]string, len(ps))
	for i, p := range ps {
		if keys[i] = token.FoldKey(p.S); keys[i] == "" {
			// A word of marks only ("\u033f"), which folding takes away:
			// no text can be matched against it, and an empty key made
			// the index of first letters panic (a user's termbase).
			return
		}
	}
	n := tb.root
	f := termForm{entry: entry, lang: lang, text: form}
	for i, p := range ps {
		k := keys[i]
		if n.next == nil {
			n.next = map[string]*trieNode{}
		}
		c := n.next[k]
		if c == nil {
			c = &trieNode{}
			n.next[k] = c
		}
		n = c
		f.toks = append(f.toks, p.S)
	}
	n.forms = append(n.forms, f)
}

// termMatch is one mention of termbase entries in a text.
type termMatch struct {
	Start, End int
	Entries    []int    // entries whose form matched here
	Langs      termLang // languages of the matched forms
	Forms      []termForm
}

// isAcronym reports whether s is written in capitals, two letters or more
// (OSCE, EU, CD&V).
func isAcronym(s string) bool {
	return token.CaseOf(s) == token.UpperCase
}

// fits reports whether the text parts ps match the case of form f: an
// acronym form matches capitals only, a one-word capitalised form a
// capitalised word only; longer forms match in any case.
func fits(f termForm, ps []token.Part) bool {
	for i, t := range f.toks {
		s := ps[i].S
		if isAcronym(t) && utf8.RuneCountInString(t) >= 2 && !isAcronym(s) {
			return false
		}
		if len(f.toks) == 1 {
			r, _ := utf8.DecodeRuneInString(t)
			if unicode.IsUpper(r) && token.CaseOf(s) == token.LowerCase {
				return false // rekenhof is not the Rekenhof; reKenhof (small caps) is
			}
		}
	}
	return true
}

// match finds the mentions of entries in s: at each part, the longest form
// that fits; parts of one match are separated by spaces, hyphens or
// apostrophes only.
func (tb *termbase) match(s string, ps []token.Part) []termMatch {
	var out []termMatch
	for i := 0; i < len(ps); {
		if !tb.first.Maybe(ps[i].S) {
			i++
			continue
		}
		n := tb.root
		best := termMatch{}
		bestEnd := -1
		for k := i; k < len(ps); k++ {
			if k > i && !softGap(s[ps[k-1].End:ps[k].Start]) {
				break
			}
			n = n.next[token.FoldKey(ps[k].S)]
			if n == nil {
				break
			}
			var m termMatch
			for _, f := range n.forms {
				if fits(f, ps[i:k+1]) {
					m.Forms = append(m.Forms, f)
					m.Langs |= f.lang
					if !slices.Contains(m.Entries, f.entry) {
						m.Entries = append(m.Entries, f.entry)
					}
				}
			}
			if len(m.Forms) > 0 {
				m.Start, m.End = ps[i].Start, ps[k].End
				best, bestEnd = m, k
			}
		}
		if bestEnd < 0 {
			i++
			continue
		}
		out = append(out, best)
		i = bestEnd + 1
	}
	return out
}

// softGap reports whether g, between two parts, keeps them in one term:
// spaces, a hyphen or an apostrophe, nothing else.
func softGap(g string) bool {
	if strings.TrimSpace(g) == "–" && g != "–" {
		return true // Indépendant – Onafhankelijk
	}
	for _, r := range g {
		if !unicode.IsSpace(r) && !token.IsJoiner(r) {
			return false
		}
	}
	return true
}

// lowerAcronym reports whether text is an acronym written in small
// letters (btw, vzw, ngo): one of entries es has the same letters in
// capitals as a form.
func (tb *termbase) lowerAcronym(es []int, text string) bool {
	up := strings.ToUpper(text)
	if up == text || strings.ContainsAny(text, " -") {
		return false
	}
	for _, e := range es {
		for _, f := range append(append([]string(nil), tb.entries[e].FR...), tb.entries[e].NL...) {
			if f == up && isAcronym(f) {
				return true
			}
		}
	}
	return false
}

// places reports whether every entry of es is a place.
func (tb *termbase) places(es []int) bool {
	for _, e := range es {
		if !tb.entries[e].Place {
			return false
		}
	}
	return len(es) > 0
}

// closure returns the entries of ms and every entry they imply.
func (tb *termbase) closure(ms []termMatch) map[int]bool {
	set := map[int]bool{}
	var add func(int)
	add = func(e int) {
		if set[e] {
			return
		}
		set[e] = true
		for _, p := range tb.entries[e].Parent {
			if k, ok := tb.index[p]; ok {
				add(k)
			}
		}
	}
	for _, m := range ms {
		for _, e := range m.Entries {
			add(e)
		}
	}
	return set
}
