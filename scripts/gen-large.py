#!/usr/bin/env python3
"""Builds the large inputs of issue 17's cases 7 and 8 in a directory, the
same bytes every time, for measuring time and peak memory of `concord
check` on them (`/usr/bin/time -v bin/concord check --format json
--fail-on never FILE`; cmd/concord/absurd_test.go runs the same kinds of
input at two small sizes and compares):

  line50.txt          the sample (testdata/kazakhstan.txt) on one line,
                      repeated to 50 MB: one file, one line
  twoline50.txt       a 25 MB French line, a blank line, a 25 MB Dutch line:
                      one file, two paragraphs
  flow50.fr.txt/.nl.txt  the same two lines as two files (--fr/--nl)
  paras200k.txt       200,000 short paragraphs, French and Dutch in turn,
                      each one distinct (numbered)
  labels45.txt        recitals labelled A. ... ZZZZ. in French, then the
                      same labels in Dutch (about 45 MB)

Usage: scripts/gen-large.py DIR [SCALE]; SCALE (default 1) multiplies every
size, e.g. 0.1 for a tenth (labels then stop short of ZZZZ.).
"""
import itertools
import os
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FR = ("Considérant que le 2 mars 2020, 208 personnes (soit 21 %) dont Nazira Lesova ont été "
      "arrêtées à Almaty selon l'OSCE, op. cit., p. 12; l'article 174 de la loi du 10 novembre "
      "2006 s'applique. ")
NL = ("Overwegende dat op 2 maart 2020 208 personen (21 %) onder wie Nazira Lesova werden "
      "aangehouden in Almaty volgens de OVSE, op. cit., blz. 12; artikel 174 van de wet van "
      "10 november 2006 is van toepassing. ")


def repeat_to(s, size):
    b = s.encode()
    n = max(1, size // len(b))
    return b * n


def labels():
    for width in range(1, 5):
        for t in itertools.product(string.ascii_uppercase, repeat=width):
            yield "".join(t)


def main():
    out = sys.argv[1]
    scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    os.makedirs(out, exist_ok=True)
    mb = int(1_000_000 * scale)

    with open(os.path.join(HERE, "..", "testdata", "kazakhstan.txt"), "rb") as f:
        sample = b" ".join(f.read().split()) + b" "
    with open(os.path.join(out, "line50.txt"), "wb") as f:
        f.write(sample * max(1, 50 * mb // len(sample)) + b"\n")

    fr, nl = repeat_to(FR, 25 * mb), repeat_to(NL, 25 * mb)
    with open(os.path.join(out, "twoline50.txt"), "wb") as f:
        f.write(fr + b"\n\n" + nl + b"\n")
    with open(os.path.join(out, "flow50.fr.txt"), "wb") as f:
        f.write(fr + b"\n")
    with open(os.path.join(out, "flow50.nl.txt"), "wb") as f:
        f.write(nl + b"\n")

    with open(os.path.join(out, "paras200k.txt"), "w", encoding="utf-8") as f:
        for i in range(int(100_000 * scale)):
            f.write(f"{i + 1}. Le ministre répond à la question {i} du 2 mars 2020 sur {i % 97} écoles.\n\n")
            f.write(f"{i + 1}. De minister antwoordt op vraag {i} van 2 maart 2020 over {i % 97} scholen.\n\n")

    n = int(475_254 * scale)  # A. ... ZZZZ.: 26 + 26² + 26³ + 26⁴ labels
    with open(os.path.join(out, "labels45.txt"), "w", encoding="utf-8") as f:
        f.write("PROPOSITION DE RÉSOLUTION\n\n")
        for i, l in enumerate(itertools.islice(labels(), n)):
            f.write(f"{l}. considérant que {i % 100} personnes sont détenues;\n\n")
        f.write("VOORSTEL VAN RESOLUTIE\n\n")
        for i, l in enumerate(itertools.islice(labels(), n)):
            f.write(f"{l}. overwegende dat {i % 100} personen vastzitten;\n\n")


if __name__ == "__main__":
    main()
