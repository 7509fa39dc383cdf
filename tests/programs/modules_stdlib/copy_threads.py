# copy.deepcopy of one shared structure from several threads at once (free-threaded backend: the dispatch tables are
# shared, read-only; every call has its own memo): every copy equals the original and shares nothing mutable with it.
import copy, threading

class Box:
    def __init__(self, items):
        self.items = items
        self.me = self

shared = {"name": "cfg", "sizes": [1, 2, 3], "pair": (4, [5, 6]), "box": Box([{"k": [7]}]), "set": {8, 9}}
shared["self"] = shared
problems = []

def worker(n):
    for _ in range(n):
        c = copy.deepcopy(shared)
        ok = (c["sizes"] == [1, 2, 3] and c["sizes"] is not shared["sizes"] and c["pair"][1] == [5, 6]
              and c["pair"][1] is not shared["pair"][1] and c["self"] is c and c["box"].me is c["box"]
              and c["box"].items[0]["k"] == [7] and c["box"] is not shared["box"] and c["set"] == {8, 9})
        if not ok:
            problems.append(c)
        c["sizes"].append(0)

threads = [threading.Thread(target=worker, args=(300,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(problems), shared["sizes"], shared["pair"], shared["box"].items)
