package checks

import "fmt"

// LoadTerms adds the entries of a termbase file (CSV "fr,nl[,note]" or TBX)
// to e.
func (e *Env) LoadTerms(path string) error {
	return fmt.Errorf("load %s: termbase files are not supported yet", path)
}
