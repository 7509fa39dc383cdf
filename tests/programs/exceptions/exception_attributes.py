# Specific attributes of builtin exceptions
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(e)
try:
    compile("x = (1,", "myfile.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
try:
    compile("def f():\n  x = 1\n    y = 2\n", "ind.py", "exec")
except IndentationError as e:
    print(type(e).__name__, e.filename, e.lineno)
e = OSError(2, "No such file or directory", "missing.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e2 = OSError(2, "msg", "a", None, "b")
print(e2.filename, e2.filename2, str(e2))
try:
    raise SystemExit(5)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("SystemExit code", repr(e.code))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    import module_that_does_not_exist_xyz
except ImportError as e:
    print(type(e).__name__, e.name, repr(e.path), str(e))
e3 = ImportError("msg", name="n", path="p")
print(e3.name, e3.path, e3.msg, e3.args)
ki = KeyboardInterrupt()
print(isinstance(ki, Exception), isinstance(ki, BaseException), repr(ki))
u = UnicodeDecodeError("utf-8", b"\x80abc", 0, 1, "invalid start byte")
print(u, u.args[0])
ee = Exception("a", "b")
print(ee.args, ee.with_traceback(None) is ee, ee.__traceback__)
try:
    raise ValueError("tb")
except ValueError as err:
    print(type(err.__traceback__).__name__, err.__traceback__.tb_next)
