# LOAD_GLOBAL's cache must answer exactly as looking in globals, then builtins: globals
# reassigned, deleted, shadowing a builtin after warm-up, builtins changed, one code object run
# against several globals dicts, and globals dicts that grow (resize) while cached.
import builtins


def warm(f, n=50):
    r = None
    for _ in range(n):
        r = f()
    return r


G = 1


def read_g():
    return G


print("warm", warm(read_g))
G = 2
print("reassigned", warm(read_g))
del G
try:
    read_g()
except NameError as e:
    print("deleted:", e)
G = 3
print("recreated", warm(read_g))


def use_len():
    return len([1, 2, 3])


print("builtin", warm(use_len))
len = lambda x: "shadowed"
print("shadowed by a global", warm(use_len))
del len
print("shadow deleted", warm(use_len))

builtins.my_builtin = "b1"


def read_builtin():
    return my_builtin


print("new builtin", warm(read_builtin))
builtins.my_builtin = "b2"
print("builtin reassigned", warm(read_builtin))
my_builtin = "global wins"
print("global added over builtin", warm(read_builtin))
del my_builtin
print("global removed", warm(read_builtin))
del builtins.my_builtin
try:
    read_builtin()
except NameError as e:
    print("builtin deleted:", e)

# many new globals (the globals table is rebuilt several times) while the cache is warm
for i in range(200):
    globals()["filler_%d" % i] = i
print("after resizes", warm(read_g), warm(use_len), filler_199)

# one code object, several globals dicts
src = compile("def f():\n    return X + len('ab')\n", "<gen>", "exec")
d1 = {"X": 10}
d2 = {"X": 20, "len": lambda s: 100}
exec(src, d1)
exec(src, d2)
f1, f2 = d1["f"], d2["f"]
print("two globals", warm(f1), warm(f2), warm(f1), warm(f2))
d1["X"] = 11
del d2["len"]
print("two globals changed", warm(f1), warm(f2))

# a global set through globals() with a non-identical (but equal) key
key = "".join(["dyn", "amic"])
globals()[key] = "via globals()"


def read_dynamic():
    return dynamic


print("dynamic key", warm(read_dynamic))
globals()[key] = "changed"
print("dynamic key changed", warm(read_dynamic))

# a global deleted and set again between two warm reads (the table keeps its size: the new entry
# is appended at another index; the old index's value is gone)
H = "h1"


def read_h():
    return H


print("h", warm(read_h))
del H
H = "h2"
print("h re-added", warm(read_h))
for i in range(3):
    del H
    H = "h%d" % (i + 3)
    print("h churn", read_h(), warm(read_h, 3))


# the builtins table rebuilt while a builtin is cached, then that builtin patched and restored
def use_abs():
    return abs(-4)


print("abs", warm(use_abs))
for i in range(200):
    setattr(builtins, "extra_builtin_%d" % i, i)
print("builtins grown", warm(use_abs), warm(lambda: extra_builtin_199))
real_abs = builtins.abs
builtins.abs = lambda x: "patched abs"
print("builtins.abs patched", warm(use_abs))
builtins.abs = real_abs
print("builtins.abs restored", warm(use_abs))
