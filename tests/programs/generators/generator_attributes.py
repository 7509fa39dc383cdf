# Generator object attributes: __name__, __qualname__, gi_code, and function vs generator
def simple():
    yield 1
class Holder:
    def method_gen(self):
        yield self
def outer():
    def inner_gen():
        yield
    return inner_gen()
g = simple()
print(g.__name__, g.__qualname__, g.gi_code.co_name)
h = Holder().method_gen()
print(h.__name__, h.__qualname__)
o = outer()
print(o.__name__, o.__qualname__)
g.__name__ = "renamed"
print(g.__name__, simple.__name__)
print(type(simple).__name__, type(g).__name__, callable(g), callable(simple))
import types
print(isinstance(g, types.GeneratorType), isinstance(simple, types.GeneratorType))
def not_gen():
    return (yield_value for yield_value in [1])
print(type(not_gen()).__name__, not_gen().__name__)
def conditional_yield(flag):
    if flag:
        yield "yielded"
    return "returned"
print(type(conditional_yield(False)).__name__, list(conditional_yield(False)), list(conditional_yield(True)))
def gen_with_lambda():
    f = lambda: (yield)
    return f
print(type(gen_with_lambda()()).__name__)
a, b = simple(), simple()
print(a is b, a == b, next(a) == next(b))
def gen_doc():
    "generator docstring"
    yield
print(gen_doc.__doc__, gen_doc().__doc__ is None or True)
def unreachable_yield():
    return 5
    yield
try:
    next(unreachable_yield())
except StopIteration as e:
    print("StopIteration value", e.value)
print(hasattr(g, "gi_frame"), hasattr(g, "gi_running"), hasattr(g, "gi_suspended"))
