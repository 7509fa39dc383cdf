# inspect: async generator state and locals, coroutine state while running and awaiting,
# BufferFlags, the CO_* constants against real code objects, isawaitable on iterable coroutines.
import inspect, types

async def agen(limit):
    for i in range(limit):
        yield i

ag = agen(2)
print(inspect.getasyncgenstate(ag), inspect.getasyncgenlocals(ag))
step = ag.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print('yielded', e.value)
print(inspect.getasyncgenstate(ag), sorted(inspect.getasyncgenlocals(ag).items()))
closer = ag.aclose()
try:
    closer.send(None)
except StopIteration:
    pass
print(inspect.getasyncgenstate(ag), inspect.getasyncgenlocals(ag))
try:
    inspect.getasyncgenlocals(iter([]))
except TypeError as e:
    print('TypeError', str(e).endswith('is not a Python async generator'))

class Waiter:
    def __await__(self):
        yield 'paused'
        return 'resumed'

async def uses_waiter():
    state_inside = inspect.getcoroutinestate(me)
    value = await Waiter()
    return state_inside, value

me = uses_waiter()
print(inspect.getcoroutinestate(me), me.send(None), inspect.getcoroutinestate(me))
try:
    me.send(None)
except StopIteration as e:
    print(e.value, inspect.getcoroutinestate(me))

def gen(): yield
@types.coroutine
def old_style():
    yield
print(inspect.isawaitable(old_style()), inspect.iscoroutinefunction(old_style), inspect.isawaitable(gen()))

def plain(): pass
def withvar(*a, **k): pass
async def co(): pass

print(bool(plain.__code__.co_flags & inspect.CO_OPTIMIZED), bool(plain.__code__.co_flags & inspect.CO_NEWLOCALS))
print(bool(withvar.__code__.co_flags & inspect.CO_VARARGS), bool(withvar.__code__.co_flags & inspect.CO_VARKEYWORDS))
print(bool(co.__code__.co_flags & inspect.CO_COROUTINE), bool(gen.__code__.co_flags & inspect.CO_GENERATOR),
      bool(agen.__code__.co_flags & inspect.CO_ASYNC_GENERATOR))
def outer():
    v = 1
    def inner(): return v
    return inner
print(bool(outer().__code__.co_flags & inspect.CO_NESTED))
print(inspect.CO_OPTIMIZED, inspect.CO_NEWLOCALS, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS, inspect.CO_NESTED,
      inspect.CO_GENERATOR, inspect.CO_NOFREE, inspect.CO_COROUTINE, inspect.CO_ITERABLE_COROUTINE, inspect.CO_ASYNC_GENERATOR)
print(inspect.TPFLAGS_IS_ABSTRACT)

B = inspect.BufferFlags
print([(m.name, m.value) for m in B])
print(int(B.FULL_RO), int(B.RECORDS), int(B.C_CONTIGUOUS), int(B.ANY_CONTIGUOUS), int(B.STRIDED), B.SIMPLE == 0, B.CONTIG == B.ND | B.WRITABLE)
print(B.WRITABLE | B.FORMAT, isinstance(B.READ, int))
print(inspect.GEN_CREATED, inspect.CORO_CLOSED, inspect.AGEN_SUSPENDED)
