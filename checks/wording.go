package checks

import "fmt"

// oneSidedMessage words a value that side has and the other side does not
// match: "FR has 2026, NL has none" when the other side lacks the value,
// and when it has the value fewer times, the counts, so that a reader who
// sees the value on both sides knows the difference is how often:
// "FR has 2026 twice, NL once". n and m are how many times the value
// stands in the unit on side and other; note is appended.
func oneSidedMessage(side, other, shown string, n, m int, note string) string {
	switch {
	case m == 0:
		return fmt.Sprintf("%s has %s, %s has none%s", side, shown, other, note)
	case m < n:
		return fmt.Sprintf("%s has %s %s, %s %s%s", side, shown, times(n), other, times(m), note)
	}
	// As often on both sides: the other side's value stands for another
	// one of this side.
	return fmt.Sprintf("%s has %s, %s has no %s left unpaired%s", side, shown, other, shown, note)
}

// times says how many times: "once", "twice", "3 times".
func times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}

// countKey returns how many of xs have the key k.
func countKey[T interface{ Key() string }](xs []T, k string) int {
	n := 0
	for _, x := range xs {
		if x.Key() == k {
			n++
		}
	}
	return n
}
