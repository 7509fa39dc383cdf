# Deep-ish recursion and RecursionError inside threads.
import sys
import threading

out = {}


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def body(name, n):
    try:
        out[name] = depth(n)
    except RecursionError:
        out[name] = "RecursionError"


ts = [threading.Thread(target=body, args=("shallow", 100)),
      threading.Thread(target=body, args=("medium", 800)),
      threading.Thread(target=body, args=("too deep", 10 ** 6))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()))
print(sys.getrecursionlimit())
