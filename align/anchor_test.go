package align

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// anchorNumRE finds what anchorNumbers yields.
var anchorNumRE = regexp.MustCompile(`\d[\d.,]*\d|\d`)

// plainAnchorBonus is anchorBonus over maps, the way it reads: the
// reference the sorted-list version must agree with.
func plainAnchorBonus(a, b []string) float64 {
	count := func(texts []string) map[string]int {
		m := map[string]int{}
		for _, s := range texts {
			for _, x := range anchorNumRE.FindAllString(s, maxAnchorNumbers) {
				m[x]++
			}
		}
		return m
	}
	ca, cb := count(a), count(b)
	shared, alone := 0, 0
	for num, k := range ca {
		shared += min(k, cb[num])
		alone += max(k-cb[num], 0)
	}
	for num, k := range cb {
		alone += max(k-ca[num], 0)
	}
	return max(2*float64(min(shared, 10))-float64(alone), 0)
}

// FuzzAnchorBonus checks anchorBonus against plainAnchorBonus on up to
// three units a side, cut from the fuzzed texts at '|'.
func FuzzAnchorBonus(f *testing.F) {
	f.Add("le 2 mars 2020, 208 personnes|soit 21 %", "op 2 maart 2020 208 personen (21 %)")
	f.Add("1 1 1 2|3", "1|2 2|4")
	f.Add("", "5")
	f.Fuzz(func(t *testing.T, fr, nl string) {
		a, b := strings.Split(fr, "|"), strings.Split(nl, "|")
		if len(a) > 3 || len(b) > 3 {
			return
		}
		units := func(texts []string) []*Unit {
			var us []*Unit
			for _, s := range texts {
				us = append(us, &Unit{Text: Text{S: s}})
			}
			return us
		}
		var buf anchorScratch
		ids := numberIDs{}
		got := anchorBonus(anchors(units(a), ids), anchors(units(b), ids), &buf)
		if want := plainAnchorBonus(a, b); got != want {
			t.Fatalf("anchorBonus(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}

// FuzzSlicer checks that cutting a text at increasing offsets with a
// slicer gives what Text.Slice gives, map and marks included.
func FuzzSlicer(f *testing.F) {
	f.Add("A. considérant que **x** est *là*; B. Ëén ^{er} y", uint8(3), uint8(7))
	f.Add("é“”", uint8(1), uint8(2))
	f.Fuzz(func(t *testing.T, line string, step, first uint8) {
		if !utf8.ValidString(line) || step == 0 {
			return
		}
		text := CleanLine(line, 3, 5)
		var cuts []int
		for c := int(first) % (len(text.S) + 1); c < len(text.S); c += int(step) {
			if utf8.RuneStart(text.S[c]) {
				cuts = append(cuts, c)
			}
		}
		cuts = append(cuts, len(text.S))
		cut := newSlicer(&text)
		prev := 0
		for _, c := range cuts {
			if c < prev {
				continue
			}
			got, want := cut.slice(prev, c), text.Slice(prev, c)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("slice %d:%d of %q: %+v, want %+v", prev, c, text.S, got, want)
			}
			prev = c
		}
	})
}

// FuzzAnchorNumbers checks anchorNumbers against the regular expression
// it stands for.
func FuzzAnchorNumbers(f *testing.F) {
	f.Add("le 2 mars 2020, 1.234,5 € et 3., 4,, 5.6.7 ,8")
	f.Add(strings.Repeat("1 ", 300))
	f.Add("٣ 12 ½ 0x1F")
	f.Fuzz(func(t *testing.T, s string) {
		var got []string
		for x := range anchorNumbers(s) {
			got = append(got, x)
		}
		if want := anchorNumRE.FindAllString(s, maxAnchorNumbers); !reflect.DeepEqual(got, want) {
			t.Fatalf("anchorNumbers(%q) = %q, want %q", s, got, want)
		}
	})
}
