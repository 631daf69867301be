package checks

import (
	"fmt"
	"strings"
)

// oneSidedMessage words a value that side has and the other side does not
// match: "FR has 2026, NL has none" when the other side lacks the value,
// and when it has the value fewer times, the counts, so that a reader who
// sees the value on both sides knows the difference is how often:
// "FR has 2026 twice, NL once". shown is the token as written; value, when
// not "", is the value compared, which shown gives in parentheses when the
// token is written otherwise ("1er (1)"), and then the counts are the
// value's: "FR has 1er (1); the value 1 stands three times in FR, once in
// NL". n and m are how many times the value stands in the unit on side and
// other; note is appended.
func oneSidedMessage(side, other, shown, value string, n, m int, note string) string {
	spelled := value != "" && strings.HasSuffix(shown, " ("+value+")")
	if value == "" || !spelled {
		value = shown
	}
	switch {
	case m == 0:
		return fmt.Sprintf("%s has %s, %s has none%s", side, shown, other, note)
	case m < n && spelled:
		return fmt.Sprintf("%s has %s; the value %s stands %s in %s, %s in %s%s", side, shown, value, times(n), side, times(m), other, note)
	case m < n:
		return fmt.Sprintf("%s has %s %s, %s %s%s", side, shown, times(n), other, times(m), note)
	}
	// As often on both sides: the other side's value stands for another
	// one of this side.
	return fmt.Sprintf("%s has %s, %s has no %s left unpaired%s", side, shown, other, value, note)
}

// timesWords are the counts spelled out.
var timesWords = []string{"", "once", "twice", "three times", "four times", "five times",
	"six times", "seven times", "eight times", "nine times", "ten times"}

// times says how many times: "once", "twice", "three times", "11 times".
func times(n int) string {
	if n > 0 && n < len(timesWords) {
		return timesWords[n]
	}
	return fmt.Sprintf("%d times", n)
}

// keyCounts counts the keys of xs on first use: the one-sided findings of
// a unit of many numbers then cost one pass over them, not one each (a
// unit of 2.5 MB spent most of its time counting).
type keyCounts[T interface{ Key() string }] struct {
	xs []T
	n  map[string]int
}

// of returns how many of xs have the key k.
func (c *keyCounts[T]) of(k string) int {
	if c.n == nil {
		c.n = make(map[string]int, len(c.xs))
		for _, x := range c.xs {
			c.n[x.Key()]++
		}
	}
	return c.n[k]
}
