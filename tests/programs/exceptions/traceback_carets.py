# Caret lines under traceback entries (CPython 3.13): ^ under the failing part of a line, ~ and ^ for binary
# operations, subscripts and calls, none when the failing part is the whole line or `x = f()` / `return f()`;
# an instruction over several lines shows its first and last lines and those around the anchors.
import os
import sys
import traceback

table = {}


def show(fn):
    try:
        fn()
    except Exception as e:
        text = "".join(traceback.format_exception(e))
        print(text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""))
        # the default excepthook draws the same carets
        lines = []

        class Sink:
            def write(self, s):
                lines.append(s)

        saved, sys.stderr = sys.stderr, Sink()
        try:
            sys.excepthook(type(e), e, e.__traceback__)
        finally:
            sys.stderr = saved
        hooked = "".join(lines).replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")
        if hooked != text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""):
            print("excepthook differs:")
            print(hooked)


def add(a):
    return a + 1 + table["k"]


def assign(a):
    y = add(a)
    return y


def divide():
    return 1 / 0


def index():
    items = [1]
    return items[0] + items[1]


def attribute():
    obj = None
    return obj.attr


def name(v):
    return len(v) * unknown_name


def whole():
    raise ValueError("whole line")


def call_method():
    import math
    return math.sqrt(-1)


def nested_call():
    return int(str(int("z")))


def power():
    big = 10.0
    return big ** 1000


def spaced():
    value = None
    return (value   +   1)


def floor():
    return 7 // (3 - 3)


def fails(*args):
    raise ValueError(len(args))


def multi_assign():
    x = fails(1,
              2)


def multi_binop():
    return (1 +
            2 +
            None)


def multi_subscript():
    d = {}
    return d[
        "k"
    ]


def long_call():
    y = 1
    return y + fails(
        1,
        2,
        3,
        4,
        5,
    )


def list_plus():
    z = [
        1,
        2,
    ] + None


def method_args():
    s = "abc"
    return s.upper(1,
                   2)


show(lambda: assign(1))
show(divide)
show(index)
show(attribute)
show(lambda: name([1]))
show(whole)
show(call_method)
show(nested_call)
show(power)
show(spaced)
show(floor)
show(lambda: int("z") + 1)
for fn in (multi_assign, multi_binop, multi_subscript, long_call, list_plus, method_args):
    show(fn)

# format_tb / extract_tb entries draw the same carets
try:
    index()
except IndexError as e:
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    print("".join(traceback.format_tb(e.__traceback__)).replace(here, ""))
    print(traceback.extract_tb(e.__traceback__)[-1].line)
