# workload: family=speed quick=1
# Fannkuch-redux: flips of all permutations of 8 elements (checksum and maximum flips).
from _speed import run


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = checksum = 0
    permutation = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if permutation % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, max_flips
            p0 = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation += 1


def work():
    return fannkuch(8)


if __name__ == "__main__":
    run(work, 3, expect=(1616, 22))
