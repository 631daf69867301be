package eval

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/concord-bilingual/concord/checks/check"
)

// SourceFinding is a finding that is true of a source document itself
// (an extraction artefact in the published text, a real difference
// between its two versions), checked by hand. It is no false alarm.
type SourceFinding struct {
	Sources []string
	Rule    string
	Message *regexp.Regexp
	Why     string
}

// ReadSourceFindings reads the list of source findings: one per line,
// SOURCE[|SOURCE…], RULE, MESSAGE-REGEXP and WHY separated by tabs; blank
// lines and lines starting with # are skipped.
func ReadSourceFindings(path string) ([]SourceFinding, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []SourceFinding
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 tab-separated fields, got %d", path, n, len(fields))
		}
		re, err := regexp.Compile(fields[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		out = append(out, SourceFinding{strings.Split(fields[0], "|"), fields[1], re, fields[3]})
	}
	return out, sc.Err()
}

// known reports whether f, raised on a document built from source, is
// one of the source findings.
func known(list []SourceFinding, source string, f check.Finding) bool {
	for _, k := range list {
		if k.Rule == f.Rule && contains(k.Sources, source) && k.Message.MatchString(f.Message) {
			return true
		}
	}
	return false
}
