package checks

// French, Dutch and English write names from Cyrillic and other scripts
// each by their own conventions: Loukachenko, Loekasjenko and Lukashenko are
// one man. spellingDistance counts the edits between two folded names that
// these conventions do not explain.

// translitGroups are spellings of one sound; any member may stand for any
// other in the same group at no cost. Members are folded (no accents).
var translitGroups = [][]string{
	{"ou", "oe", "u"},         // Loukachenko, Loekasjenko; Nour, Noer, Nur
	{"ch", "sh", "sj", "sch"}, // Loukachenko, Loekasjenko, Lukashenko
	{"kh", "ch"},              // Khodorkovski, Chodorkovski
	{"tch", "tsj", "ch"},      // Tchaïkovski, Tsjaikovski
	{"zh", "j", "zj"},         // Jirinovski, Zjirinovski, Zhirinovsky
	{"dj", "dzh", "dzj"},      // Djoumaïev, Dzhumayev, Dzjoemajev
	{"i", "y", "j"},           // Magnitski, Magnitsky; Sergei, Sergej
	{"ks", "x"},               // Alexandre, Aleksandr
	{"gu", "g"},               // Sergueï, Sergei
	{"ts", "tz"},              // Kuznetsov, Kusnetzow
	{"v", "w"},                // Ivanov, Iwanow
	{"-", " "},                // Nour-Otan, Nour Otan
}

// translitPairs maps a first rune to the (from, to) pairs whose from part
// starts with it.
var translitPairs = func() map[rune][][2][]rune {
	m := map[rune][][2][]rune{}
	for _, g := range translitGroups {
		for _, a := range g {
			for _, b := range g {
				if a == b {
					continue
				}
				ra := []rune(a)
				m[ra[0]] = append(m[ra[0]], [2][]rune{ra, []rune(b)})
			}
		}
	}
	return m
}()

// spellingDistance returns the number of letter edits (insert, delete,
// replace, swap two neighbours) that turn a into b, not counting the
// conventional spellings of translitGroups nor a French final e
// (Alexandre, Aleksandr). Both are folded.
func spellingDistance(a, b string) int {
	s, t := []rune(a), []rune(b)
	const inf = 1 << 30
	w := len(t) + 1
	d := make([]int, (len(s)+1)*w)
	for i := range d {
		d[i] = inf
	}
	d[0] = 0
	relax := func(i, j, v int) {
		if i <= len(s) && j <= len(t) && v < d[i*w+j] {
			d[i*w+j] = v
		}
	}
	finalE := func(r []rune, i int) bool {
		return r[i] == 'e' && i > 0 && !isVowel(r[i-1]) && (i+1 == len(r) || r[i+1] == ' ' || r[i+1] == '-')
	}
	for i := 0; i <= len(s); i++ {
		for j := 0; j <= len(t); j++ {
			v := d[i*w+j]
			if v == inf {
				continue
			}
			if i < len(s) {
				c := 1
				if finalE(s, i) {
					c = 0
				}
				relax(i+1, j, v+c)
			}
			if j < len(t) {
				c := 1
				if finalE(t, j) {
					c = 0
				}
				relax(i, j+1, v+c)
			}
			if i < len(s) && j < len(t) {
				c := 1
				if s[i] == t[j] {
					c = 0
				}
				relax(i+1, j+1, v+c)
				if i+1 < len(s) && j+1 < len(t) && s[i] == t[j+1] && s[i+1] == t[j] {
					relax(i+2, j+2, v+1)
				}
				for _, p := range translitPairs[s[i]] {
					if hasRunePrefix(s[i:], p[0]) && hasRunePrefix(t[j:], p[1]) {
						relax(i+len(p[0]), j+len(p[1]), v)
					}
				}
			}
		}
	}
	return d[len(s)*w+len(t)]
}

func hasRunePrefix(s, p []rune) bool {
	if len(p) > len(s) {
		return false
	}
	for i := range p {
		if s[i] != p[i] {
			return false
		}
	}
	return true
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}
