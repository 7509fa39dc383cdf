# Threads appending to one file, each through its own file object opened in 'a' mode: no line
# is lost or overwritten (CPython opens with O_APPEND).
import os
import threading

path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "pyvm_append_shared_%d.txt" % os.getpid())
if os.path.exists(path):
    os.remove(path)


def writer(i):
    for j in range(200):
        with open(path, "a") as f:
            f.write("%d %d\n" % (i, j))


threads = [threading.Thread(target=writer, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with open(path) as f:
    lines = f.read().splitlines()
os.remove(path)
print(len(lines), len(set(lines)))
print(sorted(lines) == sorted("%d %d" % (i, j) for i in range(6) for j in range(200)))
