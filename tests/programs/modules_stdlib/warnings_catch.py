import sys
import warnings


def shorten(s):
    return str(s).replace(__file__, "PROG")


class Redacted:
    def write(self, s):
        return sys.stdout.write(shorten(s))

    def flush(self):
        pass


sys.stderr = Redacted()

print("--- catch_warnings(record=True)")
before = list(warnings.filters)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn("second", DeprecationWarning)
    print(len(w))
    for m in w:
        print(m.category.__name__, m.message, type(m.message).__name__, m.lineno, m.line, m.file)
    print(shorten(w[0]))
print(warnings.filters == before)
with warnings.catch_warnings(record=True) as w:
    print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
    warnings.warn("default filters apply", DeprecationWarning)
    warnings.warn("default filters apply", PendingDeprecationWarning)
    print([str(m.message) for m in w])
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("caught", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
print(warnings.filters == before)
cw = warnings.catch_warnings()
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)

print("--- showwarning / formatwarning")
print(shorten(warnings.formatwarning("msg", UserWarning, "file.py", 12, line="  x = 1  ")), end="")
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, line=""), end="")
print(warnings.formatwarning("msg", FutureWarning, "nofile.py", 3), end="")
shown = []
saved = warnings.showwarning


def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno, file, line))


warnings.showwarning = my_show
warnings.warn("to my_show")
print(shown)
warnings.showwarning = saved
saved_format = warnings.formatwarning
warnings.formatwarning = lambda message, category, filename, lineno, line=None: \
    f"[{category.__name__}] {message} @{lineno}\n"
warnings.warn("custom format")
warnings.formatwarning = saved_format
warnings.showwarning("direct", UserWarning, "x.py", 5, line="code()")
warnings.showwarning("to a file", UserWarning, "x.py", 6, file=sys.stdout, line="")

print("--- warn_explicit")
registry = {}
warnings.warn_explicit("explicit", UserWarning, "lib.py", 10, module="lib", registry=registry)
warnings.warn_explicit("explicit", UserWarning, "lib.py", 10, module="lib", registry=registry)
print(sorted(k for k in registry if k != "version"))
warnings.warn_explicit("dep in lib", DeprecationWarning, "lib.py", 11, module="lib")
warnings.warn_explicit("dep in main", DeprecationWarning, "main.py", 12, module="__main__")
warnings.warn_explicit(RuntimeWarning("instance"), None, "lib.py", 13)
print("--- -W options")
with warnings.catch_warnings():
    warnings._setoption("error::RuntimeWarning")
    print(warnings.filters[0][:3])
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
    warnings._setoption("ig:spam:UserWarning:mod.x:4")
    f = warnings.filters[0]
    print(f[0], f[1].pattern, f[2].__name__, f[3].pattern, f[4])
    warnings._processoptions(["bogus", "error:::", "error::NoSuchWarning", "error::int", "a:b:c:d:e:f"])

print("--- deprecated")


@warnings.deprecated("use new_f instead")
def old_f(x):
    return x * 2


@warnings.deprecated("Old is old")
class Old:
    def __init__(self, v):
        self.v = v


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(old_f(21), old_f.__name__, old_f.__deprecated__)
    print(Old(5).v, Old.__deprecated__)
    print([(str(m.message), m.category.__name__) for m in w])
try:
    warnings.deprecated(42)
except TypeError as e:
    print(type(e).__name__ + ":", e)
