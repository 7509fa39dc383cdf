import sys
import traceback



class Redacted:
    """stdout with this program's path shortened (the corpus compares stdout only)."""

    def write(self, s):
        return sys.stdout.write(s.replace(__file__, "PROG"))

    def flush(self):
        pass


sys.stderr = Redacted()


def inner(n):
    if n == 0:
        raise ValueError("bad value %d" % n)
    return inner(n - 1)


def outer():
    x = inner(2)
    return x


try:
    r = outer()
except ValueError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text.splitlines()[0], text.count(__file__))
    print(text.splitlines()[-1])
    exc = sys.exc_info()[1]

print("--- format_exception(exc)")
lines = traceback.format_exception(exc)
print(len(lines), repr(lines[0]), repr(lines[-1]))
print("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), end="", file=sys.stderr)
print("--- limit")
traceback.print_exception(exc, limit=2)
traceback.print_exception(exc, limit=-1)
print("--- only")
print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(type(exc), exc))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(Exception()))
print(traceback.format_exception_only(None))
print("--- tb")
traceback.print_tb(exc.__traceback__)
print(traceback.format_tb(exc.__traceback__, 1)[0].replace(__file__, 'PROG'), end='')
summary = traceback.extract_tb(exc.__traceback__)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(fs.name, fs.lineno, repr(fs.line), len(fs), fs[2], fs == (fs.filename, fs.lineno, fs.name, fs.line))
name, line = summary[-1][2], summary[-1][3]
print(name, line)
print([ln for _f, ln in traceback.walk_tb(exc.__traceback__)])
print("--- no exception")
traceback.print_exc()
print(repr(traceback.format_exc()))
print("--- errors")
try:
    traceback.print_exception(exc, exc)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    traceback.format_exception(42)
except TypeError as e:
    print(type(e).__name__ + ":", e)
