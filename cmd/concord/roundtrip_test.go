package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Recital B and request 1 of the reference document, in both languages.
const (
	rtRecitalBFR = "B. considérant que le Kazakhstan est lié par la Déclaration universelle des droits de l'homme, le Pacte international relatif aux droits civils et politiques et la Convention des Nations Unies contre la torture et autres peines ou traitements cruels, inhumains ou dégradants;"
	rtRecitalBNL = "B. geeft aan dat Kazachstan is gebonden door de Universele Verklaring van de Rechten van de Mens, door het Internationaal VN-Verdrag inzake burgerrechten en politieke rechten en door het VN-Verdrag tegen foltering en andere wrede, onmenselijke of onterende behandeling of bestrafing;"
	rtRequest1FR = "1. d'inviter urgentement le Kazakhstan à respecter ses engagements internationaux relatifs aux droits de l'homme, en ce compris l'accord de partenariat et de coopération renforcée, mais aussi le droit à la liberté de réunion pacifique et d'association et la liberté d'expression;"
	rtRequest1NL = "1. Kazachstan dringend te verzoeken niet alleen zijn internationale verbintenissen in verband met de mensenrechten – inclusief de versterkte partnerschappen en samenwerkingsovereenkomst – na te leven, maar daarnaast ook het recht op vrijheid van vreedzame vergadering en van vereniging evenals de vrijheid van meningsuiting te eerbiedigen;"
)

// xmlEscape escapes the text of an XML element.
var xmlEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace

// roundTripInputs are the same three units as a TMX, an XLIFF 1.2 file
// (Dutch source), an XLIFF 2.0 file (French source) and a TSV table. The
// third unit is French only in the TMX and the XLIFF files, and holds an
// ampersand and inline codes.
var roundTripInputs = map[string]string{
	"tm.tmx": `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="fr-BE" datatype="plaintext" segtype="paragraph" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>
<body>
<tu tuid="recital:B"><tuv xml:lang="fr-BE"><seg>` + xmlEscape(rtRecitalBFR) + `</seg></tuv><tuv xml:lang="nl-BE"><seg>` + xmlEscape(rtRecitalBNL) + `</seg></tuv></tu>
<tu tuid="request:1"><tuv xml:lang="nl"><seg>` + xmlEscape(rtRequest1NL) + `</seg></tuv><tuv xml:lang="fr"><seg>` + xmlEscape(rtRequest1FR) + `</seg></tuv></tu>
<tu><tuv xml:lang="fr-BE"><seg>Le <bpt i="1">&lt;b&gt;</bpt>Kazakhstan<ept i="1">&lt;/b&gt;</ept> &amp; la Belgique</seg></tuv></tu>
</body></tmx>
`,
	"cat12.xlf": `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="k.txt" source-language="nl-BE" target-language="fr-BE" datatype="plaintext"><body>
<trans-unit id="recital:B"><source>` + xmlEscape(rtRecitalBNL) + `</source><target>` + xmlEscape(rtRecitalBFR) + `</target></trans-unit>
<trans-unit id="request:1"><source>` + xmlEscape(rtRequest1NL) + `</source><target>` + xmlEscape(rtRequest1FR) + `</target></trans-unit>
<trans-unit id="3"><source></source><target>Le <g id="1">Kazakhstan</g> &amp; la Belgique<x id="2"/></target></trans-unit>
</body></file></xliff>
`,
	"cat20.xlf": `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr-BE" trgLang="nl-BE"><file id="f1">
<unit id="recital:B"><segment><source>` + xmlEscape(rtRecitalBFR) + `</source><target>` + xmlEscape(rtRecitalBNL) + `</target></segment></unit>
<unit id="request:1"><segment><source>` + xmlEscape(rtRequest1FR) + `</source><target>` + xmlEscape(rtRequest1NL) + `</target></segment></unit>
<unit id="u3"><segment><source>Le <pc id="1">Kazakhstan</pc> &amp; la Belgique<ph id="2"/></source></segment></unit>
</file></xliff>
`,
	"table.tsv": "fr\tnl\n" + rtRecitalBFR + "\t" + rtRecitalBNL + "\n" + rtRequest1FR + "\t" + rtRequest1NL + "\nLe Kazakhstan & la Belgique\tKazachstan & België\n",
}

type rtPair struct {
	Unit   string
	FR, NL string
}

