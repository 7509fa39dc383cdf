# multiprocessing cost and scaling, runnable on CPython and on pyvm (either backend):
#   start+join of one no-op child (median of several), and a CPU-bound kernel run in 1 process
#   vs 2 processes with the same per-process work: speedup = 2 * time(1) / time(2).
import multiprocessing as mp
import sys
import time

def noop():
    pass

def kernel(n):
    total = 0
    for i in range(n):
        total += (i * i) % 7
    return total

def run_kernel(n, procs):
    ps = [mp.Process(target=kernel, args=(n,)) for _ in range(procs)]
    t = time.perf_counter()
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    return time.perf_counter() - t

if __name__ == '__main__':
    mp.set_start_method('spawn')
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    noop_times = []
    for _ in range(reps):
        t = time.perf_counter()
        p = mp.Process(target=noop)
        p.start()
        p.join()
        noop_times.append(time.perf_counter() - t)
    one = min(run_kernel(n, 1) for _ in range(2))
    two = min(run_kernel(n, 2) for _ in range(2))
    impl = getattr(sys.implementation, 'backend', None) or sys.implementation.name
    print('%-14s noop start+join median %.3f s (min %.3f)  kernel 1 proc %.3f s, 2 procs %.3f s, speedup %.2f'
          % (impl, sorted(noop_times)[len(noop_times) // 2], min(noop_times), one, two, 2 * one / two))
