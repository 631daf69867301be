// Package baseline records the findings a document archive has today so
// that a CI gate fails only on new ones.
//
// A finding is known by its fingerprint: a hash of its unit key, its rule
// and the evidence text of both sides. Line numbers are left out, so an
// edit elsewhere in the document does not make old findings new.
package baseline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/concord-bilingual/concord/checks/check"
	"github.com/concord-bilingual/concord/internal/bounded"
)

// Fingerprint returns the stable key of f: 16 hex digits of a SHA-256 over
// the unit key, the rule and the evidence texts with white space
// collapsed. The message takes part only when neither side has evidence.
func Fingerprint(f *check.Finding) string {
	h := sha256.New()
	ev := func(e *check.Evidence) string {
		if e == nil {
			return "\x00"
		}
		return strings.Join(strings.Fields(e.Text), " ")
	}
	fmt.Fprintf(h, "%s\x1f%s\x1f%s\x1f%s", f.Unit, f.Rule, ev(f.FR), ev(f.NL))
	if f.FR == nil && f.NL == nil {
		fmt.Fprintf(h, "\x1f%s", f.Message)
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Fingerprints returns one key per finding of fs, unique within fs: the
// fingerprint, followed by ":N" for its Nth occurrence (from 1), so that two
// identical findings in one unit stay apart.
func Fingerprints(fs []check.Finding) []string {
	seen := map[string]int{}
	out := make([]string, len(fs))
	for i := range fs {
		fp := Fingerprint(&fs[i])
		seen[fp]++
		out[i] = fmt.Sprintf("%s:%d", fp, seen[fp])
	}
	return out
}

// Entry is one recorded finding. Rule, Unit and Message are there for
// people reading the file; matching uses Document and Fingerprint.
type Entry struct {
	Document    string `json:"document"`
	Fingerprint string `json:"fingerprint"`
	Count       int    `json:"count"`
	Rule        string `json:"rule"`
	Unit        string `json:"unit"`
	Message     string `json:"message"`
}

// File is a baseline file: the findings accepted at one time.
type File struct {
	Version  int     `json:"version"`
	Tool     string  `json:"tool"`
	Findings []Entry `json:"findings"`

	once  sync.Once
	byDoc map[string][]int // the indexes of Findings per document, for Filter
}

// Doc is the findings of one document, as the baseline sees them.
type Doc struct {
	Path     string
	Findings []check.Finding
}

// docKey returns the name under which a document is recorded: its path
// with forward slashes, so that one baseline serves every platform.
func docKey(path string) string {
	return filepath.ToSlash(filepath.Clean(path))
}

// New records the findings of docs.
func New(docs []Doc) *File {
	b := &File{Version: 1, Tool: "concord"}
	index := map[[2]string]int{}
	for _, d := range docs {
		for i := range d.Findings {
			f := &d.Findings[i]
			k := [2]string{docKey(d.Path), Fingerprint(f)}
			if j, ok := index[k]; ok {
				b.Findings[j].Count++
				continue
			}
			index[k] = len(b.Findings)
			b.Findings = append(b.Findings, Entry{Document: k[0], Fingerprint: k[1], Count: 1, Rule: f.Rule, Unit: f.Unit, Message: f.Message})
		}
	}
	sort.SliceStable(b.Findings, func(i, j int) bool {
		return b.Findings[i].Document < b.Findings[j].Document
	})
	return b
}

// Write writes b as indented JSON.
func (b *File) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// Read reads a baseline file.
func Read(r io.Reader) (*File, error) {
	var b File
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	if b.Version != 1 {
		return nil, fmt.Errorf("read baseline: version %d is not supported (want 1)", b.Version)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" || e.Count < 1 {
			return nil, fmt.Errorf("read baseline: finding %d: need a fingerprint and a count of at least 1", i+1)
		}
	}
	return &b, nil
}

// Load reads the named baseline file.
func Load(path string) (*File, error) {
	data, err := bounded.ReadText(path)
	if err != nil {
		return nil, err
	}
	b, err := Read(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// Save writes b to the named file.
func (b *File) Save(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := b.Write(f); err != nil {
		f.Close()
		return fmt.Errorf("write baseline %s: %w", path, err)
	}
	return f.Close()
}

// Filter returns the findings of the document at path that the baseline
// does not hold, in their order, and the number it held. A finding
// recorded N times covers N identical findings; the N+1th is new.
func (b *File) Filter(path string, fs []check.Finding) (fresh []check.Finding, known int) {
	// Index the entries by document once, so that a batch of many
	// documents against a large baseline costs one pass, not one per
	// document.
	b.once.Do(func() {
		b.byDoc = map[string][]int{}
		for i, e := range b.Findings {
			b.byDoc[e.Document] = append(b.byDoc[e.Document], i)
		}
	})
	left := map[string]int{}
	for _, i := range b.byDoc[docKey(path)] {
		left[b.Findings[i].Fingerprint] += b.Findings[i].Count
	}
	for _, f := range fs {
		fp := Fingerprint(&f)
		if left[fp] > 0 {
			left[fp]--
			known++
			continue
		}
		fresh = append(fresh, f)
	}
	return fresh, known
}
