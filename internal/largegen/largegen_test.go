package largegen

import (
	"bytes"
	"testing"
)

func TestLabel(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 701: "ZZ", 702: "AAA", 475_253: "ZZZZ"} {
		if got := Label(i); got != want {
			t.Errorf("Label(%d) = %q, want %q", i, got, want)
		}
	}
}

func TestSizes(t *testing.T) {
	if got := bytes.Count(Paras(3), []byte("\n\n")); got != 6 {
		t.Errorf("Paras(3) has %d paragraphs, want 6", got)
	}
	if got := bytes.Count(Labels(3), []byte("\n\n")); got != 8 {
		t.Errorf("Labels(3) has %d paragraphs, want 8 (two titles)", got)
	}
}
