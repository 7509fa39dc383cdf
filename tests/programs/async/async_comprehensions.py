# Async comprehensions: async for clauses, await in elements and conditions, async generator
# expressions, nesting.


async def arange(n):
    for i in range(n):
        yield i


async def double(x):
    return x * 2


async def main():
    print([x async for x in arange(5)])
    print([await double(x) for x in range(4)])
    print({x: await double(x) async for x in arange(3)})
    print({x % 3 async for x in arange(7)})
    print([x async for x in arange(10) if await double(x) > 10])
    print([(x, y) async for x in arange(3) for y in range(x)])
    print([y for x in range(3) async for y in arange(x)])
    gen = (await double(x) for x in range(3))
    print(type(gen).__name__, [v async for v in gen])
    agen = (x * 10 async for x in arange(3))
    print(type(agen).__name__, [v async for v in agen])
    nested = [[y async for y in arange(x)] async for x in arange(4)]
    print(nested)
    x = "outer"
    print([x async for x in arange(2)], x)
    return "ok"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(main()))
