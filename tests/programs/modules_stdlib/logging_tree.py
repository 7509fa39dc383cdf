# logging's logger tree (placeholders, re-parenting, getChildren), caller lookup (stacklevel,
# stack_info), LoggerAdapter, basicConfig errors, captureWarnings, filters that replace records,
# and shutdown at exit: behaviours logging_module.py and logging_formatting.py do not reach.
import io
import logging
import logging.handlers
import pickle
import sys
import warnings



class Shown:
    """stdout with this program's path shortened; stderr goes there too (the corpus compares stdout)."""

    def __init__(self, real):
        self.real = real
        self.path = __file__  # (CPython removes __main__.__file__ before logging's exit hook)

    def write(self, s):
        return self.real.write(s.replace(self.path, "PROG"))

    def flush(self):
        self.real.flush()


sys.stdout = sys.stderr = Shown(sys.stdout)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s %(levelname)s %(funcName)s:%(lineno)d %(message)s"))
top = logging.getLogger("tree")
top.addHandler(out)
top.propagate = False
top.setLevel(logging.DEBUG)

print("--- placeholders")
manager = logging.Logger.manager
leaf = logging.getLogger("tree.a.b.c")
print(leaf.parent.name, type(manager.loggerDict["tree.a.b"]).__name__,
      type(manager.loggerDict["tree.a"]).__name__)
print(sorted(l.name for l in manager.loggerDict["tree.a"].loggerMap))
mid = logging.getLogger("tree.a")
print(leaf.parent.name, mid.parent.name)
inner = logging.getLogger("tree.a.b")
print(leaf.parent.name, inner.parent.name, mid.parent.name)
sibling = logging.getLogger("tree.a.x.y")
print(sibling.parent.name, sorted(l.name for l in mid.getChildren()),
      sorted(l.name for l in top.getChildren()))
print(top.getChild("a.b") is inner, logging.getLogger("tree.a.b.c") is leaf)
print(manager.root is logging.root, manager.disable, manager.emittedNoHandlerWarning,
      manager.loggerClass, manager.logRecordFactory)
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError:", e)

print("--- caller, stacklevel, stack_info")


def helper(msg, level=1):
    top.info(msg, stacklevel=level)


def caller():
    helper("level 1")
    helper("level 2", 2)
    helper("level 99", 99)


caller()
rec = []


class Keep(logging.Handler):
    def emit(self, record):
        rec.append(record)


keep = Keep()
top.addHandler(keep)


def with_stack():
    top.debug("with stack", stack_info=True)


with_stack()
text = rec[-1].stack_info
print(text.splitlines()[0], text.endswith("\n"), "with_stack()" in text)
try:
    {}["k"]
except KeyError as e:
    top.exception("caught %s", "it")
    top.error("as instance", exc_info=e)
    top.error("as tuple", exc_info=sys.exc_info())
top.error("no exception", exc_info=True)
for r in rec[-4:]:
    print(r.getMessage(), r.exc_info and [c and c.__name__ for c in r.exc_info[:1]], r.exc_info and r.exc_info[1])
top.removeHandler(keep)

print("--- extra and makeRecord")
top.warning("user %s", "x", extra={"user": "bob"})
for bad in [{"message": 1}, {"asctime": 1}, {"lineno": 1}]:
    try:
        top.warning("x", extra=bad)
    except KeyError as e:
        print("KeyError:", e)
r = top.makeRecord("n", logging.INFO, "f.py", 3, "m %d", (4,), None, "fn", {"k": 1}, None)
print(r.name, r.levelname, r.filename, r.module, r.lineno, r.getMessage(), r.funcName, r.k)

print("--- filters")


def shout(record):
    changed = logging.makeLogRecord(record.__dict__)
    changed.msg = str(record.msg).upper()
    return changed


top.addFilter(shout)
top.warning("replaced by a filter")
top.removeFilter(shout)
f = logging.Filter("tree.a")
for name in ["tree.a", "tree.a.b", "tree.ab", "tree", "other"]:
    print(name, bool(f.filter(logging.makeLogRecord({"name": name}))))
