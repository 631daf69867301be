package checks

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// The look-ups that keep the analysis of a long unit linear give the
// answers of the plain scans they replace.

func TestSpanSetOverlaps(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 50; round++ {
		var spans [][2]int
		x := newSpanSet(0)
		for n := rng.Intn(200); n > 0; n-- {
			a := rng.Intn(1000)
			b := a + rng.Intn(40)
			spans = append(spans, [2]int{a, b})
			x.add(a, b)
		}
		x.sort()
		for q := 0; q < 500; q++ {
			start := rng.Intn(1050) - 20
			end := start + rng.Intn(30)
			want := false
			for _, sp := range spans {
				if start < sp[1] && sp[0] < end {
					want = true
				}
			}
			if got := x.overlaps(start, end); got != want {
				t.Fatalf("overlaps(%d, %d) = %v, want %v (spans %v)", start, end, got, want, spans)
			}
		}
	}
}

func TestOtherTextLong(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	words := []string{"1 700 000", "12", "p.384", "COP15", "2.500", "24,5", "100 %", "tous", "et", "2019/2610", " ", "x1y", "07"}
	var b strings.Builder
	for b.Len() < 3*otherTextRunsFrom {
		b.WriteString(words[rng.Intn(len(words))])
		b.WriteByte(' ')
	}
	o := otherText{s: b.String()}
	for _, d := range []string{"1700000", "12", "384", "15", "2500", "24", "5", "100", "2019", "2610", "1", "07", "7", "999"} {
		if got, want := o.hasDigitRun(d), hasDigitRun(o.s, d); got != want {
			t.Errorf("hasDigitRun(%q) = %v, want %v", d, got, want)
		}
	}
	if got, want := o.totalityWord(), totalityWord(o.s); got != want {
		t.Errorf("totalityWord = %q, want %q", got, want)
	}
}

func TestWeakTwosNear(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	words := []string{"deux", "les deux", "toutes deux", "environ deux", "3", "12 personnes", "trois", "la", "commission", "2", "quelque deux"}
	var b strings.Builder
	for b.Len() < 20000 {
		b.WriteString(words[rng.Intn(len(words))])
		b.WriteString(" ")
	}
	var tx align.Text
	tx.Append(b.String(), align.Pos{Line: 1, Col: 1})
	f := scanFacts(&tx, align.FR, 0)
	if len(f.nums) < 64 {
		t.Fatalf("only %d numbers", len(f.nums))
	}
	w := weakTwos{f: &f, text: tx.S}
	found := 0
	for q := 0; q < 2000; q++ {
		pos, val := rng.Float64()*1.2-0.1, float64(rng.Intn(4))
		got, want := w.near(pos, val), weakNear(&f, tx.S, pos, val)
		if got != want {
			t.Fatalf("near(%v, %v) = %q, want %q", pos, val, got, want)
		}
		if got != "" {
			found++
		}
	}
	if found == 0 || !w.sorted {
		t.Errorf("%d words for two found (sorted %v): the test asks nothing of the look-up", found, w.sorted)
	}
}

// TestTooLongPairNotCompared: a pair with a unit over maxComparedUnit
// bytes is reported once by structure/unaligned and by no other check,
// though its sides differ (a number on one side only); at the bound it is
// compared.
func TestTooLongPairNotCompared(t *testing.T) {
	fr := "Considérant que le 2 mars 2020, 208 personnes ont été arrêtées à Almaty. "
	nl := "Overwegende dat op 2 maart 2020 208 personen werden aangehouden in Almaty. "
	long := func(s string) string { return strings.Repeat(s, maxComparedUnit/len(s)+1) }
	doc, err := align.ReadBytes("long.txt", []byte(long(fr)+"Il y a 17 victimes.\n\n"+long(nl)+"\n"), align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pairs) != 1 {
		t.Fatalf("%d pairs, want the two lines as one pair", len(doc.Pairs))
	}
	fs := check.Run(doc, All, nil)
	if len(fs) != 1 || fs[0].Rule != StructureUnaligned.ID || fs[0].Severity != check.Warning || !strings.HasPrefix(fs[0].Message, "pair too long to compare: 1 unit (") {
		t.Fatalf("findings %+v, want one structure/unaligned warning that the pair is too long", fs)
	}
	at := align.Unit{Text: align.Text{S: strings.Repeat("x", maxComparedUnit)}}
	over := align.Unit{Text: align.Text{S: strings.Repeat("x", maxComparedUnit+1)}}
	if tooLong(&align.Pair{FR: &at, NL: &at}) || !tooLong(&align.Pair{FR: &at, NL: &over}) || !tooLong(&align.Pair{FR: &over}) {
		t.Error("tooLong does not put the bound at maxComparedUnit bytes")
	}
}
