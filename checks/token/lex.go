package token

import (
	"hash/maphash"
	"math/bits"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Span is the byte range s[Start:End] of a unit's text.
type Span struct{ Start, End int }

// Spans is a sorted list of non-overlapping spans.
type Spans []Span

// At returns the end of the span holding offset i, or -1.
func (ss Spans) At(i int) int {
	if len(ss) == 0 {
		return -1
	}
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End > i })
	if k < len(ss) && ss[k].Start <= i {
		return ss[k].End
	}
	return -1
}

// Overlaps reports whether s[start:end] overlaps one of the spans.
func (ss Spans) Overlaps(start, end int) bool {
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End > start })
	return k < len(ss) && ss[k].Start < end
}

// isSpace reports whether r separates words on one line: a space, a tab,
// a no-break space, a narrow no-break space or a thin space.
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\n'
}

// IsGroupSpace reports whether r may separate groups of three digits.
func IsGroupSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

// IsDigit reports whether b is an ASCII digit.
func IsDigit(b byte) bool { return b >= '0' && b <= '9' }

// skipSpaces returns the offset of the first non-space rune at or after i.
func skipSpaces(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			break
		}
		i += n
	}
	return i
}

// LettersEnd returns the end of the run of letters starting at i.
func LettersEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !IsASCIILetter(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return i
}

// DigitsEnd returns the end of the run of ASCII digits starting at i.
func DigitsEnd(s string, i int) int {
	for i < len(s) && IsDigit(s[i]) {
		i++
	}
	return i
}

// asciiLetters8 returns how many of the eight bytes of s, from the
// first, are ASCII letters. A byte from 0x80 stops the count; the carry
// it may cause in the sums below only reaches the bytes after it.
func asciiLetters8(s string) int {
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	y := x | 0x20*ones              // ASCII capitals lowered
	atLeastA := y + (0x80-'a')*ones // high bit: y >= 'a'
	pastZ := y + (0x80-'z'-1)*ones  // high bit: y > 'z'
	stop := (^(atLeastA &^ pastZ) | x) & highs
	if stop == 0 {
		return 8
	}
	return bits.TrailingZeros64(stop) / 8
}

// NextLetters returns the run of letters that starts after the spaces at
// i (see LettersEnd), or ok false.
func NextLetters(s string, i int) (start, end int, ok bool) {
	j := skipSpaces(s, i)
	e := LettersEnd(s, j)
	return j, e, e > j
}

// PrevLetters returns the run of letters that ends before the spaces
// ending at i.
func PrevLetters(s string, i int) (start, end int, ok bool) {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isSpace(r) {
			break
		}
		i -= n
	}
	end = i
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return i, end, end > i
}

// AlnumBefore reports whether the rune before offset i is a letter or a digit.
func AlnumBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return IsASCIILetter(c) || IsDigit(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// AlnumAt reports whether the rune at offset i is a letter or a digit.
func AlnumAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return IsASCIILetter(c) || IsDigit(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// folder turns words into comparison keys with one transformer chain.
// Transformers carry state, so each goroutine takes one from the pool; the
// keys of short words with capitals or non-ASCII letters are remembered in
// a table of foldSlots slots, one word per slot chosen by its hash, since
// documents repeat their words and a look-up costs less than making the
// key again. A word whose slot another word took is folded again. The table
// (half a megabyte) is made on first use, so that a run that folds no word,
// such as `concord version`, neither allocates nor scans it. A folder is safe
// for concurrent use.
type folder struct {
	pool      sync.Pool
	after     func(string) string // applied to a folded key, or nil
	seed      maphash.Seed
	slotsOnce sync.Once
	slots     *[foldSlots]atomic.Pointer[rememberedKey]
	// latin holds the key of each letter from U+0080 to U+00FF (é, Ç,
	// ß), latinOK which of them are letters: a word of ASCII and these
	// letters is folded letter by letter, as the chain would fold it.
	// They are made on first use (latinOnce), not when the program starts.
	latinOnce sync.Once
	latin     [0x80]string
	latinOK   [0x80]bool
}

// foldSlots is the number of keys a folder remembers at most.
const foldSlots = 1 << 16

// rememberedKey is a word whose key a folder remembers, and the key.
type rememberedKey struct{ word, key string }

func newFolder(chain func() transform.Transformer, after func(string) string) *folder {
	return &folder{pool: sync.Pool{New: func() any { return chain() }}, after: after, seed: maphash.MakeSeed()}
}

// makeLatin fills f.latin and f.latinOK.
func (f *folder) makeLatin() {
	for r := rune(0x80); r < 0x100; r++ {
		if unicode.IsLetter(r) {
			f.latin[r-0x80], f.latinOK[r-0x80] = f.transformKey(string(r)), true
		}
	}
}

// key returns the comparison key of w; ASCII words are only lower-cased.
func (f *folder) key(w string) string {
	ascii, upper := true, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if ascii && !upper {
		return w
	}
	// A remembered key costs a look-up; a new one an allocation.
	var slot *atomic.Pointer[rememberedKey]
	if len(w) <= 32 {
		f.slotsOnce.Do(func() { f.slots = new([foldSlots]atomic.Pointer[rememberedKey]) })
		slot = &f.slots[maphash.String(f.seed, w)%foldSlots]
		if e := slot.Load(); e != nil && e.word == w {
			return e.key
		}
	}
	var out string
	switch {
	case ascii:
		out = strings.ToLower(w)
	case f.latinWord(w):
		var b strings.Builder
		b.Grow(len(w))
		for i := 0; i < len(w); {
			c := w[i]
			if c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(w[i:])
			b.WriteString(f.latin[r-0x80])
			i += n
		}
		out = b.String()
	default:
		out = f.transformKey(w)
	}
	if slot != nil {
		slot.Store(&rememberedKey{w, out})
	}
	return out
}

// latinWord reports whether every rune of w is ASCII or a letter of the
// latin table.
func (f *folder) latinWord(w string) bool {
	f.latinOnce.Do(f.makeLatin)
	for i := 0; i < len(w); {
		if w[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r >= 0x100 || !f.latinOK[r-0x80] {
			return false
		}
		i += n
	}
	return true
}

// transformKey returns the key of w made by the transformer chain.
func (f *folder) transformKey(w string) string {
	t := f.pool.Get().(transform.Transformer)
	out, _, err := transform.String(t, w)
	f.pool.Put(t)
	if err != nil {
		return strings.ToLower(w)
	}
	if f.after != nil {
		out = f.after(out)
	}
	return out
}

// wordFolder folds case and removes accents.
var wordFolder = newFolder(func() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC, cases.Fold())
}, nil)

// Fold returns the comparison key of a word: case folded, accents removed.
// See FoldKey for the key of names and terms, and why both exist.
func Fold(w string) string { return wordFolder.key(w) }

// Squash returns s with runs of white space turned into one space, for
// messages.
func Squash(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}
