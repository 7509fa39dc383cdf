# type.__call__ passes the same arguments to __new__ and to __init__: a fresh argument packed into
# __new__'s *args/**kw must still be whole (and its __del__ not yet run) when __init__ gets it.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del D", self.n)


class A:
    def __new__(cls, *args, **kw):
        print("new", len(args), sorted(kw))
        return object.__new__(cls)

    def __init__(self, spec=None, extra=None):
        print("init", spec.n if isinstance(spec, D) else spec, extra)


A(spec=D(1))
print("after A kw")
A(D(2), extra=[3, 4])
print("after A pos")


class L(list):
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, items):
        super().__init__(x * 2 for x in items)


print(L([i for i in range(30)])[-3:])
print(L(list(range(5))))
print("end")
