# functools: reduce, partial, partialmethod, singledispatch, cached_property
import functools
import operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6), 1), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []), functools.reduce(operator.add, [], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__ + ":", e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
two_to = functools.partial(power, 2)
print(square(7), cube_mod(7), two_to(10), two_to(exp=5))
print(square.func is power, square.args, square.keywords, two_to.args)
nested = functools.partial(functools.partial(power, 3), 4)
print(nested(), nested.args, nested.func is power)
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = functools.partialmethod(set_state, True)
c = Cell()
c.set_alive()
print(c.alive)
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(5), describe([1, 2]), describe("s"), describe(True))
class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @functools.cached_property
    def expensive(self):
        self.computed += 1
        return self.n ** 2
d = Data(12)
print(d.expensive, d.expensive, d.computed, "expensive" in vars(d))
del d.expensive
print(d.expensive, d.computed)
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
