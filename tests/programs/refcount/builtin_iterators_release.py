# zip, map, filter, enumerate, reversed and iter(callable, sentinel) hold references to what they
# iterate and release them when they are freed: the iterated container's count returns to its
# start value, and an object only they kept alive is finalised at once.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def base(x):
    return sys.getrefcount(x)


data = [1000 + i for i in range(5)]
start = base(data)
pairs = list(zip(data, data[1:]))
print("zip", base(data) - start, len(pairs))
print("map", list(map(abs, data))[:2], base(data) - start)
print("filter", list(filter(None, data))[:2], base(data) - start)
print("enumerate", list(enumerate(data))[-1], base(data) - start)
print("reversed", list(reversed(data))[0], base(data) - start)
for i, x in enumerate(data):
    pass
for a, b in zip(data, data):
    pass
print("loops", base(data) - start)

it = zip(data, data)
print("live zip", base(data) - start)
next(it)
del it
print("after del", base(data) - start)

m = map(str, data)
print("live map", base(data) - start)
del m
print("after del map", base(data) - start)


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i


s = Seq()
s_start = base(s)
print("getitem iter", list(iter(s)), base(s) - s_start)
f = [0].pop
f_start = base(f)
print("callable iter", list(iter(f, 0)), base(f) - f_start)

# The only references to the Noisy objects are a list the iterators hold.
print(list(zip([Noisy("a"), Noisy("b")], "xy"))[0][1])
print("after zip of temporaries")
items = [Noisy("c")]
for n, in zip(items):
    pass
del items, n
print("after del items")
print(list(map(lambda o: o.name, [Noisy("d")])))
print("end")
