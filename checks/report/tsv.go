package report

import (
	"bufio"
	"io"
	"strings"

	"github.com/concord-bilingual/concord/align"
)

// AlignTSV writes one line per pair: unit key, French text, Dutch text,
// with tabs and line breaks inside texts replaced by spaces.
func AlignTSV(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	for _, d := range r.Docs {
		for _, p := range d.Doc.Pairs {
			bw.WriteString(p.Key)
			bw.WriteByte('\t')
			bw.WriteString(tsvText(p.FR))
			bw.WriteByte('\t')
			bw.WriteString(tsvText(p.NL))
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}

var tsvEscaper = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

func tsvText(u *align.Unit) string {
	if u == nil {
		return ""
	}
	return tsvEscaper.Replace(u.Text.S)
}
