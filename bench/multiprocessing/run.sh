#!/usr/bin/env bash
# Runs mp_bench.py on CPython 3.13 and on pyvm (GIL and free-threaded backends) back to back
# (the fuller run, interleaved over rounds with medians: `dotnet run -c Release --project bench -- mp`).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
py="${PYTHON:-$HOME/.pyenv/versions/3.13.0/bin/python3}"
"$py" "$here/mp_bench.py" --text "$@"
"$root/pyvm" -X gil=1 "$here/mp_bench.py" --text "$@"
"$root/pyvm" -X gil=0 "$here/mp_bench.py" --text "$@"
