package checks

// All is the list of every check concord runs, in display order. To add a
// check, write it in its own file and add it here.
var All = []*Check{
	StructureMissing,
	StructureShifted,
	StructureDuplicate,
	StructureOrder,
	NumbersMismatch,
	NumbersMissing,
	DatesMismatch,
	DatesMissing,
	RefsMismatch,
	RefsMissing,
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
	LengthRatio,
}
