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

// TestCompileAll: an expression made by New is compiled by CompileAll,
// and a broken one panics there.
func TestCompileAll(t *testing.T) {
	r := New(`x+`)
	if CompileAll() == 0 || r.re == nil {
		t.Fatal("CompileAll left a made expression uncompiled")
	}
	New(`(`)
	defer func() {
		made.Lock()
		made.all = made.all[:len(made.all)-1]
		made.Unlock()
		if recover() == nil {
			t.Error("a broken expression compiled")
		}
	}()
	CompileAll()
}
