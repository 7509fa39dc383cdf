import sys
import traceback


class Redacted:
    """stdout with this program's path shortened (the corpus compares stdout only)."""

    def write(self, s):
        return sys.stdout.write(s.replace(__file__, "PROG"))

    def flush(self):
        pass


out = Redacted()


def low():
    raise KeyError("low")


def middle():
    try:
        r = low()
    except KeyError as e:
        raise RuntimeError("middle failed") from e


def top():
    try:
        r = middle()
    except RuntimeError as e:
        e.add_note("first note")
        e.add_note("second\nnote")
        raise TypeError("top failed")


try:
    r = top()
except TypeError as e:
    err = e

print("--- chained")
traceback.print_exception(err, file=out)
print("--- chain=False")
traceback.print_exception(err, file=out, chain=False)

print("--- suppressed context")
try:
    try:
        raise ValueError("hidden")
    except ValueError:
        raise IndexError("shown") from None
except IndexError as e:
    traceback.print_exc(file=out)
    print(e.__suppress_context__, type(e.__context__).__name__)

print("--- TracebackException")
te = traceback.TracebackException.from_exception(err)
print(te.exc_type_str, str(te))
print(te.__context__.exc_type_str, te.__context__.__notes__)
print(te.__context__.__cause__.exc_type_str, te.__context__.__cause__.__cause__)
print(te.__cause__, te.__suppress_context__, len(te.stack))
print(list(te.format_exception_only()))
print(te == traceback.TracebackException.from_exception(err))
te.print(file=out, chain=False)


class Custom(Exception):
    pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


print(traceback.format_exception_only(Custom("c")))
print(traceback.format_exception_only(BadStr()))
Custom.__module__ = 'pkg.mod'
print(traceback.format_exception_only(Custom('q')))

print("--- cycle")
a = ValueError("a")
b = ValueError("b")
a.__context__ = b
b.__context__ = a
print("".join(traceback.format_exception(a)), end="")

print("--- recursion")


def recurse(n):
    if n == 0:
        raise RecursionError("deep enough")
    return recurse(n - 1)


try:
    r = recurse(10)
except RecursionError:
    traceback.print_exc(file=out)
try:
    r = recurse(4)
except RecursionError:
    traceback.print_exc(file=out)
