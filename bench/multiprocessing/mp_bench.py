# multiprocessing cost and scaling, runnable on CPython and on pyvm (either backend):
#   - start+join of one no-op child with spawn, back to back (median of --reps);
#   - the same with forkserver, the server warm (a first child starts it; each measured child is
#     started after a pause, so the server has its next child ready, as between bursts of work);
#   - a CPU-bound kernel in 1 process vs 2 processes with the same per-process work, timed from
#     releasing the started children to the last result (start-up excluded):
#     speedup = 2 * time(1) / time(2).
# Prints one JSON line (bench mp reads it) or, with --text, a readable line.
#   python mp_bench.py [--n N] [--reps R] [--pause S] [--text]
import json
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


def kernel_worker(n, ready, go, done):
    kernel(1000)   # the eval loop's first-use costs before timing
    ready.put(1)
    go.wait()
    done.put(kernel(n))


def noop_times(ctx, reps, pause):
    times = []
    for _ in range(reps):
        if pause:
            time.sleep(pause)
        t = time.perf_counter()
        p = ctx.Process(target=noop)
        p.start()
        p.join()
        times.append(time.perf_counter() - t)
    return times


def run_kernel(ctx, n, procs):
    ready, done, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    ps = [ctx.Process(target=kernel_worker, args=(n, ready, go, done)) for _ in range(procs)]
    for p in ps:
        p.start()
    for _ in ps:
        ready.get()
    t = time.perf_counter()
    go.set()
    for _ in ps:
        done.get()
    elapsed = time.perf_counter() - t
    for p in ps:
        p.join()
    return elapsed


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def main(argv):
    opts = {'--n': 10_000_000, '--reps': 5, '--pause': 1.0}
    text = '--text' in argv
    args = [a for a in argv if a != '--text']
    for i in range(0, len(args) - 1, 2):
        opts[args[i]] = type(opts[args[i]])(args[i + 1])
    spawn = mp.get_context('spawn')
    fs = mp.get_context('forkserver')
    spawn_noop = noop_times(spawn, opts['--reps'], 0)
    noop_times(fs, 1, 0)   # starts the server
    fs_noop = noop_times(fs, opts['--reps'], opts['--pause'])
    one = min(run_kernel(spawn, opts['--n'], 1) for _ in range(2))
    two = min(run_kernel(spawn, opts['--n'], 2) for _ in range(2))
    impl = sys.implementation.name
    if impl != 'cpython':
        impl = 'pyvm-gil' if sys._is_gil_enabled() else 'pyvm-ft'
    r = dict(impl=impl, spawn_noop=spawn_noop, forkserver_noop=fs_noop, kernel1=one, kernel2=two,
             speedup=2 * one / two, n=opts['--n'])
    if text:
        print('%-8s spawn no-op %.3f s  forkserver no-op %.3f s  kernel 1 proc %.3f s, 2 procs %.3f s, speedup %.2f'
              % (impl, median(spawn_noop), median(fs_noop), one, two, r['speedup']))
    else:
        print(json.dumps(r))


if __name__ == '__main__':
    main(sys.argv[1:])
