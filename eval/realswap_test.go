package eval

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks"
	"github.com/concord-bilingual/concord/checks/check"
)

// swapAcronyms are FR↔NL acronyms of Belgian and international bodies that
// the written questions use, each the counterpart of the other.
var swapAcronyms = [][2]string{
	{"ONSS", "RSZ"}, {"INAMI", "RIZIV"}, {"SPF", "FOD"}, {"SNCB", "NMBS"}, {"CPAS", "OCMW"},
	{"ONEM", "RVA"}, {"AFSCA", "FAVV"}, {"OTAN", "NAVO"}, {"ONU", "VN"}, {"OMS", "WHO"},
	{"UE", "EU"}, {"APD", "GBA"}, {"IBPT", "BIPT"}, {"STIB", "MIVB"}, {"OCAM", "OCAD"},
	{"SPP", "POD"}, {"OCDE", "OESO"}, {"CGRA", "CGVS"}, {"AFMPS", "FAGG"}, {"CIR", "WIB"},
}

// hasAcronymWord reports whether s holds w as a whole word.
func hasAcronymWord(s, w string) bool {
	return regexp.MustCompile(`(^|[^\p{L}\p{N}])` + regexp.QuoteMeta(w) + `($|[^\p{L}\p{N}])`).MatchString(s)
}

// swapIn replaces every whole-word occurrence of w in s by by.
func swapIn(s, w, by string) string {
	re := regexp.MustCompile(`(^|[^\p{L}\p{N}])` + regexp.QuoteMeta(w) + `($|[^\p{L}\p{N}])`)
	// Twice: two occurrences separated by one character share it.
	for range 2 {
		s = re.ReplaceAllString(s, "${1}"+by+"${2}")
	}
	return s
}

// TestRealSwappedAcronyms injects a swapped acronym into real written
// questions (ONSS → INAMI on one side, the other side keeping RSZ) and
// counts the swaps found at warning or error on the right pair, by a
// finding the clean pair does not have. It also counts the terms/mismatch
// warnings and errors of the clean pairs. Run with CONCORD_EVAL_REAL=1.
func TestRealSwappedAcronyms(t *testing.T) {
	_, pairs := realQRVA(t, "CONCORD_EVAL_REAL", "=1")
	if n, err := strconv.Atoi(os.Getenv("CONCORD_SWAP_PAIRS")); err == nil && n < len(pairs) {
		pairs = pairs[:n] // a quicker run while working
	}
	mut := append([]QRVAPair(nil), pairs...)
	var injected []string
	detail := map[string]string{}
	for i, p := range pairs {
		done := false
		for k, sw := range swapAcronyms {
			if done || !hasAcronymWord(p.FR, sw[0]) || !hasAcronymWord(p.NL, sw[1]) {
				continue
			}
			for d := 1; d < len(swapAcronyms) && !done; d++ {
				by := swapAcronyms[(k+d+i)%len(swapAcronyms)]
				if by == sw || hasAcronymWord(p.FR, by[0]) || hasAcronymWord(p.NL, by[1]) || hasAcronymWord(p.FR, by[1]) || hasAcronymWord(p.NL, by[0]) {
					continue
				}
				if len(injected)%2 == 0 {
					mut[i].FR = swapIn(p.FR, sw[0], by[0])
					detail["tu:"+p.ID] = "FR " + sw[0] + "→" + by[0]
				} else {
					mut[i].NL = swapIn(p.NL, sw[1], by[1])
					detail["tu:"+p.ID] = "NL " + sw[1] + "→" + by[1]
				}
				injected = append(injected, "tu:"+p.ID)
				done = true
			}
		}
	}
	run := func(ps []QRVAPair) []check.Finding {
		doc, err := align.ReadTSV("qrva.tsv", strings.NewReader(QRVATSV(ps)))
		if err != nil {
			t.Fatal(err)
		}
		return check.Run(doc, checks.All, &check.Env{})
	}
	key := func(f check.Finding) string { return f.Rule + "|" + f.Unit + "|" + f.Message }
	clean := map[string]bool{}
	cleanMismatch := 0
	for _, f := range run(pairs) {
		if f.Severity < check.Warning {
			continue
		}
		clean[key(f)] = true
		if f.Rule == "terms/mismatch" {
			cleanMismatch++
		}
	}
	found := map[string]bool{}
	for _, f := range run(mut) {
		if f.Severity >= check.Warning && f.Category() == "terms" && !clean[key(f)] {
			found[f.Unit] = true
		}
	}
	n := 0
	var missed []string
	for _, u := range injected {
		if found[u] {
			n++
		} else {
			missed = append(missed, u+" ("+detail[u]+")")
		}
	}
	recall := float64(n) / float64(max(1, len(injected)))
	t.Logf("swapped acronyms: %d injected, %d found at warning/error on the right pair (recall %.3f); clean pairs: %d terms/mismatch warnings+errors in %d pairs (%.1f per 1,000)",
		len(injected), n, recall, cleanMismatch, len(pairs), 1000*float64(cleanMismatch)/float64(len(pairs)))
	if len(missed) > 0 {
		t.Logf("missed: %s", strings.Join(missed[:min(20, len(missed))], " "))
	}
	if recall < 0.95 {
		t.Errorf("swapped-acronym recall %.3f, want ≥ 0.95", recall)
	}
}
