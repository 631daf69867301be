#!/bin/sh
# release.sh DIR — build the release binaries into DIR: concord for Linux,
# macOS and Windows on amd64 and arm64, named concord-OS-ARCH[.exe], and
# SHA256SUMS over them (check with: cd DIR && sha256sum -c SHA256SUMS).
# VERSION, COMMIT and DATE are passed to scripts/build.sh.
set -eu
dir=${1:?usage: release.sh DIR}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
rm -f "$dir"/concord-* "$dir/SHA256SUMS"

for target in linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64; do
  os=${target%/*} arch=${target#*/}
  ext=""
  [ "$os" = windows ] && ext=.exe
  echo "release: $os/$arch" >&2
  GOOS=$os GOARCH=$arch "$here/build.sh" "$dir/concord-$os-$arch$ext"
done
(cd "$dir" && sha256sum concord-* > SHA256SUMS)
