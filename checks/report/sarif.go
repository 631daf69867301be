package report

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/concord-bilingual/concord/checks/baseline"
	"github.com/concord-bilingual/concord/checks/check"
)

// SARIF returns a reporter of a SARIF 2.1.0 log for code-scanning
// services: one run, the catalogue as rules, one result per finding.
// Columns count Unicode code points. A result's locations are the sides
// with evidence, French first (a finding with evidence on one side only is
// located there); the other language's evidence is also a related location
// and is written into the message, since some viewers show one location
// only. With the Result's Root set, file URIs are relative to it, based on
// %SRCROOT% (originalUriBaseIds). partialFingerprints holds the
// baseline fingerprint, which survives edits elsewhere in the document.
// The rules come before the results and may grow with them (a rule that a
// finding names and the catalogue lacks), so the results wait in a spool
// until End.
func SARIF() Reporter { return &sarifReporter{} }

type sarifReporter struct {
	w       io.Writer
	tool    struct{ Name, Version string }
	rules   *ruleSet
	results spool
	n       int    // results spooled
	root    string // absolute; "" leaves paths as they are
}

// sarifResultIndent is the indentation of a result inside the log.
const sarifResultIndent = "        "

func (s *sarifReporter) Begin(w io.Writer, r *Result) error {
	s.w, s.tool, s.rules = w, r.Tool, newRuleSet(r.Checks)
	if r.Root != "" {
		root, err := filepath.Abs(r.Root)
		if err != nil {
			return fmt.Errorf("sarif root: %w", err)
		}
		s.root = root
	}
	return nil
}

func (s *sarifReporter) Document(d DocResult) error {
	s.rules.add(d.Findings)
	fps := baseline.Fingerprints(d.Findings)
	for i := range d.Findings {
		f := &d.Findings[i]
		main, others := primary(d.Doc, f)
		res := sarifResult{
			RuleID:              f.Rule,
			RuleIndex:           s.rules.index[f.Rule],
			Level:               sarifLevel(f.Severity),
			Message:             sarifText{Text: fullMessage(f, main, others)},
			Locations:           []sarifLocation{s.loc(main, f.Unit)},
			PartialFingerprints: map[string]string{"concordFingerprint/v1": fps[i]},
			Properties:          sarifResultProps{Unit: f.Unit, Category: f.Category()},
		}
		for j, o := range others {
			res.Locations = append(res.Locations, s.loc(o, f.Unit))
			loc := s.loc(o, "")
			loc.ID = j + 1
			loc.Message = &sarifText{Text: langTag(o.Lang) + ": " + o.Ev.Text}
			res.RelatedLocations = append(res.RelatedLocations, loc)
		}
		b, err := indented(res, sarifResultIndent)
		if err != nil {
			return err
		}
		sep := ","
		if s.n == 0 {
			sep = ""
		}
		s.n++
		if _, err := fmt.Fprintf(&s.results, "%s\n%s%s", sep, sarifResultIndent, b); err != nil {
			return err
		}
	}
	return nil
}

// End writes the log around the spooled results: the log with no result
// is cut where its empty results list stands, the last "results" key,
// since the results are the run's last member and the rules' texts, being
// JSON strings, cannot hold an unescaped quote.
func (s *sarifReporter) End() error {
	defer s.results.Close()
	log := sarifLog{
		Schema:  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
		Version: "2.1.0",
	}
	run := sarifRun{
		Tool:       sarifTool{Driver: sarifDriver{Name: s.tool.Name, Version: s.tool.Version, Rules: []sarifRule{}}},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	if s.root != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifact{sarifRootID: {URI: dirURI(s.root)}}
	}
	for _, c := range s.rules.list {
		_, rest, _ := strings.Cut(c.Doc, "\n")
		rule := sarifRule{
			ID:                   c.ID,
			ShortDescription:     sarifText{Text: c.Title()},
			Help:                 sarifText{Text: c.Doc},
			DefaultConfiguration: sarifConfig{Level: sarifLevel(c.Severity)},
			Properties:           sarifRuleProps{Tags: []string{c.Category()}},
		}
		if rest = strings.TrimSpace(rest); rest != "" {
			rule.FullDescription = &sarifText{Text: rest}
		}
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, rule)
	}
	log.Runs = []sarifRun{run}
	whole, err := indented(log, "")
	if err != nil {
		return err
	}
	const empty = `"results": []`
	cut := bytes.LastIndex(whole, []byte(empty)) + len(empty) - 1
	if _, err := s.w.Write(whole[:cut]); err != nil {
		return err
	}
	if _, err := s.results.WriteTo(s.w); err != nil {
		return err
	}
	if s.n > 0 {
		if _, err := io.WriteString(s.w, "\n      "); err != nil {
			return err
		}
	}
	if _, err := s.w.Write(whole[cut:]); err != nil {
		return err
	}
	_, err = io.WriteString(s.w, "\n")
	return err
}

