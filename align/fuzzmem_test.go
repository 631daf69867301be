package align

import (
	"runtime"
	"testing"
)

// allocBound is the memory bound of the reader fuzz targets: 64 MiB, and
// 1,000 bytes for each byte of input beyond that. A reader that allocates
// from what its input declares (a page's width, a count, a nesting depth)
// rather than from what it holds goes past it on a few bytes of input.
func allocBound(n int) uint64 { return 64<<20 + 1000*uint64(n) }

// boundAlloc starts counting the bytes allocated for an input of n bytes;
// the function it returns fails t when they exceed allocBound(n). Use it
// as `defer boundAlloc(t, len(s))()` at the top of a fuzz target.
func boundAlloc(t *testing.T, n int) func() {
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	return func() {
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		if got := after.TotalAlloc - before.TotalAlloc; got > allocBound(n) {
			t.Errorf("allocated %d MiB for %d bytes of input (bound %d MiB)", got>>20, n, allocBound(n)>>20)
		}
	}
}
