# Errors raised without a .NET throw, continued: float ** overflowing or 0.0 to a negative power
# (BINARY_OP), a strict UTF-8 bytes.decode (its first bad sequence: start, end, reason), raised
# inside try/except, a with block and a generator.
def show(f):
    try: print(f())
    except Exception as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno, getattr(e, "start", None), getattr(e, "end", None), getattr(e, "reason", None))
x = 1e308; zf = 0.0; two = 2; big = 10 ** 30
show(lambda: x ** 2)
show(lambda: x ** 2.0)
show(lambda: 10 ** 400.0)
show(lambda: zf ** -1)
show(lambda: zf ** -1.5)
show(lambda: 0 ** -1.0)
show(lambda: (-8.0) ** 0.5)
show(lambda: 2.0 ** 10)
show(lambda: big ** 2.0)
show(lambda: 1.5 ** big)
for b in [b"\xff", b"ab\xe0\x80", b"\xe2\x82", b"ok\xed\xa0\x80z", b"\xf4\x90\x80\x80", b"caf\xc3\xa9", b"a\xc3", b"\xf0\x9f\x98"]:
    show(lambda: b.decode())
    show(lambda: b.decode("utf-8"))
    show(lambda: b.decode("utf-8", "replace"))
    show(lambda: bytearray(b).decode())
    show(lambda: str(b, "utf-8"))
def g():
    try:
        b"\x80".decode()
    except UnicodeDecodeError as e:
        yield repr(e)
    try:
        yield 1e300 ** 3
    except OverflowError as e:
        yield repr(e)
print(list(g()))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit", a[0].__name__, a[1]); return True
with CM():
    b"\xc3(".decode()
with CM():
    y = 9.9e200 ** 2
