#!/usr/bin/env bash
# Installs meshgrade as a .NET tool, built from this repository as this platform's Native AOT
# binary, into the folder given as $1.
#
# This may run in a CI job that holds secrets, with this checkout anywhere, even inside a learner's
# repository, so nothing outside this repository may take part in the build:
# - the build inputs are copied to a fresh temporary folder, away from any folder the learner owns;
# - this repository's global.json, Directory.Build.props/.targets, Directory.Packages.props,
#   Directory.Build.rsp and .editorconfig (root = true) end MSBuild's, the SDK's and the compiler's
#   searches of the folders above;
# - -noAutoResponse ignores every Directory.Build.rsp, and --configfile makes the user's own NuGet
#   configuration the only one (no package sources or package folders from the folders around);
# - the restore is locked: only the packages and hashes in packages.lock.json are accepted.
# The tool is installed from the freshly packed folder only, so no package of the same name on
# another feed can stand in for it.
set -euo pipefail
target="${1:?usage: install.sh TOOL_FOLDER}"
case "$target" in
  /* | [A-Za-z]:[\\/]*) ;;
  *) target="$PWD/$target" ;; # relative to the caller, before the cd below
esac
repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The same inputs as the Dockerfile's build stage, without anything built before.
(cd "$repository" && tar -cf - --exclude=bin --exclude=obj \
  global.json Directory.Build.props Directory.Build.targets Directory.Build.rsp \
  Directory.Packages.props .editorconfig schemas labs src) | tar -xf - -C "$work/"

# From the copy, so its global.json picks the SDK.
cd "$work"
project=src/MeshGrader.Cli/MeshGrader.Cli.csproj
nuget_config="$(bash "$repository/action/user-nuget-config.sh")"
dotnet restore "$project" --locked-mode --configfile "$nuget_config" -noAutoResponse --nologo

# The tool is the Native AOT binary of this platform: a pointer package names the package of each
# platform, and this platform's one is built here. The lock files cover linux-x64; on another
# platform its restore checks what the lock files list and records the rest in a lock file of its own.
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
if [ "$rid" != linux-x64 ]; then
  dotnet restore "$project" -r "$rid" --configfile "$nuget_config" -noAutoResponse --nologo \
    -p:RestoreLockedMode=false -p:NuGetLockFilePath="$work/$rid.packages.lock.json"
fi
dotnet pack "$project" -c Release --no-restore -noAutoResponse --nologo -o "$work/packages"
dotnet pack "$project" -c Release -r "$rid" --no-restore -noAutoResponse --nologo -o "$work/packages"
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /></packageSources></configuration>\n' >"$work/packages/nuget.config"
dotnet tool install MeshGrader --tool-path "$target" --add-source "$work/packages" --configfile "$work/packages/nuget.config"
