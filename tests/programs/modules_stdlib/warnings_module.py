import sys
import warnings


class Redacted:
    """stderr shown on stdout with this program's path shortened (the corpus compares stdout)."""

    def write(self, s):
        return sys.stdout.write(s.replace(__file__, "PROG"))

    def flush(self):
        pass


sys.stderr = Redacted()


def old_api():
    warnings.warn("old_api is old")
    return 1


print("--- default: once per location")
for i in range(3):
    old_api()
warnings.warn("from module level", RuntimeWarning)
warnings.warn("from module level", RuntimeWarning)


def helper(level):
    warnings.warn("blame the caller %d" % level, UserWarning, stacklevel=level)


helper(1)
helper(2)


def wrapper():
    helper(3)


wrapper()


class MyWarning(UserWarning):
    pass


warnings.warn(MyWarning("an instance"))
warnings.warn("subclass", category=MyWarning)

print("--- DeprecationWarning")
warnings.warn("deprecated here", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
exec("import warnings\nwarnings.warn('deprecated in a library', DeprecationWarning)\n"
     "warnings.warn('future in a library', FutureWarning)", {"__name__": "somelib"})
print("--- filters")
print(warnings.filters[:5])
print(warnings.defaultaction)
warnings.filterwarnings("error", message="fatal", category=UserWarning)
print(warnings.filters[0][0], warnings.filters[0][1].pattern, warnings.filters[0][2].__name__)
try:
    warnings.warn("FATAL problem")
except UserWarning as e:
    print("raised", type(e).__name__, e)
warnings.warn("not fatal: shown")
warnings.simplefilter("ignore", MyWarning)
warnings.warn("ignored", MyWarning)
warnings.filterwarnings("always", module="__main__", category=RuntimeWarning)
for i in range(2):
    warnings.warn("always shown", RuntimeWarning)
warnings.simplefilter("once", SyntaxWarning)
for text in ["a", "a", "b"]:
    warnings.warn("once " + text, SyntaxWarning)
warnings.warn("once a", SyntaxWarning)
warnings.simplefilter("module", BytesWarning)
for i in range(2):
    warnings.warn("per module", BytesWarning)
warnings.warn("per module", BytesWarning)
warnings.filterwarnings("error", category=ImportWarning, lineno=1)
warnings.warn("lineno does not match", ImportWarning)
warnings.filterwarnings("default", category=ImportWarning)
warnings.warn("now shown", ImportWarning)
print(len(warnings.filters))
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset", DeprecationWarning)

print("--- errors")
for bad in [lambda: warnings.filterwarnings("bogus"),
            lambda: warnings.filterwarnings("error", message=3),
            lambda: warnings.filterwarnings("error", category=int),
            lambda: warnings.simplefilter("error", lineno=-1),
            lambda: warnings.simplefilter("error", lineno="x"),
            lambda: warnings.warn("x", category=int),
            lambda: warnings.warn("x", category=3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
