package checks

import (
	"fmt"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// Lookup returns the check with the given ID, or nil.
func Lookup(id string) *check.Check {
	for _, c := range All {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// Select returns the checks of All kept by enable and disable lists. Each
// entry is a check ID or a category. An empty enable list keeps all.
func Select(enable, disable []string) ([]*check.Check, error) {
	known := func(s string) bool {
		if Lookup(s) != nil {
			return true
		}
		for _, c := range check.Categories {
			if c == s {
				return true
			}
		}
		return false
	}
	for _, s := range append(append([]string(nil), enable...), disable...) {
		if !known(s) {
			return nil, fmt.Errorf("unknown check or category %q (see concord rules)", s)
		}
	}
	match := func(c *check.Check, list []string) bool {
		for _, s := range list {
			if s == c.ID || s == c.Category() {
				return true
			}
		}
		return false
	}
	var out []*check.Check
	for _, c := range All {
		if len(enable) > 0 && !match(c, enable) {
			continue
		}
		if match(c, disable) {
			continue
		}
		out = append(out, c)
	}
	return out, nil
}

// labelEnd returns the end of a unit's label, or of its first 40 bytes
// when it has none, for use as evidence text.
func labelEnd(u *align.Unit) int {
	if u.Body > 0 {
		return u.Body
	}
	n := 40
	for n < len(u.Text.S) && !utf8.RuneStart(u.Text.S[n]) {
		n++
	}
	return min(n, len(u.Text.S))
}
