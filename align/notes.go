package align

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/internal/lazyregexp"
)

// ptNote is a footnote found at the foot of a column.
type ptNote struct {
	num   string
	t     Text
	lines []int
}

var noteStartRE = lazyregexp.New(`^(\d{1,3}) +[\p{L}(“"'‘]|^(\d{1,3}) +https?:`)

// splitNotes separates the footnotes at the foot of a column from its body.
// A line "6 La justification …" starts the footnote zone only if the body
// above it holds marker 6 glued to a word or a year ("20066"); the notes
// that follow must be numbered 7, 8, … in turn, other lines continue the
// note before them.
func splitNotes(lines []ptLine) (body []ptLine, notes []ptNote) {
	for k := 1; k < len(lines); k++ {
		m := noteStartRE.FindStringSubmatch(lines[k].t.S)
		if m == nil {
			continue
		}
		num := m[1] + m[2]
		marked := false
		for _, l := range lines[:k] {
			if len(gluedMarkers(l.t.S, map[string]bool{num: true})) > 0 {
				marked = true
				break
			}
		}
		if !marked {
			continue
		}
		next, _ := strconv.Atoi(num)
		for _, l := range lines[k:] {
			if m := noteStartRE.FindStringSubmatch(l.t.S); m != nil && m[1]+m[2] == strconv.Itoa(next) {
				n := m[1] + m[2]
				notes = append(notes, ptNote{num: n, t: l.t, lines: []int{l.n}})
				next++
				continue
			}
			last := &notes[len(notes)-1]
			last.t.Join(l.t)
			last.lines = append(last.lines, l.n)
		}
		return lines[:k], notes
	}
	return lines, nil
}

// gluedMarkers returns the byte ranges in s of footnote markers — one of
// the numbers in nums — glued to the end of a word ("décès5"), a closing
// quote or bracket ("”6") or a year ("20066" is 2006 and note 6).
func gluedMarkers(s string, nums map[string]bool) [][2]int {
	var found [][2]int
	for num := range nums {
		for from := 0; from < len(s); {
			i := strings.Index(s[from:], num)
			if i < 0 {
				break
			}
			i += from
			end := i + len(num)
			from = i + 1
			if end < len(s) {
				if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
					continue
				}
			}
			if i == 0 {
				continue
			}
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			switch {
			case unicode.IsLetter(prev) || strings.ContainsRune(")]”\"’»", prev):
			case unicode.IsDigit(prev) && isYearBefore(s, i):
			default:
				continue
			}
			found = append(found, [2]int{i, end})
		}
	}
	return found
}

// isYearBefore reports whether s[:i] ends in a four-digit year 19xx or
// 20xx that stands alone on its left.
func isYearBefore(s string, i int) bool {
	if i < 4 {
		return false
	}
	y := s[i-4 : i]
	if !(strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) {
		return false
	}
	for _, r := range y {
		if r < '0' || r > '9' {
			return false
		}
	}
	if i == 4 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i-4])
	return !unicode.IsDigit(prev) && prev != '.' && prev != ','
}

// StripNoteMarkers returns t without the footnote markers glued to its
// words ("novembre 20066." becomes "novembre 2006."), keeping the map back
// to the input right. nums holds the note numbers of the page.
func StripNoteMarkers(t Text, nums map[string]bool) Text {
	found := gluedMarkers(t.S, nums)
	if len(found) == 0 {
		return t
	}
	// Sort and drop overlaps; markers are few.
	for i := 1; i < len(found); i++ {
		for j := i; j > 0 && found[j][0] < found[j-1][0]; j-- {
			found[j], found[j-1] = found[j-1], found[j]
		}
	}
	var u Text
	at := 0
	for _, f := range found {
		if f[0] < at {
			continue
		}
		u.AppendText(t.Slice(at, f[0]))
		at = f[1]
	}
	u.AppendText(t.Slice(at, len(t.S)))
	return u
}
