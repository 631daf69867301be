package checks

// ArtefactInvisible reports soft hyphens, zero-width and control
// characters.
var ArtefactInvisible = textArtefactCheck("artefact/invisible", `invisible or control character in the text

Soft hyphens (U+00AD), zero-width characters (U+200B–U+200D, U+2060,
U+FEFF), direction marks and control characters are invisible on screen
but break searches, term checks and spelling. Tabs and no-break spaces
are not reported.

  NL: mensen[U+00AD]rechten   → mensenrechten`,
	findInvisible)
