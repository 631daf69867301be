package eval

import (
	"fmt"
	"hash/fnv"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks"
	"github.com/concord-bilingual/concord/checks/check"
)

// TestEvalRealDrop measures how often the clause checks find a whole
// sentence dropped from one side of a real written question, and how
// many clause warnings and errors they raise on the same pairs left
// whole. Only the pairs at odd positions of qrva-dev.jsonl.gz (counting
// from 0) are used: the translation table of checks/translex.go was
// learned from the even ones. A dropped sentence has no digit and no
// capitalised word after its first (no number, no name), and 40 to 300
// characters; it is taken from the French text of one pair and the Dutch
// of the next. It is found when a clause finding at warning or error
// stands on that pair's unit that the whole pair does not have.
// CONCORD_EVAL_REAL=1 runs it (make eval-real).
func TestEvalRealDrop(t *testing.T) {
	_, all := realQRVA(t, "CONCORD_EVAL_REAL", "=1 (make eval-real) to measure the real development texts")
	var held []QRVAPair
	for i, p := range all {
		if i%2 == 1 {
			held = append(held, p)
		}
	}
	var cut []QRVAPair
	dropped := map[string]string{} // id → side and sentence
	for k, p := range held {
		q := p
		side := "FR"
		if k%2 == 1 {
			side = "NL"
		}
		text := &q.FR
		if side == "NL" {
			text = &q.NL
		}
		s, ok := dropSentence(*text, p.ID)
		if !ok {
			continue
		}
		*text = strings.Replace(*text, s, "", 1)
		dropped[p.ID] = side + " " + s
		cut = append(cut, q)
	}
	clean := clauseFindings(t, held)
	found := clauseFindings(t, cut)
	cleanWE := 0
	for _, fs := range clean {
		cleanWE += len(fs)
	}
	hits := 0
	var missed []string
	for _, q := range cut {
		key := "tu:" + q.ID
		old := map[string]bool{}
		for _, m := range clean[key] {
			old[m] = true
		}
		hit := false
		for _, m := range found[key] {
			if !old[m] {
				hit = true
			}
		}
		if hit {
			hits++
		} else {
			missed = append(missed, q.ID+" "+dropped[q.ID])
		}
	}
	t.Logf("held-out half: %d pairs; clause warnings+errors on the whole pairs: %d (%.1f per 1,000 pairs)",
		len(held), cleanWE, 1000*float64(cleanWE)/float64(len(held)))
	t.Logf("dropped sentence found at warning/error on its unit: %d of %d (%.3f)", hits, len(cut), float64(hits)/float64(len(cut)))
	if os.Getenv("CONCORD_DROP_MISSED") != "" {
		for _, m := range missed {
			t.Log("missed: " + m)
		}
		for k, fs := range clean {
			for _, m := range fs {
				t.Log("clean: " + k + " " + m)
			}
		}
	}
}

// clauseFindings checks the pairs as one TSV bitext and returns the
// messages of the clause warnings and errors by unit.
func clauseFindings(t *testing.T, ps []QRVAPair) map[string][]string {
	doc, err := align.ReadTSV("qrva.tsv", strings.NewReader(QRVATSV(ps)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, f := range check.Run(doc, checks.All, &check.Env{}) {
		if f.Severity == check.Info || !strings.HasPrefix(f.Rule, "clauses/") {
			continue
		}
		out[f.Unit] = append(out[f.Unit], fmt.Sprintf("%s %s %s", f.Rule, f.Severity, f.Message))
	}
	return out
}

// dropSentence chooses a sentence of s to drop, the same for the same id:
// 40 to 300 characters, no digit, no capital but the first letter. The
// sentence comes with the space after it.
func dropSentence(s, id string) (string, bool) {
	var cands []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && s[i] != '?' && s[i] != '!' {
			continue
		}
		end := i + 1
		for end < len(s) && s[end] == ' ' {
			end++
		}
		if end < len(s) {
			r, _ := utf8.DecodeRuneInString(s[end:])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				continue
			}
		}
		sent := s[start:end]
		start = end
		body := strings.TrimSpace(sent)
		if n := utf8.RuneCountInString(body); n < 40 || n > 300 {
			continue
		}
		if strings.ContainsAny(body, "0123456789") {
			continue
		}
		_, n := utf8.DecodeRuneInString(body)
		if strings.IndexFunc(body[n:], unicode.IsUpper) >= 0 {
			continue
		}
		cands = append(cands, sent)
	}
	if len(cands) == 0 {
		return "", false
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return cands[int(h.Sum32()%uint32(len(cands)))], true
}
