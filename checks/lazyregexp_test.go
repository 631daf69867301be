package checks

import (
	"testing"

	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// TestLazyRegexps compiles each expression the package compiles on first
// use, so that a broken one fails here rather than on the input that
// first needs it.
func TestLazyRegexps(t *testing.T) {
	for _, r := range []*lazyregexp.Regexp{
		opCitRE,
		noteNumRE,
		signatoryBeforeRE,
		signatoryTitleRE,
	} {
		r.Compile()
	}
}
