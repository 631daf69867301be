// Package lazyregexp holds regular expressions that are compiled on first
// use instead of when the program starts: a package-level expression that
// only some inputs need (a PDF layout, a cover page) then costs nothing
// to `concord version` or to a run that never meets it.
package lazyregexp

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled on its first use. It is safe
// for concurrent use.
type Regexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// made holds every expression New returned, for CompileAll. Expressions
// are made at package level, so it holds a fixed set.
var made struct {
	sync.Mutex
	all []*Regexp
}

// New returns the expression src, to be compiled on first use; it panics
// then if src does not compile, like regexp.MustCompile. A package's test
// calls CompileAll to find that before a user does.
func New(src string) *Regexp {
	r := &Regexp{src: src}
	made.Lock()
	made.all = append(made.all, r)
	made.Unlock()
	return r
}

// CompileAll compiles every expression made so far (those of the packages
// linked in) and returns how many there are; it panics on one that does
// not compile.
func CompileAll() int {
	made.Lock()
	all := made.all
	made.Unlock()
	for _, r := range all {
		r.Compile()
	}
	return len(all)
}

// Compile returns the compiled expression, compiling it on first call.
func (r *Regexp) Compile() *regexp.Regexp {
	r.once.Do(func() { r.re = regexp.MustCompile(r.src) })
	return r.re
}

// String returns the source text of the expression.
func (r *Regexp) String() string { return r.src }

// MatchString is regexp.Regexp.MatchString.
func (r *Regexp) MatchString(s string) bool { return r.Compile().MatchString(s) }

// FindString is regexp.Regexp.FindString.
func (r *Regexp) FindString(s string) string { return r.Compile().FindString(s) }

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (r *Regexp) FindStringIndex(s string) []int { return r.Compile().FindStringIndex(s) }

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (r *Regexp) FindStringSubmatch(s string) []string { return r.Compile().FindStringSubmatch(s) }

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	return r.Compile().FindStringSubmatchIndex(s)
}

// FindAllString is regexp.Regexp.FindAllString.
func (r *Regexp) FindAllString(s string, n int) []string { return r.Compile().FindAllString(s, n) }

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.Compile().FindAllStringIndex(s, n)
}

// FindAllStringSubmatch is regexp.Regexp.FindAllStringSubmatch.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.Compile().FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.Compile().FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (r *Regexp) ReplaceAllString(src, repl string) string {
	return r.Compile().ReplaceAllString(src, repl)
}

// SubexpIndex is regexp.Regexp.SubexpIndex.
func (r *Regexp) SubexpIndex(name string) int { return r.Compile().SubexpIndex(name) }
