# workload: family=io quick=0
# Blocking file I/O: each thread writes and reads back its own small temporary file.
import os
from _harness import run

BLOCK = b"x" * 16384


def work(n, tid):
    folder = os.environ.get("TMPDIR") or os.environ.get("TEMP") or "/tmp"
    path = os.path.join(folder, "ftbench_%d_%d.tmp" % (os.getpid(), tid))
    total = 0
    try:
        for _ in range(n):
            with open(path, "wb") as f:
                f.write(BLOCK)
            with open(path, "rb") as f:
                total += len(f.read())
    finally:
        if os.path.exists(path):
            os.remove(path)
    return total


if __name__ == "__main__":
    run(work, 60, expect=lambda n: n * len(BLOCK), pass_tid=True, blocking=True)
