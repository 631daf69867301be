package langdata

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// The word lists below decide which capitalised words can belong to a
// person's name. They hold folded forms (lower case, no accents).

// WordSet is a set of folded words.
type WordSet map[string]bool

// NewWordSet returns the set of the words of lists, which are separated by
// white space.
func NewWordSet(lists ...string) WordSet {
	s := WordSet{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			s[w] = true
		}
	}
	return s
}

// NameParticles are the lower-case or capitalised words that join the parts
// of a name: François De Smet, Nicole de Moor, Koen Van Osselaer.
var NameParticles = NewWordSet(`de du d van der den von ter ten le la di da del della dos das al el bin ibn`)

// TitleWords are honorifics and functions written before a name; they are
// not part of it. Two-word titles (de heer, premier ministre) are matched
// on their last word after the first, see titleAt.
var TitleWords = NewWordSet(`
m mm mme mmes mlle mlles me dr prof mr mevrouw mevr heer dhr meneer juffrouw
monsieur madame mademoiselle messieurs mesdames heren dames president presidente voorzitter voorzitster
ministre minister senateur senatrice senator depute deputee volksvertegenwoordiger
ambassadeur ambassadrice koning koningin roi reine prins prince princesse prinses
generaal general rechter juge commissaris commissaire staatssecretaris
`)

// PluralTitles address several persons, whose names follow in a list:
// "MM. Jambon et Francken", "de heren Jambon en Francken".
var PluralTitles = NewWordSet(`mm mmes messieurs mesdames heren dames`)

// ListJoiners join the names of a list after a plural title.
var ListJoiners = NewWordSet(`et en`)

// Honorifics are the titles of address among titleWords: a particle after
// them belongs to the name (M. de Villepin, mevrouw van der Straeten),
// where after a function it names the place (président du Venezuela).
var Honorifics = NewWordSet(`m mm mme mmes mlle mlles me dr prof mr mevrouw mevr heer dhr meneer juffrouw monsieur madame mademoiselle messieurs mesdames heren dames`)

// TitleLeads are first words of two-word titles: "de heer", "premier
// ministre", "eerste minister".
var TitleLeads = map[string]WordSet{
	"de":         NewWordSet("heer heren"),
	"premier":    NewWordSet("ministre minister"),
	"eerste":     NewWordSet("minister"),
	"vice":       NewWordSet("premier eerste"),
	"secretaire": NewWordSet("d"),
}

// TitleKeys tells apart the keys that are neither a title word nor the
// first word of a two-word title, so that most words of a text are passed
// over without a look-up.
var TitleKeys = NewKeyFilter(TitleWords, NewWordSet(strings.Join(slices.Collect(maps.Keys(TitleLeads)), " ")))

// stopWords are French and Dutch function words and frequent sentence
// openers; capitalised, they start a sentence rather than a name.
var stopWords = NewWordSet(`
le la les l un une des du au aux ce cet cette ces cela celle celui ceux celles
il elle ils elles on nous vous je tu en et ou mais donc or ni car que qui quoi dont
dans par pour sur sous avec sans chez entre vers selon depuis pendant lors apres avant
a ainsi alors aussi bien cependant certes comme d ailleurs enfin ensuite encore
force meme neanmoins notamment outre par partant plus pourtant puis quant si
tout tous toute toutes toutefois vu considerant attendu demande decide
de het een en of maar want dus dat die dit deze wie wat waar wanneer hoe
in op aan met van voor door bij uit naar over onder tegen tussen sinds tijdens
na om te tot zonder volgens zowel ook al nog reeds eerder onlangs momenteel
hij zij ze wij we jullie u ik er daar hier toen nu thans verder bovendien
echter immers daarom dan zo als indien mits wijst stelt merkt verwijst gelet
overwegende verzoekt vraagt besluit geeft attendeert vestigt
the of and for to on with by at from
`)

// MonthWords are month and day names, capitalised in titles and headings.
var MonthWords = NewWordSet(`
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
januari februari maart april juni juli augustus oktober
lundi mardi mercredi jeudi vendredi samedi dimanche
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
january february march may june july august october december
`)

