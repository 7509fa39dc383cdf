# Driver shared by the single-thread speed workloads (issue 9). A workload file defines
# a fixed-size kernel (a function of no arguments returning a result) and calls
# `run(kernel, n, expect)` under `if __name__ == "__main__":`; the same file runs unchanged on
# CPython 3.13 and on pyvm. The timed run calls the kernel n times (times --scale) and checks the
# last result against `expect`, one constant for every interpreter and scale.
#
# Command line (written by the C# harness, bench/Speed):  workload.py [--scale S] [--no-warmup]
# Output: one line `@@bench mode=speed n=N kernel=SECONDS cpu=SECONDS jit=K ok=1|0 rss_kb=PEAK
# warmup=SECONDS [detail=...]`; exit status 3 when the result check fails. kernel is the timed
# run's wall-clock time, cpu its thread CPU time (time.thread_time: the time the script thread
# ran, including the .NET GC's work on it, excluding the time it waited for a CPU; -1 where the
# clock does not exist), jit the methods the .NET JIT compiled during the timed run (-1 where
# sys._jit_compiled_methods does not exist). The harness quotes cpu: the wall-clock time was
# bimodal (bench/Speed/SpeedResults.cs, SpeedSample). rss_kb is the process's peak resident
# set (VmHWM from /proc/self/status, read after the timed run), -1 where /proc does not exist;
# warmup is the time _warm_up took (0 with --no-warmup).
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


def _compiler_state():
    """(CPU ticks, runnable) of the .NET tiered-compilation thread(s) of this process, or None."""
    try:
        import os
        ticks, runnable, found = 0, False, False
        for tid in os.listdir("/proc/self/task"):
            base = "/proc/self/task/" + tid
            with open(base + "/comm") as f:
                if not f.read().startswith(".NET Tiered"):
                    continue
            with open(base + "/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            found = True
            runnable = runnable or fields[0] == "R"
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        return (ticks, runnable) if found else None
    except (OSError, ValueError, IndexError, ImportError):
        return None


def _has_proc_tasks():
    try:
        import os
        return len(os.listdir("/proc/self/task")) > 0
    except (OSError, ImportError):
        return False


def _warm_up(kernel, chunk):
    """Runs a small chunk of the work until the interpreter has settled; returns the seconds spent.

    pyvm starts on ReadyToRun code and the .NET runtime recompiles hot methods in the background:
    first an instrumented version, slower than the precompiled one, then the final optimised one,
    each method when it has been called often enough. On the loaded 2-core machine methods were
    still being compiled 5-10 s into a workload's run (richards per kernel: 0.25 s precompiled,
    0.4-0.55 s instrumented, ~0.11 s final), far longer than the old rule (three chunks no faster
    than the best, at least 0.8 s) waited: it stopped in the instrumented phase and timed a mix of
    tiers. So on pyvm it waits until no method has been compiled (sys._jit_compiled_methods, the
    runtime's count over all threads) during the last three chunks and the last 0.4 s of the
    process's CPU time, and the last three chunks did not beat the best by 3%. CPU time, not wall
    time: a compile in flight does not move the count, and at load 30 on 2 cores a background
    compile of the eval loop took seconds of wall time (a rule of one quiet wall-clock second
    stopped nbody at 0.13 s per kernel; the final code runs it in 0.04 s); the process's CPU time
    advances only as fast as the compiling thread may run. At most 20 s (an older pyvm without
    the count: at least 8 s). CPython (no JIT count) stops after three chunks that do not beat
    the best.

    The process's CPU time is mostly the script thread's, though: when the compiler thread got
    little of a core (load 35, real-time neighbours), 0.4 s of it passed while the eval loop was
    still being compiled, or before tier-up had started, and fib was timed on ReadyToRun code
    (0.32-0.36 s instead of 0.23, 2 runs in 6). So the quiet window also needs the runtime's
    tiered-compilation thread (".NET Tiered Com" in /proc/self/task, where there is one) to have
    used no CPU during it and not to be runnable at its end.
    """
    jit_count = getattr(sys, "_jit_compiled_methods", None)
    minimum = 0.0
    if sys.implementation.name != "cpython":
        # An older pyvm build (no JIT count, e.g. --pyvm-before) warms up for 8 s, about what the
        # JIT-count rule waited on the loaded machine, so before/after compare settled code.
        minimum = 0.8 if jit_count is not None else 8.0
    begin = time.perf_counter()
    best = None
    flat = 0
    quiet_chunks = 0
    quiet_cpu = 0.0
    jit = jit_count() if jit_count is not None else 0
    # A JIT that compiles (not NativeAOT) on Linux: tier-up must have been seen on its thread.
    compiler = _compiler_state() if jit_count is not None else None
    needs_compiler = jit > 0 and _has_proc_tasks()
    seen_compiler = compiler is not None
    for _ in range(2000):
        t0 = time.perf_counter()
        c0 = time.process_time()
        _repeat(kernel, chunk)
        t1 = time.perf_counter()
        c1 = time.process_time()
        took = t1 - t0
        if jit_count is not None:
            now = jit_count()
            if now != jit:
                jit = now
                quiet_chunks = 0
                quiet_cpu = 0.0
            else:
                quiet_chunks += 1
                quiet_cpu += c1 - c0
            if needs_compiler:
                state = _compiler_state()
                if state is not None:
                    seen_compiler = True
                    if compiler is None or state[0] != compiler[0] or state[1]:
                        quiet_chunks = 0
                        quiet_cpu = 0.0
                compiler = state
        flat = flat + 1 if best is not None and took > 0.97 * best else 0
        best = took if best is None else min(best, took)
        settled = flat >= 3
        if jit_count is not None:
            settled = settled and quiet_chunks >= 3 and quiet_cpu >= 0.4 and (seen_compiler or not needs_compiler)
        if settled and t1 - begin >= minimum:
            break
        if t1 - begin > 20.0:
            break
    return time.perf_counter() - begin


def _thread_time():
    try:
        return time.thread_time()
    except (AttributeError, OSError):
        return None


def run(kernel, n, expect):
    n = max(1, int(n * float(_option("--scale", "1"))))
    warm = 0.0
    if "--no-warmup" not in sys.argv:
        warm = _warm_up(kernel, max(1, n // 10))
    jit_count = getattr(sys, "_jit_compiled_methods", None)
    j0 = jit_count() if jit_count is not None else 0
    u0 = _thread_time()
    t0 = time.perf_counter()
    try:
        result = _repeat(kernel, n)
        problem = None if result == expect else "result %r != expected %r" % (result, expect)
    except Exception as e:  # reported, not swallowed
        problem = "raised %s: %s" % (type(e).__name__, e)
    t1 = time.perf_counter()
    u1 = _thread_time()
    jit = jit_count() - j0 if jit_count is not None else -1
    cpu = u1 - u0 if u0 is not None and u1 is not None else -1.0
    fields = ["@@bench", "mode=speed", "n=%d" % n, "kernel=%.6f" % (t1 - t0), "cpu=%.6f" % cpu,
              "jit=%d" % jit, "ok=%d" % (problem is None), "rss_kb=%d" % _peak_rss_kb(),
              "warmup=%.2f" % warm]
    if problem is not None:
        fields.append("detail=" + problem.replace("\n", " ").replace(" ", "_")[:300])
    print(" ".join(fields))
    sys.stdout.flush()
    if problem is not None:
        sys.exit(3)
