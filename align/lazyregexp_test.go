package align

import (
	"testing"

	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// TestLazyRegexps compiles every expression the package compiles on first
// use, so that a broken one fails here rather than on the input that
// first needs it.
func TestLazyRegexps(t *testing.T) {
	if lazyregexp.CompileAll() == 0 {
		t.Fatal("no expression compiled on first use was made")
	}
}
