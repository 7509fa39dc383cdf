# The mutable default argument pitfall and its fixes
def append_to(item, target=[]):
    target.append(item)
    return target
a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to.__defaults__)
c = append_to(3, [])
print(c, append_to.__defaults__)
def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter())
print(counter({}), counter())
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
def memo_fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return _cache[n]
print(memo_fib(30), len(memo_fib.__defaults__[0]))
def kw_mut(*, acc=[]):
    acc.append(len(acc))
    return acc
print(kw_mut(), kw_mut(), kw_mut.__kwdefaults__)
import copy
def fresh(x=[1, 2]):
    x = copy.copy(x)
    x.append(3)
    return x
print(fresh(), fresh(), fresh.__defaults__)
calls = 0
def default_value():
    global calls
    calls += 1
    return calls
def once(v=default_value()):
    return v
print(once(), once(), calls)
