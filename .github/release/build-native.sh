#!/bin/sh
# Builds one platform's release files into dist/: the Native AOT binary, archived, and the platform's
# .NET tool package. POSIX sh, so it also runs in the Alpine image that builds linux-musl-x64.
#   sh .github/release/build-native.sh RID VERSION
set -eu
rid="${1:?usage: build-native.sh RID VERSION}"
version="${2:?usage: build-native.sh RID VERSION}"
project=src/MeshGrader.Cli/MeshGrader.Cli.csproj
config="$(sh action/user-nuget-config.sh)"

# The lock files cover the RID-less graph and linux-x64: check those in locked mode, then let the
# platform's own packages (the Native AOT compiler for this platform) be recorded beside the build.
dotnet restore "$project" --locked-mode --configfile "$config" -noAutoResponse
dotnet restore "$project" -r "$rid" --configfile "$config" -noAutoResponse \
  -p:RestoreLockedMode=false -p:NuGetLockFilePath="$PWD/obj-$rid.packages.lock.json"

# Warnings are errors, trim and AOT analysis included.
dotnet publish "$project" -c Release -r "$rid" --no-restore -noAutoResponse -o out
binary=out/meshgrade
[ -f out/meshgrade.exe ] && binary=out/meshgrade.exe
"$binary" check samples/complete >/dev/null

mkdir -p dist
name="meshgrade-$version-$rid"
case "$rid" in
  win-*) (cd out && 7z a "../dist/$name.zip" meshgrade.exe >/dev/null) ;;
  *) tar -czf "dist/$name.tar.gz" -C out meshgrade ;;
esac
dotnet pack "$project" -c Release -r "$rid" --no-restore -noAutoResponse -o dist
