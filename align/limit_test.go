package align

import (
	"strings"
	"testing"
)

// TestTSVLineBound: a TSV line over the bound is refused by its number and
// the bound, not by the scanner's "token too long".
func TestTSVLineBound(t *testing.T) {
	in := "fr\tnl\nle 3 mars\top 3 maart\n" + strings.Repeat("a", maxTSVLine+1) + "\tb\n"
	_, err := ReadTSV("k.tsv", strings.NewReader(in))
	if err == nil || err.Error() != "k.tsv: line 3: longer than 64 MiB (the most concord reads of one TSV line)" {
		t.Errorf("err = %v", err)
	}
}
