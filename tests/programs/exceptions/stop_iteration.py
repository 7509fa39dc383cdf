# StopIteration: values, exhaustion, conversion to RuntimeError in generators
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration args:", e.args, "value:", e.value)
print(next(it, "default"))
def gen():
    yield 1
    return "done"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("generator return value:", e.value, e.args)
def gen2():
    return
    yield
try:
    next(gen2())
except StopIteration as e:
    print("empty return:", e.value, e.args)
def leaks():
    yield 1
    raise StopIteration("inside generator")
try:
    list(leaks())
except RuntimeError as e:
    print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__))
def next_in_gen():
    it = iter([])
    yield next(it)
try:
    list(next_in_gen())
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(f"stopped at {self.n}")
        return self.n
print(list(Iter()))
x = Iter()
print([v for v in x], next(x, "exhausted"))
e = StopIteration(1, 2)
print(e.value, e.args)
e = StopIteration()
print(e.value)
try:
    raise StopIteration("direct raise is fine outside generators")
except StopIteration as e:
    print(e)
print(issubclass(StopIteration, Exception), issubclass(StopAsyncIteration, Exception))
def return_tuple():
    return (1, 2)
    yield
try:
    next(return_tuple())
except StopIteration as e:
    print(e.value, e.args)
