# The del statement on names, items, slices, and attributes
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__ + ":", e)
L = [0, 1, 2, 3, 4]
del L[0], L[-1]
print(L)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__ + ":", e)
a, b = 1, 2
del (a, b)
print("a" in dir(), "b" in dir())
p, q = 3, 4
del [p, q]
print("p" in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__ + ":", e)
nested = {"k": [1, 2, {"z": 0}]}
del nested["k"][2]["z"]
print(nested)
