// Command tokref is the reference a check of concord is measured against
// (make bench): the least work any check of a TSV bitext does. It reads
// id, FR, NL lines, cuts each text once into words, counts every word
// under its lower-case key in a map, and counts the digit runs and the
// capitalised words; it prints the counts. concord reads the same bytes,
// pairs them and runs every check: the ratio of their CPU times is what
// the one analysis per unit costs above this floor.
//
//	go run ./internal/tokref BITEXT.tsv
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: tokref BITEXT.tsv")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	words := map[string]int{}
	var digitRuns, capitals, units int
	for sc.Scan() {
		for _, text := range strings.Split(sc.Text(), "\t")[1:] {
			units++
			start := -1
			for i, r := range text + " " {
				letter := unicode.IsLetter(r) || unicode.IsDigit(r)
				switch {
				case letter && start < 0:
					start = i
				case !letter && start >= 0:
					w := text[start:i]
					first, _ := utf8.DecodeRuneInString(w)
					switch {
					case unicode.IsDigit(first):
						digitRuns++
					case unicode.IsUpper(first):
						capitals++
					}
					words[strings.ToLower(w)]++
					start = -1
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d texts, %d distinct words, %d digit runs, %d capitalised words\n", units, len(words), digitRuns, capitals)
}
