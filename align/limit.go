package align

import (
	"fmt"
	"io"
	"os"

	"github.com/concord-bilingual/concord/internal/bounded"
)

// ErrTooLarge is wrapped by the error for an input over the bound (bounded.Max).
var ErrTooLarge = bounded.ErrTooLarge

// ReadAllBounded reads all of r (the input named path, "-" for standard
// input), or fails with ErrTooLarge past the bound (bounded.Max).
func ReadAllBounded(r io.Reader, path string) ([]byte, error) {
	return bounded.ReadAll(r, path)
}

// readFileBounded is os.ReadFile with the bound bounded.Max returns, reading a
// regular file into a buffer of its size.
func readFileBounded(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if err := bounded.CheckSize(f, path); err != nil {
		return nil, err
	}
	return readAll(f, bufioReader(f, path))
}

// maxBlocks bounds the paragraphs of one document, both languages and
// page furniture together. Pairing and checking cost about 2–4 KB per
// paragraph at their peak (1.7 GB for the 950,510 labels of 47 MB in
// issue 17's case 8; 20 MB of 1.2 million one-line paragraphs ran out of
// 4 GB): a document over the bound is refused before it is paired, with one
// line, instead of taking the process and the batch's reports down. No
// real parliamentary document comes near: the longest here has a few
// thousand.
const maxBlocks = 1_000_000

// tooManyBlocks refuses a document of more than maxBlocks paragraphs.
func tooManyBlocks(blocks []Block) error {
	if len(blocks) > maxBlocks {
		return fmt.Errorf("%w: %d paragraphs (at most %d in one document)", ErrTooLarge, len(blocks), maxBlocks)
	}
	return nil
}
