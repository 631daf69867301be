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

// foreignLangs are the languages a misrouted file is most often written
// in, each with frequent words of it that are no French or Dutch words
// (English leaves out "in", "is", "of", "on", "was", "een", "die"; German
// "die", "den", "der", "des", "noch", "wie", "werden", "was"; Spanish "de",
// "en", "que", "la", "y"; Italian "il", "non", "per", "la", "di", "alle").
// On the real documents' files the most any list finds is 41 (English
// terms in a Dutch report of 3,334 French or Dutch function words).
var foreignLangs = []struct {
	name  string
	words map[string]bool
}{
	{"English", wordSet(`the and that this these those which with from have has been
	are were will would shall should could their they them there where whereas
	what when who whom whose not for its it by at be to than upon such`)},
	{"German", wordSet(`und ist nicht mit von zu das dem ein eine einer eines einem auf für
	sich auch sind wird wurde wurden dass daß oder aber bei nach vom zum zur über unter durch
	ohne kann muss soll sollen haben hat hatte diese dieser dieses sowie zwischen wenn im`)},
	{"Spanish", wordSet(`el los las del para con una unos unas es son está están fue pero
	más este esta estos estas sus su lo al como sobre por ha han entre también`)},
	{"Italian", wordSet(`della delle dei degli che è sono gli alla nel nella nei sul
	sulla anche più questo questa questi essere stato stata hanno ai dal dalla`)},
}

// foreignText returns an error when the text of doc's blocks, or of one of
// its two files, is mostly in another language: at least 10 of its words
// are function words of that language and they outnumber the French and
// Dutch ones. A French or Dutch document quoting an English title or
// paragraph, or with an annex in English, stays well below that; a
// document in two files whose French or Dutch file is English, German,
// Spanish or Italian does not (the other file's words do not hide it). The
// blocks' own languages do not say which file is which: they are read from
// the words, and English words read as either language.
func foreignText(doc *Document) error {
	var count [3][]int // all blocks, then FR, then NL: per language
	var frnl [3]int
	for i := range count {
		count[i] = make([]int, len(foreignLangs))
	}
	for _, b := range doc.Blocks {
		if b.Kind == Noise {
			continue
		}
		side := 0 // a side only for a document in two files: its file
		if doc.FRPath != doc.NLPath && len(b.Text.Segs) > 0 {
			switch b.Text.Segs[0].File {
			case doc.FRPath:
				side = 1
			case doc.NLPath:
				side = 2
			}
		}
		forWords(b.Text.S, func(w string) {
			w = strings.ToLower(w)
			if frWords[w] || nlWords[w] {
				frnl[0]++
				if side > 0 {
					frnl[side]++
				}
				return
			}
			for l, f := range foreignLangs {
				if f.words[w] {
					count[0][l]++
					if side > 0 {
						count[side][l]++
					}
				}
			}
		})
	}
	for s, what := range []string{"the text", "the French file", "the Dutch file"} {
		for l, f := range foreignLangs {
			if n := count[s][l]; n >= 10 && n > frnl[s] {
				return fmt.Errorf("%w: %s is %s (%d %s function words, %d French or Dutch)", ErrNotFrenchDutch, what, f.name, n, f.name, frnl[s])
			}
		}
	}
	return nil
}

// swappedFiles returns an error when doc is given as two files and each
// holds the other's language: the French file at least twice as many
// Dutch function words as French ones (and 10 or more), the Dutch file the
// reverse. Its pairs would be checked with the languages the wrong way
// round (11 errors, all false, on the sample). On the real documents'
// files the other language reaches at most half of a file's own (a Dutch
// file of 3,751 Dutch and 1,793 French words, passages quoted across).
func swappedFiles(doc *Document) error {
	if doc.FRPath == doc.NLPath {
		return nil
	}
	var fr, nl [2]int // per file: French words, Dutch words
	for _, b := range doc.Blocks {
		if b.Kind == Noise || len(b.Text.Segs) == 0 {
			continue
		}
		side := -1
		switch b.Text.Segs[0].File {
		case doc.FRPath:
			side = 0
		case doc.NLPath:
			side = 1
		}
		if side < 0 {
			continue
		}
		forWords(b.Text.S, func(w string) {
			w = strings.ToLower(w)
			switch f, n := frWords[w], nlWords[w]; {
			case f && !n:
				fr[side]++
			case n && !f:
				nl[side]++
			}
		})
	}
	if nl[0] >= 10 && nl[0] >= 2*fr[0] && fr[1] >= 10 && fr[1] >= 2*nl[1] {
		return fmt.Errorf("%w: the French file is Dutch (%d Dutch function words, %d French) and the Dutch file French (%d French, %d Dutch): swap --fr and --nl", ErrNotBilingual, nl[0], fr[0], fr[1], nl[1])
	}
	return nil
}
