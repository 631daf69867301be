package align

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// Recital A and request 1 of the reference document, FR and NL.
const (
	recitalAFR = "A. considérant l'accord de partenariat et de coopération renforcée (APCR) entre l'Union européenne et ses États membres, d'une part, et la République du Kazakhstan, d'autre part, qui est entré entièrement en vigueur le 1er mars 2020;"
	recitalANL = "A. verwijst naar de versterkte partnerschaps- en samenwerkingsovereenkomst tussen de Europese Unie en haar lidstaten, enerzijds, en de Republiek Kazachstan, anderzijds, die op 1 maart 2020 ten volle van kracht is geworden;"
)

const tmxSample = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="fr-BE" datatype="plaintext" segtype="paragraph" adminlang="fr" creationtool="t" creationtoolversion="1" o-tmf="t"/>
  <body>
    <tu tuid="recital:A">
      <tuv xml:lang="nl-BE"><seg>` + recitalANL + `</seg></tuv>
      <tuv xml:lang="fr-BE"><seg>` + recitalAFR + `</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="fr"><seg>Le <bpt i="1">&lt;b&gt;</bpt>Kazakhstan<ept i="1">&lt;/b&gt;</ept> &amp; la Belgique</seg></tuv>
      <tuv xml:lang="nl"><seg>Kazachstan &amp; België</seg></tuv>
    </tu>
  </body>
</tmx>
`

func TestReadTMX(t *testing.T) {
	doc, err := ReadTMX("k.tmx", strings.NewReader(tmxSample))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pairs) != 2 || doc.Layout != "tmx" {
		t.Fatalf("%d pairs, layout %s", len(doc.Pairs), doc.Layout)
	}
	a := doc.Pairs[0]
	if a.Key != "recital:A" || a.FR.Text.S != recitalAFR || a.NL.Text.S != recitalANL {
		t.Errorf("pair 1: %s %q / %q", a.Key, a.FR.Text.S, a.NL.Text.S)
	}
	if p := a.FR.Text.Pos(0); p.Line != 7 || p.Col != 34 {
		t.Errorf("recital:A FR at %d:%d, want 7:34", p.Line, p.Col)
	}
	b := doc.Pairs[1]
	if b.Key != "para:2" || b.FR.Text.S != "Le Kazakhstan & la Belgique" || b.NL.Text.S != "Kazachstan & België" {
		t.Errorf("pair 2: %s %q / %q", b.Key, b.FR.Text.S, b.NL.Text.S)
	}
}

func TestReadTMXOtherLanguages(t *testing.T) {
	s := strings.NewReplacer(`"nl-BE"`, `"en-GB"`, `"nl"`, `"de"`, `"fr-BE"`, `"en-US"`, `"fr"`, `"it"`).Replace(tmxSample)
	_, err := ReadTMX("x.tmx", strings.NewReader(s))
	if !errors.Is(err, ErrNotBitext) {
		t.Errorf("err = %v, want ErrNotBitext", err)
	}
}

const xliff12Sample = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="k.txt" source-language="nl-BE" target-language="fr-BE" datatype="plaintext">
    <body>
      <trans-unit id="recital:A">
        <source>` + recitalANL + `</source>
        <target>` + recitalAFR + `</target>
        <alt-trans><target>niet dit</target></alt-trans>
      </trans-unit>
      <trans-unit id="7">
        <source>Kazachstan <g id="1">en</g> België<x id="2"/></source>
        <target>Kazakhstan <g id="1">et</g> Belgique<ph id="3">{0}</ph></target>
      </trans-unit>
    </body>
  </file>
</xliff>
`

const xliff20Sample = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="nl">
  <file id="f1">
    <unit id="recital:A">
      <segment><source>` + recitalAFR + `</source><target>` + recitalANL + `</target></segment>
    </unit>
    <unit id="u2">
      <segment><source>Kazakhstan.</source><target>Kazachstan.</target></segment>
      <ignorable><source> </source><target> </target></ignorable>
      <segment><source><pc id="1">Belgique</pc><ph id="2"/></source><target><pc id="1">België</pc></target></segment>
    </unit>
  </file>
