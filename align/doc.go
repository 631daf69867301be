// Package align turns an extracted bilingual French/Dutch document into
// pairs of corresponding units.
//
// The pipeline has four stages, each usable on its own:
//
//	Read     bytes → Source        decode, normalise to NFC, index lines
//	layouts  Source → []Block      find paragraphs, cells and page furniture
//	Units    []Block → []Unit      label recitals, requests, articles, …
//	Pair     []Unit  → []Pair      match FR and NL units by key or by length
//
// Every unit keeps a map from its text back to lines and columns of the
// file it came from, so that a finding can point at the evidence.
package align
