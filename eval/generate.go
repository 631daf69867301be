package eval

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/concord-bilingual/concord/align"
)

// Case is one generated document: a clean layout, or a clean layout with
// one injected defect.
type Case struct {
	Input
	Defect *Defect    // nil for a clean document
	Inj    *Injection // nil for a clean document
	Base   int        // index of the clean layout it was made from
}

// Seed is the random seed all generation starts from. The table kept in
// RESULTS.md is that of this seed; CONCORD_EVAL_SEED draws another set of
// documents from the same sources, to see whether a change holds on
// documents it was not made on.
var Seed = DefaultSeed

// DefaultSeed is the seed of the table in RESULTS.md.
const DefaultSeed uint64 = 20201030

// Generate returns the clean layouts as cases, followed by perKind
// documents for each defect kind. The layouts are taken in turn so that
// every kind lands in every layout that has a place for it.
func Generate(srcs []Input, perKind int) ([]Case, error) {
	docs := make([]*align.Document, len(srcs))
	var cases []Case
	for i := range srcs {
		d, err := srcs[i].Read()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", srcs[i].Name, err)
		}
		docs[i] = d
		cases = append(cases, Case{Input: srcs[i], Base: i})
	}
	for k := range Defects {
		d := &Defects[k]
		seen := map[string]bool{}
		for n := 0; n < perKind; n++ {
			// Each document draws from a stream of its own, so that a
			// change to one defect's injection leaves the others as
			// they were.
			rng := rand.New(rand.NewPCG(Seed, 1+uint64(k)<<16+uint64(n)))
			start := (n*7 + k) % len(srcs)
			for t := 0; t < len(srcs); t++ {
				v := (start + t) % len(srcs)
				if c, ok := injectInto(&srcs[v], docs[v], d, rng, seen); ok {
					c.Base = v
					cases = append(cases, c)
					break
				}
			}
		}
	}
	return cases, nil
}

// skipKey reports whether a unit is front matter, a table row, a heading
// or end matter, which the defects leave alone.
func skipKey(key string) bool {
	for _, p := range []string{"front:", "table:", "heading:", "signature:", "closing:"} {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// injectInto tries the pairs of one layout in random order until the
// defect finds a place it has not been put before.
func injectInto(src *Input, doc *align.Document, d *Defect, rng *rand.Rand, seen map[string]bool) (Case, bool) {
	in := *src
	lc := newLocator(&in)
	for _, i := range rng.Perm(len(doc.Pairs)) {
		pr := &doc.Pairs[i]
		if pr.FR == nil || pr.NL == nil || pr.Shared || skipKey(pr.Key) {
			continue
		}
		sides := []align.Lang{align.FR, align.NL}
		if rng.IntN(2) == 1 {
			sides[0], sides[1] = sides[1], sides[0]
		}
		for _, side := range sides {
			s := &site{in: &in, doc: doc, lc: lc, pr: pr, side: side, rng: rng}
			inj, ok := d.inject(s)
			if !ok || seen[src.Name+inj.Detail] {
				continue
			}
			seen[src.Name+inj.Detail] = true
			out := in.apply(inj.Edits)
			out.Name = fmt.Sprintf("%s#%s-%d", src.Name, d.Kind, len(seen))
			return Case{Input: out, Defect: d, Inj: inj}, true
		}
	}
	return Case{}, false
}
