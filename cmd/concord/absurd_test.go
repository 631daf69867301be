package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
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
	const (
		fr = "Considérant que le 2 mars 2020, 208 personnes (soit 21 %) dont Nazira Lesova ont été arrêtées à Almaty selon l'OSCE, op. cit., p. 12; l'article 174 de la loi du 10 novembre 2006 s'applique. "
		nl = "Overwegende dat op 2 maart 2020 208 personen (21 %) onder wie Nazira Lesova werden aangehouden in Almaty volgens de OVSE, op. cit., blz. 12; artikel 174 van de wet van 10 november 2006 is van toepassing. "
	)
	// As many sentences on each side: the pairing's band widens with the
	// difference of their numbers, up to a bound (align.bandOf), which a
	// small input does not reach.
	line := func(s string, size int) string { return strings.Repeat(s, max(1, size/len(fr))) }
	label := func(i int) string { // A … Z, AA … ZZ, AAA …
		var b []byte
		for i++; i > 0; i = (i - 1) / 26 {
			b = append([]byte{byte('A' + (i-1)%26)}, b...)
		}
		return string(b)
	}
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
			var b strings.Builder
			for i := range n / 2 {
				fmt.Fprintf(&b, "%d. Le ministre répond à la question %d du 2 mars 2020 sur %d écoles.\n\n", i+1, i, i%97)
				fmt.Fprintf(&b, "%d. De minister antwoordt op vraag %d van 2 maart 2020 over %d scholen.\n\n", i+1, i, i%97)
			}
			p := filepath.Join(dir, "paras.txt")
			os.WriteFile(p, []byte(b.String()), 0o644)
			return []string{p}
		}},
		{"labels A. to ZZZZ.", 2000, func(dir string, n int) []string {
			var b strings.Builder
			b.WriteString("PROPOSITION DE RÉSOLUTION\n\n")
			for i := range n {
				fmt.Fprintf(&b, "%s. considérant que %d personnes sont détenues;\n\n", label(i), i%100)
			}
			b.WriteString("VOORSTEL VAN RESOLUTIE\n\n")
			for i := range n {
				fmt.Fprintf(&b, "%s. overwegende dat %d personen vastzitten;\n\n", label(i), i%100)
			}
			p := filepath.Join(dir, "labels.txt")
			os.WriteFile(p, []byte(b.String()), 0o644)
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
