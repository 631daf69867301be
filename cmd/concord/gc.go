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
	total, largest, ok := inputSizes(ins)
	if !ok {
		return 0
	}
	switch {
	case largest > largeInput:
		return largeRunGC
	case total > smallInput:
		return 0
	}
	return smallRunGC
}

// inputSizes returns the total size of the inputs' files and the size of
// the largest document (its one or two files), or false when one is not a
// regular file (standard input, a pipe) or cannot be read.
func inputSizes(ins []input) (total, largest int64, ok bool) {
	for _, in := range ins {
		if in.stdin {
			return 0, 0, false
		}
		var doc int64
		for _, p := range []string{in.path, in.fr, in.nl} {
			if p == "" {
				continue
			}
			fi, err := os.Stat(p)
			if err != nil || !fi.Mode().IsRegular() {
				return 0, 0, false
			}
			doc += fi.Size()
		}
		total, largest = total+doc, max(largest, doc)
	}
	return total, largest, true
}

// memoryPerByte and memoryBase set the soft memory limit of a run with a
// document of more than largeInput bytes: memoryPerByte times its size
// plus memoryBase. A large document's live heap is 8 bytes or so for each
// of its bytes (units, positions, source text); without a limit the heap
// grew to half as much again before a collection (labels A.…ZZZZ., 47
// MB: 580–600 MB at the peak, 466 MB with the limit, for about a tenth
// more CPU). A document that needs more than the limit is still checked:
// the collector then runs more often, at most about twice the CPU.
const (
	memoryPerByte = 9
	memoryBase    = 32 << 20
)

// memoryLimit returns the soft memory limit for a run over ins, or 0 to
// leave the default (and any GOMEMLIMIT the user set) alone.
func memoryLimit(ins []input) int64 {
	if os.Getenv("GOMEMLIMIT") != "" || os.Getenv("GOGC") != "" || len(ins) == 0 {
		return 0
	}
	_, largest, ok := inputSizes(ins)
	if !ok || largest <= largeInput {
		return 0
	}
	return memoryPerByte*largest + memoryBase
}

// tuneGC sets the collector's percent (gcPercent) and soft memory limit
// (memoryLimit) for a run over ins.
func tuneGC(ins []input) {
	if p := gcPercent(ins); p > 0 {
		debug.SetGCPercent(p)
	}
	if m := memoryLimit(ins); m > 0 {
		debug.SetMemoryLimit(m)
	}
}
