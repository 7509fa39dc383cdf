# Container iterators: type names, __length_hint__, exhaustion, mutation while iterating.
def names(*objs):
    return [type(o).__name__ for o in objs]

d = {1: 2}
print(names(iter([]), reversed([]), iter(()), iter({}), iter(d.values()), iter(d.items()),
            reversed(d), reversed(d.values()), reversed(d.items()), iter(set()), iter(frozenset()),
            iter(range(3)), iter(range(2**64)), reversed(range(3))))
l = [1, 2, 3]
it = iter(l)
print(it.__length_hint__(), next(it), it.__length_hint__())
l.append(4)
print(list(it), it.__length_hint__(), list(it))
l.append(5)
print(list(it))
it = iter([1, 2, 3])
next(it)
l2 = [1, 2, 3]
it2 = iter(l2)
next(it2)
l2.clear()
print(list(it2))
rit = reversed([1, 2, 3, 4])
print(next(rit), rit.__length_hint__(), list(rit), rit.__length_hint__())
lst = [1, 2, 3]
rit = reversed(lst)
next(rit)
lst.pop()
lst.pop()
print(list(rit))
t = (1, 2, 3)
ti = iter(t)
print(next(ti), ti.__length_hint__(), list(ti), ti.__length_hint__())
print(iter(ti) is ti, iter(it) is it)
for x in [[]]:
    pass
li = [0, 1, 2, 3, 4, 5]
for x in li:
    if x % 2 == 0:
        li.remove(x)
print(li)
out = []
grow = [1]
for x in grow:
    out.append(x)
    if x < 5:
        grow.append(x + 1)
print(out)
ri = iter(range(3, 10, 2))
print(ri.__length_hint__(), next(ri), ri.__length_hint__(), list(ri))
lri = iter(range(2**64, 2**64 + 3))
print(next(lri), lri.__length_hint__(), list(lri))
print(list(reversed(range(2**64, 2**64 + 3))))
print(iter([1, 2]).__reduce__()[1:], iter((1, 2)).__reduce__()[1:])
e = iter([1])
next(e)
try:
    next(e)
except StopIteration:
    print("StopIteration")
print(list(e), next(iter([]), "default"))
di = iter({1: 1, 2: 2, 3: 3})
next(di)
print(list(di))
si = iter({1, 2, 3})
print(sorted(list(si)) if False else list(si))
