#!/bin/sh
# Prints the path of the current user's NuGet configuration, which NuGet creates (naming the public
# registry) when there is none. Builds of meshgrade pass it with --configfile, so it is the only
# NuGet configuration they read: no NuGet.config of the folders around a checkout takes part.
set -eu
if [ -n "${APPDATA:-}" ]; then
  config="$APPDATA/NuGet/NuGet.Config"
else
  config="${HOME:?HOME must be set}/.nuget/NuGet/NuGet.Config"
fi
if [ ! -f "$config" ]; then
  # From an empty folder, so no NuGet.config around the caller is read while NuGet creates it.
  empty="$(mktemp -d)"
  (cd "$empty" && dotnet nuget list source >/dev/null)
  rm -rf "$empty"
fi
printf '%s\n' "$config"
