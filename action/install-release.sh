#!/usr/bin/env bash
# Installs the released Native AOT meshgrade of this runner's platform into the folder given as $1:
# downloads meshgrade-VERSION-RID.tar.gz (.zip on Windows) and checks it against the SHA-256 sum
# committed in this action (action/release.sha256), never against a sum downloaded beside it.
#   MESHGRADE_RELEASE_URL   where releases are served (default: this repository's GitHub releases)
#   MESHGRADE_RELEASE_SUMS  the sums file (default: action/release.sha256 beside this script)
# Exit 3: no release is recorded for this platform (the action then builds from source).
set -euo pipefail
target="${1:?usage: install-release.sh TOOL_FOLDER}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sums="${MESHGRADE_RELEASE_SUMS:-$here/release.sha256}"
base="${MESHGRADE_RELEASE_URL:-${GITHUB_SERVER_URL:-https://github.com}/${MESHGRADE_REPOSITORY:-OWNER/meshgrader}/releases/download}"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64; if ldd --version 2>&1 | grep -qi musl; then rid=linux-musl-x64; fi ;;
  Linux-aarch64 | Linux-arm64) rid=linux-arm64 ;;
  Darwin-arm64) rid=osx-arm64 ;;
  MINGW*-x86_64 | MSYS*-x86_64 | CYGWIN*-x86_64) rid=win-x64 ;;
  *) echo "meshgrade: no release is built for $(uname -s) $(uname -m)." >&2; exit 3 ;;
esac

line="$(grep -E "^[0-9a-f]{64}  meshgrade-[^ /]+-${rid}\.(tar\.gz|zip)$" "$sums" | tail -n 1 || true)"
if [ -z "$line" ]; then
  echo "meshgrade: this action records no release for $rid." >&2
  exit 3
fi
expected="${line%%  *}"
file="${line#*  }"
version="${file#meshgrade-}"
version="${version%-"$rid".*}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
curl --fail --silent --show-error --location --retry 3 --output "$work/$file" "$base/$version/$file"
if command -v sha256sum >/dev/null; then
  actual="$(sha256sum "$work/$file" | cut -d ' ' -f 1)"
else
  actual="$(shasum -a 256 "$work/$file" | cut -d ' ' -f 1)"
fi
if [ "$actual" != "$expected" ]; then
  echo "::error title=meshgrade::$file does not match the SHA-256 sum this action records for it; it was not installed."
  exit 1
fi

mkdir -p "$target"
case "$file" in
  *.zip) unzip -q -o "$work/$file" -d "$target" ;;
  *) tar -xzf "$work/$file" -C "$target" ;;
esac
echo "meshgrade $version ($rid) installed from the release, SHA-256 checked."
