package report

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"concord/checks"
	"concord/checks/baseline"
)

// SARIF writes r as a SARIF 2.1.0 log for code-scanning services: one run,
// the catalogue as rules, one result per finding. Columns count Unicode
// code points. The primary location is the French evidence (the Dutch one
// when French has none); the other language's evidence is a related
// location and is also written into the message, since some viewers show
// one location only. partialFingerprints holds the baseline fingerprint,
// which survives edits elsewhere in the document.
func SARIF(w io.Writer, r *Result) error {
	rules := catalogue(r)
	index := map[string]int{}
	log := sarifLog{
		Schema:  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
		Version: "2.1.0",
	}
	run := sarifRun{
		Tool:       sarifTool{Driver: sarifDriver{Name: r.Tool.Name, Version: r.Tool.Version, Rules: []sarifRule{}}},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	for i, c := range rules {
		index[c.ID] = i
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
	for _, d := range r.Docs {
		fps := baseline.Fingerprints(d.Findings)
		for i := range d.Findings {
			f := &d.Findings[i]
			main, others := primary(d.Doc, f)
			res := sarifResult{
				RuleID:              f.Rule,
				RuleIndex:           index[f.Rule],
				Level:               sarifLevel(f.Severity),
				Message:             sarifText{Text: fullMessage(f, others)},
				Locations:           []sarifLocation{sarifLoc(main, f.Unit)},
				PartialFingerprints: map[string]string{"concordFingerprint/v1": fps[i]},
				Properties:          sarifResultProps{Unit: f.Unit, Category: f.Category()},
			}
			for j, o := range others {
				loc := sarifLoc(o, "")
				loc.ID = j + 1
				loc.Message = &sarifText{Text: strings.ToUpper(o.Lang.String()) + ": " + o.Ev.Text}
				res.RelatedLocations = append(res.RelatedLocations, loc)
			}
			run.Results = append(run.Results, res)
		}
	}
	log.Runs = []sarifRun{run}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

func sarifLevel(s checks.Severity) string {
	switch s {
	case checks.Error:
		return "error"
	case checks.Warning:
		return "warning"
	}
	return "note"
}

// sarifLoc returns the physical location of one side. A unit key, when
// given, becomes the logical location.
func sarifLoc(s evSide, unit string) sarifLocation {
	reg := &sarifRegion{StartLine: max(s.Ev.Line, 1), StartColumn: max(s.Ev.Col, 1)}
	if s.Ev.Text != "" && !strings.Contains(s.Ev.Text, "\n") {
		reg.EndLine = reg.StartLine
		reg.EndColumn = reg.StartColumn + utf8.RuneCountInString(s.Ev.Text)
		reg.Snippet = &sarifText{Text: s.Ev.Text}
	}
	loc := sarifLocation{PhysicalLocation: sarifPhysical{
		ArtifactLocation: sarifArtifact{URI: fileURI(s.File)},
		Region:           reg,
	}}
	if unit != "" {
		loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: unit}}
	}
	return loc
}

// fileURI turns a file path into a URI reference: relative paths stay
// relative (code scanning resolves them against the repository root),
// absolute ones become file URIs.
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
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
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
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
	Message          *sarifText     `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine"`
	StartColumn int        `json:"startColumn"`
	EndLine     int        `json:"endLine,omitempty"`
	EndColumn   int        `json:"endColumn,omitempty"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
}
