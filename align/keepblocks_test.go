package align

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/concord-bilingual/concord/internal/txtar"
)

// TestBlocksLeftOut: ReadPair leaves the blocks out unless asked, and the
// document read either way has the same units, pairs and set-aside runs;
// the runs are those of the blocks (a bill whose French file holds a
// Dutch passage, 1,296 characters, set aside).
func TestBlocksLeftOut(t *testing.T) {
	a, err := txtar.ParseFile("../testdata/checks/structure/unaligned-bill-parts.txtar")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	paths := map[string]string{}
	for _, side := range []string{"fr", "nl"} {
		text, _ := a.Get(side)
		paths[side] = filepath.Join(dir, "doc."+side+".txt")
		if err := os.WriteFile(paths[side], []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lean, err := ReadPair(paths["fr"], paths["nl"], Options{})
	if err != nil {
		t.Fatal(err)
	}
	full, err := ReadPair(paths["fr"], paths["nl"], Options{KeepBlocks: true})
	if err != nil {
		t.Fatal(err)
	}
	if lean.Blocks != nil || len(full.Blocks) == 0 {
		t.Fatalf("%d blocks kept without KeepBlocks, %d with it", len(lean.Blocks), len(full.Blocks))
	}
	if !reflect.DeepEqual(lean.Units, full.Units) || !reflect.DeepEqual(lean.Aside, full.Aside) {
		t.Error("the units or the set-aside runs differ with the blocks kept")
	}
	if !reflect.DeepEqual(full.Aside, asides(full.Blocks)) {
		t.Error("Aside is not the runs of the blocks")
	}
	if len(full.Aside) != 1 || full.Aside[0].Len != 1296 || full.Aside[0].Lang != NL || full.Aside[0].Col != FR {
		t.Errorf("set aside: %+v, want one run of 1,296 bytes of Dutch in the French text", full.Aside)
	}
}
