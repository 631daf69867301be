// Command concord checks that the French and Dutch texts of a bilingual
// document say the same thing.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}))
}
