package eval

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/align"
	"github.com/concord-bilingual/concord/checks"
	"github.com/concord-bilingual/concord/checks/check"
)

// RealDir returns the directory of the real development texts: the
// CONCORD_REALDEV variable, else ../shared/realdev beside the repository.
// It returns "" when neither exists.
func RealDir(repoRoot string) string {
	if d := os.Getenv("CONCORD_REALDEV"); d != "" {
		return d
	}
	d := filepath.Join(repoRoot, "..", "shared", "realdev")
	if _, err := os.Stat(d); err != nil {
		return ""
	}
	return d
}

// QRVAPair is one written question with its answer, in both languages.
type QRVAPair struct {
	ID     string `json:"doc_id"`
	FR, NL string
}

// ReadQRVA reads the written questions of qrva-dev.jsonl.gz.
func ReadQRVA(path string) ([]QRVAPair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var out []QRVAPair
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for sc.Scan() {
		var r struct {
			ID string `json:"doc_id"`
			FR string `json:"text_fr"`
			NL string `json:"text_nl"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		id := r.ID[strings.LastIndexByte(r.ID, '/')+1:]
		out = append(out, QRVAPair{ID: id, FR: r.FR, NL: r.NL})
	}
	return out, sc.Err()
}

// QRVATSV writes the pairs as the TSV bitext a user would give concord:
// a header, then id, French and Dutch per line.
func QRVATSV(ps []QRVAPair) string {
	var b strings.Builder
	b.WriteString("id\tfr\tnl\n")
	flat := strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ")
	for _, p := range ps {
		b.WriteString(p.ID + "\t" + flat.Replace(p.FR) + "\t" + flat.Replace(p.NL) + "\n")
	}
	return b.String()
}

// RealDoc is one long document of the development set, one file per language.
type RealDoc struct {
	Name   string
	FR, NL string // paths
}

// RealDocs lists the documents of dir/docs.
func RealDocs(dir string) ([]RealDoc, error) {
	frs, err := filepath.Glob(filepath.Join(dir, "docs", "*.fr.txt"))
	if err != nil {
		return nil, err
	}
	var out []RealDoc
	for _, fr := range frs {
		base := strings.TrimSuffix(fr, ".fr.txt")
		out = append(out, RealDoc{Name: filepath.Base(base), FR: fr, NL: base + ".nl.txt"})
	}
	return out, nil
}

// RealScore is what the checks said on one set of real text.
type RealScore struct {
	Name                   string
	Pairs, FROnly, NLOnly  int
	Chars                  int            // characters of both languages
	ByRule                 map[string]int // warnings and errors by "severity rule"
	Warnings, Errors, Info int
}

// ScoreReal runs every check on doc and counts its findings.
func ScoreReal(name string, doc *align.Document, chars int) (RealScore, []check.Finding) {
	s := RealScore{Name: name, Chars: chars, ByRule: map[string]int{}}
	for _, p := range doc.Pairs {
		switch {
		case p.FR != nil && p.NL != nil:
			s.Pairs++
		case p.FR != nil:
			s.FROnly++
		case p.NL != nil:
			s.NLOnly++
		}
	}
	fs := check.Run(doc, checks.All, &check.Env{})
	for _, f := range fs {
		switch f.Severity {
		case check.Error:
			s.Errors++
		case check.Warning:
			s.Warnings++
		default:
			s.Info++
			continue
		}
		s.ByRule[f.Severity.String()+" "+f.Rule]++
	}
	return s, fs
}

// CountChars returns the number of characters of a file.
func CountChars(path string) (int, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	return utf8.RuneCount(b), nil
}

// RealTable renders the densities: warnings and errors per 1,000 QRVA pairs
// and per 10,000 characters of each document, with the rules behind them.
func RealTable(qrva RealScore, docs []RealScore) string {
	var b strings.Builder
	we := qrva.Warnings + qrva.Errors
	fmt.Fprintf(&b, "## Written questions (%d pairs)\n\n", qrva.Pairs)
	fmt.Fprintf(&b, "%d warnings and errors: **%.1f per 1,000 pairs** (errors %.1f, warnings %.1f); info %.1f.\n\n",
		we, per(we, qrva.Pairs, 1000), per(qrva.Errors, qrva.Pairs, 1000), per(qrva.Warnings, qrva.Pairs, 1000), per(qrva.Info, qrva.Pairs, 1000))
	b.WriteString(ruleTable(qrva.ByRule, "per 1,000 pairs", func(n int) float64 { return per(n, qrva.Pairs, 1000) }))
	b.WriteString("\n## Long documents\n\n")
	b.WriteString("| document | paired | FR only | NL only | one side only | characters | warnings+errors | per 10,000 characters |\n|---|--:|--:|--:|--:|--:|--:|--:|\n")
	all := RealScore{ByRule: map[string]int{}}
	for _, d := range docs {
		we := d.Warnings + d.Errors
		units := d.Pairs + d.FROnly + d.NLOnly
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %.1f %% | %d | %d | %.1f |\n", d.Name, d.Pairs, d.FROnly, d.NLOnly,
			per(d.FROnly+d.NLOnly, units, 100), d.Chars, we, per(we, d.Chars, 10000))
		all.Chars += d.Chars
		all.Warnings += d.Warnings
		all.Errors += d.Errors
		for k, v := range d.ByRule {
			all.ByRule[k] += v
		}
	}
	we = all.Warnings + all.Errors
	fmt.Fprintf(&b, "| **all** | | | | | %d | %d | **%.1f** |\n\n", all.Chars, we, per(we, all.Chars, 10000))
	b.WriteString(ruleTable(all.ByRule, "per 10,000 characters", func(n int) float64 { return per(n, all.Chars, 10000) }))
	return b.String()
}

func ruleTable(by map[string]int, unit string, density func(int) float64) string {
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if by[keys[i]] != by[keys[j]] {
			return by[keys[i]] > by[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var b strings.Builder
	fmt.Fprintf(&b, "| severity | rule | findings | %s |\n|---|---|--:|--:|\n", unit)
	for _, k := range keys {
		sev, rule, _ := strings.Cut(k, " ")
		fmt.Fprintf(&b, "| %s | %s | %d | %.1f |\n", sev, rule, by[k], density(by[k]))
	}
	return b.String()
}

func per(n, of int, scale float64) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) * scale / float64(of)
}
