# LOAD_GLOBAL in a module whose globals dict holds a str-subclass key takes CPython's general lookup:
# the stored key's __eq__ decides (it runs on each lookup and may say no), for a global and for the
# builtins lookup that follows a miss in globals.
class S(str):
    def __eq__(self, o):
        r = str.__eq__(self, o) and str(self) != "len"
        print("  eq", str.__str__(self), o, "->", r)
        return r
    __hash__ = str.__hash__

def read_zz():
    return zz

def read_len():
    return len

def read_plain():
    return plain

g = globals()
g[S("zz")] = 5
plain = 7
print("global behind a str-subclass key")
for _ in range(3):
    print(read_zz())
print("builtin shadowed by a key whose __eq__ says no")
g[S("len")] = "not the builtin"
for _ in range(3):
    print(read_len() is __builtins__.len if hasattr(__builtins__, "len") else read_len() is __builtins__["len"])
print("an exact-str global in the same dict")
for _ in range(2):
    print(read_plain())
class Boom(str):
    def __eq__(self, o):
        raise ValueError("eq of " + str.__str__(self))
    __hash__ = str.__hash__
g[Boom("bb")] = 1
def read_bb():
    return bb
print("an __eq__ that raises")
for _ in range(2):
    try:
        read_bb()
    except ValueError as e:
        print("  ValueError", e)
print("end")
