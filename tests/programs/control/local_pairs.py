# Pairs of local loads and stores (LOAD_FAST a; LOAD_FAST b, STORE_FAST a; LOAD_FAST b,
# STORE_FAST a; STORE_FAST b run as one instruction): unbound and deleted locals, a local
# rebound by the first half and read by the second, release order of replaced values,
# jumps into the second half, generators, exception handlers and threads.
import threading


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def unbound_second():
    a = 1
    try:
        return a, b  # b is never bound here
    except UnboundLocalError as e:
        print("second:", e)
    b = 2
    return a, b


def unbound_first():
    b = 2
    try:
        print(a, b)
    except UnboundLocalError as e:
        print("first:", e)
    a = 1
    return a + b


def deleted_between(x):
    y = x
    del x
    try:
        z = y
        print(z, x)  # STORE_FAST z; LOAD_FAST z ... then x was deleted
    except UnboundLocalError as e:
        print("deleted:", e)
    x = "again"
    return y, x


def store_then_load_same():
    v = "old"
    v = v + "!"
    w = v
    v = [w]
    u = v
    return w, u


def release_order():
    a = Noisy("a1")
    b = Noisy("b1")
    print("swap")
    a, b = b, a
    print("after swap", a.name, b.name)
    print("rebind")
    a, b = [Noisy("a2"), Noisy("b2")]  # UNPACK_SEQUENCE; STORE_FAST a; STORE_FAST b
    print("after rebind")
    c = a
    a = None
    print("c holds", c.name)
    b = c = None
    print("end")


def moves(n):
    total = 0
    i = 0
    while i < n:
        x = i
        total = x
        y = total
        i = y + 1
    return total, x, y


def strings_and_lists():
    s = "ab"
    t = "cd"
    u = s + t
    l = [s]
    m = [t]
    both = l + m
    print(u, both, s < t, l == m)
    s, t = t, s
    return s, t


def gen(n):
    a = 0
    for i in range(n):
        b = a
        a = i
        yield b, a
        c = b
        b = a
        yield c, b


class Boom:
    def __del__(self):
        raise ValueError("ignored")


def del_raises():
    x = Boom()
    x = 1  # the ignored error goes to stderr; the pair still stores and loads
    y = x
    return x, y


def in_handler():
    try:
        raise KeyError("k")
    except KeyError as e:
        a = e
        b = a
        print(type(b).__name__, b)
    try:
        print(e)
    except (UnboundLocalError, NameError) as err:
        print(type(err).__name__)
    return a is b


def swap_params(p, q):
    p, q = q, p
    r = p
    return r, q


results = []


def worker(k):
    x = Noisy("t%d" % k) if k == 0 else ("s%d" % k)
    y = [k]
    for _ in range(2000):
        x, y = swap_params(x, y)
    results.append((k, type(x).__name__, type(y).__name__))


print(unbound_second())
print(unbound_first())
print(deleted_between("v"))
print(store_then_load_same())
release_order()
print(moves(10))
print(strings_and_lists())
print(list(gen(3)))
print(del_raises())
print(in_handler())
print(swap_params(1, "two"))
threads = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
