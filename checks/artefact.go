package checks

import (
	"github.com/concord-bilingual/concord/align"
)

// hit is one artefact found in a text: the bytes s[Start:End] and the
// message that says what is wrong and what to write instead.
type hit struct {
	Start, End int
	Message    string
}

// artefactCheck builds a check that runs find on the text of every unit of
// the document, each language on its own: paired, one-language and shared
// units and the rows of the cover tables alike.
func artefactCheck(id, doc string, find func(u *align.Unit, lx *lexicon) []hit) *Check {
	return pairedArtefactCheck(id, doc, func(u *align.Unit, _ func() string, lx *lexicon) []hit { return find(u, lx) })
}

// pairedArtefactCheck is artefactCheck for a finder that also reads the
// text of the other language of the unit's pair ("" for a unit alone),
// through other, which pairs the units on first use.
func pairedArtefactCheck(id, doc string, find func(u *align.Unit, other func() string, lx *lexicon) []hit) *Check {
	c := &Check{ID: id, Severity: Warning, Doc: doc, Requires: []*Analysis{WordCounts}}
	c.Run = func(p *Pass) {
		var lx *lexicon
		var others map[*align.Unit]string
		otherOf := func(u *align.Unit) string {
			if others == nil {
				others = map[*align.Unit]string{}
				for i := range p.Doc.Pairs {
					pr := &p.Doc.Pairs[i]
					if pr.FR != nil && pr.NL != nil && pr.FR != pr.NL {
						others[pr.FR], others[pr.NL] = pr.NL.Text.S, pr.FR.Text.S
					}
				}
			}
			return others[u]
		}
		for i := range p.Doc.Units {
			u := &p.Doc.Units[i]
			if lx == nil {
				lx = p.lexicon()
			}
			for _, h := range find(u, func() string { return otherOf(u) }, lx) {
				fr, nl := sideEvidence(p.Doc, u, h.Start, h.End)
				p.Report(Finding{Unit: u.Key, Message: sideName(u.Lang) + " " + h.Message, FR: fr, NL: nl})
			}
		}
	}
	return c
}

// ArtefactLigature reports a word split at an f-ligature by extraction.
var ArtefactLigature = artefactCheck("artefact/ligature", `word split at an f-ligature

PDF text extraction often breaks a word after the ligature glyphs ﬀ, ﬁ,
ﬂ, ﬃ and ﬄ. Two fragments are joined only across an f-ligature, only when
the joined word is a real word (a word of the document itself or of the
built-in lists of Dutch and French words with ff/fi/fl) and only when the
fragments are not both words, so "un défi majeur" stays as it is.

  NL: het defi nitieve integraal verslag   → definitieve
  FR: une mesure effi cace                 → efficace`,
	func(u *align.Unit, lx *lexicon) []hit { return findLigatures(u.Text.S, u.Lang, lx) })

// ArtefactScript reports a word that mixes Latin with Cyrillic or Greek
// letters.
var ArtefactScript = artefactCheck("artefact/script", `word mixing Latin with Cyrillic or Greek letters

A Cyrillic or Greek letter inside a Latin word looks the same on screen
but no search finds the word. The message gives the all-Latin form: a
look-alike letter is replaced by the Latin letter it imitates, otherwise
the word is transliterated.

  FR/NL: Aigul Utепова   → Utepova`,
	func(u *align.Unit, _ *lexicon) []hit { return findMixedScripts(u.Text.S) })

// ArtefactCase reports a word whose case changes in the middle.
var ArtefactCase = pairedArtefactCheck("artefact/case", `case broken inside a word

A lower-case word that turns to capitals in the middle, as a stuck Caps
Lock or a stray key leaves it. A run of words that each have a capital
between small letters ("bijzonDere oPmerkinGen") is a heading set in small
capitals as extraction reads it, not reported. Acronyms and names with inner capitals
(DéFI, CD&V, cdH, McDonald, YouTube) are not reported, nor a word written
the same way elsewhere in the pair (a brand as its owner writes it:
PostNL, proWIN), nor two words run together where a paragraph end lost
its stop ("gevenWettelijk").

  FR: des irrégularités électORALES systéMIques   → électorales systémiques`,
	func(u *align.Unit, other func() string, lx *lexicon) []hit {
		return findCaseBreaks(u.Text.S, other, lx)
	})

// ArtefactRepeat reports a letter written three times in a row.
var ArtefactRepeat = artefactCheck("artefact/repeat", `letter tripled inside a word

Neither French nor Dutch writes a letter three times in a row (Dutch
writes "zee-egel"), so a tripled letter is a typing slip, except where a
Dutch compound joins a word ending in a doubled consonant to one starting
with it ("stressstoornis", when the document writes "stress"). Words in
capitals (Roman numerals such as XXX) and "www" are not reported. A word
whose every letter stands three times is bold text the printer overprinted
("CCCeeennntttrrraaallleee"): it is named so, with the word as printed.
Three equal vowels where a word of the document ends or starts are the
hyphen Dutch writes between meeting vowels, lost in extraction
("viceeersteminister" for "vice-eersteminister"): it is put back. Three
equal vowels that neither a seam nor a word of the document explains cut
to two ("zeeen", from "zee- en") are not reported.

  NL: al te ruim opgevattte artikelen   → opgevatte`,
	func(u *align.Unit, lx *lexicon) []hit { return findTripled(u.Text.S, lx) })

// ArtefactMojibake reports text decoded with the wrong character set and
// characters lost in decoding.
var ArtefactMojibake = artefactCheck("artefact/mojibake", `mojibake or a character lost in decoding

UTF-8 text read as Windows-1252 turns "é" into "Ã©" and "’" into "â€™";
the message gives the repaired text. The replacement character U+FFFD
marks a character that was lost altogether.

  FR: la sociÃ©tÃ© civile   → société`,
	func(u *align.Unit, _ *lexicon) []hit { return findMojibake(u.Text.S) })

// ArtefactInvisible reports soft hyphens, zero-width and control
// characters.
var ArtefactInvisible = artefactCheck("artefact/invisible", `invisible or control character in the text

Soft hyphens (U+00AD), zero-width characters (U+200B–U+200D, U+2060,
U+FEFF), direction marks and control characters are invisible on screen
but break searches, term checks and spelling. Tabs and no-break spaces
are not reported.

  NL: mensen[U+00AD]rechten   → mensenrechten`,
	func(u *align.Unit, _ *lexicon) []hit { return findInvisible(u.Text.S) })

// ArtefactHyphen reports line-break hyphenation left inside a word.
var ArtefactHyphen = artefactCheck("artefact/hyphen", `line-break hyphen left inside a word

A word hyphenated at a line end keeps its hyphen and a space when the lines
are joined. Dutch suspended compounds and French pairs, where a
conjunction follows ("partnerschaps- en samenwerkingsovereenkomst",
"pré- et postnatal"), are right and not reported.

  NL: de mensen- rechten   → mensenrechten`,
	func(u *align.Unit, lx *lexicon) []hit { return findHyphenBreaks(u.Text.S, u.Lang, lx) })
