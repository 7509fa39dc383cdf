# workload: family=speed quick=1
# Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), 100x100, 10 iterations.
from _speed import run


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_a_times_u(u):
    n = len(u)
    return [sum(eval_a(i, j) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def eval_at_times_u(u):
    n = len(u)
    return [sum(eval_a(j, i) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def spectral(n):
    u = [1.0] * n
    for _ in range(10):
        v = eval_at_times_u(eval_a_times_u(u))
        u = eval_at_times_u(eval_a_times_u(v))
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return "%.9f" % ((vbv / vv) ** 0.5)


def work():
    return spectral(100)


if __name__ == "__main__":
    run(work, 2, expect="1.274219991")
