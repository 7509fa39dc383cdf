# Positional and keyword arguments reach the target; the target's return value is ignored.
import threading

out = {}


def target(a, b, *rest, key=None, **extra):
    out[a] = (b, rest, key, sorted(extra.items()))
    return "ignored"


ts = [
    threading.Thread(target=target, args=(1, 2)),
    threading.Thread(target=target, args=(2, "x", 3, 4), kwargs={"key": "k"}),
    threading.Thread(target=target, args=[3, None], kwargs={"z": 1, "y": 2}),
    threading.Thread(None, target, "pos", (4, [5]), {"key": 6}),
]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(out):
    print(k, out[k])
print(ts[3].name)
