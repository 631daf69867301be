package langdata

import "unicode/utf8"

// KeyFilter holds, for each first byte of a set of folded keys, the
// lengths of the keys that start with it, and a bit per key chosen by
// the hash of the key, for the keys written in ASCII.
type KeyFilter struct {
	lens   [256]uint64              // bit n: a key of n bytes, bit 63: of 63 or more
	hashes [keyHashBits / 64]uint64 // bit asciiKeyHash(k) of each ASCII key k
}

// keyHashBits is the number of hash bits of a keyFilter.
const (
	keyHashLog  = 13
	keyHashBits = 1 << keyHashLog
)

// NewKeyFilter returns the filter of the keys of sets.
func NewKeyFilter[V any](sets ...map[string]V) *KeyFilter {
	f := &KeyFilter{}
	for _, set := range sets {
		for k := range set {
			f.lens[k[0]] |= 1 << min(len(k), 63)
			if h, ascii := asciiKeyHash(k); ascii {
				f.hashes[h/64] |= 1 << (h % 64)
			}
		}
	}
	return f
}

// asciiKeyHash returns the hash, below keyHashBits, of ASCII w in lower
// case, or ascii false when w is not ASCII.
func asciiKeyHash(w string) (h uint, ascii bool) {
	x := uint64(14695981039346656037) // FNV-1a
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		x = (x ^ uint64(c)) * 1099511628211
	}
	return uint(x >> (64 - keyHashLog)), true
}

// Maybe reports whether fold(w) may be one of the keys: false only for an
// ASCII word, whose fold is its lower case, of another length or first
// letter than every key, or whose hash bit no key has.
func (f *KeyFilter) Maybe(w string) bool {
	if len(w) == 0 {
		return false
	}
	c := w[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	if f.lens[c]>>min(len(w), 63)&1 == 0 {
		return !asciiKey(w) // only a word that is not ASCII may fold to a key then
	}
	h, ascii := asciiKeyHash(w)
	return !ascii || f.hashes[h/64]>>(h%64)&1 != 0
}

// asciiKey reports whether w holds only ASCII bytes.
func asciiKey(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
