#!/bin/sh
# Compare the JSON reports of two concord binaries on the sample, the corpus,
# the long real documents and the written questions as one TSV, byte for byte.
#
#   scripts/same-output.sh BASE_BIN NEW_BIN
#
# Prints one line per input that differs and exits 1 if any does. The inputs
# are read from CONCORD_CORPUS (/work/shared/corpus), CONCORD_REALDEV
# (/work/shared/realdev) and QRVA_TSV (/tmp/rd/qrva.tsv, made from the
# written questions when absent); missing ones are skipped with a note.
# Each binary's reports are kept in OUT (a temporary directory) to read.
set -u
[ $# -eq 2 ] || { echo "usage: $0 BASE_BIN NEW_BIN" >&2; exit 2; }
base=$1 new=$2
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CONCORD_CORPUS:-/work/shared/corpus}
realdev=${CONCORD_REALDEV:-/work/shared/realdev}
tsv=${QRVA_TSV:-/tmp/rd/qrva.tsv}
out=${OUT:-$(mktemp -d)}
mkdir -p "$out/base" "$out/new"

if [ ! -s "$tsv" ] && [ -f "$realdev/qrva-dev.jsonl.gz" ]; then
	mkdir -p "$(dirname "$tsv")"
	python3 - "$realdev/qrva-dev.jsonl.gz" "$tsv" <<'PY'
import gzip, json, sys
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as o:
    o.write("id\tfr\tnl\n")
    for line in f:
        r = json.loads(line)
        clean = lambda s: s.replace("\t", " ").replace("\r", " ").replace("\n", " ")
        o.write("%s\t%s\t%s\n" % (r["doc_id"].rstrip("/").split("/")[-1], clean(r["text_fr"]), clean(r["text_nl"])))
PY
fi

fail=0
n=0
# run NAME ARGS...: both binaries' JSON on the same input, compared.
run() {
	name=$1
	shift
	"$base" check --format json --fail-on never "$@" >"$out/base/$name.json" 2>"$out/base/$name.err"
	"$new" check --format json --fail-on never "$@" >"$out/new/$name.json" 2>"$out/new/$name.err"
	n=$((n + 1))
	if ! cmp -s "$out/base/$name.json" "$out/new/$name.json" || ! cmp -s "$out/base/$name.err" "$out/new/$name.err"; then
		echo "DIFFERS: $name ($*)"
		fail=1
	fi
}

run sample "$root/testdata/kazakhstan.txt"
if [ -d "$corpus" ]; then
	for f in "$corpus"/*; do
		b=$(basename "$f")
		case $b in
		README.md | *.nl.txt) ;;
		*.fr.txt) d=${b%.fr.txt}; run "corpus-$d" --fr "$f" --nl "$corpus/$d.nl.txt" ;;
		*) run "corpus-$b" "$f" ;;
		esac
	done
else
	echo "skipped: no corpus at $corpus" >&2
fi
if [ -d "$realdev/docs" ]; then
	for f in "$realdev"/docs/*.fr.txt; do
		d=$(basename "$f" .fr.txt)
		run "realdev-$d" --fr "$f" --nl "$realdev/docs/$d.nl.txt"
	done
else
	echo "skipped: no documents at $realdev/docs" >&2
fi
if [ -s "$tsv" ]; then
	run qrva "$tsv"
else
	echo "skipped: no $tsv" >&2
fi
echo "$n inputs compared; reports in $out"
exit $fail
