# workload: family=speed quick=1
# Bigint arithmetic: the first 600 digits of pi by Gibbons' unbounded spigot.
from _speed import run


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return "".join(map(str, digits))


def work():
    digits = pi_digits(600)
    return digits[-20:], sum(map(int, digits))


if __name__ == "__main__":
    run(work, 8, expect=("38467481846766940513", 2668))
