package eval

import (
	"strings"
	"testing"
)

// TestWrapLike checks that an untranslated body put in place of a wrapped
// paragraph keeps its words and takes the paragraph's number of lines and
// line ends.
func TestWrapLike(t *testing.T) {
	body := "Aanvankelijk gold het toezicht van de vicegouverneur ook voor de Brusselse lokale politie en de OCMW-ziekenhuizen."
	for _, c := range []struct {
		old, end string
		lines    int
	}{
		{"Initialement, la tutelle du vice-gouverneur s’exerçait \négalement sur la police locale de Bruxelles et les hôpitaux \ndes CPAS.", " \n", 3},
		{"Initialement, la tutelle\ndu vice-gouverneur", "\n", 2},
		{"Initialement, la tutelle du vice-gouverneur s’exerçait également sur la police locale", "", 1},
	} {
		got := wrapLike(body, c.old)
		if n := strings.Count(got, "\n") + 1; n != c.lines {
			t.Errorf("%q: %d lines, want %d", got, n, c.lines)
		}
		if strings.Join(strings.Fields(got), " ") != body {
			t.Errorf("%q: words changed", got)
		}
		if c.end != "" && strings.Count(got, c.end) != c.lines-1 {
			t.Errorf("%q: lines do not end with %q", got, c.end)
		}
	}
}
