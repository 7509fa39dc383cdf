#!/bin/bash
# run_settled.sh PYVM_DLL SCRIPT ARGS...: warm up under the normal scheduler, SCHED_RR once the script prints WARM (README.md).
dll=$1; shift
out=$(mktemp)
dotnet "$dll" -X gil=${GIL:-1} "$@" > "$out" 2>&1 &
pid=$!
while ! grep -q WARM "$out" 2>/dev/null; do sleep 0.1; kill -0 $pid 2>/dev/null || break; done
chrt -a -r -p 1 $pid >/dev/null 2>&1
wait $pid
grep -v '^WARM' "$out"; rm -f "$out"
