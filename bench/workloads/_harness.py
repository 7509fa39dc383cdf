# Driver shared by every scaling workload. A workload file defines `work(n)` (the per-thread
# work; returns a value the harness checks) and calls `run(work, n, ...)` under
# `if __name__ == "__main__":`. The same file runs unchanged on CPython (3.11+) and on pyvm.
#
# Command line (written by the C# harness, bench/Scaling):
#   workload.py --mode threads --threads T [--scale S] [--no-warmup]
#       runs work(n) in T threads at once; the kernel time is perf_counter around the start of
#       the first thread .. the join of the last, so interpreter start-up is excluded.
#   workload.py --mode process [--scale S]
#       one of T processes launched together: warms up, prints "@@ready", waits for a "go" line
#       on stdin (the harness sends it once every process is ready), then runs work(n) once and
#       reports its wall-clock start and end; the harness takes max(end) - min(start).
#   workload.py --mode multiprocessing --threads T [--scale S]
#       the same T-process measurement done inside Python with multiprocessing (spawn): each
#       child warms up, waits on a Barrier, then runs work(n) once; time = max(end) - min(start).
#   workload.py --mode calibrate --target SECONDS
#       warms up, then times growing chunks of work and prints `@@calibrate n=N` where N is the
#       per-thread work whose kernel lasts about SECONDS here (the harness sizes every runner's
#       run of the workload with the N that the GIL backend gives, so all runners do equal work).
# `--n N` gives the per-thread work directly (instead of the workload's default times --scale).
# Every mode prints one machine-readable line:
#   @@bench mode=... threads=T n=N kernel=SECONDS start=EPOCH end=EPOCH ok=1 [gil_* stats]
# and exits with status 3 (ok=0 and a detail=... field) when the result check fails.
import sys
import threading
import time


def _option(name, default):
    argv = sys.argv
    for i in range(len(argv) - 1):
        if argv[i] == name:
            return argv[i + 1]
    return default


def _gil_stats():
    stats = getattr(sys, "_gil_stats", None)
    if stats is None:
        return None
    value = stats()
    return value if isinstance(value, dict) else None


def _report(mode, threads, n, kernel, start, end, ok, detail=None, before=None, after=None, cpu=None):
    fields = ["@@bench", "mode=" + mode, "threads=%d" % threads, "n=%d" % n,
              "kernel=%.6f" % kernel, "start=%.6f" % start, "end=%.6f" % end,
              "ok=%d" % (1 if ok else 0)]
    if cpu is not None:
        # CPU time the process used during the kernel (all threads): compared with the kernel's
        # wall time it shows how many cores the run really got (a busy machine gives fewer).
        fields.append("cpu=%.6f" % cpu)
    if before is not None and after is not None:
        for key in ("switches", "contended_acquisitions", "drop_requests", "forced_switches"):
            if key in before and key in after:
                fields.append("gil_%s=%d" % (key, after[key] - before[key]))
    if detail is not None:
        fields.append("detail=" + str(detail).replace("\n", " ").replace(" ", "_")[:300])
    print(" ".join(fields))
    sys.stdout.flush()


def _verify(results, n, threads, expect, check):
    """None when the results are right, else a description of what is wrong."""
    for r in results:
        if isinstance(r, BaseException):
            return "thread raised %s: %s" % (type(r).__name__, r)
    if expect is not None:
        want = expect(n) if callable(expect) else expect
        for r in results:
            # a float sum is exact only while it stays below 2**53: compare those relatively
            close = isinstance(want, float) and isinstance(r, float) and abs(r - want) <= 1e-9 * abs(want)
            if r != want and not close:
                return "result %r != expected %r" % (r, want)
    if check is not None:
        problem = check(results, n, threads)
        if problem:
            return problem
    return None


def _call(work, n, tid, pass_tid):
    return work(n, tid) if pass_tid else work(n)


def _warm_up(work, chunk, pass_tid):
    """Runs a tenth of the work until its time stops improving (at most ~3 s).

    pyvm's eval loop starts as quickly-jitted .NET code and is recompiled optimised in the
    background; on a busy machine that can take a second, and a kernel timed before it is done
    runs several times slower, which would flatter longer (many-thread) runs. CPython settles
    after the first round.
    """
    best = None
    begin = time.perf_counter()
    deadline = begin + 3.0
    # .NET promotes the eval loop to optimised code only after enough calls plus a background
    # compile, so a flat run of rounds early on is not yet "settled": pyvm warms up for at
    # least 0.8 s (measured: a 0.1 s int_loop kernel ran 3x slower without it).
    minimum = 0.8 if sys.implementation.name != "cpython" else 0.0
    for _ in range(400):
        t0 = time.perf_counter()
        _call(work, chunk, 0, pass_tid)
        took = time.perf_counter() - t0
        settled = best is not None and took > 0.9 * best and t0 - begin >= minimum
        if settled or time.perf_counter() > deadline:
            break
        best = took if best is None else min(best, took)


