#!/usr/bin/env bash
# Regenerate expected outputs (.out) for the program corpus using CPython 3.13.
#
# Usage:
#   tests/programs/regen.sh                 # regenerate every program's .out
#   tests/programs/regen.sh a/b.py c/d.py   # only the named programs (paths relative
#                                           # to this directory or absolute; ".out" or
#                                           # no extension also accepted)
#
# The interpreter is $PYTHON if set, else CPython 3.13 found via pyenv.
# Programs run with PYTHONHASHSEED=0 and their own directory as cwd.
# Files whose name starts with "_" are helper modules, not programs.
# A program with a <name>.in beside it reads that file as its stdin (here and in the test runner).
# A program that writes to stderr under CPython gets a <name>.err beside its .out.
set -u -o pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

find_python() {
    if [[ -n "${PYTHON:-}" ]]; then
        echo "$PYTHON"; return 0
    fi
    if command -v pyenv >/dev/null 2>&1; then
        local root ver
        root="$(pyenv root)"
        for ver in 3.13.0 $(ls "$root/versions" 2>/dev/null | grep -E '^3\.13(\.|$)' | sort -rV); do
            if [[ -x "$root/versions/$ver/bin/python3" ]]; then
                echo "$root/versions/$ver/bin/python3"; return 0
            fi
        done
    fi
    for cand in python3.13 python3; do
        if command -v "$cand" >/dev/null 2>&1; then
            command -v "$cand"; return 0
        fi
    done
    return 1
}

PY="$(find_python)" || { echo "regen.sh: cannot find CPython 3.13 (set PYTHON=...)" >&2; exit 2; }
VER="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [[ "$VER" != "3.13" ]]; then
    echo "regen.sh: $PY is Python $VER, expected 3.13" >&2
    exit 2
fi

declare -a PROGRAMS=()
if [[ $# -eq 0 ]]; then
    while IFS= read -r f; do PROGRAMS+=("$f"); done < <(
        cd "$HERE" && find . -name '*.py' -not -name '_*' -not -path '*/_*' \
            -not -path '*/__pycache__/*' | sed 's|^\./||' | sort)
else
    for arg in "$@"; do
        p="${arg%.out}"; p="${p%.py}.py"
        if [[ "$p" != /* ]]; then
            if [[ -f "$PWD/$p" ]]; then p="$PWD/$p"; else p="$HERE/$p"; fi
        fi
        if d="$(cd "$(dirname "$p")" 2>/dev/null && pwd)"; then p="$d/$(basename "$p")"; fi
        PROGRAMS+=("${p#"$HERE"/}")
    done
fi

fail=0
count=0
for rel in "${PROGRAMS[@]}"; do
    src="$HERE/$rel"
    if [[ ! -f "$src" ]]; then
        echo "MISSING $rel" >&2; fail=1; continue
    fi
    dir="$(dirname "$src")"
    base="$(basename "$src" .py)"
    out="$dir/$base.out"
    tmp="$(mktemp)"
    errf="$(mktemp)"
    stdin=/dev/null
    [[ -f "$dir/$base.in" ]] && stdin="$dir/$base.in"  # a program's stdin, when it has a <name>.in
    ( cd "$dir" && PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8 \
        "$PY" "$base.py" <"$stdin" >"$tmp" 2>"$errf" )
    rc=$?
    if [[ $rc -ne 0 ]]; then
        echo "FAIL $rel (exit $rc)" >&2
        sed 's/^/    /' "$errf" >&2
        fail=1
        rm -f "$tmp" "$errf"
        continue
    fi
    # What CPython wrote to stderr is kept as <name>.err (paths made relative to the program's
    # directory): the corpus test checks that the VM writes to stderr exactly when CPython did,
    # and that the last lines agree.
    err="$dir/$base.err"
    if [[ -s "$errf" ]]; then
        echo "NOTE $rel wrote to stderr (kept in $base.err)" >&2
        sed "s|$dir/||g" "$errf" > "$err"
        chmod 644 "$err"
    else
        rm -f "$err"
    fi
    chmod 644 "$tmp"
    mv "$tmp" "$out"
    rm -f "$errf"
    count=$((count + 1))
done
echo "regenerated $count of ${#PROGRAMS[@]} program(s) with $PY" >&2
exit $fail