print(logging.Filter().filter(logging.makeLogRecord({"name": "x"})))

print("--- LoggerAdapter")


class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["tag"], msg), kwargs


ad = Tagged(top, {"tag": "T"})
ad.info("adapted")
ad.log(logging.ERROR, "via log %d", 5)
print(repr(ad), ad.name, ad.manager is manager, ad.isEnabledFor(logging.DEBUG))
merged = logging.LoggerAdapter(top, {"a": 1}, merge_extra=True)
print(merged.process("m", {"extra": {"b": 2}}), logging.LoggerAdapter(top, {"a": 1}).process("m", {"extra": {"b": 2}}))
print(logging.LoggerAdapter[int])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    top.warn("old method")
    ad.warn("old adapter method")
    print([str(m.message) for m in w])

print("--- levels and classes")
print(logging.getLevelName("Level 5"), logging.getLevelName(None), logging.getLevelName(0))
logging.addLevelName(5, "TRACE")
print(logging.getLevelName(5), logging.getLevelName("TRACE"), logging._levelToName[5])
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError:", e)


class MyLogger(logging.Logger):
    pass


logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("tree.mine")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
print(pickle.loads(pickle.dumps(leaf)) is leaf, pickle.loads(pickle.dumps(logging.root)) is logging.root)
print(repr(logging.root), repr(logging.getLogger("tree.mine")))
manager.disable = "ERROR"
print(manager.disable)
manager.disable = 0

print("--- basicConfig errors")
for kwargs in [dict(stream=sys.stdout, filename="x.log"),
               dict(handlers=[out], stream=sys.stdout),
               dict(style="?"),
               dict(bogus=1, level=logging.INFO)]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
for h in list(logging.root.handlers):
    logging.root.removeHandler(h)
logging.root.setLevel(logging.WARNING)

print("--- captureWarnings")
cap = logging.StreamHandler(sys.stdout)
cap.setFormatter(logging.Formatter("captured %(name)s: %(message)s"))
logging.getLogger("py.warnings").addHandler(cap)
logging.captureWarnings(True)
warnings.warn_explicit("a captured warning", UserWarning, "w.py", 7)
warnings.showwarning("to a file", UserWarning, "w.py", 8, file=sys.stdout, line="")
logging.captureWarnings(False)
print(warnings.showwarning is warnings._showwarning_orig if hasattr(warnings, "_showwarning_orig") else True)
warnings.warn_explicit("not captured", UserWarning, "w.py", 9)

print("--- format validation")
for fmt, style in [("$levelname ${name}: $message", "$"), ("plain", "$"), ("$$ x", "$"),
                   ("a $ b $x", "$"), ("${x} ${bad-}", "$"), ("{message!z}", "{"),
                   ("{message:>>>}", "{"), ("{a.b[0]} {0}", "{"), ("{ message", "{"),
                   ("{a-b}", "{"), ("%(message)Z", "%"), ("%(message)-10.3S", "%"),
                   ("no fields at all", "%"), ("{message:_^+#012,.3F}", "{")]:
    try:
        logging.Formatter(fmt, style=style)
        print(repr(fmt), "ok")
    except ValueError as e:
        print(repr(fmt), "ValueError:", e)
print(logging.Formatter("%(nothing)s", validate=False)._fmt, logging.Formatter()._fmt,
      logging.Formatter(style="{")._fmt, logging.Formatter(style="$")._style.usesTime())
print(logging.Formatter("$asctime $message", style="$").usesTime(),
      logging.Formatter("{asctime:>5} {message}", style="{").usesTime())

print("--- handler names and shutdown")
named = logging.StreamHandler(sys.stdout)
named.name = "console"
print(logging.getHandlerByName("console") is named, "console" in logging.getHandlerNames(), named.get_name())
named.close()
print(logging.getHandlerByName("console"))
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("at exit: %(message)s"))
buffered = logging.handlers.MemoryHandler(100, target=target)
late = logging.getLogger("late")
late.propagate = False
late.addHandler(buffered)
late.warning("flushed by logging.shutdown at exit")
print("end of program")
