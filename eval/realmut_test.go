package eval

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
)

// A pair in the form of the written questions (glued sentences, list
// numbers), written for these tests.
const (
	mutFR = "Le SPF Finances a versé 2.500 euros à 14 communes en mars 2019.La mesure n'est pas applicable aux indépendants qui bénéficient déjà d'une aide spécifique de l'ONSS.1. Combien de dossiers trois agents ont-ils traités avec Proximus? Les communes ne disposent plus de moyens suffisants pour financer ces contrôles."
	mutNL = "De FOD Financiën heeft in maart 2019 2.500 euro aan 14 gemeenten gestort.De maatregel is niet van toepassing op de zelfstandigen die al een specifieke steun van de RSZ genieten.1. Hoeveel dossiers hebben drie agenten met Proximus behandeld? De gemeenten beschikken niet meer over voldoende middelen om geen effectieve controles te financieren."
)

// changed returns the part of a that b replaced and the part of b that
// replaced it, once the longest common prefix and suffix are set apart.
func changed(a, b string) (string, string) {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	q := 0
	for q < len(a)-p && q < len(b)-p && a[len(a)-1-q] == b[len(b)-1-q] {
		q++
	}
	return a[p : len(a)-q], b[p : len(b)-q]
}

// TestRealInjectors checks that each injector changes one thing of one
// side and loses nothing else: outside one short stretch the text is the
// same, and the stretch is what the injector says it changed.
func TestRealInjectors(t *testing.T) {
	for _, m := range Mutations {
		for _, l := range []align.Lang{align.FR, align.NL} {
			s, o := mutFR, mutNL
			if l == align.NL {
				s, o = o, s
			}
			applied := 0
			for seed := range uint64(20) {
				out, what, ok := m.Inject(s, o, l, rand.New(rand.NewPCG(seed, 1)))
				if !ok {
					continue
				}
				applied++
				if out == s {
					t.Fatalf("%s %s: %q changed nothing", m.Kind, l, what)
				}
				old, rep := changed(s, out)
				if len(old)+len(rep) > 3*len(what)+4 && m.Kind != "dropped sentence" {
					t.Errorf("%s %s: %q changed %q into %q: more than one thing", m.Kind, l, what, old, rep)
				}
				switch m.Kind {
				case "split ligature":
					if old != "" || rep != " " {
						t.Errorf("%s %s: want one space inserted, got %q → %q", m.Kind, l, old, rep)
					}
				case "dropped name", "dropped sentence":
					if rep != "" && strings.TrimSpace(rep) != "" {
						t.Errorf("%s %s: want a deletion, got %q → %q", m.Kind, l, old, rep)
					}
				case "digit", "amount", "year":
					if len(out) != len(s) || strings.Trim(old+rep, "0123456789") != "" {
						t.Errorf("%s %s: want digits changed, got %q → %q", m.Kind, l, old, rep)
					}
				}
			}
			if applied == 0 && m.Kind != "spelled number" && m.Kind != "removed negation" {
				t.Errorf("%s %s: never applied to the test pair", m.Kind, l)
			}
		}
	}
}

// TestRealInjectorExamples checks the defects named in issue 15 on short
// texts.
func TestRealInjectorExamples(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	for _, c := range []struct {
		inject func(s, o string, l align.Lang, r *rand.Rand) (string, string, bool)
		l      align.Lang
		in     string
		want   string
	}{
		{realNegation, align.FR, "La mesure n'est pas applicable.", "La mesure est applicable."},
		{realNegation, align.FR, "Les communes ne disposent plus de moyens.", "Les communes disposent de moyens."},
		{realNegation, align.NL, "Dat is niet mogelijk.", "Dat is mogelijk."},
		{realNegation, align.NL, "Er is geen budget.", "Er is een budget."},
		{realLigature, align.FR, "une aide spécifique", "une aide spécifi que"},
		{realLigature, align.NL, "de financiering", "de fi nanciering"},
		{realLigature, align.NL, "is effectief", "is eff ectief"},
	} {
		got, _, ok := c.inject(c.in, "", c.l, r)
		if !ok || got != c.want {
			t.Errorf("%q: got %q (%v), want %q", c.in, got, ok, c.want)
		}
	}
}

// TestDrawMutation checks a draw of the real-text harness: at most n
// pairs, French and Dutch in turn, each defective pair its clean pair with
// the one side changed, and the same draw for the same seed.
func TestDrawMutation(t *testing.T) {
	var ps []QRVAPair
	for i := range 9 {
		ps = append(ps, QRVAPair{ID: strings.Repeat("x", i+1), FR: mutFR, NL: mutNL})
	}
	for ki, m := range Mutations {
		d := DrawMutation(ps, m, 4, 15, ki)
		if len(d.Bad) != 4 || len(d.Clean) != 4 || len(d.Whats) != 4 || len(d.Sides) != 4 {
			t.Fatalf("%s: drew %d pairs, want 4 (every pair of the fixture takes it)", m.Kind, len(d.Bad))
		}
		for i, b := range d.Bad {
			c := d.Clean[i]
			want := []align.Lang{align.FR, align.NL}[i%2]
			if d.Sides[i] != want {
				t.Errorf("%s #%d: side %v, want %v", m.Kind, i, d.Sides[i], want)
			}
			if b.ID != c.ID || (want == align.FR) != (b.FR != c.FR) || (want == align.NL) != (b.NL != c.NL) {
				t.Errorf("%s #%d: the defect is not on side %v alone: %+v", m.Kind, i, want, b)
			}
		}
		again := DrawMutation(ps, m, 4, 15, ki)
		if strings.Join(again.Whats, "|") != strings.Join(d.Whats, "|") {
			t.Errorf("%s: two draws with one seed differ", m.Kind)
		}
	}
}
