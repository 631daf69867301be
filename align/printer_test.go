package align

import "testing"

// TestPrinterTail checks that the printer's line glued to the end of a
// one-line document (testdata/corpus/55K3342005-adopted-text.nl.txt) is
// read as furniture, with the print job's number, and the text before it
// stays a paragraph.
func TestPrinterTail(t *testing.T) {
	line := "Zie ook: Integraal verslag: 19 en 20 juli 2023 10101  Imprimerie centrale – Centrale drukkerij\n"
	src, err := Decode("t.nl.txt", []byte(line), "")
	if err != nil {
		t.Fatal(err)
	}
	blocks := MonoLayout(src, NL)
	if len(blocks) != 2 {
		t.Fatalf("got %d blocks, want 2: %+v", len(blocks), blocks)
	}
	if got, want := blocks[0].Text.S, "Zie ook: Integraal verslag: 19 en 20 juli 2023 "; got != want || blocks[0].Kind != Para {
		t.Errorf("first block %v %q, want a paragraph %q", blocks[0].Kind, got, want)
	}
	if got, want := blocks[1].Text.S, "10101  Imprimerie centrale – Centrale drukkerij"; got != want || blocks[1].Kind != Noise {
		t.Errorf("second block %v %q, want noise %q", blocks[1].Kind, got, want)
	}
	if p := blocks[1].Text.Pos(0); p.Line != 1 || p.Col != 48 {
		t.Errorf("printer's line at %d:%d, want 1:48", p.Line, p.Col)
	}
}

// FuzzPrinterTail checks that printerTail finds what the expression finds
// alone, on any text.
func FuzzPrinterTail(f *testing.F) {
	f.Add("Zie ook: Integraal verslag: 19 en 20 juli 2023 10101  Imprimerie centrale – Centrale drukkerij")
	f.Add("Centrale drukkerij – Imprimerie centrale  \n")
	f.Add("Centrale drukkerij – Imprimerie centrale. Suite")
	f.Add("considérant que la Centrale drukkerij imprime")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		got, want := printerTail(s), printerTailRE.FindStringIndex(s)
		if len(got) != len(want) || (got != nil && (got[0] != want[0] || got[1] != want[1])) {
			t.Fatalf("printerTail(%q) = %v, the expression finds %v", s, got, want)
		}
	})
}

// TestOverprintedPrinterLine: the printer's line set in overprinted bold
// (55K3495001, the Dutch stream's last line: every character read three
// times) is furniture, as its plain form is; a tripled letter in a word
// and a numeral ("III") are not.
func TestOverprintedPrinterLine(t *testing.T) {
	s := "Art. 15 Bepaling over de inwerkingtreding  IIImmmppprrriiimmmeeerrriiieee ccceeennntttrrraaallleee ––– CCCeeennntttrrraaallleee dddrrruuukkkkkkeeerrriiijjj"
	pieces, noise := cutFlow(Text{S: s, Segs: []Segment{{Off: 0}}})
	if len(pieces) != 2 || noise[0] || !noise[1] || pieces[0].S != "Art. 15 Bepaling over de inwerkingtreding" {
		t.Errorf("cutFlow = %+v %v, want the article and the printer's line set aside", pieces, noise)
	}
	for _, s := range []string{"al te ruim opgevattte artikelen", "TITRE III XXX Dispositions", "het www adres"} {
		if got := overprintRuns(s); got != nil {
			t.Errorf("overprintRuns(%q) = %v, want none", s, got)
		}
	}
}

// FuzzOverprintRuns checks that the runs overprintRuns finds lie in the
// text, in order, and hold only overprinted words.
func FuzzOverprintRuns(f *testing.F) {
	f.Add("Art. 15 Bepaling  IIImmmppprrriiimmmeeerrriiieee ccceeennntttrrraaallleee ––– CCCeeennntttrrraaallleee")
	f.Add("eee eee ––– aaabbb")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<16 {
			return
		}
		prev := 0
		for _, z := range overprintRuns(s) {
			if z[0] < prev || z[1] <= z[0] || z[1] > len(s) {
				t.Fatalf("run %v out of order or bounds (after %d, len %d)", z, prev, len(s))
			}
			spaceWords(s[z[0]:z[1]], func(i, j int) {
				if w := s[z[0]+i : z[0]+j]; !overprintedWord(w) {
					t.Fatalf("run %v holds %q", z, w)
				}
			})
			prev = z[1]
		}
	})
}
