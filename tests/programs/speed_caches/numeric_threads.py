# Threads run one function through the fused numeric instructions at once (one code object,
# shared by all of them), with ints, floats, big ints and objects taking turns: every thread
# must get exactly the single-threaded results.
import threading


def kernel(a, b, n):
    total = 0
    acc = 0.0
    i = 0
    while i < n:
        c = a * i - b
        total += c % 7
        acc = acc + c / 3
        if acc > 1e6:
            acc = acc - 1e6
        i = i + 1
    return total, acc


class Num:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return Num(self.v * o)

    def __sub__(self, o):
        return self.v - o


ARGS = [(3, 1, 400), (2.5, 0.5, 400), (2 ** 70, 3, 200), (7, 2.25, 300)]
expected = [kernel(*a) for a in ARGS]
expected_obj = kernel(Num(3), 1, 50)
results = []
lock = threading.Lock()


def worker(k):
    out = []
    for rep in range(6):
        args = ARGS[(k + rep) % len(ARGS)]
        out.append((args, kernel(*args)))
        out.append(("obj", kernel(Num(3), 1, 50)))
    with lock:
        results.extend(out)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
bad = 0
for args, r in results:
    want = expected_obj if args == "obj" else expected[ARGS.index(args)]
    if r != want:
        bad += 1
print("results", len(results), "mismatches", bad)
print("expected", expected, expected_obj)
