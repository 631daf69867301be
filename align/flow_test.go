package align

import "testing"

// TestSequenceDuplicatesAndSkips checks that label search in a flow keeps
// going past a label written twice or skipped, as a defective document
// has them, instead of folding the rest into one unit.
func TestSequenceDuplicatesAndSkips(t *testing.T) {
	rec := "A. considérant x; B. considérant y; B. considérant z; D. considérant w; E. considérant v;"
	if got := len(sequence(rec, 0, len(rec), letterLabels())); got != 5 {
		t.Errorf("recitals: %d labels found, want 5", got)
	}
	req := "1. de faire x; 2. de faire y; 2. de faire z; 2.1. sous-point; 4. de faire w; 5. de faire v."
	if got := len(requestSequence(req, 0)); got != 6 {
		t.Errorf("requests: %d labels found, want 6", got)
	}
	// "3.4." holds "4. " but is not request 4.
	sub := "1. de faire a; 2. de faire b; 3. d'examiner: 3.1. a; 3.2. b; 3.3. c; 3.4. d; 4. de demander"
	if got := requestSequence(sub, 0); len(got) != 8 {
		t.Errorf("sub-items: %d labels found, want 8", len(got))
	}
}
