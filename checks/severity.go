package checks

// SeverityPolicy says what a severity promises and how the checks decide
// it; "concord rules" prints it under the list of checks.
const SeverityPolicy = `Severity is confidence, measured on real published translations:
  error    the two languages say different things; right at least 9 times in 10
  warning  worth a look; right at least 6 times in 10
  info     weaker evidence, usually fine
A mismatch (two values that differ, paired in an aligned pair) is strong
evidence. A missing value (given on one side only) is weak evidence: it is
an error only where the pair is confidently aligned, the value is neither
implied nor written another way on the other side, and it is no part of a
label or a name; otherwise a warning or information, as its measured
precision allows. A rule keeps its severity only while a read sample of its
findings on real text shows that precision.`