// InstitutionWords are nouns and adjectives that make a capitalised
// sequence the name of an institution, a body, a text or a place rather than
// of a person: Werkgroep Willekeurige Detentie, Binnenlandse Zaken.
var InstitutionWords = NewWordSet(`
union unie nations naties unies verenigde conseil raad cour hof tribunal rechtbank
parlement parlementaire parliament assemblee vergadering assemblee senat senaat
chambre kamer commission commissie comite committee groupe groep werkgroep bureau
office dienst service services diensten agence agentschap autorite autoriteit
organisation organisatie organization institut instituut institute fondation stichting
federation federatie association vereniging ligue liga centre centrum center
banque bank fonds fund programme programma ministere ministerie departement department
gouvernement regering government administration administratie direction directie
republique republiek royaume koninkrijk etat etats staat staten state states
region regio gewest communaute gemeenschap province provincie commune gemeente ville stad
code wetboek loi wet decret decreet arrete besluit constitution grondwet
convention verdrag pacte pact charte handvest declaration verklaring traite protocol protocole
accord akkoord overeenkomst resolution resolutie directive richtlijn reglement
parti partij partiya partiyasy mouvement beweging front alliance alliantie
europeen europeenne europe europa europees europese european
international internationale internationaal nationale national nationaal
federal federale federaal royal royale koninklijk koninklijke
constitutionnelle grondwettelijk superieur hoge hoog general generale algemene
democratique democratiques democratische democratic democrate democratisch
sociale social sociaal economique economische economie economy
zaken affaires interieur binnenlandse buitenlandse etrangeres etrangers vreemdelingenzaken
justice justitie finances financien sante volksgezondheid emploi werk travail
securite veiligheid cooperation samenwerking samenwerkingsraad cooperatie
droits rechten mensenrechten mensenrechtenraad homme mens
detention detentie willekeurige arbitraire torture foltering
instellingen institutions inspectie inspection migratie migration asile asiel
vlaamse vlaams flamand flamande wallon wallonne waalse waals bruxelles brussel brusselse
capitale hoofdstedelijk hoofdstedelijke francaise franse germanophone duitstalige
belgique belgie belge belgisch belgische belgian kazakhstan kazachstan
universal periodic review universelle universele
asie azie centrale centraal afrique afrika amerique amerika
nord noord sud zuid est oost ouest west
saint sint sainte
`)

// PlaceWords are places that occur next to capitalised words.
var PlaceWords = NewWordSet(`
minsk aktau almaty astana nur sultan moscou moskou kiev kyiv bruxelles brussel
strasbourg straatsburg geneve geneva luxembourg luxemburg haye haag vienne wenen
paris parijs londres londen berlin berlijn washington pekin peking new york
allemagne duitsland autriche oostenrijk belgique belgie bulgarie bulgarije chypre cyprus
croatie kroatie danemark denemarken espagne spanje estonie estland finlande finland
france frankrijk grece griekenland hongrie hongarije irlande ierland italie italie
lettonie letland lituanie litouwen malte malta pays bas nederland pologne polen
portugal roumanie roemenie slovaquie slowakije slovenie suede zweden tchequie tsjechie
royaume uni verenigd koninkrijk suisse zwitserland norvege noorwegen russie rusland
ukraine oekraine bielorussie wit rusland turquie turkije chine china etats unis
kazakhstan kazachstan kirghizistan kirgizie ouzbekistan oezbekistan tadjikistan
tadzjikistan turkmenistan azerbaidjan azerbeidzjan armenie georgie georgie iran irak
syrie syrie israel palestine palestina egypte egypte maroc marokko algerie algerije
tunisie tunesie congo rwanda burundi inde india japon japan
austria belgium bulgaria croatia cyprus czechia denmark estonia finland germany greece
hungary ireland italy latvia lithuania luxemburg netherlands poland romania slovakia
slovenia spain sweden switzerland norway russia turkey kingdom united
`)

// FurnitureWords head the furniture of a document rather than name
// anyone: the table of contents ("Inhoud Blz.", "Sommaire Pages") and the
// captions of tables, charts and annexes, capitalised before what they
// announce.
var FurnitureWords = NewWordSet(`
inhoud inhoudsopgave blz sommaire pages page tabel tableau tabelle grafiek graphique
figuur figure bron source sources bijlage annexe annexes totaal total
`)

// PubAcronyms are the Chamber's publication series, written in capitals
// next to capitalised words on cover pages.
var PubAcronyms = NewWordSet(`doc qrva criv crabv plen com mot`)

// IsStopWord reports whether the folded word w is a function word, a month
// or an institution word.
func IsStopWord(w string) bool {
	return stopWords[w] || MonthWords[w]
}

