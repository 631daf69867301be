#!/bin/sh
# test-install.sh — the README's install command as a newcomer runs it,
#
#   go install github.com/concord-bilingual/concord/cmd/concord@latest
#
# on a machine that has no concord: a fresh GOPATH and module cache, and a
# module proxy in a temporary directory that serves this commit as
# v0.1.0-test (the module zip as the Go proxy would serve it), before the
# real proxy for the dependencies. It checks that the module path, the
# command's package path and go.mod allow it, and that the installed
# concord runs and says it is that version.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
mod=github.com/concord-bilingual/concord
v=v0.1.0-test
at="$tmp/proxy/$mod/@v"
mkdir -p "$at"
echo "$v" >"$at/list"
printf '{"Version":"%s","Time":"%s"}\n' "$v" "$(TZ=UTC git log -1 --format=%cd --date=format-local:%Y-%m-%dT%H:%M:%SZ)" >"$at/$v.info"
cp go.mod "$at/$v.mod"
git archive --format=zip --prefix="$mod@$v/" -o "$at/$v.zip" HEAD

GOPATH="$tmp/gopath" GOMODCACHE="$tmp/gopath/pkg/mod" GOBIN="$tmp/bin" \
  GOPROXY="file://$tmp/proxy,$(go env GOPROXY)" GONOSUMDB="$mod" GOFLAGS=-modcacherw \
  go install "$mod/cmd/concord@latest"
"$tmp/bin/concord" version
"$tmp/bin/concord" version | grep -qx "concord ${v#v}" || { echo "install: FAIL: the installed concord is not $v" >&2; exit 1; }
"$tmp/bin/concord" check testdata/kazakhstan.txt >/dev/null
echo "install: go install $mod/cmd/concord@latest works"
