#!/bin/sh
# build.sh OUT — build one static concord binary at OUT for GOOS/GOARCH
# (default: this machine's), stamped with VERSION, COMMIT and DATE.
#
# The one build command of a release: scripts/release.sh runs it for each
# platform and the Dockerfile runs it for the image, so that every binary
# concord ships is built the same way. Unset, VERSION, COMMIT and DATE are
# taken from git: the tag vX.Y.Z on HEAD (else the tree's version with
# -snapshot), the commit (-dirty when the tree has changes) and the
# commit's date in UTC, so that a build of one commit is reproducible.
set -eu
out=${1:?usage: build.sh OUT}
cd "$(dirname "$0")/.."

if [ -z "${VERSION:-}" ]; then
  VERSION=$(git describe --tags --exact-match --match 'v[0-9]*' 2>/dev/null | sed 's/^v//') || true
  if [ -z "$VERSION" ]; then
    VERSION="$(sed -n 's/^const treeVersion = "\(.*\)"$/\1/p' cmd/concord/version.go)-snapshot"
  fi
fi
if [ -z "${COMMIT:-}" ]; then
  COMMIT=$(git rev-parse HEAD 2>/dev/null) || COMMIT=""
  if [ -n "$COMMIT" ] && [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    COMMIT="$COMMIT-dirty"
  fi
fi
if [ -z "${DATE:-}" ]; then
  DATE=$(TZ=UTC git log -1 --format=%cd --date=format-local:%Y-%m-%dT%H:%M:%SZ 2>/dev/null) || DATE=""
fi

CGO_ENABLED=0 go build -trimpath -buildvcs=false \
  -ldflags "-s -w -X main.version=$VERSION -X main.commit=$COMMIT -X main.date=$DATE" \
  -o "$out" ./cmd/concord
