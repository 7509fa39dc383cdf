# Threads run one after another each start with an empty local, even if idents are reused.
import threading

loc = threading.local()
observed = []


def body(i):
    observed.append((i, getattr(loc, "x", None)))
    loc.x = i


for i in range(6):
    t = threading.Thread(target=body, args=(i,))
    t.start()
    t.join()
print(observed)
print(getattr(loc, "x", "unset in main"))
loc.x = "main"
t = threading.Thread(target=body, args=(99,))
t.start()
t.join()
print(loc.x, observed[-1])
