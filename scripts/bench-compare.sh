#!/bin/sh
# Side by side, in one run, on one bitext of real pairs: the CPU time per
# megabyte of concord check, of pofilter (translate-toolkit) with all its
# checks but spelling and with its number check only, and of the
# tokenise-once reference program internal/tokref (the floor: every word
# cut once and counted in a map, digit runs and capitalised words found).
#
#   scripts/bench-compare.sh CONCORD_BIN [MB]
#
# The bitext is the written questions of $CONCORD_REALDEV/qrva-dev.jsonl.gz
# (default ../shared/realdev) as id/FR/NL lines, repeated to MB megabytes
# (default 16); pofilter reads the same pairs as a PO file (msgid FR,
# msgstr NL). Each program's user+system CPU seconds are measured with
# /usr/bin/time; MB/s is per core. pofilter is skipped when absent, the
# whole comparison when the written questions are.
set -eu
[ $# -ge 1 ] || { echo "usage: $0 CONCORD_BIN [MB]" >&2; exit 2; }
bin=$1
mb=${2:-16}
root=$(cd "$(dirname "$0")/.." && pwd)
realdev=${CONCORD_REALDEV:-$root/../shared/realdev}
src=$realdev/qrva-dev.jsonl.gz
if [ ! -f "$src" ]; then
	echo "side-by-side skipped: no $src (set CONCORD_REALDEV)" >&2
	exit 0
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

python3 - "$src" "$mb" "$dir/bitext.tsv" "$dir/bitext.po" <<'PY'
import gzip, json, sys
src, mb, tsv, po = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
clean = lambda s: s.replace("\t", " ").replace("\r", " ").replace("\n", " ")
rows = []
with gzip.open(src, "rt", encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        rows.append((r["doc_id"].rstrip("/").split("/")[-1], clean(r["text_fr"]), clean(r["text_nl"])))
esc = lambda s: s.replace("\\", "\\\\").replace('"', '\\"')
size, i = 0, 0
with open(tsv, "w", encoding="utf-8") as t, open(po, "w", encoding="utf-8") as p:
    t.write("id\tfr\tnl\n")
    p.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: nl\\n"\n\n')
    while i < len(rows) or size < mb << 20:
        id_, fr, nl = rows[i % len(rows)]
        line = "%s-%d\t%s\t%s\n" % (id_, i // len(rows), fr, nl)
        t.write(line)
        size += len(line.encode())
        p.write('msgctxt "%s-%d"\nmsgid "%s"\nmsgstr "%s"\n\n' % (id_, i // len(rows), esc(fr), esc(nl)))
        i += 1
PY
go build -o "$dir/tokref" "$root/internal/tokref"

size=$(wc -c <"$dir/bitext.tsv")
# cpu NAME CMD...: the user+system seconds of CMD, its output discarded.
cpu() {
	name=$1
	shift
	/usr/bin/time -f "%U %S" -o "$dir/time" "$@" >/dev/null 2>"$dir/$name.err" || true
	awk '{printf "%.2f", $1 + $2}' "$dir/time"
}
c_concord=$(cpu concord "$bin" check --format json --fail-on never -j 1 "$dir/bitext.tsv")
c_ref=$(cpu tokref "$dir/tokref" "$dir/bitext.tsv")
c_all= c_num=
if command -v pofilter >/dev/null 2>&1; then
	c_all=$(cpu pofilter-all pofilter --language=nl --excludefilter=spellcheck --progress=none -i "$dir/bitext.po" -o "$dir/all.po")
	c_num=$(cpu pofilter-numbers pofilter --language=nl -t numbers --progress=none -i "$dir/bitext.po" -o "$dir/num.po")
fi
echo "bitext: $(awk -v s="$size" 'BEGIN{printf "%.1f", s/1048576}') MB, $(($(wc -l <"$dir/bitext.tsv") - 1)) pairs; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %9s %10s %s\n' "program" "CPU s" "MB/s/core" "concord is"
row() { # name seconds
	[ -n "$2" ] || return 0
	awk -v n="$1" -v s="$2" -v c="$c_concord" -v b="$size" 'BEGIN{
		r = s / c; how = (r >= 1) ? sprintf("%.1fx faster", r) : sprintf("%.1fx slower", 1 / r)
		if (n == "concord check") how = ""
		printf "%-34s %9.2f %10.1f %s\n", n, s, b / 1048576 / s, how }'
}
row "concord check" "$c_concord"
row "pofilter, all but spelling" "$c_all"
row "pofilter -t numbers" "$c_num"
row "tokenise-once reference (tokref)" "$c_ref"
