# async with (__aenter__/__aexit__, suppression) and async for (__aiter__/__anext__).


class Manager:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    async with Manager("a") as a, Manager("b") as b:
        print("body", a, b)
    async with Manager("quiet", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Manager("loud"):
            raise KeyError("kept")
    except KeyError as e:
        print("caught", e)
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
    out = []
    async for v in Countdown(4):
        if v == 1:
            continue
        out.append(v)
    else:
        out.append("else")
    print(out)
    async for v in Countdown(5):
        if v == 2:
            break
    else:
        print("not reached")
    print("broke at", v)
    try:
        async for v in 5:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with object():
            pass
    except TypeError as e:
        print("TypeError:", e)
    return "done"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
