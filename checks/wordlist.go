package checks

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"

	"github.com/concord-bilingual/concord/align"
)

// The embedded lists hold only words with an f-ligature ("ff", "fi",
// "fl"): those are the words a broken ligature can split. See
// wordlists/NOTICE for their sources and licences.
var (
	//go:embed wordlists/nl-f.txt.gz
	nlLigatureGz []byte
	//go:embed wordlists/fr-f.txt
	frLigatureTxt string
)

var (
	ligOnce  sync.Once
	ligWords map[align.Lang]map[string]bool
)

// ligatureWords returns the lower-case words with an f-ligature known in
// language l, loading the lists on first use. It is safe for concurrent
// use.
func ligatureWords(l align.Lang) map[string]bool {
	ligOnce.Do(func() {
		var nl string
		if zr, err := gzip.NewReader(bytes.NewReader(nlLigatureGz)); err == nil {
			if data, err := io.ReadAll(zr); err == nil {
				nl = string(data)
			}
		}
		ligWords = map[align.Lang]map[string]bool{
			align.NL: make(map[string]bool, strings.Count(nl, "\n")+1),
			align.FR: make(map[string]bool, strings.Count(frLigatureTxt, "\n")+1),
		}
		addLigatureText(ligWords[align.NL], nl)
		addLigatureText(ligWords[align.FR], frLigatureTxt)
	})
	return ligWords[l]
}

// addLigatureText adds the words of text, one a line, that contain an
// f-ligature, in lower case. The words share the
// memory of the lowered text, so that loading the embedded lists costs a
// few allocations rather than one per word.
func addLigatureText(m map[string]bool, text string) {
	text = lower(text)
	for line := range strings.Lines(text) {
		w := strings.TrimSpace(line)
		if w == "" || !hasLigature(w) {
			continue
		}
		m[w] = true
	}
}

// hasLigature reports whether w contains "ff", "fi" or "fl" in any case.
func hasLigature(w string) bool {
	w = lower(w)
	for i := 0; i+1 < len(w); i++ {
		if w[i] == 'f' && (w[i+1] == 'f' || w[i+1] == 'i' || w[i+1] == 'l') {
			return true
		}
	}
	return false
}

// Preload builds the tables that checks otherwise build on first use: the
// built-in termbase and the ligature word lists. A caller with a core to
// spare runs it while it reads its input; a check that needs a table
// before it is ready waits for it. It is safe for concurrent use.
func Preload() {
	termbaseOf(nil)
	ligatureWords(align.NL)
}

// TermAcronyms returns the acronyms the built-in termbase knows in
// language l (ONSS, INAMI; RSZ, RIZIV), each once, in the termbase's
// order. The real-text evaluation swaps one for another.
func TermAcronyms(l align.Lang) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range builtinTerms {
		forms := e.FR
		if l == align.NL {
			forms = e.NL
		}
		for _, f := range forms {
			if strings.ContainsAny(f, " -'’") || !isAcronym(f) || seen[f] {
				continue
			}
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}
