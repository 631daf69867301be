package checks

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/concord-bilingual/concord/align"
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
		Run(doc, All, &Env{})
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
