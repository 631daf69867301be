package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// parseResult reads the "result" section of a golden case:
//
//	tool NAME VERSION
//	check ID SEVERITY TITLE          one rule of the catalogue
//	doc PATH [FRPATH NLPATH]         starts a document
//	pair KEY                         starts a pair
//	fr LINE[:COL] TEXT               the FR unit (again: a continuation line)
//	nl LINE[:COL] TEXT               the NL unit
//	shared                           the pair is language-neutral
//	finding KEY RULE SEVERITY [fr="TEXT"[@N]] [nl="TEXT"[@N]] MESSAGE
//
// TEXT may hold extraction markup (*italic*, 18^e), removed as the readers
// do. A finding's evidence is the Nth occurrence (default 1) of the quoted
// text in its unit's side, so its position comes from the text map and is
// never written by hand. Lines starting with # are comments.
func parseResult(src string) (*Result, error) {
	r := &Result{FailOn: check.Error} // concord check's default
	var doc *align.Document
	var pair *align.Pair
	var docs []*DocResult
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		verb, rest, _ := strings.Cut(line, " ")
		fail := func(format string, args ...any) error {
			return fmt.Errorf("result line %d: %s", n+1, fmt.Sprintf(format, args...))
		}
		switch verb {
		case "tool":
			f := strings.Fields(rest)
			if len(f) != 2 {
				return nil, fail("want tool NAME VERSION")
			}
			r.Tool.Name, r.Tool.Version = f[0], f[1]
		case "check":
			f := strings.SplitN(rest, " ", 3)
			if len(f) != 3 {
				return nil, fail("want check ID SEVERITY TITLE")
			}
			sev, err := check.ParseSeverity(f[1])
			if err != nil {
				return nil, fail("%v", err)
			}
			r.Checks = append(r.Checks, &check.Check{ID: f[0], Severity: sev, Doc: strings.ReplaceAll(f[2], `\n`, "\n")})
		case "doc":
			f := strings.Fields(rest)
			if len(f) != 1 && len(f) != 3 {
				return nil, fail("want doc PATH [FRPATH NLPATH]")
			}
			doc = &align.Document{Path: f[0], FRPath: f[0], NLPath: f[0], Layout: "test"}
			if len(f) == 3 {
				doc.FRPath, doc.NLPath = f[1], f[2]
			}
			docs = append(docs, &DocResult{Doc: doc})
			pair = nil
		case "pair":
			if doc == nil {
				return nil, fail("pair before doc")
			}
			doc.Pairs = append(doc.Pairs, align.Pair{Key: strings.TrimSpace(rest)})
			pair = &doc.Pairs[len(doc.Pairs)-1]
		case "shared":
			if pair == nil {
				return nil, fail("shared before pair")
			}
			pair.Shared = true
		case "fr", "nl":
			if pair == nil {
				return nil, fail("%s before pair", verb)
			}
			at, text, _ := strings.Cut(rest, " ")
			ln, col := at, "1"
			if a, b, ok := strings.Cut(at, ":"); ok {
				ln, col = a, b
			}
			l, err1 := strconv.Atoi(ln)
			c, err2 := strconv.Atoi(col)
			if err1 != nil || err2 != nil {
				return nil, fail("bad position %q", at)
			}
			lang, path := align.FR, doc.FRPath
			if verb == "nl" {
				lang, path = align.NL, doc.NLPath
			}
			t := align.CleanLine(text, l, c)
			if u := pair.Side(lang); u != nil {
				u.Text.Join(t)
				continue
			}
			u := &align.Unit{Key: pair.Key, Lang: lang, Text: t, File: path}
			if lang == align.NL {
				pair.NL = u
			} else {
				pair.FR = u
			}
		case "finding":
			if doc == nil {
				return nil, fail("finding before doc")
			}
			f, err := parseFinding(doc, rest)
			if err != nil {
				return nil, fail("%v", err)
			}
			d := docs[len(docs)-1]
			d.Findings = append(d.Findings, f)
		default:
			return nil, fail("unknown verb %q", verb)
		}
	}
	for _, d := range docs {
		for _, p := range d.Doc.Pairs {
			for _, u := range []*align.Unit{p.FR, p.NL} {
				if u != nil {
					u.Seq = len(d.Doc.Units)
					d.Doc.Units = append(d.Doc.Units, *u)
				}
			}
		}
		r.Docs = append(r.Docs, *d)
	}
	return r, nil
}

func parseFinding(doc *align.Document, s string) (check.Finding, error) {
	f := strings.SplitN(s, " ", 4)
	if len(f) < 4 {
		return check.Finding{}, fmt.Errorf("want finding KEY RULE SEVERITY [fr=…] [nl=…] MESSAGE")
	}
	sev, err := check.ParseSeverity(f[2])
	if err != nil {
		return check.Finding{}, err
	}
	out := check.Finding{Unit: f[0], Rule: f[1], Severity: sev}
	var pair *align.Pair
	for i := range doc.Pairs {
		if doc.Pairs[i].Key == f[0] {
			pair = &doc.Pairs[i]
			break
		}
	}
	rest := f[3]
	for {
		lang, ok := align.Neutral, false
		switch {
		case strings.HasPrefix(rest, "fr="):
			lang, ok = align.FR, true
		case strings.HasPrefix(rest, "nl="):
			lang, ok = align.NL, true
		}
		if !ok {
			break
		}
		q, err := strconv.QuotedPrefix(rest[3:])
		if err != nil {
			return out, fmt.Errorf("evidence %q: %v", rest, err)
		}
		text, _ := strconv.Unquote(q)
		rest = rest[3+len(q):]
		nth := 1
		if strings.HasPrefix(rest, "@") {
			num, tail, _ := strings.Cut(rest[1:], " ")
			if nth, err = strconv.Atoi(num); err != nil {
				return out, fmt.Errorf("bad occurrence %q", num)
			}
			rest = " " + tail
		}
		rest = strings.TrimPrefix(rest, " ")
		if pair == nil || pair.Side(lang) == nil {
			return out, fmt.Errorf("no %s unit %s for evidence %q", lang, f[0], text)
		}
		u := pair.Side(lang)
		off := -1
		for k, from := 0, 0; k < nth; k++ {
			i := strings.Index(u.Text.S[from:], text)
			if i < 0 {
				return out, fmt.Errorf("%q occurs fewer than %d times in %s %s", text, nth, lang, f[0])
			}
			off = from + i
			from = off + len(text)
		}
		ev := check.At(u, off, off+len(text))
		if lang == align.FR {
			out.FR = ev
		} else {
			out.NL = ev
		}
	}
	out.Message = rest
	return out, nil
}
