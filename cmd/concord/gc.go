package main

import (
	"os"
	"runtime/debug"
)

// smallInput is the total size in bytes of the input files under which a
// run collects garbage less often.
const smallInput = 256 << 10

// smallRunGC is the garbage collector's percent for a small run. At the
// default of 100 the collector starts at a 4 MB heap, and checking the
// sample (40 KB, a 16 MB peak) stopped twice for it, a sixth of the run;
// at 400 the first collection waits for a 16 MB heap, which a small run
// rarely reaches. A large input keeps the default, so that a batch's
// memory stays bounded by its largest document.
const smallRunGC = 400

// largeInput is the size in bytes of a document (its one or two files)
// from which a run collects garbage more often.
const largeInput = 8 << 20

// largeRunGC is the garbage collector's percent for a run with a document
// of more than largeInput bytes. At the default of 100 the heap grows to
// twice what is live before a collection: 521 MB at the peak for 200,000
// short paragraphs (16 MB), 419 MB at 50, for the same CPU time (the
// collections of a large document are few and short beside its checks).
const largeRunGC = 50

// gcPercent returns the collector's percent for a run over ins:
// smallRunGC when they are files of at most smallInput bytes together,
// largeRunGC when one document has more than largeInput bytes, or 0 to
// leave the default (and any GOGC the user set) alone.
func gcPercent(ins []input) int {
	if os.Getenv("GOGC") != "" || len(ins) == 0 {
		return 0
	}
	var total, largest int64
	for _, in := range ins {
		if in.stdin {
			return 0
		}
		var doc int64
		for _, p := range []string{in.path, in.fr, in.nl} {
			if p == "" {
				continue
			}
			fi, err := os.Stat(p)
			if err != nil || !fi.Mode().IsRegular() {
				return 0
			}
			doc += fi.Size()
		}
		total, largest = total+doc, max(largest, doc)
	}
	switch {
	case largest > largeInput:
		return largeRunGC
	case total > smallInput:
		return 0
	}
	return smallRunGC
}

// tuneGC sets the collector's percent for a run over ins (gcPercent).
func tuneGC(ins []input) {
	if p := gcPercent(ins); p > 0 {
		debug.SetGCPercent(p)
	}
}
