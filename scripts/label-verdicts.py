#!/usr/bin/env python3
"""Join concord's current warnings and errors with the hand-read labels.

Usage: scripts/label-verdicts.py REPORT.json... (concord check --format json)

Each warning or error is matched to a labelled finding of
eval/testdata/real-labels/*.tsv with the same rule whose line holds the
finding's evidence text (its first 30 characters; for evidence shorter than
3 characters, also the unit's own identifier), on the same document. Prints
one line per finding (verdict, file, rule, unit, message), then the totals;
findings no label matches are printed as UNLABELLED and must be read.
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
    texts = [((f.get(k) or {}).get('text') or '').strip() for k in ('fr', 'nl')]
    unit = f.get('unit', '').split(':', 1)[-1]
    for name, l in labels:
        line = '\t'.join(l)
        if f['rule'] not in l or (doc and doc not in line and 'docs' not in line):
            continue
        for t in texts:
            if len(t) >= 3 and t[:30] in line:
                return name, l
            if t and unit and unit in line and t in line:
                return name, l
    return None

total, counts = 0, {}
for path in sys.argv[1:]:
    doc = os.path.basename(path).rsplit('.', 1)[0]
    doc = '' if doc == 'qrva' else doc
    for d in json.load(open(path, encoding='utf-8'))['documents']:
        for f in d['findings']:
            if f['severity'] not in ('warning', 'error'):
                continue
            total += 1
            m = match(doc, f)
            v = verdict(m[1]) if m else 'UNLABELLED'
            counts[(f['rule'], v)] = counts.get((f['rule'], v), 0) + 1
            print(v, m[0] if m else '-', f['rule'], f.get('unit'), f.get('message', '')[:100], sep='\t')
print()
for (rule, v), n in sorted(counts.items()):
    print(n, rule, v, sep='\t')
t = sum(n for (r, v), n in counts.items() if v == 'TRUE')
print(f'{total} warnings and errors: {t} true, {total - t} not', file=sys.stderr)
