"""cProfile's interface over profile.Profile (pyvm's own implementation): enable()/disable(),
a context manager, run/runctx/runcall, and builtins named as CPython's C profiler names them."""

import sys
import profile as _profile

__all__ = ["run", "runctx", "Profile"]


class Profile(_profile.Profile):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)"""

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        super().__init__(timer)
        self.builtins = builtins
        self._builtin_key = lambda fn: ('~', 0, _profile._c_label(fn))

    def _dispatch(self, frame, event, arg):
        if not self.builtins and event.startswith('c_'):
            return
        super()._dispatch(frame, event, arg)

    def _count_setprofile(self):
        pass  # (CPython's C profiler stops without a Python-visible call)

    def enable(self, subcalls=True, builtins=True):
        self.builtins = builtins
        self._ignored.add(Profile.disable.__code__)
        self._start()

    def disable(self):
        self._stop()
        # CPython's profiler is a C object: its disable() is the last builtin call it sees.
        self._count_builtin("<method 'disable' of '_lsprof.Profiler' objects>")

    def _count_builtin(self, label):
        st = self._entry(('~', 0, label))
        st[0] += 1
        st[1] += 1

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


def run(statement, filename=None, sort=-1):
    prof = Profile()
    _profile._run_reporting(prof, lambda: prof.run(statement), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    prof = Profile()
    _profile._run_reporting(prof, lambda: prof.runctx(statement, globals, locals), filename, sort)
