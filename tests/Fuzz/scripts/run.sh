#!/usr/bin/env bash
# Runs AFL++ on one fuzz target for a while (default 600 s), at the lowest priority.
#   tests/Fuzz/scripts/run.sh TARGET [seconds]
# TARGET: parse eval pickle struct int float threads. Builds Vm.Fuzz into tests/Fuzz/out/build,
# instruments the VM's assemblies with SharpFuzz, and fuzzes from tests/Fuzz/seeds/TARGET plus
# the queue of the previous run. Crashes and hangs land in
# tests/Fuzz/out/TARGET/default/{crashes,hangs}: replay one with
#   dotnet tests/Fuzz/out/build/Vm.Fuzz.dll TARGET --replay FILE
# and, once fixed, copy it to tests/Fuzz/regressions/TARGET/. Each run appends its figures to
# tests/Fuzz/runs.tsv.
set -euo pipefail
TARGET="${1:?usage: run.sh TARGET [seconds]}"
DURATION="${2:-600}"
FUZZ="$(cd "$(dirname "$0")/.." && pwd)"
ROOT="$(cd "$FUZZ/../.." && pwd)"
OUT="$FUZZ/out"
BUILD="$OUT/build"
[ -d "$FUZZ/seeds/$TARGET" ] || { echo "unknown target $TARGET" >&2; exit 2; }
command -v afl-fuzz >/dev/null || { echo "afl-fuzz missing: run tests/Fuzz/scripts/install.sh" >&2; exit 2; }

# Build (and instrument) once per source change: the stamp holds the commit and the diff's hash.
STAMP="$(cd "$ROOT" && { git rev-parse HEAD; git diff HEAD -- src tests/Fuzz/Targets tests/Fuzz/Program.cs; } | sha1sum | cut -c1-40)"
if [ "$(cat "$BUILD/.instrumented" 2>/dev/null)" != "$STAMP" ]; then
  rm -rf "$BUILD"
  (cd "$ROOT" && nice -n 19 dotnet build tests/Fuzz/Vm.Fuzz.csproj -c Release -o "$BUILD" -v q -nologo)
  for dll in Vm.Shared.dll Vm.Gil.dll Vm.FreeThreaded.dll; do
    (cd "$ROOT" && dotnet sharpfuzz "$BUILD/$dll")
  done
  echo "$STAMP" > "$BUILD/.instrumented"
fi

case "$TARGET" in
  eval|threads) TIMEOUT=10000 ;;   # budget: 2 s per call (+ engine start/stop); past this: hang
  *) TIMEOUT=5000 ;;
esac
DICT=()
[ -f "$FUZZ/dict/$TARGET.dict" ] && DICT=(-x "$FUZZ/dict/$TARGET.dict")
# Every run starts fresh (so its fuzzer_stats count only its own executions) from the seeds plus
# the queue the previous run of this target built; earlier findings are kept in out/TARGET-findings.
IN="$OUT/$TARGET-in"
rm -rf "$IN" && mkdir -p "$IN" "$OUT/$TARGET-findings"
cp "$FUZZ/seeds/$TARGET"/* "$IN/"
if [ -d "$OUT/$TARGET/default/queue" ]; then
  find "$OUT/$TARGET/default/queue" -maxdepth 1 -type f -size -64k -name 'id:*' -exec cp {} "$IN/" \;
  for kind in crashes hangs; do
    [ -d "$OUT/$TARGET/default/$kind" ] && cp -r "$OUT/$TARGET/default/$kind" "$OUT/$TARGET-findings/$kind-$(date +%s)"
  done
  rm -rf "$OUT/$TARGET"
fi
INPUT=(-i "$IN")

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 \
       AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
       DOTNET_TieredPGO=0
nice -n 19 afl-fuzz "${INPUT[@]}" -o "$OUT/$TARGET" -t "$TIMEOUT" -m none -V "$DURATION" "${DICT[@]}" \
  -- dotnet "$BUILD/Vm.Fuzz.dll" "$TARGET" > "$OUT/$TARGET.log" 2>&1 || true

STATS="$OUT/$TARGET/default/fuzzer_stats"
[ -f "$STATS" ] || { tail -40 "$OUT/$TARGET.log"; exit 1; }
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$STATS"; }
CRASHES=$(ls "$OUT/$TARGET/default/crashes" 2>/dev/null | grep -vc README || true)
HANGS=$(ls "$OUT/$TARGET/default/hangs" 2>/dev/null | wc -l)
LINE="$(date -u +%FT%TZ)	$TARGET	$(stat run_time)	$(stat execs_done)	$(stat execs_per_sec)	$(stat corpus_count)	$CRASHES	$HANGS"
[ -f "$FUZZ/runs.tsv" ] || printf 'date\ttarget\tseconds\texecs\texecs_per_sec\tcorpus\tcrashes\thangs\n' > "$FUZZ/runs.tsv"
echo "$LINE" >> "$FUZZ/runs.tsv"
echo "$LINE"
