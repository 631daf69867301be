package checks

// All is the list of every check concord runs, in display order. To add a
// check, write it in its own file and add it here.
var All = []*Check{
	StructureMissing,
	NamesMissing,
	NamesReplaced,
	NamesSpelling,
	NamesVariant,
	TermsMismatch,
	TermsMissing,
	TermsForm,
	TermsForeign,
}
