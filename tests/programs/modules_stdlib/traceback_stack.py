import sys
import traceback


def shorten(s):
    return s.replace(__file__, "PROG")


class Redacted:
    def write(self, s):
        return sys.stdout.write(shorten(s))

    def flush(self):
        pass


out = Redacted()

print("--- stacks")


def leaf():
    stack = traceback.extract_stack()
    print(type(stack).__name__, [f.name for f in stack])
    print([f.name for f in traceback.extract_stack(limit=2)])
    print(shorten("".join(traceback.format_stack(limit=1))), end="")
    traceback.print_stack(file=out, limit=2)
    here = sys._getframe()
    print([(f.f_code.co_name, type(n).__name__) for f, n in traceback.walk_stack(here)])
    return 0


def branch():
    r = leaf()
    return r


r = branch()

print("--- FrameSummary")
fs = traceback.FrameSummary("spam.py", 3, "eggs", line="  x = 1  ")
print(repr(fs), fs.line, fs.filename, fs.lineno, fs.name, fs.end_lineno, fs.colno)
print(fs == ("spam.py", 3, "eggs", "x = 1"), fs == traceback.FrameSummary("spam.py", 3, "eggs", line="x"))
print(list(fs), fs[1], fs[-1])
missing = traceback.FrameSummary("no_such_file.py", 1, "f")
print(repr(missing.line), missing.locals)
fl = traceback.FrameSummary("spam.py", 4, "ham", line="y", locals={"b": [1], "a": "s"})
print(fl.locals)
print("--- from_list / format_list")
ss = traceback.StackSummary.from_list([("a.py", 1, "f", "call()"), fs, ("b.py", 9, "g", None), fl])
for item in ss.format():
    print(item, end="")
print(traceback.format_list([("c.py", 2, "h", "pass")]))
traceback.print_list([("d.py", 5, "k", "return 1")], file=out)


class Plain(traceback.StackSummary):
    def format_frame_summary(self, frame_summary):
        return f"{frame_summary.name}@{frame_summary.lineno}\n"


print(Plain.from_list([("a.py", 1, "f", "")]).format())

print("--- capture_locals")


def with_locals(a, b):
    c = a + b
    raise ValueError(c)


try:
    r = with_locals(1, 2)
except ValueError as e:
    te = traceback.TracebackException(type(e), e, e.__traceback__.tb_next, capture_locals=True)
    print(shorten("".join(te.format())), end="")
    te = traceback.TracebackException(type(e), e, e.__traceback__, limit=1, lookup_lines=False)
    print([f.name for f in te.stack], te.stack[0].line)

print("--- tracebacklimit")
sys.tracebacklimit = 1
try:
    r = with_locals(2, 3)
except ValueError as e:
    print(len(traceback.extract_tb(e.__traceback__)))
sys.tracebacklimit = 0
try:
    r = with_locals(2, 3)
except ValueError as e:
    print(traceback.format_exc(), end="")
del sys.tracebacklimit

print("--- SyntaxError")
try:
    compile("x = (1 +\n", "<snippet>", "exec")
except SyntaxError as e:
    print(e.lineno, e.filename)
for err in [SyntaxError("bad thing", ("f.py", 3, 5, "    foo bar baz\n", 3, 8)),
            SyntaxError("no pos", ("f.py", 2, None, "  text\n")),
            SyntaxError("x"),
            SyntaxError("tab", ("g.py", 1, 3, "\tab cd", 1, 4)),
            IndentationError("unexpected indent", ("h.py", 7, 2, "  x\n", 7, 3))]:
    print("".join(traceback.format_exception_only(err)), end="")