// LatinPhrases are Latin phrases written in italics in legal texts; they are
// not foreign phrases to carry over.
var LatinPhrases = NewWordSet(`
in_casu a_fortiori a_priori a_posteriori ad_hoc ab_initio bona_fide de_facto de_jure
ex_officio ex_ante ex_post inter_alia mutatis_mutandis per_se prima_facie
sui_generis status_quo vice_versa et_al ibidem idem infra supra op_cit
in_fine in_extremis in_limine erga_omnes ratione_materiae ratione_personae
`)

// GivenNameForms are given names each language writes its own way, kings
// and saints mostly (Philippe, Filip; Baudouin, Boudewijn): the folded
// form of one language to the French one.
var GivenNameForms = map[string]string{
	"filip": "philippe", "filips": "philippe", "boudewijn": "baudouin", "karel": "charles",
	"leopold": "leopold", "albrecht": "albert", "elisabeth": "elisabeth", "mathilde": "mathilde",
	"jozef": "joseph", "pieter": "pierre", "jan": "jean", "willem": "guillaume", "hendrik": "henri",
}

// CanonicalName returns the French form of a folded given name, or the
// name itself; a compound that starts with one (Boudewijnstichting) gives
// that name.
func CanonicalName(w string) string {
	if c, ok := GivenNameForms[w]; ok {
		return c
	}
	for k, c := range GivenNameForms {
		if len(k) >= 5 && strings.HasPrefix(w, k) {
			return c
		}
	}
	return w
}

// nounSuffixes end words of French, Dutch and English that are common
// nouns or adjectives rather than a person's name: a capitalised run
// holding one is the name of a body, a text, a programme or a place
// (Trade Exchanges, Kroatische Ombudsvrouw, Biological Diversity).
var nounSuffixes = []string{
	"ation", "ations", "atie", "aties", "tion", "tions", "sion", "sions", "ique", "iques",
	"isch", "ische", "iteit", "ity", "ities", "ness", "ship", "schap", "heid", "isme", "ism",
	"ogy", "ogie", "ance", "ances", "ence", "ences", "ency", "ancy", "ments", "ings", "aire",
	"aires", "ies", "ing", "oire", "ule", "ment", "eur", "eurs", "rice", "ief", "ieve", "ual",
	"ural", "ial", "icy", "egy", "bly", "schappen", "talig", "talige", "ismo", "ento", "idad", "ativo",
}

// institutionHeads end Dutch compounds that name a body (Documentatiecentrum,
// Verzoeningscommissie, Kruispuntbank): the institution noun at the end
// of the word.
var institutionHeads = []string{
	"centrum", "commissie", "bank", "raad", "dienst", "fonds", "instituut", "agentschap",
	"comite", "bureau", "hof", "rechtbank", "ministerie", "vereniging", "federatie", "stichting",
	"partij", "beweging", "museum", "school", "ziekenhuis", "kazerne", "luchthaven", "station",
}

// NounLike reports whether the folded word w ends like a common noun or
// an adjective (nounSuffixes), a Dutch compound naming a body
// (institutionHeads), or a Dutch adjective made from a place
// (Nederlandse, Limburgse, Chinese), not like a name.
func NounLike(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 5 {
		return false
	}
	for _, suf := range nounSuffixes {
		if strings.HasSuffix(w, suf) && n >= len(suf)+3 {
			return true
		}
	}
	// -al ends adjectives (National, Central, Federal) and names alike
	// (Pascal, Clarinval, Duval): the adjectives are English words too.
	if strings.HasSuffix(w, "al") && EnglishWord(w) {
		return true
	}
	for _, h := range institutionHeads {
		if strings.HasSuffix(w, h) && n >= utf8.RuneCountInString(h)+4 {
			return true
		}
	}
	if n >= 6 && strings.HasSuffix(w, "se") && !strings.HasSuffix(w, "sse") {
		r, _ := utf8.DecodeLastRuneInString(w[:len(w)-2])
		return r == 'e' || !IsVowel(r) // Nederlandse, Chinese; not Louise, Rose
	}
	return false
}

// IsVowel reports whether r is a lower-case Latin vowel letter (y
// included) without accent.
func IsVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// NameAbbrevs are abbreviations whose period does not close a sentence
// (art., cf., nr., bijv., prof.): a capital after them does not open one.
var NameAbbrevs = NewWordSet(`art al cf etc nr no n p pp vol ed eds resp bijv vgl zgn enz dr prof st doc parl fl vl`)
