#!/usr/bin/env bash
# action.sh — the GitHub Action's work (action.yml), runnable anywhere:
# install concord, check INPUT_PATHS, and leave for the steps after it
#
#   - workflow annotations on standard output (--format github),
#   - the SARIF report at INPUT_SARIF (default concord.sarif), paths
#     relative to the working directory, for code scanning,
#   - a Markdown summary appended to GITHUB_STEP_SUMMARY, if set,
#   - exit-code=N and sarif=PATH appended to GITHUB_OUTPUT, if set.
#
# It exits 0 when concord ran, whatever it found (the action fails the job
# on exit-code 1 after the SARIF upload), and 2 when concord could not run:
# a usage error, an unreadable input, no Go to install it with.
#
# Inputs (environment): INPUT_PATHS (default "."), INPUT_FAIL_ON (default
# error), INPUT_ARGS (more flags, split on spaces), INPUT_VERSION (empty:
# build the source this script belongs to; else go install that version),
# INPUT_SARIF, and CONCORD (an installed concord to use instead).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
paths=${INPUT_PATHS:-.}
fail_on=${INPUT_FAIL_ON:-error}
sarif=${INPUT_SARIF:-concord.sarif}
tmp=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/concord.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

concord=${CONCORD:-}
if [ -z "$concord" ]; then
  if ! command -v go >/dev/null; then
    echo "::error title=concord::Go is needed to install concord (actions/setup-go)"
    exit 2
  fi
  bin=${RUNNER_TEMP:-$tmp}/concord-bin
  mkdir -p "$bin"
  if [ -z "${INPUT_VERSION:-}" ]; then
    echo "concord: building $here" >&2
    "$here/scripts/build.sh" "$bin/concord"
  else
    echo "concord: go install github.com/concord-bilingual/concord/cmd/concord@$INPUT_VERSION" >&2
    GOBIN=$bin go install "github.com/concord-bilingual/concord/cmd/concord@$INPUT_VERSION"
  fi
  concord=$bin/concord
fi
"$concord" version >&2

read -r -a targets <<<"$(echo "$paths" | tr '\n' ' ')"
read -r -a extra <<<"${INPUT_ARGS:-}"
summary=$tmp/summary.md
code=0
"$concord" check --fail-on "$fail_on" \
  -o github=- -o "sarif=$sarif" -o "markdown=$summary" \
  ${extra[@]+"${extra[@]}"} -- "${targets[@]}" || code=$?

if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -s "$summary" ]; then
  cat "$summary" >>"$GITHUB_STEP_SUMMARY"
fi
if [ "$code" -gt 1 ]; then
  echo "::error title=concord::concord check failed (exit $code); see the log"
  exit 2
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "exit-code=$code"
    echo "sarif=$sarif"
  } >>"$GITHUB_OUTPUT"
fi
exit 0
