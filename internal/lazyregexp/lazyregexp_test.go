package lazyregexp

import (
	"regexp"
	"slices"
	"sync"
	"testing"
)

// TestSameAnswers compares each method with the compiled expression's.
func TestSameAnswers(t *testing.T) {
	const src = `(\d+)-(?P<b>[a-z]+)`
	r, re := New(src), regexp.MustCompile(src)
	s := "12-ab x 3-cd 4-"
	if r.String() != src || r.MatchString(s) != re.MatchString(s) || r.FindString(s) != re.FindString(s) ||
		!slices.Equal(r.FindStringIndex(s), re.FindStringIndex(s)) ||
		!slices.Equal(r.FindStringSubmatch(s), re.FindStringSubmatch(s)) ||
		!slices.Equal(r.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s)) ||
		!slices.Equal(r.FindAllString(s, -1), re.FindAllString(s, -1)) ||
		len(r.FindAllStringIndex(s, -1)) != 2 || len(r.FindAllStringSubmatch(s, -1)) != 2 ||
		len(r.FindAllStringSubmatchIndex(s, -1)) != 2 ||
		r.ReplaceAllString(s, "$1") != re.ReplaceAllString(s, "$1") || r.SubexpIndex("b") != 2 {
		t.Error("a method answers otherwise than the compiled expression")
	}
}

// TestConcurrentFirstUse compiles the expression once from many
// goroutines (run with -race).
func TestConcurrentFirstUse(t *testing.T) {
	r := New(`a+`)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if !r.MatchString("caat") {
				t.Error("no match")
			}
		}()
	}
	wg.Wait()
}