// alignedPairs runs concord align --format json on path and returns its
// pairs: keys and whole texts.
func alignedPairs(t *testing.T, path string) []rtPair {
	t.Helper()
	out, stderr, code := runBin(t, "", "align", "--format", "json", path)
	if code != 0 {
		t.Fatalf("align %s: exit %d: %s", path, code, stderr)
	}
	var env struct {
		Documents []struct {
			Pairs []struct {
				Unit   string
				FR, NL *struct{ Text string }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &env); err != nil || len(env.Documents) != 1 {
		t.Fatalf("align %s: %v: %s", path, err, out)
	}
	var ps []rtPair
	for _, p := range env.Documents[0].Pairs {
		r := rtPair{Unit: p.Unit}
		if p.FR != nil {
			r.FR = p.FR.Text
		}
		if p.NL != nil {
			r.NL = p.NL.Text
		}
		ps = append(ps, r)
	}
	return ps
}

// TestBitextRoundTrip reads each bitext format, writes its pairs with
// align --format tmx, reads that TMX back and wants the same pairs: the
// same unit keys, the same French and Dutch texts, one-sided units kept
// one-sided. A second round through TMX gives the same pairs again.
func TestBitextRoundTrip(t *testing.T) {
	dir := t.TempDir()
	wantKeys := map[string][]string{
		"tm.tmx":    {"recital:B", "request:1", "para:3"},
		"cat12.xlf": {"recital:B", "request:1", "tu:3"},
		"cat20.xlf": {"recital:B", "request:1", "tu:u3"},
		"table.tsv": {"para:1", "para:2", "para:3"},
	}
	for name, content := range roundTripInputs {
		t.Run(name, func(t *testing.T) {
			in := filepath.Join(dir, name)
			if err := os.WriteFile(in, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			first := alignedPairs(t, in)
			var keys []string
			for _, p := range first {
				keys = append(keys, p.Unit)
			}
			if !reflect.DeepEqual(keys, wantKeys[name]) {
				t.Fatalf("keys %q, want %q", keys, wantKeys[name])
			}
			if first[0].FR != rtRecitalBFR || first[0].NL != rtRecitalBNL || first[1].FR != rtRequest1FR || first[1].NL != rtRequest1NL {
				t.Errorf("texts read: %q", first[:2])
			}
			if first[2].FR != "Le Kazakhstan & la Belgique" {
				t.Errorf("third unit: %q", first[2])
			}

			tmx := filepath.Join(dir, name+".tmx")
			if _, stderr, code := runBin(t, "", "align", "--format", "tmx", "-o", tmx, in); code != 0 {
				t.Fatalf("align --format tmx: exit %d: %s", code, stderr)
			}
			second := alignedPairs(t, tmx)
			if !reflect.DeepEqual(first, second) {
				t.Errorf("read back from TMX:\n%q\nwant\n%q", second, first)
			}

			again := filepath.Join(dir, name+".2.tmx")
			if _, stderr, code := runBin(t, "", "align", "--format", "tmx", "-o", again, tmx); code != 0 {
				t.Fatalf("second round: exit %d: %s", code, stderr)
			}
			if third := alignedPairs(t, again); !reflect.DeepEqual(first, third) {
				t.Errorf("second round:\n%q\nwant\n%q", third, first)
			}
		})
	}
}

// TestXLIFFRoundTrip writes the sample's pairs as XLIFF 1.2 and 2.0 and
// reads each back: the same texts in the same order, and from 1.2, whose
// unit ids are the unit keys, the same keys.
func TestXLIFFRoundTrip(t *testing.T) {
	dir := t.TempDir()
	first := alignedPairs(t, "../../testdata/kazakhstan.txt")
	for _, v := range []string{"1.2", "2.0"} {
		out := filepath.Join(dir, "k"+v+".xlf")
		if _, stderr, code := runBin(t, "", "align", "--format", "xliff", "--xliff-version", v, "-o", out, "../../testdata/kazakhstan.txt"); code != 0 {
			t.Fatalf("align --format xliff --xliff-version %s: exit %d: %s", v, code, stderr)
		}
		back := alignedPairs(t, out)
		if len(back) != len(first) {
			t.Fatalf("XLIFF %s: %d pairs read back, want %d", v, len(back), len(first))
		}
		for i := range first {
			want := first[i]
			if v == "2.0" {
				want.Unit = back[i].Unit // 2.0 ids are u1, u2, …
			}
			if back[i] != want {
				t.Errorf("XLIFF %s: pair %d read back as %q, want %q", v, i, back[i], want)
			}
		}
	}
}
