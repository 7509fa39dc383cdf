# "Did you mean" suggestions as a printed traceback shows them (CPython 3.13): NameError, AttributeError,
# ImportError, a forgotten import, and the unexpected keyword argument TypeError (part of the message).
import io
import re
import sys
import traceback

value = 1


def last_line(fn):
    try:
        fn()
    except Exception as e:
        line = traceback.format_exception(e)[-1].rstrip("\n")
        # the module's location differs between implementations
        print(re.sub(r" \([^)]*\)\.", " (...).", line))
        print("  str:", re.sub(r" \([^)]*\)$", " (...)", str(e)))
        # the default excepthook prints the same last line
        saved, sys.stderr = sys.stderr, io.StringIO()
        try:
            sys.excepthook(type(e), e, e.__traceback__)
            hook = sys.stderr.getvalue().splitlines()[-1]
        finally:
            sys.stderr = saved
        if hook != line:
            print("  excepthook:", hook)


last_line(lambda: valu)
last_line(lambda: sys)
last_line(lambda: mathh)
last_line(lambda: pritn)
last_line(lambda: traceback.format_ex())
last_line(lambda: "x".uper())
last_line(lambda: [].apend(1))
last_line(lambda: zzzzzzzz)


def import_wrong():
    from traceback import format_exx


last_line(import_wrong)


def local_names():
    counter = 0
    return countr


last_line(local_names)


class C:
    def __init__(self):
        self.blech = 1
        self._priv = 2

    def m(self):
        return blech

    def n(self):
        return self._pirv


last_line(lambda: C().m())
last_line(lambda: C().n())
last_line(lambda: C()._pirv)
last_line(lambda: C().blechh)
last_line(lambda: C().pirv)


def f(dx, dz=1, *, scale=2):
    pass


last_line(lambda: f(dy=1))
last_line(lambda: f(1, scal=3))
last_line(lambda: f(1, zzzz=2))
last_line(lambda: int("1", bse=2))
last_line(lambda: print(ed=""))

try:
    valu
except NameError as e:
    print(traceback.format_exception_only(e)[-1], end="")
    print(repr(e))
