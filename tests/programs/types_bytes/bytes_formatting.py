# %-formatting of bytes and repr of bytes values
print(b"%s" % b"raw", b"%b" % b"alias", b"%d|%5d|%-5d|%05d" % (42, 42, 42, 42), b"%x %X %o" % (255, 255, 8))
print(b"%c%c" % (72, b"i"), b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"), b"%r" % b"r" if False else b"%a" % b"a")
print(b"%a %a %a" % ("é", 1.5, [1]), b"%.2f %e %g" % (3.14159, 1234.5, 0.0001), b"%%", b"100%%")
print(b"%(name)s=%(val)d" % {b"name": b"x", b"val": 7})
print(b"%5s|%-5s|%.1s|" % (b"ab", b"ab", b"ab"), b"%+d % d" % (5, 5))
for fmt, args in [(b"%s", "str"), (b"%d", b"1"), (b"%c", 256), (b"%c", b"ab"), (b"%s %s", (b"a",)), (b"%y", (1,))]:
    try:
        fmt % args
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__ + ":", e)
print(bytearray(b"%d-%d") % (1, 2), type(bytearray(b"%s") % b"x").__name__)
class WithBytes:
    def __bytes__(self):
        return b"B!"
print(b"%s" % WithBytes(), b"%b" % WithBytes())
print(repr(b"plain"), repr(b"quote'"), repr(b'dq"'), repr(b"both'\""), repr(b"\t\n\r\x0b\x0c"), repr(b"\x7f\x80"))
print(str(b"x"), f"{b'fmt'}", "{}".format(b"fmt2"), "%s" % b"pct", "%r" % b"pct-r")
try:
    f"{b'x':>5}"
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(format(b"ab", ""), format(bytearray(b"cd"), ""))
print(b"".join(b"%02d" % i for i in range(5)), b", ".join(b"%s" % w for w in (b"x", b"y")))
