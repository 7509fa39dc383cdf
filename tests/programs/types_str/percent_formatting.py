# printf-style % formatting: conversions, widths, precision, flags
print("%s|%r|%a" % ("é", "é", "é"))
print("%d %i %u" % (42, -42, 7), "%d" % 3.99, "%d" % True, "%i" % -0.5)
print("%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|" % (42, 42, 42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o %08x %-#8x|" % (255, 255, 8, 255, 255, 8, 255, 255))
print("%x %o" % (-255, -8), "%#x" % 0, "%#o" % 0)
print("%f %.2f %10.3f| %-10.1f| %010.2f %+.1f %.0f %#.0f" % (3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 3.14159, 2.5, 2.5))
print("%e %.2e %E %g %G %.3g %g %g" % (12345.678, 12345.678, 0.000123, 12345.678, 1e-10, 3.14159, 1e16, 100.0))
print("%c%c%c" % (72, "i", 0x263A), "%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%r %r %r" % ([1, "a"], None, 1.5), "%s" % [1, 2], "%s" % (1,), "%s %s" % (1, 2))
print("100%% done", "%d%%" % 50, "%s" % "%d")
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159), "%*s|" % (-6, "ab"))
print("%s" % (1, 2).__class__.__name__, "%s" % ((1, 2),), "%r" % ((1, 2),))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30}, "%(x)s %(x)r" % {"x": "dup"})
print("%(a)05.1f|%(b)-6s|" % {"a": 2.25, "b": "hi"})
print(b"%s %d %x %c %b" % (b"bytes", 5, 255, 65, b"raw"), b"%5s|" % b"ab", b"%r" % "x" if False else b"%a" % "é")
errors = [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%c", "ab"), ("%c", 0x110000), ("%q", 1), ("%(k)s", {"j": 1}), ("%(k)s", ("t",)), ("%", ()), ("%d", None)]
for fmt, args in errors:
    try:
        fmt % args
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print("%s" % {"dict": "as single arg"}, "%(dict)s" % {"dict": "mapping"})
print("%.3s|%.0s|%s" % ("abcdef", "gone", ""), "%-3c|" % "x", "%3c|" % 65)
print("%s and %s" % ("a", ["list"]), "%d items" % len([1, 2, 3]), "%.1f%%" % 99.5)
