# Exception groups (PEP 654): construction rules, split/subgroup/derive, except*, and how groups print.
import sys
import traceback


def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


eg = ExceptionGroup("many", [ValueError(1), TypeError(2)])
print(repr(eg), eg.exceptions, eg.message, str(eg), eg.args)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
print(str(ExceptionGroup("one", [ValueError()])))
show(lambda: ExceptionGroup("x", []))
show(lambda: ExceptionGroup("x", None))
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: ExceptionGroup("x"))
show(lambda: ExceptionGroup("x", [1]))
show(lambda: ExceptionGroup("x", [ValueError(), "no"]))
show(lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup("x", (ValueError(),)))
show(lambda: ExceptionGroup("x", [ValueError()], extra=1))
show(lambda: eg.split(int))
show(lambda: eg.split("x"))

# split and subgroup by type, tuple and predicate; nested groups keep their shape
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), KeyError("d")])
for cond in (ValueError, (TypeError, KeyError), lambda e: isinstance(e, LookupError), Exception, OSError):
    m, r = nested.split(cond)
    print(repr(m), "|", repr(r))
    print(repr(nested.subgroup(cond)))
print(nested.split(lambda e: e is nested)[0] is nested)

# the parts keep the original's metadata
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as e:
    e.add_note("a note")
    m, r = e.split(ValueError)
    print(m.__traceback__ is e.__traceback__, repr(m.__cause__), repr(m.__context__), m.__notes__, m.__notes__ is e.__notes__)
    print(repr(r.__cause__), r.__notes__)


# derive in a subclass decides the type of the parts
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)


mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.split(ValueError)), type(mg.subgroup(TypeError)).__name__)


class NoDerive(ExceptionGroup):
    pass


print(repr(NoDerive("nd", [ValueError(1), TypeError(2)]).split(ValueError)))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42


show(lambda: BadDerive("bd", [ValueError(1), TypeError(2)]).split(ValueError))

# except*: each clause gets its part; the rest propagates in the original shape
def run(exc, label):
    print("--", label)
    try:
        try:
            raise exc
        except* ValueError as e:
            print("ValueError clause:", repr(e), repr(sys.exception()))
        except* (TypeError, KeyError) as e:
            print("TypeError/KeyError clause:", repr(e))
        print("handled all")
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))


run(ValueError("naked"), "naked exception wrapped")
run(OSError("other"), "naked, unmatched")
run(ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)]), "group with a rest")
run(ExceptionGroup("g", [ValueError(1), ExceptionGroup("n", [KeyError(2), OSError(3)])]), "nested")
run(ExceptionGroup("g", [ValueError(1)]), "all handled")


def raising_clause():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from the clause")


try:
    raising_clause()
except ExceptionGroup as e:
    print(repr(e), [repr(x.__context__) for x in e.exceptions])


def reraising_clause():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


try:
    reraising_clause()
except ExceptionGroup as e:
    print("reraised:", repr(e))

try:
    try:
        raise ValueError("bare")
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("bare reraise of a naked exception:", repr(e), repr(e.exceptions[0]))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        raise ValueError(1)
    except* 42:
        pass
except TypeError as e:
    print("TypeError:", e)

# else and finally with except*
for exc in (None, ValueError("v")):
    try:
        if exc:
            raise exc
    except* ValueError:
        print("clause ran")
    else:
        print("else ran")
    finally:
        print("finally ran")

# break/continue/return in an except* block are syntax errors; a loop inside one is fine
for src in ("for x in y:\n  try: pass\n  except* E: break", "def f():\n  try: pass\n  except* E: return 1",
            "try: pass\nexcept* E:\n  for x in y: break", "try: pass\nexcept*: pass", "try: pass\nexcept* E: pass\nexcept F: pass"):
    try:
        compile(src, "<s>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# printing: traceback module and the interpreter's own printer
def make():
    excs = []
    for i in range(3):
        try:
            raise ValueError(f"leaf {i}")
        except ValueError as e:
            excs.append(e)
    try:
        raise KeyError("k")
    except KeyError as k:
        excs.append(ExceptionGroup("inner", [k, TypeError("t")]))
    return ExceptionGroup("outer", excs)


try:
    raise make()
except ExceptionGroup as e:
    e.add_note("note on the group")
    caught = e
text = "".join(traceback.format_exception(caught)).replace(__file__, "FILE")
print(text)
print("".join(traceback.format_exception_only(caught, show_group=True)))
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
print("".join(traceback.format_exception(wide)))
deep = ValueError("bottom")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep])
print("".join(traceback.format_exception(deep)))
import io
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    sys.excepthook(type(caught), caught, caught.__traceback__)
    sys.excepthook(type(wide), wide, None)
finally:
    captured, sys.stderr = sys.stderr.getvalue(), saved
print(captured.replace(__file__, "FILE"))
