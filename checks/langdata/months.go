package langdata

// FrenchMonths and DutchMonths are the month names of each language,
// folded (lower case, no accents), with their numbers (January is 1).
var FrenchMonths = map[string]int{
	"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
	"juillet": 7, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}

// DutchMonths: see FrenchMonths.
var DutchMonths = map[string]int{
	"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6,
	"juli": 7, "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}

// FrenchMonthAbbrevs and DutchMonthAbbrevs are the month abbreviations
// of each language, folded, written with a final dot; the date reader
// counts them as a month only next to a day or a year.
var FrenchMonthAbbrevs = map[string]int{
	"janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// DutchMonthAbbrevs: see FrenchMonthAbbrevs.
var DutchMonthAbbrevs = map[string]int{
	"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"okt": 10, "nov": 11, "dec": 12,
}

// FrenchWeekdays and DutchWeekdays are the weekday names of each
// language, folded, with their numbers (Monday is 1).
var FrenchWeekdays = map[string]int{
	"lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
}

// DutchWeekdays: see FrenchWeekdays.
var DutchWeekdays = map[string]int{
	"maandag": 1, "dinsdag": 2, "woensdag": 3, "donderdag": 4, "vrijdag": 5, "zaterdag": 6, "zondag": 7,
}
