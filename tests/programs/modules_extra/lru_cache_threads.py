# functools.lru_cache shared by threads: results are right, the statistics add up, the size stays bounded
import functools
import threading

calls = []
@functools.lru_cache(maxsize=32)
def square(n):
    calls.append(n)
    return n * n

errors = []
def worker(k):
    for i in range(500):
        n = (i * 7 + k) % 50
        if square(n) != n * n:
            errors.append(n)

threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
info = square.cache_info()
print(errors, info.hits + info.misses, info.maxsize, info.currsize <= 32, len(calls) == info.misses)
square.cache_clear()
print(square.cache_info())

class Grid:
    def __init__(self, n):
        self.n = n
    @functools.lru_cache(maxsize=None)
    def cell(self, i):
        return self.n * i
    @functools.cached_property
    def total(self):
        return sum(self.cell(i) for i in range(4))
g = Grid(3)
print(g.cell(2), g.cell(2), g.total, Grid.cell.cache_info().hits >= 1)

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
results = []
def fibber():
    results.append(fib(60))
threads = [threading.Thread(target=fibber) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, fib.cache_info().currsize)