func sarifLevel(s check.Severity) string {
	switch s {
	case check.Error:
		return "error"
	case check.Warning:
		return "warning"
	}
	return "note"
}

// sarifRootID is the base of the artifact URIs relative to the root.
const sarifRootID = "%SRCROOT%"

// loc returns the location of one side: its file and region, and the unit
// key, when given, as the logical location. For PDF input the region's
// properties hold the page and the column on it. Standard input has no
// file to point at and gets the logical location only.
func (s *sarifReporter) loc(side evSide, unit string) sarifLocation {
	var loc sarifLocation
	if unit != "" {
		loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: unit}}
	}
	if side.File == "-" {
		if unit == "" {
			loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: "standard input"}}
		}
		return loc
	}
	reg := &sarifRegion{StartLine: max(side.Ev.Line, 1), StartColumn: max(side.Ev.Col, 1)}
	if side.Ev.Text != "" && !strings.Contains(side.Ev.Text, "\n") {
		reg.EndLine = reg.StartLine
		reg.EndColumn = reg.StartColumn + utf8.RuneCountInString(side.Ev.Text)
		reg.Snippet = &sarifText{Text: side.Ev.Text}
	}
	if side.Ev.Page > 0 {
		reg.Properties = &sarifRegionProps{Page: side.Ev.Page, PDFColumn: side.Ev.Column}
	}
	loc.PhysicalLocation = &sarifPhysical{ArtifactLocation: s.artifact(side.File), Region: reg}
	return loc
}

// artifact returns the artifact location of a file: relative to the root,
// with its base %SRCROOT%, when the file lies under the root; otherwise a
// relative path stays relative and an absolute one becomes a file URI.
func (s *sarifReporter) artifact(path string) sarifArtifact {
	if s.root != "" {
		if abs, err := filepath.Abs(path); err == nil {
			if rel, err := filepath.Rel(s.root, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				return sarifArtifact{URI: (&url.URL{Path: filepath.ToSlash(rel)}).String(), URIBaseID: sarifRootID}
			}
			path = abs
		}
	}
	return sarifArtifact{URI: fileURI(path)}
}

// dirURI returns the file URI of an absolute directory, ending in a slash
// as SARIF requires of a base URI.
func dirURI(dir string) string {
	u := fileURI(dir)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

// fileURI turns a file path into a URI reference: relative paths stay
// relative, absolute ones become file URIs.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	u := url.URL{Path: p}
	if filepath.IsAbs(path) {
		u.Scheme = "file"
		if !strings.HasPrefix(p, "/") {
			u.Path = "/" + p
		}
	}
	return u.String()
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                `json:"tool"`
	OriginalURIBaseIDs map[string]sarifArtifact `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                   `json:"columnKind"`
	Results            []sarifResult            `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name    string      `json:"name"`
	Version string      `json:"version,omitempty"`
	Rules   []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	ShortDescription     sarifText      `json:"shortDescription"`
	FullDescription      *sarifText     `json:"fullDescription,omitempty"`
	Help                 sarifText      `json:"help"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           sarifRuleProps `json:"properties"`
}

type sarifRuleProps struct {
	Tags []string `json:"tags"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          sarifResultProps  `json:"properties"`
}

type sarifResultProps struct {
	Unit     string `json:"unit"`
	Category string `json:"category"`
}

type sarifLocation struct {
	ID               int            `json:"id,omitempty"`
	PhysicalLocation *sarifPhysical `json:"physicalLocation,omitempty"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
	Message          *sarifText     `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int               `json:"startLine"`
	StartColumn int               `json:"startColumn"`
	EndLine     int               `json:"endLine,omitempty"`
	EndColumn   int               `json:"endColumn,omitempty"`
	Snippet     *sarifText        `json:"snippet,omitempty"`
	Properties  *sarifRegionProps `json:"properties,omitempty"`
}

// sarifRegionProps place a region of a PDF input: the page and the column
// on it (1 left, 2 right, 0 unknown).
type sarifRegionProps struct {
	Page      int `json:"page"`
	PDFColumn int `json:"pdfColumn,omitempty"`
}

type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
}
