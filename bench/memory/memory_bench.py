# Memory per object (issue 4), runnable on CPython and on pyvm (both backends):
#   python memory_bench.py KIND [--n N]
# builds N objects of one kind, held in a list, twice; bytes per object is the growth of the
# resident set (VmRSS) over the second batch divided by N, so constant costs (the interpreter,
# its heap's first growth, the first list) cancel. It includes the object's list slot (8 bytes
# on every runner). The peaks are the process's peak resident set (VmHWM) once the first batch is
# built (N objects: with the default N, "peak memory for a million small objects") and with both
# batches alive; baseline is the resident set before the first batch (the interpreter at rest).
# Prints one JSON line.
import json
import sys
from itertools import accumulate, repeat


def status_kb(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return -1


class Point:
    def __init__(self):
        self.x = None
        self.y = None


class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = None
        self.y = None


def build(kind, n, base):
    # Every batch is made without temporaries of its own (map over repeat(None) gives list() its
    # length up front): what stays is the objects and one list.
    if kind == "int":
        return list(range(base, base + n))               # ints past every small-int cache
    if kind == "float":
        return list(accumulate(repeat(1.5, n)))           # a new float per partial sum
    if kind == "tuple2":
        return list(map(lambda x: (x, x), repeat(None, n)))
    if kind == "list0":
        return list(map(lambda x: [], repeat(None, n)))
    if kind == "dict0":
        return list(map(lambda x: {}, repeat(None, n)))
    if kind == "instance":
        return list(map(lambda x: Point(), repeat(None, n)))
    if kind == "slots":
        return list(map(lambda x: SlotPoint(), repeat(None, n)))
    raise SystemExit("unknown kind " + kind)


KINDS = ["int", "float", "tuple2", "list0", "dict0", "instance", "slots"]


def main():
    args = sys.argv[1:]
    kind = args[0] if args else "int"
    n = 1_000_000
    if "--n" in args:
        n = int(args[args.index("--n") + 1])
    baseline = status_kb("VmRSS")
    first = build(kind, n, 10_000_000)
    rss1 = status_kb("VmRSS")
    peak1 = status_kb("VmHWM")
    second = build(kind, n, 20_000_000)
    rss2 = status_kb("VmRSS")
    assert len(first) == n and len(second) == n
    print(json.dumps({
        "kind": kind,
        "n": n,
        "bytes_per_object": (rss2 - rss1) * 1024 / n,
        "baseline_rss_mb": baseline / 1024,
        "peak_one_batch_mb": peak1 / 1024,
        "peak_rss_mb": status_kb("VmHWM") / 1024,
    }))


if __name__ == "__main__":
    main()
