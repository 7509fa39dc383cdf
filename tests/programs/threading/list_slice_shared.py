# Slices of a list shared by threads (BUILD_SLICE + BINARY_SUBSCR / STORE_SUBSCR without a slice object,
# and the fresh list whose items move to the target): every read of a slice sees the list whole, before
# or after each slice assignment, never a mix, and no item is lost or counted twice. The writers touch
# disjoint parts (the permutation in p[:N], two more items past it), so every interleaving ends the same.
import threading

N = 8
freed = []


class It:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        freed.append(self.n)


p = [It(i) for i in range(N)]
extra = [It(N), It(N + 1)]
stop = threading.Event()
bad = []


def flipper(rounds):
    for i in range(rounds):
        k = i % N
        p[:k + 1] = p[k::-1]          # same size: in place
        p[:N] = p[N - 1::-1]          # the whole permutation from a fresh reversed copy


def grower(rounds):
    for i in range(rounds):
        p[N:] = extra[:]              # grows by two past the permutation
        del p[N:]


a = b = c = None


def reader():
    global a, b, c
    while not stop.is_set():
        a = p[:]
        b = p[N - 1::-1]
        c = p[1:N - 1]
        for s in (a[:N], b):
            if sorted(x.n for x in s) != list(range(N)):
                bad.append([x.n for x in s])
        if len(c) != N - 2:
            bad.append(c)


readers = [threading.Thread(target=reader) for _ in range(2)]
writers = [threading.Thread(target=flipper, args=(3000,)), threading.Thread(target=grower, args=(2000,))]
for t in readers + writers:
    t.start()
for t in writers:
    t.join()
stop.set()
for t in readers:
    t.join()
print(sorted(x.n for x in p) == list(range(N)), len(p), bad[:3], freed)
del p, extra, a, b, c
print(sorted(freed))
