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

// TestHeadWriter: pdftotext's standard error is kept to its first 4 KiB
// and told by its first line that is not blank.
func TestHeadWriter(t *testing.T) {
	var h headWriter
	h.Write([]byte("\n  \nSyntax Error: Couldn't find trailer dictionary\nSyntax Error: "))
	for range 10000 {
		h.Write([]byte("Syntax Error: Couldn't read xref table\n"))
	}
	if len(h.b) != 4096 {
		t.Errorf("kept %d bytes", len(h.b))
	}
	if got := h.firstLine(); got != "Syntax Error: Couldn't find trailer dictionary" {
		t.Errorf("first line %q", got)
	}
	if got := new(headWriter).firstLine(); got != "no message" {
		t.Errorf("nothing written: %q", got)
	}
}
