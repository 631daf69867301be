package checks

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/checks/langdata"
	"github.com/concord-bilingual/concord/checks/token"
)

func TestReadTermsCSV(t *testing.T) {
	in := "fr,nl,note\n# a comment\nInspection sociale flamande, Vlaamse Sociale Inspectie\n\"Département de l’Emploi, de l’Économie\",Departement Werk,two words\n"
	got, err := readTermsCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []check.Term{
		{FR: "Inspection sociale flamande", NL: "Vlaamse Sociale Inspectie"},
		{FR: "Département de l’Emploi, de l’Économie", NL: "Departement Werk", Note: "two words"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readTermsCSV = %+v, want %+v", got, want)
	}
	for _, bad := range []string{"OSCE\n", "OSCE,OVSE,a,b\n", "OSCE,\n", "\"unclosed,OVSE\n"} {
		if _, err := readTermsCSV(strings.NewReader(bad)); err == nil {
			t.Errorf("readTermsCSV(%q): no error", bad)
		}
	}
}

func TestReadTBX(t *testing.T) {
	basic := `<?xml version="1.0"?>
<martif type="TBX-Basic"><text><body>
 <termEntry id="a">
  <descrip type="definition">inspection</descrip>
  <langSet xml:lang="fr"><tig><term>Inspection sociale flamande</term></tig></langSet>
  <langSet xml:lang="nl-BE"><tig><term>Vlaamse Sociale Inspectie</term></tig><tig><term>VSI</term></tig></langSet>
  <langSet xml:lang="en"><tig><term>Flemish Social Inspection</term></tig></langSet>
 </termEntry>
</body></text></martif>`
	got, err := readTBX(strings.NewReader(basic))
	if err != nil {
		t.Fatal(err)
	}
	want := []check.Term{
		{FR: "Inspection sociale flamande", NL: "Vlaamse Sociale Inspectie", Note: "inspection"},
		{FR: "Inspection sociale flamande", NL: "VSI", Note: "inspection"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readTBX (TBX-Basic) = %+v, want %+v", got, want)
	}
	v3 := `<tbx type="TBX-Basic" style="dca"><text><body><conceptEntry id="c1">
<langSec xml:lang="fr"><termSec><term>Cour des comptes</term></termSec></langSec>
<langSec xml:lang="nl"><termSec><term>Rekenhof</term></termSec></langSec>
</conceptEntry></body></text></tbx>`
	got, err = readTBX(strings.NewReader(v3))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].FR != "Cour des comptes" || got[0].NL != "Rekenhof" {
		t.Errorf("readTBX (v3) = %+v", got)
	}
	for _, bad := range []string{
		"", "not xml",
		`<martif><text><body><termEntry><langSet xml:lang="fr"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>`,
		`<martif><text><body><termEntry>`,
	} {
		if _, err := readTBX(strings.NewReader(bad)); err == nil {
			t.Errorf("readTBX(%q): no error", bad)
		}
	}
}

// TestUserTermbaseChangesFindings loads the same entry from a CSV and a TBX
// file and checks that it turns a silent pair into a finding.
func TestUserTermbaseChangesFindings(t *testing.T) {
	fr := "B. vu l’audition de M. Koen Van Osselaer (conseiller stratégique de l’Inspection sociale flamande);"
	nl := "B. gelet op de hoorzitting met de heer Koen Van Osselaer (strategisch adviseur Vlaamse Belastingdienst);"
	doc, err := align.FromTexts("user", fr, nl)
	if err != nil {
		t.Fatal(err)
	}
	list := []*check.Check{TermsMissing, TermsMismatch}
	if fs := check.Run(doc, list, &check.Env{}); len(fs) != 0 {
		t.Fatalf("built-in termbase alone: %v", fs)
	}
	dir := t.TempDir()
	files := map[string]string{
		"terms.csv": "fr,nl\nInspection sociale flamande,Vlaamse Sociale Inspectie\n",
		"terms.tbx": `<martif><text><body><termEntry>
<langSet xml:lang="fr"><tig><term>Inspection sociale flamande</term></tig></langSet>
<langSet xml:lang="nl"><tig><term>Vlaamse Sociale Inspectie</term></tig></langSet>
</termEntry></body></text></martif>`,
	}
	// The same in UTF-16 with its mark (a TBX declared so), as Windows
	// tools save them, and with a UTF-8 mark.
	for name, data := range map[string]string{"terms16.csv": files["terms.csv"], "terms16.tbx": `<?xml version="1.0" encoding="UTF-16"?>` + files["terms.tbx"]} {
		u := []byte{0xff, 0xfe}
		for _, c := range utf16.Encode([]rune(data)) {
			u = append(u, byte(c), byte(c>>8))
		}
		files[name] = string(u)
	}
	files["terms-bom.csv"] = "\xef\xbb\xbf" + files["terms.csv"]
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		env := &check.Env{}
		if err := LoadTerms(env, path); err != nil {
			t.Fatal(err)
		}
		fs := check.Run(doc, list, env)
		if len(fs) != 1 || fs[0].Rule != "terms/missing" || !strings.Contains(fs[0].Message, "Vlaamse Sociale Inspectie") {
			t.Errorf("%s: findings %v, want one terms/missing", name, fs)
		}
	}
	if err := LoadTerms(&check.Env{}, filepath.Join(dir, "absent.csv")); err == nil {
		t.Error("LoadTerms of a missing file: no error")
	}
}

