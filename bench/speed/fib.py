# workload: family=speed quick=1
# Recursive calls: fib(20) by plain recursion, n times.
from _speed import run


def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)


def work():
    return fib(20)


if __name__ == "__main__":
    run(work, 250, expect=6765)
