#!/bin/sh
# Run the generated-document benchmark (make eval) on several seeds and print
# the defects found per kind for each, with the total: a change must hold on
# documents drawn from the same sources that it was not made on, not only on
# the seed whose table RESULTS.md keeps.
#
#   scripts/eval-seeds.sh [SEED ...]     (default: the table's seed, 1, 2, 3)
#
# Run it from a checkout: scripts/eval-seeds.sh in another worktree of an
# older commit measures that commit on the same documents (the generator
# draws each document from a stream of its own, so the same seed gives the
# same documents as long as eval/ is the same).
set -eu
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 20201030 1 2 3
out=$(mktemp -d)
for s in "$@"; do
	echo "seed $s …" >&2
	CONCORD_EVAL=1 CONCORD_EVAL_SEED=$s CONCORD_EVAL_MISSES="$out/misses-$s.txt" \
		go test -count=1 -timeout 30m -run 'TestEval$' -v ./eval/ >"$out/$s.log" 2>&1 ||
		{ echo "seed $s failed: $out/$s.log" >&2; exit 1; }
done
python3 - "$out" "$@" <<'PY'
import re, sys
out, seeds = sys.argv[1], sys.argv[2:]
row = re.compile(r'\| ([a-z-]+) \| [^|]+ \| (\d+) \| (\d+) \| [\d.]+ \| (\d+) \|')
tables = []
for s in seeds:
    t = {}
    for line in open(f"{out}/{s}.log", encoding="utf-8"):
        m = row.search(line)
        if m:
            t[m.group(1)] = (int(m.group(2)), int(m.group(3)))
    tables.append(t)
print("| defect | " + " | ".join(f"seed {s}" for s in seeds) + " | all |")
print("|---|" + "--:|" * (len(seeds) + 1))
tot = [0] * len(seeds)
docs = [0] * len(seeds)
for kind in tables[0]:
    cells = []
    for i, t in enumerate(tables):
        n, found = t[kind]
        tot[i] += found
        docs[i] += n
        cells.append(f"{found}/{n}")
    all_found = sum(t[kind][1] for t in tables)
    all_n = sum(t[kind][0] for t in tables)
    print(f"| {kind} | " + " | ".join(cells) + f" | {all_found}/{all_n} |")
print("| **all** | " + " | ".join(f"{f}/{n}" for f, n in zip(tot, docs)) + f" | {sum(tot)}/{sum(docs)} |")
# The false alarms of each seed: new ones per 100 injected documents, and
# per 100 clean layouts (the layouts are drawn with the seed too).
injected, clean = [], []
for s in seeds:
    for line in open(f"{out}/{s}.log", encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells and cells[0] == "**all**" and len(cells) >= 10 and cells[2].isdigit():
            injected.append(cells[9])
        elif cells and cells[0] == "**all**" and len(cells) >= 5 and cells[4].endswith("/100 docs"):
            clean.append(cells[4].split()[0])
print("| new false alarms /100 injected | " + " | ".join(injected) + " | |")
print("| false alarms /100 clean layouts | " + " | ".join(clean) + " | |")
PY
echo "logs and misses: $out" >&2
