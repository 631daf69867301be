package checks

import "github.com/concord-bilingual/concord/checks/check"

// All is the list of every check concord runs, in display order. To add a
// check, write it in its own file and add it here.
var All = []*check.Check{
	StructureMissing,
	StructureShifted,
	StructureDuplicate,
	StructureOrder,
	StructureUnaligned,
	NumbersMismatch,
	NumbersMissing,
	DatesMismatch,
	DatesMissing,
	RefsMismatch,
	RefsMissing,
	NamesMissing,
	NamesReplaced,
	NamesSpelling,
	NamesVariant,
	TermsMismatch,
	TermsMissing,
	TermsForm,
	TermsForeign,
	ArtefactLigature,
	ArtefactScript,
	ArtefactCase,
	ArtefactRepeat,
	ArtefactMojibake,
	ArtefactInvisible,
	ArtefactHyphen,
	UntranslatedLanguage,
	UntranslatedIdentical,
	ClausesMissing,
	ClausesSentence,
	ClausesNegation,
	LengthRatio,
}
