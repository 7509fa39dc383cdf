# Driver shared by every scaling workload. A workload file defines `work(n)` (the per-thread
# work; returns a value the harness checks) and calls `run(work, n, ...)` under
# `if __name__ == "__main__":`. The same file runs unchanged on CPython (3.11+) and on pyvm.
#
# Command line (written by the C# harness, bench/Scaling):
#   workload.py --mode threads --threads T [--scale S] [--no-warmup]
#       runs work(n) in T threads at once; the kernel time is perf_counter around the start of
#       the first thread .. the join of the last, so interpreter start-up is excluded.
#   workload.py --mode interleaved --threads T [--rounds R]
#       the default of the thread runners: after ONE warm-up, alternates kernels at 1 thread and
#       at T threads, 1, T, 1, T, ..., 1 (R pairs and a closing 1, the same n per thread), each
#       reported on its own line with seq=K; the harness pairs adjacent kernels into speedups.
#   workload.py --mode process [--scale S]
#       one of T processes launched together: warms up, prints "@@ready", waits for a "go" line
#       on stdin (the harness sends it once every process is ready), then runs work(n) once and
#       reports its wall-clock start and end; the harness takes max(end) - min(start).
#   workload.py --mode multiprocessing --threads T [--scale S]
#       the same T-process measurement done inside Python with multiprocessing (spawn): each
#       child warms up, waits on a Barrier, then runs work(n) once; time = max(end) - min(start).
#   workload.py --mode calibrate --target SECONDS
#       warms up, then times growing chunks of work (in thread CPU time) and prints
#       `@@calibrate n=N` where N is the per-thread work whose kernel lasts about SECONDS here (the harness sizes every runner's
#       run of the workload with the N that the GIL backend gives, so all runners do equal work).
# `--debug-warmup` prints every warm-up chunk (time, background CPU, best) on stderr.
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


def _report(mode, threads, n, kernel, start, end, ok, detail=None, before=None, after=None, cpu=None, extra=None):
    if extra is not None and "mode" in extra:
        mode = extra["mode"]
    fields = ["@@bench", "mode=" + mode, "threads=%d" % threads, "n=%d" % n,
              "kernel=%.6f" % kernel, "start=%.6f" % start, "end=%.6f" % end,
              "ok=%d" % (1 if ok else 0)]
    for key, value in sorted((extra or {}).items()):
        if key != "mode":
            fields.append("%s=%s" % (key, value))
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


def _debug(message):
    if "--debug-warmup" in sys.argv:
        sys.stderr.write("@@warmup " + message + "\n")
        sys.stderr.flush()


def _cpu_clocks():
    """(this thread's CPU time, the other threads' CPU time) in seconds. The warm-up times its
    chunks in this thread's CPU time: on a machine busy with other work the wall time of a
    chunk includes waiting for a core, its CPU time does not. The other threads' CPU time is
    the JIT's background compiles (pyvm runs no other thread during the warm-up)."""
    thread_time = getattr(time, "thread_time", None)
    if thread_time is None:
        return time.perf_counter(), 0.0
    mine = thread_time()
    return mine, time.process_time() - mine


# The warm-up's rule, in figures: see _warm_up.
WARM_FLAT_CHUNKS = 3        # chunks in a row that do not beat the best by WARM_GAIN
WARM_GAIN = 0.03
WARM_NEAR_BEST = 1.25       # ... whose median is within this factor of the best chunk
WARM_QUIET = 0.02           # ... and other threads used under this share of each chunk's time
WARM_QUIET_PYVM = 0.75      # seconds: on pyvm, during the chunks of at least this long a span
WARM_TIER_UP = 0.05         # a chunk with this share of background CPU shows a tier-up compile
WARM_MIN_PYVM = 1.5         # seconds pyvm warms up at least
WARM_NO_TIER_UP = 4.0       # seconds after which pyvm may settle without a tier-up seen
WARM_MAX = 10.0             # seconds at most
WARM_MIN_CHUNK = 0.02       # seconds: a shorter chunk is doubled


