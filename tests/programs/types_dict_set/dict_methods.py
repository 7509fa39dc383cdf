# Every dict method with edge cases
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.keys(), d.values(), d.items())
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("d"), d)
print(d.pop("d"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__ + ":", e)
print(d.popitem(), d)
d.update({"x": 10})
d.update([("y", 20)], z=30)
d.update(a=-1)
d.update()
print(d)
c = d.copy()
c["new"] = 1
print(len(d), len(c), c is not d)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), "v"), {}.fromkeys([]))
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__ + ":", e)
e = {1: "one"}
print(e.get(1.0), e.get(True), 1.0 in e, e.pop(True), e)
try:
    {}.update(5)
except TypeError as err:
    print(type(err).__name__ + ":", err)
try:
    {}.update([(1, 2, 3)])
except ValueError as err:
    print(type(err).__name__ + ":", err)
try:
    {}.get()
except TypeError as err:
    print(type(err).__name__ + ":", err)
try:
    {}.setdefault([], 1)
except TypeError as err:
    print(type(err).__name__ + ":", err)
print(sorted(m for m in dir(dict) if not m.startswith("_")))
print({"k": [1]}.copy()["k"] is {"k": [1]}["k"], len({}), bool({}), bool({0: 0}))
