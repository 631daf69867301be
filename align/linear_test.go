package align

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestLongLineLinear reads a single-line input of n and of 10·n bytes, as
// a flow of two files and as one bilingual file, and fails when the larger
// takes more than 25 times as long (10 for linear, plus noise on a busy
// machine). n is 256 KB; CONCORD_HEAVY=1 makes it 5 MB, for the 50 MB case.
func TestLongLineLinear(t *testing.T) {
	n := 256 << 10
	if os.Getenv("CONCORD_HEAVY") != "" {
		n = 5 << 20
	} else if testing.Short() {
		t.Skip("long input")
	}
	fr := "considérant que le 2 mars 2020, 208 personnes (soit 21 %) ont été arrêtées à Almaty; "
	nl := "overwegende dat op 2 maart 2020 208 personen (21 %) werden aangehouden in Almaty; "
	line := func(s string, size int) string { return strings.Repeat(s, size/len(s)+1)[:size/len(s)*len(s)] }
	measure := func(size int) time.Duration {
		a, b := line(fr, size/2), line(nl, size/2)
		start := time.Now()
		if _, err := FromTexts("long", a, b); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadBytes("long", []byte(a+"\n\n"+b), Options{}); err != nil {
			t.Fatal(err)
		}
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
