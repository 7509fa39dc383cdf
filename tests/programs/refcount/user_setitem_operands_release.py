# A store through a user __setitem__/__getitem__/__delitem__ releases the key and value it was
# given when the method kept neither: each dies right after the statement, value before key.
class N:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class Store:
    def __setitem__(self, k, v):
        print("set", k.n, v.n)

    def __getitem__(self, k):
        print("get", k.n)
        return 1

    def __delitem__(self, k):
        print("delitem", k.n)


class Keeper(dict):
    pass


def run():
    c = Store()
    c[N("k1")] = N("v1")
    print("after set")
    c[N("k2")]
    print("after get")
    del c[N("k3")]
    print("after del")
    for i in range(3):
        c[N("loop-k%d" % i)] = N("loop-v%d" % i)
    keep = Keeper()
    keep[1] = N("kept")
    keep[N("kept-key")] = 2
    print("keeper holds", len(keep))
    keep.clear()
    print("cleared")


run()
print("end")
