package align

import (
	"testing"

	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// TestLazyRegexps compiles each expression the package compiles on first
// use, so that a broken one fails here rather than on the input that
// first needs it.
func TestLazyRegexps(t *testing.T) {
	for _, r := range []*lazyregexp.Regexp{
		formRE,
		pageNumberRE,
		docLineRE,
		printerTailRE,
		headerRE,
		noteStartRE,
		anchorNumRE,
		pdfFurnitureRE,
		enumeratorRE,
		amountRE,
		dotLeaderRE,
		cellNumRE,
		letterSpacedHeaderRE,
		furnitureRE,
		furnitureAnchorRE,
		pageNumberLineRE,
		printerRE,
		separatorRE,
		tocLineRE,
		partyColonRE,
		abbrevHeadRE,
		abbrevEntryRE,
		compositionRE,
		pageWordLineRE,
		recitalRE,
		requestRE,
		articleRE,
		paragRE,
		pointRE,
		onlyDate,
		digitsRE,
		kindRE,
		dateStartRE,
	} {
		r.Compile()
	}
}
