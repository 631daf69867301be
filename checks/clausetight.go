package checks

import (
	"math"

	"github.com/concord-bilingual/concord/align"
)

// Whether a document's translation is tight enough for the length model to
// speak. The clause searches rest on lengths: a clause is missing when the
// pair is too long on one side by about that clause. The length model was
// measured on resolutions whose two versions follow each other sentence by
// sentence, where fewer than 2 pairs in 100 lie missingZ deviations off. In
// freely translated prose (written questions, where the question is
// rewritten rather than translated) a third of the pairs lie that far off,
// and a clause the lengths single out is almost always a paraphrase: read
// on 30 such findings of the written questions, none was a lost clause.
// So the document's own pairs decide: a missing clause is reported as a
// warning where the document follows the model, and as information where
// its pairs show that lengths do not predict each other. A document of too
// few pairs to tell is taken to be of the kind concord reads most, whose
// versions follow each other.
const (
	tightMinPairs = 5    // prose pairs needed to judge a document
	tightMinRunes = 100  // the shortest side of a pair that is counted
	tightMaxOff   = 0.10 // share of pairs beyond missingZ a tight document may have
)

// tightness returns the share of the document's prose pairs whose lengths
// lie beyond missingZ deviations of the model, one such pair left out, and
// how many pairs were counted.
func tightness(doc *align.Document) (off float64, n int) {
	far := 0
	for i := range doc.Pairs {
		pr := &doc.Pairs[i]
		if pr.FR == nil || pr.NL == nil || pr.Shared || pr.Unaligned || !isProse(pr.Key) {
			continue
		}
		lf, ln := proseLen(pr.FR), proseLen(pr.NL)
		if min(lf, ln) < tightMinRunes {
			continue
		}
		n++
		if math.Abs(lengthZ(lf, ln, unitVar)) > missingZ {
			far++
		}
	}
	if n == 0 {
		return 0, 0
	}
	// The pair under judgement may be off by its own missing clause: it
	// is not evidence of how the document translates, so one far pair is
	// left out of the share.
	return float64(max(far-1, 0)) / float64(n), n
}

// tightDocument reports whether the document's pairs follow the length
// model closely enough for a clause the lengths single out to be worth a
// warning (see tightness): true too when it has fewer than tightMinPairs
// pairs to tell.
func tightDocument(doc *align.Document) bool {
	off, n := tightness(doc)
	return n < tightMinPairs || off <= tightMaxOff
}
