#!/usr/bin/env bash
# Installs meshgrade as a .NET tool, built from this repository, into the folder given as $1.
# The package is installed from the freshly packed folder only, so no package of the same name on
# another feed can stand in for it.
set -euo pipefail
target="${1:?usage: install.sh TOOL_FOLDER}"
repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
packages="$(mktemp -d)"
trap 'rm -rf "$packages"' EXIT

# Run from the repository so its global.json picks the SDK, not the caller's.
cd "$repository"
dotnet pack src/MeshGrader.Cli/MeshGrader.Cli.csproj -c Release -o "$packages" --nologo
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /></packageSources></configuration>\n' >"$packages/nuget.config"
dotnet tool install MeshGrader --tool-path "$target" --add-source "$packages" --configfile "$packages/nuget.config"
