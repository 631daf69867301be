package align

import (
	"errors"
	"strings"
	"testing"
)

// The opening of a resolution (testdata/kazakhstan.txt) in French and
// Dutch, and as a misrouted file would hold it in four other languages.
var langTexts = map[string]string{
	"fr": `A. considérant que le Kazakhstan est lié par la Déclaration universelle des droits de l'homme et qu'il a ratifié le Pacte international relatif aux droits civils et politiques;

B. considérant que les autorités ont arrêté 208 militants et journalistes depuis janvier 2022 et que ces arrestations ne sont pas conformes à ses obligations;

1. demande au gouvernement fédéral de faire part de ces préoccupations aux autorités du Kazakhstan à tous les niveaux.`,
	"nl": `A. overwegende dat Kazachstan gebonden is door de Universele Verklaring van de Rechten van de Mens en dat het het Internationaal Verdrag inzake burgerrechten en politieke rechten heeft geratificeerd;

B. overwegende dat de autoriteiten sinds januari 2022 208 activisten en journalisten hebben gearresteerd en dat die arrestaties niet stroken met zijn verplichtingen;

1. verzoekt de federale regering die bezorgdheden op alle niveaus bij de autoriteiten van Kazachstan aan te kaarten.`,
	"English": `A. whereas Kazakhstan is bound by the Universal Declaration of Human Rights and has ratified the International Covenant on Civil and Political Rights;

B. whereas the authorities have arrested 208 activists and journalists since January 2022, and that these arrests are not consistent with its obligations;

1. calls on the federal government to raise these concerns with the authorities of Kazakhstan at every level.`,
	"German": `A. in der Erwägung, dass Kasachstan an die Allgemeine Erklärung der Menschenrechte gebunden ist und den Internationalen Pakt über bürgerliche und politische Rechte ratifiziert hat;

B. in der Erwägung, dass die Behörden seit Januar 2022 insgesamt 208 Aktivisten und Journalisten festgenommen haben und dass diese Festnahmen nicht mit den Verpflichtungen des Landes vereinbar sind;

1. fordert die Bundesregierung auf, diese Bedenken gegenüber den Behörden von Kasachstan auf allen Ebenen zur Sprache zu bringen.`,
	"Spanish": `A. considerando que Kazajistán está obligado por la Declaración Universal de Derechos Humanos y ha ratificado el Pacto Internacional de Derechos Civiles y Políticos;

B. considerando que las autoridades han detenido a 208 activistas y periodistas desde enero de 2022, y que estas detenciones no son compatibles con sus obligaciones;

1. pide al gobierno federal que plantee estas preocupaciones a las autoridades de Kazajistán en todos los niveles.`,
	"Italian": `A. considerando che il Kazakhstan è vincolato dalla Dichiarazione universale dei diritti dell'uomo e che ha ratificato il Patto internazionale sui diritti civili e politici;

B. considerando che le autorità hanno arrestato 208 attivisti e giornalisti dal gennaio 2022 e che questi arresti non sono conformi ai suoi obblighi; che questo è stato denunciato nella relazione della commissione;

1. chiede al governo federale di sollevare queste preoccupazioni presso le autorità del Kazakhstan a tutti i livelli, anche nel quadro delle relazioni degli Stati membri.`,
}

// TestForeignFile: a document in two files is refused when its French or
// its Dutch file is in another language, even though the other file's
// French or Dutch words outnumber the foreign ones in the whole document;
// the French and Dutch files, and a Dutch file quoting an English
// sentence, are read.
func TestForeignFile(t *testing.T) {
	pair := func(fr, nl string) error {
		a, err := Decode("x.fr.txt", []byte(fr), "")
		if err != nil {
			t.Fatal(err)
		}
		b, err := Decode("x.nl.txt", []byte(nl), "")
		if err != nil {
			t.Fatal(err)
		}
		doc, _, err := fromSources(a, b)
		if err != nil {
			t.Fatal(err)
		}
		return usable(doc)
	}
	fr, nl := langTexts["fr"], langTexts["nl"]
	if err := pair(fr, nl); err != nil {
		t.Errorf("French and Dutch: %v", err)
	}
	quoting := nl + "\n\n2. verwijst naar het rapport \"Kazakhstan: the authorities have arrested those who were there\" van de organisatie."
	if err := pair(fr, quoting); err != nil {
		t.Errorf("Dutch quoting English: %v", err)
	}
	// The files given the wrong way round.
	swapped := pair(strings.Repeat(nl+"\n\n", 2), strings.Repeat(fr+"\n\n", 2))
	if !errors.Is(swapped, ErrNotBilingual) || !strings.HasPrefix(swapped.Error(), "not a bilingual document: the French file is Dutch (") || !strings.HasSuffix(swapped.Error(), "swap --fr and --nl") {
		t.Errorf("swapped files: %v", swapped)
	}
	for _, lang := range []string{"English", "German", "Spanish", "Italian"} {
		// Three times the French text: more French words than the foreign
		// file has foreign ones.
		long := strings.Repeat(fr+"\n\n", 3)
		for _, c := range []struct{ fr, nl, side string }{
			{langTexts[lang], strings.Repeat(nl+"\n\n", 3), "French"},
			{long, langTexts[lang], "Dutch"},
		} {
			err := pair(c.fr, c.nl)
			want := "not a French-Dutch document: the " + c.side + " file is " + lang + " ("
			if !errors.Is(err, ErrNotFrenchDutch) || !strings.HasPrefix(err.Error(), want) {
				t.Errorf("%s as the %s file: %v, want %q…", lang, c.side, err, want)
			}
		}
		// One file of that language alone.
		src, err := Decode("x.txt", []byte(langTexts[lang]), "")
		if err != nil {
			t.Fatal(err)
		}
		doc := build("blocks", "x.txt", "x.txt", "x.txt", BlockLayout(src))
		if err := usable(doc); err == nil || !strings.HasPrefix(err.Error(), "not a French-Dutch document: the text is "+lang+" (") {
			t.Errorf("%s alone: %v", lang, err)
		}
	}
}
