package checks

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/internal/largegen"
)

// TestChecksLinear checks that every check runs in linear time on one
// long pair of flowing text, as a single-line extraction gives: ten times
// the input must not take much more than ten times as long. n is 64 KB;
// CONCORD_HEAVY=1 makes it 5 MB, for the 50 MB case.
func TestChecksLinear(t *testing.T) {
	n := 64 << 10
	if os.Getenv("CONCORD_HEAVY") != "" {
		n = 5 << 20
	} else if testing.Short() {
		t.Skip("long input")
	}
	fr, nl := largegen.FlowFR, largegen.FlowNL
	line := func(s string, size int) string { return strings.Repeat(s, size/len(s)+1)[:size/len(s)*len(s)] }
	measure := func(size int) time.Duration {
		doc, err := align.FromTexts("long", line(fr, size/2), line(nl, size/2))
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		check.Run(doc, All, &check.Env{})
		return time.Since(start)
	}
	measure(n / 4) // warm up
	// The fastest of a few runs: on a shared machine one run can be held
	// up many times over, while a quadratic cost shows in every run.
	fastest := func(size, runs int) time.Duration {
		best := measure(size)
		for range runs - 1 {
			best = min(best, measure(size))
		}
		return best
	}
	small, large := fastest(n, 3), fastest(10*n, 2)
	t.Logf("%d bytes: %v; %d bytes: %v (%.1f×)", n, small, 10*n, large, float64(large)/float64(small))
	if large > 25*small+50*time.Millisecond {
		t.Errorf("10× the input took %.1f× the time: not linear", float64(large)/float64(small))
	}
}

// TestShiftsLinearMemory checks that the label-shift search allocates in
// proportion to the units on a document of thousands of articles in each
// language (it compared every article with every other: 4,000 articles
// took 300 MB and 16,000 took 4.5 GB). Four times the articles must not
// allocate much more than four times as much.
func TestShiftsLinearMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("long input")
	}
	articles := func(n int) *align.Document {
		var fr, nl strings.Builder
		for k := 1; k <= n; k++ {
			fmt.Fprintf(&fr, "Art. %d. La présente disposition vise le montant de %d euros et entre en vigueur le jour de sa publication.\n\n", k, k%997)
			fmt.Fprintf(&nl, "Art. %d. Deze bepaling betreft het bedrag van %d euro en treedt in werking op de dag van de bekendmaking.\n\n", k, k%997)
		}
		doc, err := align.FromTexts("articles", fr.String(), nl.String())
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	allocated := func(n int) uint64 {
		doc := articles(n)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		check.Run(doc, []*check.Check{StructureShifted}, &check.Env{})
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	small, large := allocated(1500), allocated(6000)
	t.Logf("1,500 articles: %d KB; 6,000: %d KB (%.1f×)", small>>10, large>>10, float64(large)/float64(small))
	if large > 8*small {
		t.Errorf("4× the articles allocated %.1f× as much: not linear", float64(large)/float64(small))
	}
}

// TestShiftFoundInLargeDocument: past the size where the shift search
// compares each article only with those near its place, a shift after an
// article missing in one language is still found.
func TestShiftFoundInLargeDocument(t *testing.T) {
	var fr, nl strings.Builder
	subjects := []string{"le budget", "la pension", "le logement", "la santé", "la mobilité", "l'emploi", "la justice"}
	onderwerpen := []string{"de begroting", "het pensioen", "de huisvesting", "de gezondheid", "de mobiliteit", "de werkgelegenheid", "het gerecht"}
	m := 0
	for k := 1; k <= 1500; k++ {
		fmt.Fprintf(&fr, "Art. %d. Cette disposition concerne %s et un montant de %d euros.\n\n", k, subjects[k%7], 1000+k)
		if k == 700 {
			continue // missing in Dutch: the Dutch articles after it are numbered one lower
		}
		m++
		fmt.Fprintf(&nl, "Art. %d. Deze bepaling betreft %s en een bedrag van %d euro.\n\n", m, onderwerpen[k%7], 1000+k)
	}
	doc, err := align.FromTexts("articles", fr.String(), nl.String())
	if err != nil {
		t.Fatal(err)
	}
	var shifted []string
	for _, f := range check.Run(doc, []*check.Check{StructureShifted}, &check.Env{}) {
		shifted = append(shifted, f.Unit+" "+f.Message)
	}
	if len(shifted) != 1 || !strings.Contains(shifted[0], "700") {
		t.Errorf("structure/shifted: %q, want one shift from article 700", shifted)
	}
}