def warm_settled(chunks, elapsed, is_cpython, tier_up_seen):
    """True when the warm-up can stop. chunks: [(cpu_seconds, background_cpu_seconds, wall_seconds)]
    per chunk, oldest first, the first two per unit of work.

    The last WARM_FLAT_CHUNKS chunks must not beat the best before them by WARM_GAIN and their
    median must be within WARM_NEAR_BEST of the best chunk; other threads must have been quiet
    (no background compile in progress) during them and, on pyvm, during the last
    WARM_QUIET_PYVM seconds. pyvm must also have warmed up for WARM_MIN_PYVM seconds and seen a
    tier-up compile (or gone WARM_NO_TIER_UP without one).
    """
    k = WARM_FLAT_CHUNKS
    if len(chunks) <= k:
        return False
    if not is_cpython:
        span = 0.0
        for c in reversed(chunks):
            if c[1] > WARM_QUIET * c[0]:
                return False
            span += c[2]
            if span >= WARM_QUIET_PYVM:
                break
        else:
            return False
    best_before = min(c[0] for c in chunks[:-k])
    recent = [c[0] for c in chunks[-k:]]
    if min(recent) < (1 - WARM_GAIN) * best_before:
        return False
    best = min(best_before, min(recent))
    if sorted(recent)[k // 2] > WARM_NEAR_BEST * best:
        return False
    if any(c[1] > WARM_QUIET * c[0] for c in chunks[-k:]):
        return False
    if is_cpython:
        return True
    return elapsed >= WARM_MIN_PYVM and (tier_up_seen or elapsed >= WARM_NO_TIER_UP)


def _warm_up(work, chunk, pass_tid):
    """Runs small chunks of the work until pyvm's code is final and its speed steady.

    pyvm's tier-up is not monotonic: in the ReadyToRun image the eval loop starts as
    precompiled code, is recompiled in the background as instrumented code that runs SLOWER
    than the precompiled code (object_creation on the free-threaded backend: 0.2 s chunks
    became 0.25-0.45 s), and only then as final optimised code, 3-8x faster than either; on a
    busy machine this takes 2-3 s. A chunk that is merely no faster than the best so far does
    not mean "settled" (the old rule stopped inside the slow phase), and the precompiled phase
    can look flat before any compile starts. So the rule (warm_settled) wants three chunks in a
    row that bring no 3% gain, are near the best chunk, and ran while no other thread used CPU
    (the JIT compiles on a background thread; time.process_time - time.thread_time shows it;
    chunks are timed in thread CPU time, which waiting for a busy machine's cores does not inflate),
    after at least 1.5 s and a tier-up compile seen; at most 10 s. CPython settles after the
    first round and stops after three more. --debug-warmup prints every chunk on stderr.
    """
    is_cpython = sys.implementation.name == "cpython"
    chunks = []
    trace = []   # printed at the end with --debug-warmup (formatting meanwhile would be jitted in the background)
    tier_up_seen = False
    begin = time.perf_counter()
    reason = "?"
    while True:
        c0, b0 = _cpu_clocks()
        t0 = time.perf_counter()
        _call(work, chunk, 0, pass_tid)
        wall = time.perf_counter() - t0
        c1, b1 = _cpu_clocks()
        took, background = c1 - c0, max(0.0, b1 - b0)
        if background > WARM_TIER_UP * took and background > 0.002:
            tier_up_seen = True
        # times per unit of work, so chunks of different sizes compare
        chunks.append((took / chunk, background / chunk, wall))
        elapsed = time.perf_counter() - begin
        trace.append((t0 - begin, chunk, took, wall, background))
        if warm_settled(chunks, elapsed, is_cpython, tier_up_seen):
            reason = "settled"
            break
        if elapsed > WARM_MAX:
            reason = "time limit"
            break
        if wall < WARM_MIN_CHUNK and chunk < (1 << 40):
            chunk *= 2   # too short to time well (a small built-in n): grow it
    for t, size, took, wall, background in trace:
        _debug("t=%.3f n=%d cpu=%.2fms wall=%.2fms background=%.2fms" % (t, size, took * 1e3, wall * 1e3, background * 1e3))
    _debug("done %s after %.3f s, %d chunks of n=%d, tier-up seen=%s, cpu last=%.2fms best=%.2fms" % (
        reason, time.perf_counter() - begin, len(chunks), chunk, tier_up_seen,
        chunks[-1][0] * chunk * 1e3, min(c[0] for c in chunks) * chunk * 1e3))


def _warm_chunk(n):
    """Warm-up chunks start at a thirtieth of the kernel (many calls for .NET's call-counted
    tier-up) and double while shorter than WARM_MIN_CHUNK."""
    return max(1, n // 30)


def realtime_rest(stat_text, rt_runtime_us, rt_period_us):
    """Seconds to rest before a timed kernel: one real-time period when the process runs under
    SCHED_FIFO or SCHED_RR (`chrt`) with the kernel's real-time runtime limit on, else 0.

    stat_text: /proc/self/stat; rt_runtime_us, rt_period_us: /proc/sys/kernel/sched_rt_runtime_us
    and sched_rt_period_us (-1: no limit). Linux lets real-time threads use at most runtime of
    every period on each CPU (950 ms of 1 s by default) and then stops them for the rest of the
    period. Kernels run back to back, or after the warm-up, spend that budget, so one thread of a
    0.5 s kernel was stopped for ~50 ms, and at two threads its partner waited for it at the next
    garbage collection (a stop-the-world needs every thread): ~0.25 off the speedup (docs/ft-scaling.md).
    A rest of one period lets a period boundary refill the budget before the kernel."""
    try:
        policy = int(stat_text.rsplit(")", 1)[1].split()[38])
    except (IndexError, ValueError):
        return 0.0
    if policy not in (1, 2) or rt_runtime_us < 0 or rt_runtime_us >= rt_period_us:
        return 0.0
    return rt_period_us / 1e6


_rest = []


def _rest_before_kernel():
    """Sleeps realtime_rest() seconds (worked out once per process; 0 off Linux)."""
    if not _rest:
        try:
            with open("/proc/self/stat") as f:
                stat = f.read()
            with open("/proc/sys/kernel/sched_rt_runtime_us") as f:
                runtime = int(f.read())
            with open("/proc/sys/kernel/sched_rt_period_us") as f:
                period = int(f.read())
            _rest.append(realtime_rest(stat, runtime, period))
        except (OSError, ValueError):
            _rest.append(0.0)
    if _rest[0] > 0:
        time.sleep(_rest[0])


def _run_threads(work, n, threads, expect, check, pass_tid, extra=None):
    """Times work(n) in `threads` threads at once and reports it; True when the results are right."""
    results = [None] * threads

    def body(tid):
        try:
            results[tid] = _call(work, n, tid, pass_tid)
        except BaseException as e:  # reported, not swallowed
            results[tid] = e

    workers = [threading.Thread(target=body, args=(i,)) for i in range(threads)]
    _rest_before_kernel()
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
    _report("threads", threads, n, t1 - t0, start, end, problem is None, problem, before, after, c1 - c0, extra)
    return problem is None


def interleaved_sequence(threads, rounds):
    """The thread counts of an interleaved run: 1, T, 1, T, ..., 1 (rounds pairs and a closing 1),
    so every T-thread kernel has a one-thread kernel just before and just after it."""
    if threads == 1:
        return [1] * rounds
    return [1, threads] * rounds + [1]


def _run_interleaved(work, n, threads, rounds, expect, check, setup, pass_tid):
    """One process, alternating one-thread and T-thread kernels of the same per-thread n.

    Each kernel prints its own @@bench line with seq=K (its place in the sequence); the harness
    pairs every two adjacent kernels (one at 1 thread, one at T) into a speedup, so a drift of the
    machine's speed over minutes falls on both members of every pair.
    """
    for seq, t in enumerate(interleaved_sequence(threads, rounds)):
        if setup is not None and seq > 0:
            setup()
        if not _run_threads(work, n, t, expect, check, pass_tid, {"mode": "interleaved", "seq": seq}):
            return False
    return True


def _run_process(work, n, expect, check, pass_tid):
    _rest_before_kernel()
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
        _warm_up(work, _warm_chunk(n), pass_tid)
    if setup is not None:
        setup()
    _rest_before_kernel()
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


def _timed_chunk(work, chunk, pass_tid, blocking):
    """Thread CPU time of work(chunk): waiting for a busy machine's cores does not count. A
    blocking kernel (sleeps, file I/O: run(..., blocking=True)) is timed by the wall clock
    instead: its waits are its work, and its CPU time alone sized io_sleep's n 100x too large
    (26,416 sleeps of 2 ms for a "0.5 s" kernel)."""
    if blocking:
        t0 = time.perf_counter()
        _call(work, chunk, 0, pass_tid)
        return time.perf_counter() - t0
    c0 = _cpu_clocks()[0]
    _call(work, chunk, 0, pass_tid)
    return _cpu_clocks()[0] - c0


def _calibrate(work, pass_tid, target, blocking):
    """Prints the per-thread work n whose single-thread kernel lasts about `target` seconds.

    Runs after the warm-up, so on steady code. Chunks are timed in thread CPU time (like the
    warm-up): on a quiet machine that is the kernel's wall time, and on a busy one the n it
    gives does not shrink with the load. Blocking kernels are timed by the wall clock.
    """
    chunk = 1
    while True:
        took = _timed_chunk(work, chunk, pass_tid, blocking)
        # time a chunk of at least a tenth of the target (and 50 ms) so timer noise is small
        if took >= max(0.05, target / 10) or chunk >= 1 << 40:
            break
        chunk *= 2 if took > 0.005 else 8
    # Then time that chunk until three rounds in a row bring no 3% gain (at most ~2 x target
    # more) and size from the best round.
    deadline = time.perf_counter() + max(1.0, 2 * target)
    flat = 0
    while flat < 3 and time.perf_counter() < deadline:
        round_time = _timed_chunk(work, chunk, pass_tid, blocking)
        flat = 0 if round_time < (1 - WARM_GAIN) * took else flat + 1
        took = min(took, round_time)
    n = max(1, int(chunk * target / max(took, 1e-9)))
    print("@@calibrate n=%d chunk=%d chunk_seconds=%.6f" % (n, chunk, took))
    sys.stdout.flush()


def run(work, n, expect=None, check=None, setup=None, pass_tid=False, blocking=False):
    """Measures work(n) per thread (or work(n, tid) with pass_tid) in the requested mode.

    expect: the value every call must return (or a function of n giving it).
    check(results, n, threads): returns None when right, else a message (shared-state checks).
    setup(): resets shared state before the timed run (after the warm-up).
    blocking: the kernel mostly waits (sleeps, I/O): calibration times it by the wall clock.
    """
    mode = _option("--mode", "threads")
    threads = int(_option("--threads", "1"))
    n = max(1, int(n * float(_option("--scale", "1"))))
    n = int(_option("--n", n))
    if mode != "multiprocessing" and "--no-warmup" not in sys.argv:
        _warm_up(work, _warm_chunk(n), pass_tid)
    if mode == "calibrate":
        _calibrate(work, pass_tid, float(_option("--target", "1")), blocking)
        return
    if setup is not None:
        setup()
    if mode == "threads":
        ok = _run_threads(work, n, threads, expect, check, pass_tid)
    elif mode == "interleaved":
        ok = _run_interleaved(work, n, threads, int(_option("--rounds", "5")), expect, check, setup, pass_tid)
    elif mode == "process":
        ok = _run_process(work, n, expect, check, pass_tid)
    elif mode == "multiprocessing":
        ok = _run_multiprocessing(work, n, threads, expect, check, setup, pass_tid)
    else:
        raise SystemExit("unknown --mode " + mode)
    if not ok:
        sys.exit(3)
