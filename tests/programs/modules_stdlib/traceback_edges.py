# traceback: SyntaxError caret spans at their limits, multi-line messages and odd __notes__
# inside exception groups, group width/depth limits, and TracebackException's attributes.
import traceback
import warnings

print("--- SyntaxError carets")
cases = [
    ("end past the text", ("f.py", 1, 2, "aaaaa\n", 1, 9)),
    ("both past the text", ("f.py", 1, 8, "aaaaa\n", 1, 9)),
    ("end -1", ("f.py", 2, 2, "abc", 2, -1)),
    ("end before start", ("f.py", 1, 4, "abcdef", 1, 2)),
    ("end on a later line", ("f.py", 1, 3, "  ab cd\n", 3, 1)),
    ("indented, start in the indent", ("f.py", 1, 1, "    xy\n", 1, 7)),
    ("empty text", ("f.py", 1, 1, "", 1, 4)),
    ("blank lines after", ("f.py", 1, 1, "ab\n\n", 1, 4)),
    ("form feed", ("f.py", 1, 3, "\f x = 1\n", 1, 6)),
    ("tab kept", ("f.py", 1, 4, "\ta\tbc", 1, 6)),
    ("offset 0", ("f.py", 1, 0, "abc", 1, 2)),
    ("no line number", (None, None, 2, "abc", None, 3)),
]
for label, details in cases:
    print(label)
    for line in traceback.format_exception_only(SyntaxError("bad", details)):
        print(repr(line))
print(traceback.format_exception_only(SyntaxError()))
print(traceback.format_exception_only(IndentationError("", ("g.py", 3, None, "x\n"))))

print("--- messages and notes in groups")
odd = ValueError("first\nsecond")
odd.__notes__ = ("tuple", "of notes")
num = KeyError("k")
num.__notes__ = 42
text = TypeError("t")
text.__notes__ = "a string"


class NoNotes(Exception):
    @property
    def __notes__(self):
        raise RuntimeError("nope")


group = ExceptionGroup("outer\nline", [odd, num, text, NoNotes("n")])
for line in traceback.format_exception_only(group, show_group=True):
    print(repr(line))
for line in traceback.format_exception(group):
    print(repr(line))
print(traceback.format_exception_only(odd))

print("--- width and depth")
wide = ExceptionGroup("w", [ValueError(i) for i in range(4)])
te = traceback.TracebackException.from_exception(wide, max_group_width=2)
print("".join(te.format()), end="")
nested = ExceptionGroup("a", [ExceptionGroup("b", [ExceptionGroup("c", [ValueError(0)])]), KeyError(1)])
te = traceback.TracebackException.from_exception(nested, max_group_depth=1)
print("".join(te.format()), end="")
print(te.max_group_width, te.max_group_depth, len(te.exceptions), te.exceptions[1].exc_type_str)
print([line for line in te.format_exception_only(show_group=True)])

print("--- attributes")
try:
    compile("(1 +", "<here>", "exec")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, type(te.lineno).__name__, type(te.offset).__name__, te.exc_type_str)
te = traceback.TracebackException(ValueError, ValueError("v"), None)
print(te.stack, te.__cause__, te.__context__, te.__suppress_context__, te.exceptions, str(te))
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    print(te.exc_type is ValueError, [str(w.message) for w in seen])
print(te == traceback.TracebackException(ValueError, ValueError("v"), None), te == 1)
none_te = traceback.TracebackException(None, None, None)
print(none_te.exc_type_str, list(none_te.format()))
