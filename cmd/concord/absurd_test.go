package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/concord-bilingual/concord/internal/largegen"
)

// TestAbsurdInputsLinear runs the binary on the absurd inputs of issue 17
// at a size and at ten times that size (scripts/gen-large.py builds them
// at full size, 45-50 MB, for the measurements of docs/performance.md)
// and fails when the larger takes more than 25 times the CPU time or 12
// times the peak memory of the smaller: linear, with room for noise on a
// busy machine. CPU time, not the clock: other work on the machine does
// not count. Each run must also give a valid report.
func TestAbsurdInputsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	fr, nl := largegen.FlowFR, largegen.FlowNL
	// As many sentences on each side: the pairing's band widens with the
	// difference of their numbers, up to a bound (align.bandOf), which a
	// small input does not reach.
	line := func(s string, size int) string { return strings.Repeat(s, max(1, size/len(fr))) }
	cases := []struct {
		name  string
		small int
		write func(dir string, n int) []string // the arguments
	}{
		{"one line as a flow (--fr/--nl)", 100 << 10, func(dir string, n int) []string {
			a, b := filepath.Join(dir, "fr.txt"), filepath.Join(dir, "nl.txt")
			os.WriteFile(a, []byte(line(fr, n/2)+"\n"), 0o644)
			os.WriteFile(b, []byte(line(nl, n/2)+"\n"), 0o644)
			return []string{"--fr", a, "--nl", b}
		}},
		// 160 KB and 1.6 MB: each line stays under the bound on compared
		// units (1 MB), so that the checks themselves are measured.
		{"two long lines in one file", 160 << 10, func(dir string, n int) []string {
			p := filepath.Join(dir, "two.txt")
			os.WriteFile(p, []byte(line(fr, n/2)+"\n\n"+line(nl, n/2)+"\n"), 0o644)
			return []string{p}
		}},
		{"short paragraphs", 2000, func(dir string, n int) []string {
			p := filepath.Join(dir, "paras.txt")
			os.WriteFile(p, largegen.Paras(n/2), 0o644)
			return []string{p}
		}},
		{"labels A. to ZZZZ.", 2000, func(dir string, n int) []string {
			p := filepath.Join(dir, "labels.txt")
			os.WriteFile(p, largegen.Labels(n), 0o644)
			return []string{p}
		}},
	}
	type cost struct {
		cpu  time.Duration
		peak int64 // KB
	}
	measure := func(t *testing.T, args []string) cost {
		cmd := exec.Command(binary, append([]string{"check", "--format", "json", "--fail-on", "never"}, args...)...)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, errb.String())
		}
		var rep struct {
			Documents []json.RawMessage `json:"documents"`
		}
		if err := json.Unmarshal(out.Bytes(), &rep); err != nil || len(rep.Documents) != 1 {
			t.Fatalf("%v: not a report of one document (%v)", args, err)
		}
		ps := cmd.ProcessState
		return cost{ps.UserTime() + ps.SystemTime(), ps.SysUsage().(*syscall.Rusage).Maxrss}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			small, large := t.TempDir(), t.TempDir()
			a, b := measure(t, c.write(small, c.small)), measure(t, c.write(large, 10*c.small))
			t.Logf("%d: %v, %d KB; ×10: %v, %d KB (%.1f× time, %.1f× memory)", c.small, a.cpu, a.peak, b.cpu, b.peak,
				float64(b.cpu)/float64(a.cpu), float64(b.peak)/float64(a.peak))
			if b.cpu > 25*a.cpu+100*time.Millisecond {
				t.Errorf("10× the input took %.1f× the CPU time: not linear", float64(b.cpu)/float64(a.cpu))
			}
			if b.peak > 12*a.peak {
				t.Errorf("10× the input took %.1f× the memory: not linear", float64(b.peak)/float64(a.peak))
			}
		})
	}
}