func TestTermMatch(t *testing.T) {
	tb := termbaseOf(nil)
	tests := []struct {
		in   string
		want []string
	}{
		{"par le directeur du BIDDH de l'OSCE", []string{"BIDDH", "OSCE"}},
		{"des experts d'ONU Femmes", []string{"ONU"}},
		{"van de VN-Mensenrechtenraad en de EU-lidstaten", []string{"VN-Mensenrechtenraad", "EU"}},
		{"il a eu lieu; ue", nil}, // acronym forms match capitals only
		{"de rekenhof", nil},      // a one-word name matches a capitalised word only
		{"het Rekenhof en de Raad van State", []string{"Rekenhof", "Raad van State"}},
		{"Conseil d’État et CONSEIL D'ETAT", []string{"Conseil d’État", "CONSEIL D'ETAT"}},
	}
	for _, tt := range tests {
		ps := token.Parts(tt.in, token.SplitWords(tt.in))
		var got []string
		for _, m := range tb.match(tt.in, ps) {
			got = append(got, tt.in[m.Start:m.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("match(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestBuiltinTermbase checks the data: every entry has forms on both sides,
// IDs are unique and parents exist.
func TestBuiltinTermbase(t *testing.T) {
	ids := map[string]bool{}
	for _, e := range langdata.BuiltinTerms {
		if ids[e.ID] {
			t.Errorf("duplicate entry %s", e.ID)
		}
		ids[e.ID] = true
		if len(e.FR) == 0 || len(e.NL) == 0 {
			t.Errorf("entry %s lacks a side", e.ID)
		}
	}
	for _, e := range langdata.BuiltinTerms {
		for _, p := range e.Parent {
			if !ids[p] {
				t.Errorf("entry %s: unknown parent %s", e.ID, p)
			}
		}
	}
}

func FuzzReadTermsCSV(f *testing.F) {
	f.Add("fr,nl,note\nOSCE,OVSE,x\n")
	f.Add("\"a,b\",c\n#x\n")
	f.Add("\ufeffa,b\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		terms, err := readTermsCSV(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, tm := range terms {
			if len(token.SplitWords(tm.FR)) == 0 || len(token.SplitWords(tm.NL)) == 0 {
				t.Fatalf("term without words: %+v", tm)
			}
		}
		compileTermbase(terms)
	})
}

func FuzzReadTBX(f *testing.F) {
	f.Add(`<martif><text><body><termEntry><langSet xml:lang="fr"><tig><term>a</term></tig></langSet><langSet xml:lang="nl"><tig><term>b</term></tig></langSet></termEntry></body></text></martif>`)
	f.Add(`<tbx><conceptEntry><langSec xml:lang="fr-BE"><termSec><term>x y</term></termSec></langSec></conceptEntry></tbx>`)
	f.Add("<a>")
	f.Fuzz(func(t *testing.T, s string) {
		terms, err := readTBX(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, tm := range terms {
			if len(token.SplitWords(tm.FR)) == 0 || len(token.SplitWords(tm.NL)) == 0 {
				t.Fatalf("term without words: %+v", tm)
			}
		}
	})
}

// matchPlain is termbase.match without the first-word prefilter: the
// reference its fast path must agree with.
func (tb *termbase) matchPlain(s string, ps []token.Part) []termMatch {
	var out []termMatch
	for i := 0; i < len(ps); {
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

func FuzzTermMatch(f *testing.F) {
	f.Add("van de VN-Mensenrechtenraad en de l'OSCE")
	f.Add("Conseil d’État\u00ad")
	f.Add("la Cour des comptes et le Rekenhof, l'ONU, Kazakhstan")
	f.Add("OVSE-Parlementaire Assemblee, the Union européenne")
	f.Fuzz(func(t *testing.T, s string) {
		ps := token.Parts(s, token.SplitWords(s))
		prev := 0
		tb := termbaseOf(nil)
		got := tb.match(s, ps)
		for _, m := range got {
			if m.Start < prev || m.End <= m.Start || m.End > len(s) || len(m.Entries) == 0 {
				t.Fatalf("bad match %+v in %q", m, s)
			}
			prev = m.End
		}
		if want := tb.matchPlain(s, ps); !reflect.DeepEqual(got, want) {
			t.Fatalf("match(%q) = %v, the plain code %v", s, got, want)
		}
	})
}

func BenchmarkTermMatch(b *testing.B) {
	doc := readSeedDoc(b)
	tb := termbaseOf(nil)
	type text struct {
		s  string
		ps []token.Part
	}
	var texts []text
	for _, p := range doc.Pairs {
		for _, u := range []*align.Unit{p.FR, p.NL} {
			if u != nil {
				texts = append(texts, text{u.Text.S, token.Parts(u.Text.S, token.SplitWords(u.Text.S))})
			}
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			tb.match(t.s, t.ps)
		}
	}
}

func BenchmarkCompileTermbase(b *testing.B) {
	for i := 0; i < b.N; i++ {
		compileTermbase(nil)
	}
}

func BenchmarkTermsCheckSeed(b *testing.B) {
	doc := readSeedDoc(b)
	for i := 0; i < b.N; i++ {
		check.Run(doc, []*check.Check{TermsMismatch, TermsMissing, TermsForm, TermsForeign}, nil)
	}
}

// TestTermbaseOfCompilesOnce checks that terms set on Env directly are
// compiled once: every check of a run gets the same termbase, so the
// names and terms analysis is built once per document, not once per check.
func TestTermbaseOfCompilesOnce(t *testing.T) {
	env := &check.Env{Terms: []check.Term{{FR: "Cercle de Bruges", NL: "Cercle Brugge"}}}
	a, b := termbaseOf(env), termbaseOf(env)
	if a != b {
		t.Fatal("termbaseOf compiled the same terms twice")
	}
	same := &check.Env{Terms: []check.Term{{FR: "Cercle de Bruges", NL: "Cercle Brugge"}}}
	if termbaseOf(same) != a {
		t.Error("the same terms in another Env were compiled again")
	}
	other := &check.Env{Terms: []check.Term{{FR: "Cercle de Bruges", NL: "Club Brugge"}}}
	if termbaseOf(other) == a {
		t.Error("other terms got the termbase of the first")
	}
	if termbaseOf(&check.Env{}) == a {
		t.Error("no terms got the termbase of user terms")
	}
}
