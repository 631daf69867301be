// Package roman writes and reads Roman numerals, as documents number their
// parts (titre II, Léopold III) and word processors their lists.
package roman

import "strings"

var (
	values  = [...]int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	symbols = [...]string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	digit   = [256]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
)

// Format returns n in upper-case Roman numerals, or "" when n is outside
// 1 … 3999.
func Format(n int) string {
	if n < 1 || n > 3999 {
		return ""
	}
	var b strings.Builder
	for i, v := range values {
		for n >= v {
			b.WriteString(symbols[i])
			n -= v
		}
	}
	return b.String()
}

// Value returns the value of s, a well-formed upper-case Roman numeral
// (the one Format writes for it), and whether it is one.
func Value(s string) (int, bool) {
	total := 0
	for k := 0; k < len(s); k++ {
		v := digit[s[k]]
		if v == 0 {
			return 0, false
		}
		if k+1 < len(s) && digit[s[k+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || Format(total) != s {
		return 0, false
	}
	return total, true
}
