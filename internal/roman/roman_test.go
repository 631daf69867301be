package roman

import "testing"

func TestFormatValue(t *testing.T) {
	for _, c := range []struct {
		n int
		s string
	}{{1, "I"}, {4, "IV"}, {9, "IX"}, {14, "XIV"}, {40, "XL"}, {90, "XC"}, {400, "CD"}, {1994, "MCMXCIV"}, {2026, "MMXXVI"}, {3999, "MMMCMXCIX"}} {
		if got := Format(c.n); got != c.s {
			t.Errorf("Format(%d) = %q, want %q", c.n, got, c.s)
		}
		if v, ok := Value(c.s); !ok || v != c.n {
			t.Errorf("Value(%q) = %d, %v; want %d", c.s, v, ok, c.n)
		}
	}
	for _, n := range []int{0, -1, 4000} {
		if s := Format(n); s != "" {
			t.Errorf("Format(%d) = %q, want none", n, s)
		}
	}
	for _, s := range []string{"", "IIII", "VV", "IC", "XM", "iv", "MMMM", "A"} {
		if v, ok := Value(s); ok {
			t.Errorf("Value(%q) = %d, want not a numeral", s, v)
		}
	}
}

// TestRoundTrip: every number Format writes reads back as itself.
func TestRoundTrip(t *testing.T) {
	for n := 1; n <= 3999; n++ {
		if v, ok := Value(Format(n)); !ok || v != n {
			t.Fatalf("Value(Format(%d)) = %d, %v", n, v, ok)
		}
	}
}

func FuzzValue(f *testing.F) {
	for _, s := range []string{"XIV", "MCMXCIV", "IIII", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, ok := Value(s); ok && Format(v) != s {
			t.Fatalf("Value(%q) = %d, which Format writes %q", s, v, Format(v))
		}
	})
}
