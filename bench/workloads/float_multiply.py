# workload: family=cpu quick=0
# Repeated float multiplication by a constant (one boxed float per step).
from _harness import run


def work(n):
    x = 1.0
    for _ in range(n):
        x *= 1.000001
    return x


def check(results, n, threads):
    want = 1.000001 ** n
    for r in results:
        if abs(r - want) > 1e-9 * want:
            return "product %r far from %r" % (r, want)
    return None


if __name__ == "__main__":
    run(work, 400_000, check=check)
