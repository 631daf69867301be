package config

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// table is one TOML table: keys to values (string, int64, bool or
// []string).
type table map[string]any

// document is a parsed TOML file: its root table, its [tables] and its
// [[arrays of tables]].
type document struct {
	root   table
	tables map[string]table
	arrays map[string][]table
}

// parseTOML reads the subset of TOML that concord.toml needs: comments,
// [table] and [[array]] headers with bare or quoted names, and key = value
// pairs whose value is a basic or literal string, an integer, a boolean or
// a one-line array of strings. Anything else is an error naming the line.
func parseTOML(src string) (*document, error) {
	if !utf8.ValidString(src) {
		return nil, fmt.Errorf("not UTF-8")
	}
	doc := &document{root: table{}, tables: map[string]table{}, arrays: map[string][]table{}}
	cur := doc.root
	for n, line := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n") {
		fail := func(format string, args ...any) error {
			return fmt.Errorf("line %d: %s", n+1, fmt.Sprintf(format, args...))
		}
		s := strings.TrimSpace(line)
		if s == "" || s[0] == '#' {
			continue
		}
		switch {
		case strings.HasPrefix(s, "[["):
			name, rest, err := tomlKey(strings.TrimSpace(s[2:]))
			if err != nil {
				return nil, fail("%v", err)
			}
			if !strings.HasPrefix(strings.TrimSpace(rest), "]]") || !tomlEnd(strings.TrimSpace(rest)[2:]) {
				return nil, fail("want [[name]]")
			}
			if _, ok := doc.tables[name]; ok {
				return nil, fail("%s is already a table", name)
			}
			cur = table{}
			doc.arrays[name] = append(doc.arrays[name], cur)
		case s[0] == '[':
			name, rest, err := tomlKey(strings.TrimSpace(s[1:]))
			if err != nil {
				return nil, fail("%v", err)
			}
			if !strings.HasPrefix(strings.TrimSpace(rest), "]") || !tomlEnd(strings.TrimSpace(rest)[1:]) {
				return nil, fail("want [name]")
			}
			if _, ok := doc.tables[name]; ok {
				return nil, fail("table %s defined twice", name)
			}
			if _, ok := doc.arrays[name]; ok {
				return nil, fail("%s is already an array of tables", name)
			}
			cur = table{}
			doc.tables[name] = cur
		default:
			key, rest, err := tomlKey(s)
			if err != nil {
				return nil, fail("%v", err)
			}
			rest = strings.TrimSpace(rest)
			if !strings.HasPrefix(rest, "=") {
				return nil, fail("want key = value")
			}
			v, rest, err := tomlValue(strings.TrimSpace(rest[1:]))
			if err != nil {
				return nil, fail("%s: %v", key, err)
			}
			if !tomlEnd(rest) {
				return nil, fail("%s: unexpected %q after the value", key, rest)
			}
			if _, ok := cur[key]; ok {
				return nil, fail("key %s defined twice", key)
			}
			cur[key] = v
		}
	}
	return doc, nil
}

// tomlEnd reports whether s holds nothing but white space and a comment.
func tomlEnd(s string) bool {
	s = strings.TrimSpace(s)
	return s == "" || s[0] == '#'
}

// tomlKey reads a bare or quoted key at the start of s.
func tomlKey(s string) (string, string, error) {
	if s == "" {
		return "", "", fmt.Errorf("missing key")
	}
	if s[0] == '"' || s[0] == '\'' {
		v, rest, err := tomlString(s)
		if err != nil {
			return "", "", err
		}
		return v, rest, nil
	}
	i := 0
	for i < len(s) && (s[i] == '_' || s[i] == '-' || s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i == 0 {
		return "", "", fmt.Errorf("bad key at %q (quote keys with other characters)", s)
	}
	return s[:i], s[i:], nil
}

// tomlValue reads one value at the start of s.
func tomlValue(s string) (any, string, error) {
	switch {
	case s == "":
		return nil, "", fmt.Errorf("missing value")
	case s[0] == '"' || s[0] == '\'':
		return tomlString(s)
	case s[0] == '[':
		var list []string
		s = strings.TrimSpace(s[1:])
		for {
			if strings.HasPrefix(s, "]") {
				return list, s[1:], nil
			}
			v, rest, err := tomlString(s)
			if err != nil {
				return nil, "", fmt.Errorf("array: %v (only strings, on one line)", err)
			}
			list = append(list, v)
			s = strings.TrimSpace(rest)
			if strings.HasPrefix(s, ",") {
				s = strings.TrimSpace(s[1:])
			} else if !strings.HasPrefix(s, "]") {
				return nil, "", fmt.Errorf("array: want , or ]")
			}
		}
	case strings.HasPrefix(s, "true"):
		return true, s[4:], nil
	case strings.HasPrefix(s, "false"):
		return false, s[5:], nil
	}
	i := 0
	for i < len(s) && (s[i] == '-' || s[i] == '+' || s[i] == '_' || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(s[:i], "_", ""), 10, 64)
	if i == 0 || err != nil {
		return nil, "", fmt.Errorf("unsupported value %q (use a string, integer, boolean or array of strings)", s)
	}
	return n, s[i:], nil
}

// tomlString reads a basic "..." string with escapes or a literal '...'
// string at the start of s.
func tomlString(s string) (string, string, error) {
	if s == "" || (s[0] != '"' && s[0] != '\'') {
		return "", "", fmt.Errorf("want a quoted string")
	}
	if s[0] == '\'' {
		end := strings.IndexByte(s[1:], '\'')
		if end < 0 {
			return "", "", fmt.Errorf("unterminated string")
		}
		return s[1 : 1+end], s[2+end:], nil
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			return b.String(), s[i+1:], nil
		case c == '\\':
			if i+1 >= len(s) {
				return "", "", fmt.Errorf("unterminated string")
			}
			i++
			switch s[i] {
			case '"', '\\':
				b.WriteByte(s[i])
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case 'u', 'U':
				n := 4
				if s[i] == 'U' {
					n = 8
				}
				if i+n >= len(s) {
					return "", "", fmt.Errorf("short \\%c escape", s[i])
				}
				r, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
				if err != nil || !utf8.ValidRune(rune(r)) {
					return "", "", fmt.Errorf("bad \\%c escape", s[i])
				}
				b.WriteRune(rune(r))
				i += n
			default:
				return "", "", fmt.Errorf("unknown escape \\%c", s[i])
			}
		case c < 0x20 && c != '\t':
			return "", "", fmt.Errorf("control character in string")
		default:
			b.WriteByte(c)
		}
	}
	return "", "", fmt.Errorf("unterminated string")
}
