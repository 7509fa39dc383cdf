# match inside generators and loops: break, continue, return and yield in cases; tracebacks' lines.
import sys
import traceback


def tokens(items):
    for item in items:
        match item:
            case int(n) if n < 0:
                continue
            case "stop":
                break
            case [*parts]:
                yield from parts
            case str(s):
                yield s.upper()
            case _:
                yield item
    yield "done"


print(list(tokens([1, -2, "a", [3, 4], "stop", 5])))


def first_even(values):
    for v in values:
        match v:
            case int() if v % 2 == 0:
                return v
            case _:
                pass
    return None


print(first_even([1, 3, 8, 10]), first_even([1]))


def echo():
    received = []
    while True:
        match (yield len(received)):
            case "quit":
                return received
            case value:
                received.append(value)


g = echo()
next(g)
g.send("a")
g.send("b")
try:
    g.send("quit")
except StopIteration as e:
    print("generator returned", e.value)

count = 0
while True:
    count += 1
    match count:
        case 1 | 2:
            continue
        case 5:
            break
    print("loop at", count)


def fails(x):
    match x:
        case {"a": a}:
            return 1 / a
        case [b]:
            return b + "s"


for arg in [{"a": 0}, [1]]:
    try:
        fails(arg)
    except Exception as e:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print(type(e).__name__, "at line", tb[-1].lineno, tb[-1].line)


class Weird:
    __match_args__ = ("a",)
    a = 1


try:
    match Weird():
        case Weird(
            1,
            2,
        ):
            pass
except TypeError as e:
    print(e, "at line", e.__traceback__.tb_lineno)
