package align

import (
	"strings"

	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

var (
	tocLineRE      = lazyregexp.New(`\.{4,}\s*\d+$`)
	partyColonRE   = lazyregexp.New(`^(\S.*?)\s+:$`)
	abbrevHeadRE   = lazyregexp.New(`^(Abréviations dans la numérotation|Afkorting bij de nummering)`)
	abbrevEntryRE  = lazyregexp.New(`^((DOC|Doc)[\s\x{a0}\x{202f}]?\d{2}[\s\x{a0}\x{202f}]0000/000|[A-Z]{3,5})([\s\x{a0}]|$)`)
	compositionRE  = lazyregexp.New(`^(Samenstelling van de commissie|Composition de la commission)`)
	tocHeadings    = map[string]Lang{"Inhoud": NL, "Inhoudsopgave": NL, "INHOUDSOPGAVE": NL, "Sommaire": FR, "SOMMAIRE": FR}
	pageWordLineRE = lazyregexp.New(`^(Blz\.|Pages)$`)
)

// mixed reads a page whose languages alternate, as the cover pages do:
// each paragraph gets its own language; the party list, the abbreviations
// of publication numbers, the table of contents and the composition of
// the committee become table cells.
func (r *ptReader) mixed(pg ptPage) {
	from := len(r.blocks)
	defer func() { counterparts(r.blocks[from:]) }()
	lines := pg.lines
	table := ""
	// The abbreviation entries alternate between the languages in the
	// order of the table's two headers.
	var abbrevLangs []Lang
	abbrevN := 0
	cell := func(t Text, lang Lang, name string, ls ...int) {
		row := 0
		if name != "" && lang != Neutral || name == "parties" || name == "composition" {
			key := name + "/" + lang.String()
			r.rows[key]++
			row = r.rows[key]
		}
		r.blocks = append(r.blocks, Block{Text: t, Lang: lang, Col: lang, Kind: Cell, Table: name, Row: row, Page: pg.num, Lines: ls})
	}
	header := func(t Text, lang Lang, name string, n int) {
		r.blocks = append(r.blocks, Block{Text: t, Lang: lang, Col: lang, Kind: Cell, Table: name, Page: pg.num, Lines: []int{n}})
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		s := l.t.S
		switch {
		case i+2 < len(lines) && lines[i+1].t.S == ":":
			t := l.t
			t.AppendText(Text{S: " "})
			t.AppendText(lines[i+1].t)
			t.Join(lines[i+2].t)
			cell(t, Neutral, "parties", l.n, lines[i+1].n, lines[i+2].n)
			i += 2
			continue
		case partyColonRE.MatchString(s) && i+1 < len(lines):
			t := l.t
			t.Join(lines[i+1].t)
			cell(t, Neutral, "parties", l.n, lines[i+1].n)
			i++
			continue
		case tocLineRE.MatchString(s):
			j := i + 1
			for j < len(lines) && tocLineRE.MatchString(lines[j].t.S) {
				j++
			}
			for _, g := range tocGroups(lines[i:j]) {
				var all Text
				for _, e := range g {
					all.Join(e.t)
				}
				lang := Detect(all.S)
				for _, e := range g {
					cell(e.t, lang, "contents", e.n)
				}
			}
			i = j - 1
			continue
		case tocHeadings[s] != Neutral:
			header(l.t, tocHeadings[s], "contents", l.n)
			continue
		case pageWordLineRE.MatchString(s):
			r.noise(l, pg.num)
			continue
		case abbrevHeadRE.MatchString(s):
			table = "abbreviations"
			lang := FR
			if strings.HasPrefix(s, "Afkorting") {
				lang = NL
			}
			if len(abbrevLangs) == 0 || abbrevN > 0 {
				abbrevLangs, abbrevN = nil, 0
			}
			abbrevLangs = append(abbrevLangs, lang)
			header(l.t, lang, table, l.n)
			continue
		case compositionRE.MatchString(s):
			table = "composition"
			lang := FR
			if strings.HasPrefix(s, "Samenstelling") {
				lang = NL
			}
			header(l.t, lang, table, l.n)
			continue
		case table == "composition":
			cell(l.t, Neutral, table, l.n)
			continue
		case table == "abbreviations" && abbrevEntryRE.MatchString(s):
			lang := abbrevLangs[0]
			if len(abbrevLangs) > 1 {
				lang = abbrevLangs[abbrevN%2]
			}
			abbrevN++
			b := Block{Text: l.t, Lines: []int{l.n}}
			prev := l
			if m := abbrevEntryRE.FindStringSubmatch(s); s == m[1] && i+1 < len(lines) { // the acronym on a line of its own
				i++
				prev = lines[i]
				b.Text.Join(prev.t)
				b.Lines = append(b.Lines, prev.n)
			}
			i, _ = r.extend(&b, prev, lines, i+1)
			i--
			cell(b.Text, lang, table, b.Lines...)
			continue
		}
		table = ""
		b := Block{Kind: Para, Page: pg.num, Text: l.t, Lines: []int{l.n}}
		i, _ = r.extend(&b, l, lines, i+1)
		i--
		b.Lang = Detect(b.Text.S)
		if separatorRE.MatchString(b.Text.S) {
			b.Kind = Noise
		}
		b.Col = b.Lang
		r.blocks = append(r.blocks, b)
	}
}

// tocGroups cuts a run of table-of-contents lines where the numbering
// starts again: the first language's contents, then the second's.
func tocGroups(lines []ptLine) [][]ptLine {
	label := func(l ptLine) string {
		f, _, _ := strings.Cut(l.t.S, " ")
		return f
	}
	var groups [][]ptLine
	start := 0
	for k := 1; k < len(lines); k++ {
		if label(lines[k]) == label(lines[start]) {
			groups = append(groups, lines[start:k])
			start = k
		}
	}
	return append(groups, lines[start:])
}

// counterparts gives a neutral paragraph of a cover page the other
// language of a neighbour shaped like it: the covers print each item in
// both languages side by side ("001: Note de politique générale." next to
// "001: Beleidsnota.", "NOTE DE POLITIQUE GÉNÉRALE (*)" next to
// "BELEIDSNOTA (*)").
func counterparts(blocks []Block) {
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != Para || b.Lang != Neutral {
			continue
		}
		for _, j := range []int{i - 1, i + 1, i - 2, i + 2, i - 3, i + 3} {
			if j < 0 || j >= len(blocks) || blocks[j].Kind != Para || blocks[j].Lang == Neutral {
				continue
			}
			if sameShape(b.Text.S, blocks[j].Text.S) {
				b.Lang = blocks[j].Lang.Other()
				b.Col = b.Lang
				break
			}
		}
	}
}

// sameShape reports whether two short cover items look like translations
// of each other: the same first or last token (a number, "(*)"), or both
// in capitals.
func sameShape(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	upper := func(s string) bool { return strings.ToUpper(s) == s && strings.ToLower(s) != s }
	switch {
	case len(fa) > 1 && len(fb) > 1 && fa[0] == fb[0] && !startsLetter(fa[0]):
		return true
	case len(fa) > 1 && len(fb) > 1 && fa[len(fa)-1] == fb[len(fb)-1] && !startsLetter(fa[len(fa)-1]):
		return true
	}
	return upper(a) && upper(b)
}