def _run_threads(work, n, threads, expect, check, setup, pass_tid):
    results = [None] * threads

    def body(tid):
        try:
            results[tid] = _call(work, n, tid, pass_tid)
        except BaseException as e:  # reported, not swallowed
            results[tid] = e

    workers = [threading.Thread(target=body, args=(i,)) for i in range(threads)]
    before = _gil_stats()
    c0 = time.process_time()
    start = time.time()
    t0 = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    t1 = time.perf_counter()
    end = time.time()
    c1 = time.process_time()
    after = _gil_stats()
    problem = _verify(results, n, threads, expect, check)
    _report("threads", threads, n, t1 - t0, start, end, problem is None, problem, before, after, c1 - c0)
    return problem is None


def _run_process(work, n, expect, check, pass_tid):
    print("@@ready")
    sys.stdout.flush()
    line = sys.stdin.readline()
    if line.strip() != "go":
        print("@@bench mode=process ok=0 detail=no_go_line")
        return False
    c0 = time.process_time()
    start = time.time()
    t0 = time.perf_counter()
    try:
        result = _call(work, n, 0, pass_tid)
    except BaseException as e:
        result = e
    t1 = time.perf_counter()
    end = time.time()
    c1 = time.process_time()
    problem = _verify([result], n, 1, expect, check)
    _report("process", 1, n, t1 - t0, start, end, problem is None, problem, cpu=c1 - c0)
    return problem is None


def _mp_worker(work, n, pass_tid, check, setup, barrier, out):
    # Each child warms up like a thread-mode run does, so the kernel is timed on settled code
    # and the children's start-up and warm-up happen before the barrier releases them together.
    if "--no-warmup" not in sys.argv:
        _warm_up(work, max(1, n // 10), pass_tid)
    if setup is not None:
        setup()
    barrier.wait()
    c0 = time.process_time()
    start = time.time()
    result = _call(work, n, 0, pass_tid)
    end = time.time()
    cpu = time.process_time() - c0
    # Shared-state checks look at this process's state, so they run here; `expect` (often a
    # lambda, which cannot be pickled) is checked by the parent on the returned result.
    out.put((start, end, result, check([result], n, 1) if check is not None else None, cpu))


def _run_multiprocessing(work, n, processes, expect, check, setup, pass_tid):
    import multiprocessing
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(processes)
    out = ctx.Queue()
    procs = [ctx.Process(target=_mp_worker, args=(work, n, pass_tid, check, setup, barrier, out))
             for _ in range(processes)]
    for p in procs:
        p.start()
    rows = [out.get() for _ in procs]
    for p in procs:
        p.join()
    start = min(r[0] for r in rows)
    end = max(r[1] for r in rows)
    problem = next((r[3] for r in rows if r[3]), None) or _verify([r[2] for r in rows], n, 1, expect, None)
    _report("multiprocessing", processes, n, end - start, start, end, problem is None, problem,
            cpu=sum(r[4] for r in rows))
    return problem is None


def _calibrate(work, pass_tid, target):
    """Prints the per-thread work n whose single-thread kernel lasts about `target` seconds."""
    chunk = 1
    while True:
        t0 = time.perf_counter()
        _call(work, chunk, 0, pass_tid)
        took = time.perf_counter() - t0
        # time a chunk of at least a tenth of the target (and 50 ms) so timer noise is small
        if took >= max(0.05, target / 10) or chunk >= 1 << 40:
            break
        chunk *= 2 if took > 0.005 else 8
    # Then time that chunk until three rounds in a row bring no 10% gain (at most ~2 x target
    # more): on pyvm the optimised eval loop may arrive only now, and a busy machine only ever
    # slows a round down, so the best round is the one to size from.
    deadline = time.perf_counter() + max(1.0, 2 * target)
    flat = 0
    while flat < 3 and time.perf_counter() < deadline:
        t0 = time.perf_counter()
        _call(work, chunk, 0, pass_tid)
        round_time = time.perf_counter() - t0
        flat = 0 if round_time < 0.9 * took else flat + 1
        took = min(took, round_time)
    n = max(1, int(chunk * target / max(took, 1e-9)))
    print("@@calibrate n=%d chunk=%d chunk_seconds=%.6f" % (n, chunk, took))
    sys.stdout.flush()


def run(work, n, expect=None, check=None, setup=None, pass_tid=False):
    """Measures work(n) per thread (or work(n, tid) with pass_tid) in the requested mode.

    expect: the value every call must return (or a function of n giving it).
    check(results, n, threads): returns None when right, else a message (shared-state checks).
    setup(): resets shared state before the timed run (after the warm-up).
    """
    mode = _option("--mode", "threads")
    threads = int(_option("--threads", "1"))
    n = max(1, int(n * float(_option("--scale", "1"))))
    n = int(_option("--n", n))
    if mode != "multiprocessing" and "--no-warmup" not in sys.argv:
        _warm_up(work, max(1, n // 10), pass_tid)
    if mode == "calibrate":
        _calibrate(work, pass_tid, float(_option("--target", "1")))
        return
    if setup is not None:
        setup()
    if mode == "threads":
        ok = _run_threads(work, n, threads, expect, check, setup, pass_tid)
    elif mode == "process":
        ok = _run_process(work, n, expect, check, pass_tid)
    elif mode == "multiprocessing":
        ok = _run_multiprocessing(work, n, threads, expect, check, setup, pass_tid)
    else:
        raise SystemExit("unknown --mode " + mode)
    if not ok:
        sys.exit(3)
