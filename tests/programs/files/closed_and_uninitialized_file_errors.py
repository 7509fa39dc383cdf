# A closed or never-initialised file object raises CPython's ValueError with CPython's message: a
# TextIOWrapper's own checks and IOBase's methods end with a period, FileIO's do not, and a
# buffered object names the method ("read of closed file", "write to closed file"). An object made
# by __new__ alone: FileIO is closed, the others are uninitialised.
import io, os, tempfile
fd, path = tempfile.mkstemp()
os.close(fd)
with open(path, "wb") as f:
    f.write(b"abc\n")

def probe(label, f, names, text=False):
    for name in names:
        args = {"seek": (0,), "write": ("x",) if text else (b"x",), "readinto": (bytearray(2),),
                "writelines": (["x"],) if text else ([b"x"],)}.get(name, ())
        try:
            print(label, name, "->", repr(getattr(f, name)(*args)))
        except ValueError as e:
            print(label, name, type(e).__name__, e)

common = ["readline", "readlines", "writelines", "seek", "tell", "truncate", "flush", "fileno", "isatty",
          "readable", "seekable", "__iter__", "__next__", "__enter__"]
for label, make, extra in [
    ("fileio", lambda: io.FileIO(path, "r+"), ["read", "readall", "readinto", "write", "writable"]),
    ("reader", lambda: open(path, "rb"), ["read", "read1", "readinto", "peek", "detach"]),
    ("writer", lambda: open(path, "ab"), ["write", "writable", "detach"]),
    ("random", lambda: open(path, "r+b"), ["read", "read1", "readinto", "peek", "write", "writable", "detach"]),
    ("text", lambda: open(path, "r"), ["read", "write", "detach"]),
]:
    f = make()
    f.close()
    # (a writer's read methods are unsupported ones, not covered here)
    names = [n for n in common if label != "writer" or n not in ("readline", "readable", "__next__")]
    probe(label, f, extra + names, text=label == "text")
    print(label, "closed", f.closed)
print(repr(io.FileIO.__new__(io.FileIO)))
for cls in [io.FileIO, io.BufferedReader, io.BufferedRandom, io.TextIOWrapper, io.StringIO]:
    o = cls.__new__(cls)
    probe("new " + cls.__name__, o, ["read", "tell", "seek", "fileno" if cls is not io.StringIO else "getvalue", "readline"])
    try:
        print("new", cls.__name__, "closed", o.closed)
    except ValueError as e:
        print("new", cls.__name__, "closed", type(e).__name__, e)
try:
    repr(io.TextIOWrapper.__new__(io.TextIOWrapper))
except ValueError as e:
    print("repr of a new TextIOWrapper:", e)
os.remove(path)
print("end")
