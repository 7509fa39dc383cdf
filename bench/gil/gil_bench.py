# How the GIL behaves under contention (issue 3), runnable on CPython and on `pyvm -X gil=1`:
#   - cpu: the same pure-Python loop in 1 thread and in 2 threads each doing the same work, after
#     the scaling harness's steady-state warm-up, alternating 1, 2, 1, 2, 1, 2, 1; throughput
#     speedup = median over adjacent pairs of 2 * time(1) / time(2) (a real GIL gives about 1.0);
#   - latency: one thread spins while the main thread sleeps 1 ms in a loop; the median delay beyond
#     the 1 ms, at switch intervals of 5 ms and 1 ms (a waiter gets the GIL after one interval);
#   - sleepers: 8 threads each sleeping 0.2 s, wall time from first start to last join;
#   - handoffs: with two CPU threads, GIL switches per second from sys._gil_stats() (pyvm only;
#     CPython does not count them, so None there).
# Prints one JSON line (bench gil reads it) or, with --text, readable lines.
#   python gil_bench.py [--n N] [--samples S] [--text]
import json
import os
import sys
import threading
import time


def kernel(n):
    total = 0
    for i in range(n):
        total += (i * i) % 7
    return total


def timed_threads(count, target, args):
    threads = [threading.Thread(target=target, args=args) for _ in range(count)]
    t = time.perf_counter()
    for th in threads: th.start()
    for th in threads: th.join()
    return time.perf_counter() - t


def cpu_speedup(n, rounds=3):
    # The scaling harness's steady-state warm-up (bench/workloads/_harness.py: pyvm's eval loop
    # goes precompiled -> slower instrumented -> final code, so "no faster than the best" does
    # not mean settled), then kernels at 1, 2, 1, 2, ..., 1 threads; every two adjacent kernels
    # give one speedup and the median is quoted, so a drift in the machine's speed falls on both
    # kernels of a pair. t1 and t2 are the medians of their kernels.
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "workloads"))
    from _harness import _warm_up, _warm_chunk, interleaved_sequence
    _warm_up(kernel, _warm_chunk(n), False)
    times = [(t, timed_threads(t, kernel, (n,))) for t in interleaved_sequence(2, rounds)]
    ratios = sorted(2 * (a[1] if a[0] == 1 else b[1]) / (b[1] if a[0] == 1 else a[1])
                    for a, b in zip(times, times[1:]))
    t1s = sorted(t for k, t in times if k == 1)
    t2s = sorted(t for k, t in times if k == 2)
    return t1s[len(t1s) // 2], t2s[len(t2s) // 2], ratios[len(ratios) // 2]


def sleep_latency(interval, samples):
    old = sys.getswitchinterval()
    sys.setswitchinterval(interval)
    stop = False

    def hog():
        x = 0
        while not stop:
            x += 1

    th = threading.Thread(target=hog)
    th.start()
    time.sleep(0.05)
    delays = []
    try:
        for _ in range(samples):
            t = time.perf_counter()
            time.sleep(0.001)
            delays.append(time.perf_counter() - t - 0.001)
    finally:
        stop = True
        th.join()
        sys.setswitchinterval(old)
    delays.sort()
    return delays[len(delays) // 2]


def sleepers():
    return timed_threads(8, time.sleep, (0.2,))


def handoffs(seconds):
    stats = getattr(sys, "_gil_stats", None)
    if stats is None or not getattr(sys, "_is_gil_enabled", lambda: True)():
        return None, None   # CPython keeps no counters; the free-threaded backend has no GIL
    stop = False

    def spin():
        x = 0
        while not stop:
            x += 1

    threads = [threading.Thread(target=spin) for _ in range(2)]
    for th in threads: th.start()
    time.sleep(0.1)
    before = stats()
    t = time.perf_counter()
    time.sleep(seconds)
    after = stats()
    elapsed = time.perf_counter() - t
    stop = True
    for th in threads: th.join()
    return ((after["switches"] - before["switches"]) / elapsed,
            (after["forced_switches"] - before["forced_switches"]) / elapsed)


def main():
    n, samples, text = 3_000_000, 200, False
    args = sys.argv[1:]
    while args:
        a = args.pop(0)
        if a == "--n": n = int(args.pop(0))
        elif a == "--samples": samples = int(args.pop(0))
        elif a == "--text": text = True
        else: raise SystemExit("usage: gil_bench.py [--n N] [--samples S] [--text]")
    t1, t2, speedup = cpu_speedup(n)
    result = {
        "cpu_t1": t1, "cpu_t2": t2, "cpu_speedup": speedup,
        "latency_5ms": sleep_latency(0.005, samples),
        "latency_1ms": sleep_latency(0.001, samples),
        "sleepers_8x0_2s": sleepers(),
    }
    result["handoffs_per_s"], result["forced_per_s"] = handoffs(1.0)
    if text:
        for k, v in result.items(): print(f"{k}: {v}")
    else:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
