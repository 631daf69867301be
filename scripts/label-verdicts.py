#!/usr/bin/env python3
"""Join concord's current warnings and errors with the hand-read labels.

Usage: scripts/label-verdicts.py REPORT.json... (concord check --format json)

Each warning or error is matched to a labelled finding of
eval/testdata/real-labels/*.tsv with the same rule whose line holds the
finding's evidence text (its first 30 characters; for evidence shorter than
3 characters, also the unit's own identifier), on the same document. Prints
one line per finding (verdict, label files, rule, unit, message), then the
totals; findings no label matches are printed as UNLABELLED and must be
read, and findings whose labels disagree as DISAGREE (until a third
reading settles them in adjudicated.tsv).
"""
import glob, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
labels = []
for p in sorted(glob.glob(os.path.join(here, '..', 'eval', 'testdata', 'real-labels', '*.tsv'))):
    for line in open(p, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        labels.append((os.path.basename(p), line.rstrip('\n').split('\t')))

def verdict(fields):
    for v in fields:
        if v.upper() in ('TRUE', 'FALSE'):
            return v.upper()
    return '?'

def match(doc, f):
    """Every label of f: same rule, same document, and the finding's
    evidence text in the line; on the written questions (one document of
    many units) also the unit's own identifier, since the same words stand
    in many questions. Unit keys of a long document change with its
    pairing, so there the evidence text alone decides."""
    texts = [((f.get(k) or {}).get('text') or '').strip() for k in ('fr', 'nl')]
    unit = f.get('unit', '').split(':', 1)[-1]
    found = []
    for name, l in labels:
        line = '\t'.join(l)
        if f['rule'] not in l or (doc and doc not in line and 'docs' not in line):
            continue
        if not doc and unit not in line:
            continue
        for t in texts:
            if (len(t) >= 3 and t[:30] in line) or (t and unit and unit in line and t in line):
                found.append((name, l))
                break
    # Where readers disagreed, adjudicated.tsv holds the verdict of a third
    # reading of both sides, which stands.
    final = [(n, l) for n, l in found if n == 'adjudicated.tsv']
    return final or found

total, counts = 0, {}
for path in sys.argv[1:]:
    doc = os.path.basename(path).rsplit('.', 1)[0]
    doc = '' if doc == 'qrva' else doc
    for d in json.load(open(path, encoding='utf-8'))['documents']:
        for f in d['findings']:
            if f['severity'] not in ('warning', 'error'):
                continue
            total += 1
            ms = match(doc, f)
            vs = sorted({verdict(l) for _, l in ms})
            v = vs[0] if len(vs) == 1 else ('DISAGREE' if vs else 'UNLABELLED')
            counts[(f['rule'], v)] = counts.get((f['rule'], v), 0) + 1
            print(v, ','.join(sorted({n for n, _ in ms})) or '-', f['rule'], f.get('unit'), f.get('message', '')[:100], sep='\t')
print()
for (rule, v), n in sorted(counts.items()):
    print(n, rule, v, sep='\t')
t = sum(n for (r, v), n in counts.items() if v == 'TRUE')
print(f'{total} warnings and errors: {t} true, {total - t} not', file=sys.stderr)
