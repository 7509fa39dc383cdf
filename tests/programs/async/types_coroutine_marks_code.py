# types.coroutine on a generator function returns the function itself with CO_ITERABLE_COROUTINE set
# through code.replace (as CPython does): its generators are awaitable from the start.
import types, inspect
def g():
    yield 1
co = g.__code__
c2 = co.replace(co_flags=co.co_flags | 0x100)
print(hex(c2.co_flags), c2 is co, c2.co_name, c2.co_varnames == co.co_varnames)
print(co.replace(co_name="h").co_name, co.replace(co_firstlineno=99).co_firstlineno)
for bad in ({"co_bogus": 1},):
    try:
        co.replace(**bad)
    except TypeError as e:
        print("TypeError", e)
try:
    co.replace(1)
except TypeError as e:
    print("TypeError", e)
@types.coroutine
def tick():
    yield "tick"
print(tick.__name__, inspect.isgeneratorfunction(tick), hex(tick.__code__.co_flags))
t = tick()
print(inspect.isawaitable(t), hex(t.gi_code.co_flags))
async def main():
    r = await tick()
    return r
c = main()
print(c.send(None))
def plain():
    return iter([1])
w = types.coroutine(plain)
print(w is plain, w.__name__)
