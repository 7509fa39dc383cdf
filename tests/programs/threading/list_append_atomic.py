# list.append and list.pop from several threads lose nothing.
import threading

shared = []
T, N = 8, 1000


def appender(t):
    for i in range(N):
        shared.append(t * N + i)


ts = [threading.Thread(target=appender, args=(t,)) for t in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), sorted(shared) == list(range(T * N)))

popped = [[] for _ in range(T)]


def popper(t):
    while True:
        try:
            popped[t].append(shared.pop())
        except IndexError:
            return


ts = [threading.Thread(target=popper, args=(t,)) for t in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allp = sorted(x for p in popped for x in p)
print(len(allp), allp == list(range(T * N)), shared)
