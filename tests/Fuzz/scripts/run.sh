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
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 \
       AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 DOTNET_TieredPGO=0
[ -f "$FUZZ/runs.tsv" ] || printf 'date\ttarget\tseconds\texecs\texecs_per_sec\tcorpus\tcrashes\thangs\tended\n' > "$FUZZ/runs.tsv"
mkdir -p "$OUT/$TARGET-findings"

# SharpFuzz's fork server does not fork: every input runs in one process, and an input that hangs
# (afl-fuzz kills the process at the timeout) or kills the process ends the afl-fuzz session
# ("Unable to communicate with fork server"). Its last input (.cur_input) is then kept as
# out/TARGET-findings/died-*, and a new session starts, until the time is used up.
END=$((SECONDS + DURATION))
while [ $((END - SECONDS)) -gt 20 ]; do
  # Every session starts fresh (its fuzzer_stats count only its own executions) from the seeds
  # plus the queue of the previous session; earlier findings are kept in out/TARGET-findings.
  IN="$OUT/$TARGET-in"
  rm -rf "$IN" && mkdir -p "$IN"
  cp "$FUZZ/seeds/$TARGET"/* "$IN/"
  if [ -d "$OUT/$TARGET/default/queue" ]; then
    find "$OUT/$TARGET/default/queue" -maxdepth 1 -type f -size -64k -name 'id:*' -exec cp {} "$IN/" \;
    for kind in crashes hangs; do
      [ -n "$(ls "$OUT/$TARGET/default/$kind" 2>/dev/null | grep -v README)" ] &&
        cp -r "$OUT/$TARGET/default/$kind" "$OUT/$TARGET-findings/$kind-$(date +%s)"
    done
  fi
  rm -rf "$OUT/$TARGET"
  LEFT=$((END - SECONDS))
  nice -n 19 afl-fuzz -i "$IN" -o "$OUT/$TARGET" -t "$TIMEOUT" -m none -V "$LEFT" "${DICT[@]}" \
    -- dotnet "$BUILD/Vm.Fuzz.dll" "$TARGET" > "$OUT/$TARGET.log" 2>&1 || true

  STATS="$OUT/$TARGET/default/fuzzer_stats"
  [ -f "$STATS" ] || { tail -40 "$OUT/$TARGET.log"; exit 1; }
  stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$STATS"; }
  ENDED=time
  if ! grep -q "Time limit was reached" "$OUT/$TARGET.log"; then
    ENDED=died
    cp "$OUT/$TARGET/default/.cur_input" "$OUT/$TARGET-findings/died-$(date +%s)" 2>/dev/null || true
  fi
  CRASHES=$(ls "$OUT/$TARGET/default/crashes" 2>/dev/null | grep -vc README || true)
  HANGS=$(ls "$OUT/$TARGET/default/hangs" 2>/dev/null | wc -l)
  LINE="$(date -u +%FT%TZ)	$TARGET	$(stat run_time)	$(stat execs_done)	$(stat execs_per_sec)	$(stat corpus_count)	$CRASHES	$HANGS	$ENDED"
  echo "$LINE" >> "$FUZZ/runs.tsv"
  echo "$LINE"
  [ "$(stat execs_done)" -gt 0 ] || break   # it cannot even start: stop, see the log
done
