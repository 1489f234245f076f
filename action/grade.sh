#!/usr/bin/env bash
# The action's grading step: turns the action's inputs (environment variables) into one meshgrade
# command line. The text report always goes to the log; the formats input adds the others.
#   MESHGRADE            the meshgrade executable
#   MESHGRADE_PATH       submission folder (default .)
#   MESHGRADE_LAB        labs, comma- or space-separated (required)
#   MESHGRADE_FORMAT     formats, comma- or space-separated, each NAME or NAME=PATH
#   MESHGRADE_MIN_SCORE  pass when the overall score reaches this (default: every lab completed)
#   MESHGRADE_RUBRIC     the instructor's rubric file, outside the submission (default: the default rubric)
#   MESHGRADE_RUBRIC_SHA256  refuse to grade unless the rubric's SHA-256 is this
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
lab_count=0
for lab in "${labs[@]}"; do
  case "$lab" in ""|-) continue ;; esac
  args+=(--lab "$lab")
  lab_count=$((lab_count + 1))
done
# Without --lab, meshgrade grades the labs whose files it finds, so the submission would choose what
# is graded: dropping a weak lab's files would leave it out of the score. GitHub does not enforce an
# input's `required`, so the check is here.
if [ "$lab_count" -eq 0 ]; then
  echo "::error title=meshgrade::The lab input is required: name the labs to grade (for example lab: \"16\" or lab: \"16, 17\"). Without it the submission would choose what is graded."
  exit 2
fi

if [ -n "${MESHGRADE_MIN_SCORE:-}" ]; then
  args+=(--min-score "$MESHGRADE_MIN_SCORE")
fi

if [ -n "${MESHGRADE_RUBRIC:-}" ]; then
  args+=(--rubric "$MESHGRADE_RUBRIC")
fi

if [ -n "${MESHGRADE_RUBRIC_SHA256:-}" ]; then
  args+=(--rubric-sha256 "$MESHGRADE_RUBRIC_SHA256")
fi

echo "meshgrade ${args[*]}"
exec "${MESHGRADE:?MESHGRADE must name the meshgrade executable}" "${args[@]}"
