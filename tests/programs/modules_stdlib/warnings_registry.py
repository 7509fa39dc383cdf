# The warnings module's registries, filter-list checks, -W option parsing and @deprecated on
# classes: behaviours warnings_module.py and warnings_catch.py do not reach.
import sys
import warnings


class Echo:
    """stderr shown on stdout with this program's path shortened (the corpus compares stdout)."""

    def write(self, s):
        return sys.stdout.write(s.replace(__file__, "PROG"))

    def flush(self):
        pass


sys.stderr = Echo()


def registry_keys(reg):
    return sorted(((k[0], k[1].__name__) + k[2:], v) for k, v in reg.items() if k != "version")


print("--- registries per action")
for action in ["default", "module", "once", "always", "ignore"]:
    with warnings.catch_warnings():
        warnings.simplefilter(action)
        reg = {}
        warnings.warn_explicit("r-" + action, UserWarning, "lib.py", 5, registry=reg)
        warnings.warn_explicit("r-" + action, UserWarning, "lib.py", 6, registry=reg)
        warnings.warn_explicit("r-" + action, UserWarning, "lib.py", 5, registry=reg)
        print(action, registry_keys(reg), "version" in reg)
with warnings.catch_warnings():
    warnings.simplefilter("once")
    before = dict(warnings.onceregistry)
    warnings.warn_explicit("no registry", UserWarning, "lib.py", 7)
    warnings.warn_explicit("no registry", UserWarning, "lib.py", 8)
    print(sorted((k[0], k[1].__name__) for k in warnings.onceregistry
                 if k not in before and k != "version"), "version" in warnings.onceregistry)

print("--- a new filter resets what was seen")
reg = {}
warnings.warn_explicit("seen", UserWarning, "lib.py", 9, registry=reg)
warnings.warn_explicit("seen", UserWarning, "lib.py", 9, registry=reg)
warnings.simplefilter("default", FutureWarning)
warnings.warn_explicit("seen", UserWarning, "lib.py", 9, registry=reg)
warnings.filters.pop(0)

print("--- bad registries and filter lists")
try:
    warnings.warn_explicit("x", UserWarning, "lib.py", 1, registry=[])
except TypeError as e:
    print("TypeError:", e)
saved = warnings.filters
warnings.filters = [("bogus", None, Warning, None, 0)]
try:
    warnings.warn("x")
except RuntimeError as e:
    print("RuntimeError:", e)
warnings.filters = [("error", None)]
try:
    warnings.warn("x")
except ValueError as e:
    print("ValueError:", e)
warnings.filters = saved
print(warnings.warn_explicit("module from file name", UserWarning, "some/where/mod.PY", 3, registry={}))
try:
    warnings.warn("x", stacklevel="up")
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("x", skip_file_prefixes=["a"])
except TypeError as e:
    print("TypeError:", e)

print("--- where a warning is attributed")
warnings.warn("beyond the stack", stacklevel=50)
print(registry_keys(sys.__dict__.get("__warningregistry__", {})))
warnings.warn(3)
warnings.warn(("a", 1), RuntimeWarning)


def inner():
    warnings.warn("attributed to outer", skip_file_prefixes=("/no/such/dir",))


def outer():
    inner()


outer()

print("--- -W options")
with warnings.catch_warnings():
    for option in ["a", "al", "all", "d", "i::Warning", "m:text::mod", "o:::", "e::UserWarning::0",
                   "  error : spaced : RuntimeWarning : m.n : 3 ", "ignore::builtins.UserWarning"]:
        warnings._setoption(option)
        act, msg, cat, mod, ln = warnings.filters[0]
        print(repr(option), act, msg and msg.pattern, msg and msg.flags & 2, cat.__name__,
              mod and mod.pattern, ln)
    warnings._processoptions(["all:x", "error::nosuchmodule.Warning", "error::warnings.nothing",
                              "error::::x", "error::::-1", "error::Warning::2:9",
                              "error:::a", "ignore"])
    print(warnings.filters[0][:3])

print("--- filterwarnings checks")
for bad in [lambda: warnings.filterwarnings("all"),
            lambda: warnings.simplefilter("once", lineno=2.0),
            lambda: warnings.filterwarnings("error", module=3),
            lambda: warnings.filterwarnings("error", category=UserWarning("x"))]:
    try:
        bad()
    except (TypeError, ValueError, NameError) as e:
        print(type(e).__name__ + ":", e)
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("error", UserWarning)
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("error", UserWarning, append=True)
    warnings.simplefilter("always", RuntimeWarning, append=True)
    print([(f[0], f[2].__name__) for f in warnings.filters])
    warnings.filterwarnings("error", "Spam")
    try:
        warnings.warn("spam and eggs")
    except UserWarning as e:
        print("case-insensitive:", e)
    warnings.warn("eggs and spam")

print("--- catch_warnings")
cw = warnings.catch_warnings(record=True, action="always", category=RuntimeWarning, lineno=0)
with cw as log:
    warnings.showwarning("direct call", UserWarning, "f.py", 1)
    warnings.warn("recorded", RuntimeWarning)
    warnings.warn("with source", RuntimeWarning, source=object())
    print([(str(m.message), m.category.__name__, m.source is not None) for m in log])
    print(str(log[0]))
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("shown with source", RuntimeWarning, source=object())
m = warnings.WarningMessage("text", None, "f.py", 2)
print(str(m), m.file, m.line, m.source)
print(warnings.formatwarning(UserWarning("inst"), UserWarning, "f.py", 4, "  line  "), end="")

print("--- deprecated classes")


@warnings.deprecated("Base is deprecated")
class Base:
    pass


@warnings.deprecated("Hooked is deprecated")
class Hooked:
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag


@warnings.deprecated("WithNew is deprecated")
class WithNew:
    def __new__(cls, value):
        self = super().__new__(cls)
        self.value = value
        return self


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")

    class Child(Base):
        pass

    Child()
    Base()
    try:
        Base(1)
    except TypeError as e:
        print("TypeError:", e)

    class Tagged(Hooked, tag="t"):
        pass

    print(Tagged.tag, WithNew(4).value)
    print([(str(w.message), w.lineno > 0) for w in log])
    print(Base.__deprecated__, Base.__new__.__deprecated__)


@warnings.deprecated("quiet", category=None)
def quiet():
    return "no warning"


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    print(quiet(), quiet.__deprecated__, len(log))


@warnings.deprecated("loud", category=FutureWarning, stacklevel=2)
def loud():
    return "warned"


def calls_loud():
    return loud()


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    print(calls_loud(), [(w.category.__name__, w.lineno) for w in log])
try:
    warnings.deprecated("x")(3)
except TypeError as e:
    print("TypeError:", e)
