# list(x) / tuple(x) / [*x] collect an iterator's items into one array (Ops.ToArray): sized by a
# native iterator's length hint when it has one, else grown in pooled arrays. Lengths around the
# growth steps, an iterator that raises half-way (the next collection must not see its items),
# nested collection from inside the function being mapped, and a length hint that is wrong
# because the list grows while it is iterated.
from itertools import repeat, count, islice

for n in (0, 1, 2, 15, 16, 17, 31, 32, 33, 1000, 4097):
    a = list(map(lambda x: x * 2, range(n)))
    b = list(filter(lambda x: x % 3, range(n)))
    c = list(x for x in range(n))
    d = list(range(n))
    e = tuple(map(str, range(n)))
    f = [*islice(count(), n)]
    g = list(dict.fromkeys(range(n)))
    h = list(zip(range(n), repeat("z")))
    print(n, len(a), sum(a), len(b), sum(b), c == d, len(e), e[-1:] , f == d, g == d, h[-1:])


def bad(x):
    if x == 700:
        raise ValueError("stop at 700")
    return -x


for attempt in range(3):
    try:
        list(map(bad, range(1000)))
    except ValueError as exc:
        print("raised", exc)
    after = list(map(abs, range(5)))
    print("after", after)


def nested(x):
    return sum(list(map(lambda y: y + x, range(x % 40))))


print(sum(list(map(nested, range(300)))))

# a list iterator's hint is the list's length when list() starts; the list grows meanwhile
src = list(range(10))


def grow(x):
    if len(src) < 50:
        src.append(len(src))
    return x


print(list(map(grow, iter(src)))[-3:], len(src))
it = iter(list(range(20)))
next(it)
print(len(list(it)))
s = "abcdefghij" * 3
print("".join(list(iter(s))) == s, list(reversed(range(5))), list(enumerate("xyz")))
