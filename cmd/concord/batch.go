package main

import (
	"fmt"
	"io"
	"iter"
	"os"
	"runtime/debug"
	"sync"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks/check"
)

// progressMin is the smallest batch that gets a progress line.
const progressMin = 10

// docRun is the outcome of checking one input.
type docRun struct {
	doc      *align.Document
	findings []check.Finding
	err      error
}

// checkOne reads and checks one input. A fault of concord itself (a
// panic) while it does fails that input alone, as an unusable input
// does, so that the batch's other reports are still written; with
// CONCORD_DEBUG set its stack goes to standard error.
func checkOne(in input, o inputOptions, list []*check.Check, env *check.Env, s streams) (r docRun) {
	defer func() {
		if p := recover(); p != nil {
			if os.Getenv("CONCORD_DEBUG") != "" {
				stack := debug.Stack()
				if pe, ok := p.(*check.PanicError); ok {
					stack = pe.Stack // the stack of the check that panicked
				}
				s.Err.Write(stack)
			}
			r = docRun{err: fmt.Errorf("%s: not checked: internal error: %v (a fault of concord: please report it with this input)", in.path, p)}
		}
	}()
	doc, err := load(in, o, s.In)
	r = docRun{doc: doc, err: err}
	if err == nil {
		r.findings = check.Run(doc, list, env)
	}
	return r
}

// checkAll reads and checks the inputs with up to jobs documents at a
// time and yields their outcomes in input order, so that the report is the
// same whatever the number of jobs. At most 2×jobs documents are read and
// not yet yielded, so a batch holds a few documents at a time, not all of
// them. A progress line goes to standard error when it is a terminal and
// the batch is long. The caller must range over all outcomes.
func checkAll(ins []input, o inputOptions, list []*check.Check, env *check.Env, jobs int, s streams) iter.Seq[docRun] {
	return func(yield func(docRun) bool) {
		// More jobs than documents would idle, and 2×jobs slots overflow
		// for a -j near the largest int.
		jobs = max(1, min(jobs, len(ins)))
		progress := newProgress(s.Err, len(ins))
		type result struct {
			i int
			r docRun
		}
		work := make(chan int)
		done := make(chan result)
		slots := make(chan struct{}, 2*jobs) // documents read and not yet yielded
		var wg sync.WaitGroup
		for range min(jobs, len(ins)) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range work {
					r := checkOne(ins[i], o, list, env, s)
					progress.step()
					done <- result{i, r}
				}
			}()
		}
		quit := make(chan struct{}) // closed when the caller stops ranging
		go func() {
			for i := range ins {
				slots <- struct{}{}
				select {
				case <-quit:
				default:
					work <- i
					continue
				}
				break
			}
			close(work)
			wg.Wait()
			close(done)
		}()
		pending := map[int]docRun{}
		next := 0
		stopped := false
		for res := range done {
			pending[res.i] = res.r
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				<-slots
				if !stopped && !yield(r) {
					stopped = true // read no more; drain the workers
					close(quit)
				}
			}
		}
		progress.done()
	}
}

// progress writes "concord: N/M documents" over itself on a terminal.
// Its zero value, and any progress off a terminal, writes nothing. It is
// safe for concurrent use.
type progress struct {
	mu       sync.Mutex
	w        io.Writer
	n, total int
	enabled  bool
}

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, enabled: total >= progressMin && isTerminal(w)}
}

func (p *progress) step() {
	if !p.enabled {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	fmt.Fprintf(p.w, "\rconcord: %d/%d documents", p.n, p.total)
}

func (p *progress) done() {
	if p.enabled {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0 && os.Getenv("TERM") != "dumb"
}
