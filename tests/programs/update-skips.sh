#!/usr/bin/env bash
# Runs every corpus program on both backends with ./pyvm and rewrites skip.txt with the programs
# that do not match CPython's output yet, each with a reason (the last stderr line, or
# "output differs"). Developer tool; CI runs the corpus through `dotnet test`.
#   tests/programs/update-skips.sh            # all programs
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
pyvm="$root/pyvm"
"$pyvm" -c 'pass' >/dev/null || exit 1
out="$here/skip.txt.new"
echo "# Corpus programs that do not pass yet, with the reason (regenerate: tests/programs/update-skips.sh)" > "$out"
pass=0; fail=0
while IFS= read -r py; do
  rel="${py#$here/}"
  case "$rel" in threading/*) continue;; esac
  exp="${py%.py}.out"
  [[ -f "$exp" ]] || continue
  dir="$(dirname "$py")"
  reason=""
  for gil in 1 0; do
    act="$(cd "$dir" && timeout 60 "$pyvm" -X gil=$gil "$py" 2>/tmp/pyvm_err.$$)"
    rc=$?
    if [[ "$act" != "$(cat "$exp")" ]]; then
      last="$(grep -v '^\s*$' /tmp/pyvm_err.$$ | tail -n 1 | cut -c1-150)"
      if [[ $rc -eq 124 ]]; then reason="timeout (gil=$gil)";
      elif [[ -n "$last" ]]; then reason="$last (gil=$gil)";
      else reason="output differs from CPython (gil=$gil)"; fi
      break
    fi
  done
  if [[ -n "$reason" ]]; then
    echo "$rel  # $reason" >> "$out"; fail=$((fail+1))
  else
    pass=$((pass+1))
  fi
done < <(find "$here" -name '*.py' | sort)
rm -f /tmp/pyvm_err.$$
mv "$out" "$here/skip.txt"
echo "passing: $pass  skipped: $fail"
