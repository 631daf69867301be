package align

import (
	"errors"
	"fmt"
	"strings"
)

// ErrNotFrenchDutch is wrapped by errors for a document written in another
// language than French and Dutch: its units would pair by chance and every
// check would report noise.
var ErrNotFrenchDutch = errors.New("not a French-Dutch document")

// enWords are frequent English words that are no French or Dutch words
// (not "in", "is", "of", "on", "was", "een", "die").
var enWords = wordSet(`the and that this these those which with from have has been
	are were will would shall should could their they them there where whereas
	what when who whom whose not for its it by at be to than upon such`)

// foreignText returns an error when the text of doc's blocks is mostly
// English: at least 10 of its words are English function words and they
// outnumber the French and Dutch ones. A French or Dutch document quoting
// an English title or paragraph stays well below that.
func foreignText(doc *Document) error {
	var en, frnl int
	for _, b := range doc.Blocks {
		if b.Kind == Noise {
			continue
		}
		forWords(b.Text.S, func(w string) {
			w = strings.ToLower(w)
			switch {
			case enWords[w]:
				en++
			case frWords[w] || nlWords[w]:
				frnl++
			}
		})
	}
	if en >= 10 && en > frnl {
		return fmt.Errorf("%w: the text is English (%d English function words, %d French or Dutch)", ErrNotFrenchDutch, en, frnl)
	}
	return nil
}
