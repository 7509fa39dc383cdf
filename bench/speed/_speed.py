# Driver shared by the single-thread speed workloads (issue 9). A workload file defines
# a fixed-size kernel (a function of no arguments returning a result) and calls
# `run(kernel, n, expect)` under `if __name__ == "__main__":`; the same file runs unchanged on
# CPython 3.13 and on pyvm. The timed run calls the kernel n times (times --scale) and checks the
# last result against `expect`, one constant for every interpreter and scale.
#
# Command line (written by the C# harness, bench/Speed):  workload.py [--scale S] [--no-warmup]
# Output: one line `@@bench mode=speed n=N kernel=SECONDS ok=1|0 rss_kb=PEAK [detail=...]`; exit
# status 3 when the result check fails. rss_kb is the process's peak resident set (VmHWM from
# /proc/self/status, read after the timed run), blank where /proc does not exist.
import sys
import time


def _option(name, default):
    argv = sys.argv
    for i in range(len(argv) - 1):
        if argv[i] == name:
            return argv[i + 1]
    return default


def _peak_rss_kb():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def _repeat(kernel, n):
    result = None
    for _ in range(n):
        result = kernel()
    return result


def _warm_up(kernel, chunk):
    """Runs a small chunk of the work until its time stops improving.

    pyvm's eval loop is first jitted quickly and recompiled optimised in the background after
    enough calls, so it warms up for at least 0.8 s. Its tier-up is not monotonic: ReadyToRun code
    is replaced by instrumented code that runs slower than it (fib: 4.5 ms per iteration, then
    6.2-6.7 ms, then 1.4 ms once the final code is installed), so one chunk that is no faster than
    the best so far does not mean "settled". It stops after three chunks in a row none of which
    beats the best by 3% (at most 6 s). CPython settles after the first round and stops after three
    more.
    """
    minimum = 0.8 if sys.implementation.name != "cpython" else 0.0
    begin = time.perf_counter()
    best = None
    flat = 0
    for _ in range(400):
        t0 = time.perf_counter()
        _repeat(kernel, chunk)
        took = time.perf_counter() - t0
        if best is not None and took > 0.97 * best:
            flat += 1
        else:
            flat = 0
        if flat >= 3 and t0 - begin >= minimum:
            break
        if time.perf_counter() - begin > 6.0:
            break
        best = took if best is None else min(best, took)


def run(kernel, n, expect):
    n = max(1, int(n * float(_option("--scale", "1"))))
    if "--no-warmup" not in sys.argv:
        _warm_up(kernel, max(1, n // 10))
    t0 = time.perf_counter()
    try:
        result = _repeat(kernel, n)
        problem = None if result == expect else "result %r != expected %r" % (result, expect)
    except Exception as e:  # reported, not swallowed
        problem = "raised %s: %s" % (type(e).__name__, e)
    t1 = time.perf_counter()
    fields = ["@@bench", "mode=speed", "n=%d" % n, "kernel=%.6f" % (t1 - t0),
              "ok=%d" % (problem is None), "rss_kb=%d" % _peak_rss_kb()]
    if problem is not None:
        fields.append("detail=" + problem.replace("\n", " ").replace(" ", "_")[:300])
    print(" ".join(fields))
    sys.stdout.flush()
    if problem is not None:
        sys.exit(3)
