#!/usr/bin/env bash
# The action's grading step: turns the action's inputs (environment variables) into one meshgrade
# command line. The text report always goes to the log; the formats input adds the others.
#   MESHGRADE            the meshgrade executable
#   MESHGRADE_PATH       submission folder (default .)
#   MESHGRADE_LAB        labs, comma- or space-separated (default: the labs whose files are present)
#   MESHGRADE_FORMAT     formats, comma- or space-separated, each NAME or NAME=PATH
#   MESHGRADE_MIN_SCORE  pass when the overall score reaches this (default: every lab completed)
# File paths in reports are relative to GITHUB_WORKSPACE, the repository root.
set -euo pipefail
args=(check "${MESHGRADE_PATH:-.}" --base-dir "${GITHUB_WORKSPACE:-$PWD}" --format text)

IFS=$', \t\n' read -r -a formats <<<"$(tr '\n' ' ' <<<"${MESHGRADE_FORMAT:-}")"
for format in "${formats[@]}"; do
  # Empty fields (", github", "a,,b") and YAML-list dashes are not formats.
  case "$format" in ""|-|text) continue ;; esac
  args+=(--format "$format")
done

IFS=$', \t\n' read -r -a labs <<<"$(tr '\n' ' ' <<<"${MESHGRADE_LAB:-}")"
for lab in "${labs[@]}"; do
  case "$lab" in ""|-) continue ;; esac
  args+=(--lab "$lab")
done

if [ -n "${MESHGRADE_MIN_SCORE:-}" ]; then
  args+=(--min-score "$MESHGRADE_MIN_SCORE")
fi

echo "meshgrade ${args[*]}"
exec "${MESHGRADE:?MESHGRADE must name the meshgrade executable}" "${args[@]}"
