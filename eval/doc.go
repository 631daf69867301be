// Package eval measures concord's detection: it builds documents from the
// sample and the corpus, each with one defect of a known kind injected at a
// known unit, runs the checks on them and scores what was found.
//
// The defects are injected by editing the input text at a place found
// through the aligner, never by looking at the checks' findings, so that the
// measure stays independent of what it measures. Everything is derived from
// a fixed random seed: the same sources give the same documents.
package eval
