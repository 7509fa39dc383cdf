# Comprehensions calling functions, methods, and with side effects
calls = []
def square(n):
    calls.append(n)
    return n * n
print([square(n) for n in range(4)], calls)
calls.clear()
print([n for n in range(6) if square(n) > 5], calls)
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
people = [P("ann", 31), P("bob", 17), P("cy", 45), P("di", 17)]
print([p.name.title() for p in people if p.age >= 18])
print({p.name: p.age for p in people})
print(sorted({p.age for p in people}))
by_age = {}
for p in people:
    by_age.setdefault(p.age, []).append(p.name)
print({age: names for age, names in sorted(by_age.items())})
print([getattr(p, "name") for p in people[:2]])
print(sorted([p.name for p in people], key=lambda n: (-len(n), n)))
log = []
_ = [log.append(i) for i in range(3)]
print(log, _)
print([x.strip() for x in " a , b,c ".split(",")])
print([int(d) for d in str(2 ** 20)])
print([w for w in "To be or not to be".lower().split() if w.startswith("b")])
print({c: ord(c) for c in "AZ"})
print([divmod(n, 3) for n in range(7)])
print([isinstance(v, int) for v in (1, True, 1.0, "1")])
print([m for m in dir([]) if not m.startswith("_")][:5])
print([round(x / 3, 2) for x in range(4)])
