#!/usr/bin/env bash
# Runs the fuzz targets one after another: campaign.sh TARGET:SECONDS [TARGET:SECONDS...]
# e.g. campaign.sh parse:900 pickle:600 int:300. Figures accumulate in tests/Fuzz/runs.tsv.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
for spec in "$@"; do
  "$HERE/run.sh" "${spec%%:*}" "${spec##*:}"
done
