# 100,000 `async for` loops over a class-based async iterator and over async generators left
# (break) while suspended: each iterator is freed when its loop ends, none waits for the cycle
# collector, and none is freed while its loop still runs.
import gc
import weakref

gc.disable()  # what is freed here is freed by reference counting
live = 0
freed_early = 0
closed = 0


class Counter:
    def __init__(self, n):
        global live
        live += 1
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

    def __del__(self):
        global live
        live -= 1


async def numbers(n):
    global closed
    try:
        for i in range(n):
            yield i
    finally:
        closed += 1


refs = []


async def main(loops):
    global freed_early
    total = 0
    for k in range(loops):
        async for x in Counter(3):
            if live != 1:
                freed_early += 1
            total += x
        async for x in numbers(10):
            if x == 2:
                break
            total += x
        if k % 10000 == 0:
            it = Counter(1)
            refs.append(weakref.ref(it))
            async for x in it:
                total += x
            del it
    return total


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


loops = 100_000
print("total", run(main(loops)))
print("live iterators", live)
print("freed while their loop ran", freed_early)
print("async generators closed", closed, "of", loops)
print("weakly referenced iterators still alive", sum(r() is not None for r in refs), "of", len(refs))
