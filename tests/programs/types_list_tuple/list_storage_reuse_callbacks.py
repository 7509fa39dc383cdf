# List methods whose Python callbacks (__eq__, __lt__, __repr__, __hash__, __index__, key
# functions, iterators) clear, grow or drop the list they run on and build other lists meanwhile.
# The array a list replaces when it grows is reused by the next list the thread grows (the VM's
# item-array pool, Runtime/Pools/ItemArrayPool.cs): a method that kept using an array across the
# callback would then read the other lists' items. Every result here is what CPython 3.13 gives.

junk = []


def churn():
    # Grows and drops lists (their arrays go back to the pool), then keeps lists that reuse them,
    # filled with items no list under test ever held.
    for k in range(6):
        t = []
        for i in range(300):
            t.append(("junk", k, i))
    keep = []
    for k in range(4):
        t = []
        for i in range(40 * (k + 1)):
            t.append(("junk", k, i))
        keep.append(t)
    junk.append(keep)


def grown(n, tag):
    l = []
    for i in range(n):
        l.append((tag, i))
    return l


class Mutator:
    """Compares equal to nothing; its first comparison empties (or regrows) the target list."""

    def __init__(self, target, mode):
        self.target = target
        self.mode = mode
        self.calls = 0
        self.seen = set()  # the first item of each tuple it was compared with: a foreign read shows as "junk"

    def act(self):
        self.calls += 1
        if self.calls == 1:
            if self.mode == "clear":
                self.target.clear()
            elif self.mode == "grow":
                for i in range(200):
                    self.target.append(("grown", i))
            elif self.mode == "del":
                del self.target[:]
            churn()

    def __eq__(self, other):
        if type(other) is tuple:
            self.seen.add(other[0])
        self.act()
        return False

    def __lt__(self, other):
        if type(other) is tuple:
            self.seen.add(other[0])
        self.act()
        return False

    def __gt__(self, other):
        if type(other) is tuple:
            self.seen.add(other[0])
        self.act()
        return False

    def __hash__(self):
        self.act()
        return 1

    def __repr__(self):
        self.act()
        return "M"


def mutate(l, mode):
    if mode == "grow":
        for i in range(100):
            l.append(("grown", i))
    else:
        l.clear()
    churn()


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, r)


for mode in ("clear", "grow", "del"):
    print("--", mode)
    for tag, name, op in (("a", "in", lambda l, m: m in l), ("b", "index", lambda l, m: l.index(m)),
                          ("c", "count", lambda l, m: l.count(m)), ("d", "remove", lambda l, m: l.remove(m))):
        l = grown(20, tag)
        m = Mutator(l, mode)
        show(name, lambda: op(l, m))
        print(len(l), l[-1] if l else None, sorted(m.seen))

    l = grown(20, "e")
    m = Mutator(l, mode)
    other = [m] + grown(19, "e")
    show("eq", lambda: l == other)
    print(len(l), sorted(m.seen))

    l = [Mutator(None, mode)] + grown(20, "f")
    l[0].target = l
    other = grown(21, "f")
    show("lt", lambda: l < other)
    print(len(l), sorted(l[0].seen) if l else None)

    l = grown(20, "g")
    m = Mutator(l, mode)
    l.insert(3, m)
    s = repr(l)
    print("repr", len(s), s[:40], len(l))

    l = grown(20, "h")
    def key(x, l=l, state=[0]):
        state[0] += 1
        if state[0] == 5:
            # (clearing the list being sorted: the VM raises "list modified during sort", CPython 3.13 not)
            if mode == "grow":
                l.append(("grown", 0))
            churn()
        return x[1]
    show("sort", lambda: l.sort(key=key))
    print(len(l), l[:2])

    l = grown(20, "i")
    def gen(l=l):
        # (mutating the list being extended: the VM collects the iterable first, CPython appends as it goes)
        yield ("x", 1)
        churn()
        yield ("x", 2)
    l.extend(gen())
    print("extend", len(l), l[-3:])

    l = grown(20, "j")
    def gen2(l=l):
        yield ("y", 1)
        mutate(l, mode)
        yield ("y", 2)
    l[2:5] = gen2()
    print("slice", len(l), l[:4])

    l = grown(20, "k")
    class Idx:
        def __index__(self, l=l):
            mutate(l, mode)
            return 1
    show("getitem", lambda: l[Idx()])
    l = grown(20, "k2")
    show("pop", lambda: l.pop(Idx.__index__.__defaults__ and Idx()))
    print(len(l))

    l = grown(20, "m")
    m = Mutator(l, mode)
    d = {}
    show("dict key", lambda: d.setdefault(m, len(l)))
    print(len(l))

    l = grown(20, "n")
    it = iter(l)
    first = next(it)
    l.clear()
    churn()
    print("iter", first, list(it))

    l = grown(20, "o")
    l2 = list(l)
    seen = []
    for x in l:
        if len(seen) == 3:
            mutate(l, mode)
        seen.append(x)
    print("for", len(seen), seen[-1], l2 == grown(20, "o"))

print("junk lists", len(junk))
