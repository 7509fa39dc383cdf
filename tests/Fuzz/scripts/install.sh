#!/usr/bin/env bash
# Installs what fuzzing needs: AFL++ from Debian's packages and the SharpFuzz command-line tool
# (pinned in .config/dotnet-tools.json). Run once per machine, as root (or with sudo).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! command -v afl-fuzz >/dev/null; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends afl++
fi
cd "$ROOT" && dotnet tool restore
afl-fuzz -h 2>&1 | head -1 || true
echo "fuzzing tools installed; run tests/Fuzz/scripts/run.sh TARGET [seconds]"
