package checks

import (
	"strings"

	"github.com/concord-bilingual/concord/checks/token"
	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// Chamber documents print the signatures of the President and the Clerk
// once, across both columns; extraction puts the names in one language's
// stream and leaves the other with the bare titles ("De voorzitster van de
// Kamer van volksvertegenwoordigers, De griffier …"). A name that follows
// such a title on one side, when the other side has the title too, is
// reported at Info: the reader checks the PDF, the gate does not fail.
var (
	// signatoryBeforeRE ends the text before a signatory's name: the
	// title and its comma.
	signatoryBeforeRE = lazyregexp.New(`(?i)\b(?:présidente?|greffi(?:er|ère)|voorzitt(?:er|ster)|griffier)\b[^.;:]{0,60},\s*$`)
	// signatoryTitleRE is a signatory's title anywhere in a unit.
	signatoryTitleRE = lazyregexp.New(`(?i)\b(?:présidente?|greffi(?:er|ère)|voorzitt(?:er|ster)|griffier)\s+(?:de la chambre|van de kamer)\b`)
)

// signatoryName reports whether the name at start in text follows a
// signatory's title and the other side of the pair has such a title too.
func signatoryName(text string, start int, other string) bool {
	from := max(0, start-80)
	return signatoryBeforeRE.MatchString(text[from:start]) &&
		signatoryTitleRE.MatchString(other) &&
		!strings.Contains(text[from:start], ".")
}

// signatoryNote ends the message of a signatory's name found on one side.
const signatoryNote = " (a signatory: the PDF may print the signatures once for both columns)"

// hasWords reports whether s holds phrase as whole words, letter for
// letter.
func hasWords(s, phrase string) bool {
	for k := 0; ; {
		i := strings.Index(s[k:], phrase)
		if i < 0 {
			return false
		}
		i += k
		if !token.AlnumBefore(s, i) && !token.AlnumAt(s, i+len(phrase)) {
			return true
		}
		k = i + 1
	}
}
