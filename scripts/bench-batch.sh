#!/bin/sh
# bench-batch.sh — throughput and peak memory of `concord check` on a batch.
#
# Usage: scripts/bench-batch.sh [SIZE_MB] [JOBS]   (defaults: 100, 2)
#
# Writes a batch of about SIZE_MB megabytes to a temporary directory (removed
# on exit): variants of the sample testdata/kazakhstan.txt, each with one
# year changed on the French side at a place that depends on its number, so
# that every document differs and raises a finding. Then runs
# `concord check -j JOBS --format json DIR` under /usr/bin/time -v and prints
# the batch size, the wall and CPU time, the throughput and the peak
# resident set. CONCORD_BIN names another binary to measure, CONCORD_FORMAT
# another report format.
set -eu
size_mb=${1:-100}
jobs=${2:-2}
format=${CONCORD_FORMAT:-json}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${CONCORD_BIN:-$root/bin/concord}
sample=$root/testdata/kazakhstan.txt
[ -x "$bin" ] || (cd "$root" && go build -o bin/concord ./cmd/concord)
dir=$(mktemp -d "${TMPDIR:-/tmp}/concord-batch.XXXXXX")
trap 'rm -rf "$dir"' EXIT INT TERM

# The French lines of the sample that hold a four-digit year.
lines=$(grep -n '[12][09][0-9][0-9]' "$sample" | cut -d: -f1 | awk '$1 < 200' | tr '\n' ' ')
set -- $lines
nlines=$#
target=$((size_mb * 1024 * 1024))
one=$(wc -c < "$sample")
n=$(( (target + one - 1) / one ))
i=0
while [ $i -lt $n ]; do
	k=$(( i % nlines + 1 ))
	eval line=\${$k}
	year=$(( 1990 + i % 30 ))
	sub=$(printf '%06d' $((i / 1000)))
	mkdir -p "$dir/$sub"
	sed "${line}s/\\b20[0-9][0-9]\\b/$year/" "$sample" > "$dir/$sub/doc$(printf '%07d' $i).txt"
	i=$((i + 1))
done
bytes=$(find "$dir" -type f -printf "%s\n" | awk "{ s += \$1 } END { print s }")
out=$dir.time
/usr/bin/time -v "$bin" check -j "$jobs" --fail-on never --format "$format" "$dir" > /dev/null 2> "$out" || true
wall=$(grep 'Elapsed (wall clock)' "$out" | awk '{print $NF}')
user=$(grep 'User time' "$out" | awk '{print $NF}')
sys=$(grep 'System time' "$out" | awk '{print $NF}')
rss=$(grep 'Maximum resident' "$out" | awk '{print $NF}')
rm -f "$out"
secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
awk -v b="$bytes" -v n="$n" -v w="$secs" -v u="$user" -v s="$sys" -v r="$rss" -v j="$jobs" -v f="$format" 'BEGIN {
	mb = b / 1048576
	printf "batch: %d documents, %.1f MB; -j %d, --format %s\n", n, mb, j, f
	printf "wall %.1f s, CPU %.1f s (user %.1f, sys %.1f)\n", w, u + s, u, s
	printf "throughput: %.2f MB/s wall, %.2f MB/s per CPU second\n", mb / w, mb / (u + s)
	printf "peak resident set: %.0f MB\n", r / 1024
}'
