# Exception args, str() and repr() for zero, one and several arguments
cases = [
    ValueError(),
    ValueError("one"),
    ValueError("a", "b"),
    ValueError(1, [2], {"c": 3}),
    ValueError(None),
    ValueError(""),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    KeyError(0),
    IndexError("index out"),
    OSError(2, "No such file"),
    OSError(2, "No such file", "x.txt"),
    OSError("just message"),
    StopIteration(5),
    SystemExit(3),
    Exception(("tuple", "arg")),
]
for e in cases:
    print(f"{type(e).__name__:13} args={e.args!r:35} str={str(e)!r:30} repr={e!r}")
e = ValueError("x")
e.args = ("changed", 2)
print(e, repr(e))
e.args = []
print(e.args, repr(e))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
o = OSError(2, "No such file", "x.txt")
print(o.errno, o.strerror, o.filename, type(o).__name__)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(99999, "x")).__name__)
print(BaseException("b"), Exception("e") == Exception("e"))
print(str(ValueError("multi\nline")), repr(ValueError("tab\t")))
