# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5))
print(list(map(Adder(100), [1, 2, 3])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c(); print(c())
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(callable(NotCallable), callable(NotCallable()))
nc = NotCallable()
nc.__call__ = lambda: "instance attribute"
try:
    nc()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
w = WithMeta(3)
print(w.v)
class Dispatcher:
    def __init__(self):
        self.handlers = {}
    def register(self, name):
        def deco(fn):
            self.handlers[name] = fn
            return fn
        return deco
    def __call__(self, name, *args):
        if name not in self.handlers:
            return f"no handler for {name!r}"
        return self.handlers[name](*args)
dispatch = Dispatcher()
@dispatch.register("sum")
def _sum(*a):
    return sum(a)
print(dispatch("sum", 1, 2, 3), dispatch("mul", 2))
class CallReturnsSelf:
    def __call__(self):
        return self
x = CallReturnsSelf()
print(x()()() is x)
class Sub(Adder):
    def __call__(self, x):
        return "sub:" + str(super().__call__(x))
print(Sub(1)(1))
