#!/usr/bin/env python3
"""Scores a concord binary on one kind of defect injected into real pairs.

  scripts/score-mutation.py BIN DIR KIND CATEGORY[,CATEGORY...]

DIR holds KIND.clean.tsv, KIND.bad.tsv and KIND.defects.tsv, as written by

  CONCORD_REAL_DUMP=DIR [CONCORD_REAL_HALF=even|odd] [CONCORD_REAL_MUT_PAIRS=N] \\
      go test -run TestDumpRealMutations ./eval/

KIND is a file stem there (removed-negation, dropped-sentence, ...), and
the categories or rules are those that count (clauses,length for a dropped
sentence). It prints, as make eval-real counts them, the defects found at
warning or error (a finding of a counted category on the defect's unit that
the clean pair does not raise, with the same rule and evidence), those
found at info only, and the warnings and errors the counted categories
raise on the same pairs clean, per 1,000 pairs: the price of the recall.
"""
import collections
import json
import os
import subprocess
import sys


def findings(binary, path, cats):
    out = subprocess.run([binary, "check", "--format", "json", "--fail-on", "never", path],
                         capture_output=True, text=True, check=True).stdout
    by = collections.defaultdict(list)
    for doc in json.loads(out)["documents"]:
        for f in doc.get("findings") or []:
            rule = f["rule"]
            if any(rule == c or rule.startswith(c + "/") for c in cats):
                by[f["unit"]].append(f)
    return by


def key(f):
    return (f["rule"], (f.get("fr") or {}).get("text", ""), (f.get("nl") or {}).get("text", ""))


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    binary, d, kind, cats = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(",")
    clean = findings(binary, os.path.join(d, kind + ".clean.tsv"), cats)
    bad = findings(binary, os.path.join(d, kind + ".bad.tsv"), cats)
    with open(os.path.join(d, kind + ".defects.tsv"), encoding="utf-8") as f:
        defects = [line.rstrip("\n").split("\t", 2) for line in f][1:]
    found = info = 0
    for unit, _, _ in defects:
        old = {key(f) for f in clean.get(unit, [])}
        new = [f for f in bad.get(unit, []) if key(f) not in old]
        if any(f["severity"] in ("warning", "error") for f in new):
            found += 1
        elif new:
            info += 1
    flagged = sum(1 for fs in clean.values() for f in fs if f["severity"] in ("warning", "error"))
    n = len(defects)
    print(f"{kind}: {n} pairs; found at warning/error {found} ({found / max(n, 1):.2f}), "
          f"at info only {info}; clean pairs: {flagged} warnings+errors "
          f"({1000 * flagged / max(n, 1):.1f} per 1,000)")


if __name__ == "__main__":
    main()