</xliff>
`

func TestReadXLIFF(t *testing.T) {
	for name, s := range map[string]string{"1.2": xliff12Sample, "2.0": xliff20Sample} {
		doc, err := ReadXLIFF("k.xlf", strings.NewReader(s))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(doc.Pairs) != 2 {
			t.Fatalf("%s: %d pairs", name, len(doc.Pairs))
		}
		a := doc.Pairs[0]
		if a.Key != "recital:A" || a.FR.Text.S != recitalAFR || a.NL.Text.S != recitalANL {
			t.Errorf("%s pair 1: %s %q / %q", name, a.Key, a.FR.Text.S, a.NL.Text.S)
		}
		b := doc.Pairs[1]
		want := map[string][3]string{"1.2": {"tu:7", "Kazakhstan et Belgique", "Kazachstan en België"}, "2.0": {"tu:u2", "Kazakhstan. Belgique", "Kazachstan. België"}}[name]
		if b.Key != want[0] || b.FR.Text.S != want[1] || b.NL.Text.S != want[2] {
			t.Errorf("%s pair 2: %s %q / %q, want %q", name, b.Key, b.FR.Text.S, b.NL.Text.S, want)
		}
	}
}

func TestReadTSV(t *testing.T) {
	in := "nl\tfr\n" + recitalANL + "\t" + recitalAFR + "\n\nKazachstan\tKazakhstan\n"
	doc, err := ReadTSV("k.tsv", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pairs) != 2 || doc.Pairs[0].Key != "para:1" || doc.Pairs[1].Key != "para:2" {
		t.Fatalf("pairs: %+v", doc.Pairs)
	}
	fr := doc.Pairs[0].FR
	if fr.Text.S != recitalAFR {
		t.Errorf("FR side %q", fr.Text.S)
	}
	wantCol := len([]rune(recitalANL)) + 2
	if p := fr.Text.Pos(0); p.Line != 2 || p.Col != wantCol {
		t.Errorf("FR at %d:%d, want 2:%d", p.Line, p.Col, wantCol)
	}
	if _, err := ReadTSV("bad.tsv", strings.NewReader("a\tb\nc\n")); err == nil || !strings.Contains(err.Error(), "bad.tsv:2") {
		t.Errorf("one column: err = %v", err)
	}
}

func TestLangOf(t *testing.T) {
	for tag, want := range map[string]Lang{"fr": FR, "fr-BE": FR, "FR_be": FR, "nl": NL, "nl-BE": NL, "NL-be": NL, "de": Neutral, "en-GB": Neutral, "": Neutral} {
		if got := LangOf(tag); got != want {
			t.Errorf("LangOf(%q) = %v, want %v", tag, got, want)
		}
	}
}

// bigTMX builds a TMX of n units from the sample's sentences.
func bigTMX(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0"?><tmx version="1.4"><header/><body>` + "\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<tu tuid=\"para:%d\"><tuv xml:lang=\"fr\"><seg>%s</seg></tuv><tuv xml:lang=\"nl\"><seg>%s</seg></tuv></tu>\n", i+1, recitalAFR, recitalANL)
	}
	b.WriteString("</body></tmx>\n")
	return b.Bytes()
}

func BenchmarkReadTMX(b *testing.B) {
	data := bigTMX(2000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadTMX("b.tmx", bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadTSV(b *testing.B) {
	var buf bytes.Buffer
	for i := 0; i < 2000; i++ {
		buf.WriteString(recitalAFR + "\t" + recitalANL + "\n")
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadTSV("b.tsv", bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func checkBitext(t *testing.T, doc *Document, err error) {
	if err != nil {
		return
	}
	for _, p := range doc.Pairs {
		if p.FR == nil && p.NL == nil {
			t.Fatalf("%s: empty pair", p.Key)
		}
		for _, u := range []*Unit{p.FR, p.NL} {
			if u != nil {
				checkTextMap(t, u.Text, 1<<30)
			}
		}
	}
}

func FuzzReadTMX(f *testing.F) {
	f.Add(tmxSample)
	f.Add(string(bigTMX(2)))
	f.Fuzz(func(t *testing.T, s string) {
		defer boundAlloc(t, len(s))()
		doc, err := ReadTMX("f.tmx", strings.NewReader(s))
		checkBitext(t, doc, err)
	})
}

func FuzzReadXLIFF(f *testing.F) {
	f.Add(xliff12Sample)
	f.Add(xliff20Sample)
	f.Fuzz(func(t *testing.T, s string) {
		defer boundAlloc(t, len(s))()
		doc, err := ReadXLIFF("f.xlf", strings.NewReader(s))
		checkBitext(t, doc, err)
	})
}

func FuzzReadTSV(f *testing.F) {
	f.Add("fr\tnl\n" + recitalAFR + "\t" + recitalANL + "\n")
	f.Add("1\ta\tb\n\n\t\n")
	f.Fuzz(func(t *testing.T, s string) {
		defer boundAlloc(t, len(s))()
		doc, err := ReadTSV("f.tsv", strings.NewReader(s))
		checkBitext(t, doc, err)
	})
}

// TestReadTMXConcordKey reads a translation unit as concord's TMX writer
// writes it: the tuid names the document, the property the unit key.
func TestReadTMXConcordKey(t *testing.T) {
	in := `<tmx version="1.4"><body><tu tuid="k.txt#recital:A">
<prop type="x-concord-unit">recital:A</prop><prop type="x-concord-document">k.txt</prop>
<tuv xml:lang="fr-BE"><seg>` + recitalAFR + `</seg></tuv><tuv xml:lang="nl-BE"><seg>` + recitalANL + `</seg></tuv></tu>
<tu tuid="k.txt#para:2"><tuv xml:lang="fr-BE"><seg>Kazakhstan</seg></tuv></tu></body></tmx>`
	doc, err := ReadTMX("k.tmx", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pairs) != 2 || doc.Pairs[0].Key != "recital:A" || doc.Pairs[1].Key != "k.txt#para:2" || doc.Pairs[1].NL != nil {
		t.Errorf("pairs %+v", doc.Pairs)
	}
}

// TestXMLNestBound: a bitext nested deeper than any TMX or XLIFF is
// refused with one line.
func TestXMLNestBound(t *testing.T) {
	in := `<tmx version="1.4"><body><tu><tuv xml:lang="fr"><seg>` + strings.Repeat("<hi>", maxXMLNest) + `x`
	_, err := ReadTMX("deep.tmx", strings.NewReader(in))
	if err == nil || !strings.Contains(err.Error(), "nested more than") {
		t.Errorf("ReadTMX(deep) = %v, want an error about nesting", err)
	}
}
