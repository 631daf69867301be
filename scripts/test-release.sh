#!/bin/sh
# test-release.sh — build the release once into a temporary directory, as
# `make release` does, and check what it made: the six binaries, each
# static (CGO_ENABLED=0) and built with -trimpath; SHA256SUMS that
# verifies; and `concord version` of this machine's binary showing the
# version, commit and date the build derived from git.
set -eu
cd "$(dirname "$0")/.."
dist=$(mktemp -d)
trap 'rm -rf "$dist"' EXIT
fail() { echo "release: FAIL: $*" >&2; exit 1; }

make -s release DIST="$dist"

n=0
for b in concord-linux-amd64 concord-linux-arm64 concord-darwin-amd64 concord-darwin-arm64 \
  concord-windows-amd64.exe concord-windows-arm64.exe; do
  [ -s "$dist/$b" ] || fail "$b missing"
  info=$(go version -m "$dist/$b")
  echo "$info" | grep -q 'build[[:space:]]CGO_ENABLED=0' || fail "$b: not built with CGO_ENABLED=0"
  echo "$info" | grep -q 'build[[:space:]]-trimpath=true' || fail "$b: not built with -trimpath"
  grep -q "  $b\$" "$dist/SHA256SUMS" || fail "$b not in SHA256SUMS"
  n=$((n + 1))
done
(cd "$dist" && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS does not verify"

want_version="$(sed -n 's/^const treeVersion = "\(.*\)"$/\1/p' cmd/concord/version.go)-snapshot"
tag=$(git describe --tags --exact-match --match 'v[0-9]*' 2>/dev/null | sed 's/^v//') || true
[ -n "$tag" ] && want_version=$tag
want_commit=$(git rev-parse HEAD)
[ -n "$(git status --porcelain --untracked-files=no)" ] && want_commit="$want_commit-dirty"
want_date=$(TZ=UTC git log -1 --format=%cd --date=format-local:%Y-%m-%dT%H:%M:%SZ)
host="$dist/concord-$(go env GOOS)-$(go env GOARCH)"
got=$("$host" version)
printf '%s\n' "$got"
printf '%s\n' "$got" | grep -qx "concord $want_version" || fail "version: want $want_version"
printf '%s\n' "$got" | grep -qx "commit: $want_commit" || fail "commit: want $want_commit"
printf '%s\n' "$got" | grep -qx "date: $want_date" || fail "date: want $want_date"
echo "release: $n binaries, SHA256SUMS verified, version stamped"
