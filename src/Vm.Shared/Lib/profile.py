"""Deterministic profiler (pyvm's own implementation over sys.setprofile).

Profile collects, per function, the primitive and total call counts, the time spent in the
function itself and the cumulative time, and who called it; pstats.Stats reads them (the shape
of CPython's profile and cProfile: rows keyed by (filename, line, function name))."""

import sys
import time

__all__ = ["run", "runctx", "Profile"]


def _c_label(fn):
    """The row name CPython's profilers give a builtin: {built-in method builtins.len} or
    {method 'append' of 'list' objects}."""
    name = getattr(fn, '__name__', repr(fn))
    qual = getattr(fn, '__qualname__', name) or name
    owner = getattr(fn, '__self__', None)
    if '.' in qual and not (owner is not None and type(owner).__name__ == 'module'):
        return "<method '%s' of '%s' objects>" % (name, qual.rsplit('.', 1)[0])
    module = getattr(fn, '__module__', None) or (getattr(owner, '__name__', None) if owner is not None else None) or 'builtins'
    return "<built-in method %s.%s>" % (module, name)


class _Entry:
    __slots__ = ('key', 'start', 'sub', 'code', 'caller')

    def __init__(self, key, start, code, caller):
        self.key = key
        self.start = start
        self.sub = 0.0
        self.code = code
        self.caller = caller


class Profile:
    """A profiler: run(), runctx() or runcall() under it, then print_stats() or pstats.Stats(p)."""

    _builtin_key = staticmethod(lambda fn: ('', 0, getattr(fn, '__name__', repr(fn))))

    def __init__(self, timer=None, bias=0):
        self.timer = timer or time.perf_counter
        self.bias = bias
        self.stats = {}          # key -> [cc, nc, tt, ct, callers{key: [nc, cc, tt, ct]}]
        self._stack = []
        self._active = {}        # key -> frames of it running now (recursion)
        self._ignored = set()    # code objects of the profiler's own methods

    # ------------------------------------------------------------ collection
    def _entry(self, key):
        st = self.stats.get(key)
        if st is None:
            st = self.stats[key] = [0, 0, 0.0, 0.0, {}]
        return st

    def _push(self, key, code, now):
        caller = self._stack[-1].key if self._stack else None
        self._stack.append(_Entry(key, now, code, caller))
        self._active[key] = self._active.get(key, 0) + 1

    def _pop(self, now):
        e = self._stack.pop()
        n = self._active[e.key] - 1
        if n:
            self._active[e.key] = n
        else:
            del self._active[e.key]
        elapsed = now - e.start
        tt = elapsed - e.sub
        st = self._entry(e.key)
        st[1] += 1
        st[2] += tt
        outer = n == 0
        if outer:
            st[0] += 1
            st[3] += elapsed
        if e.caller is not None:
            c = st[4].get(e.caller)
            if c is None:
                c = st[4][e.caller] = [0, 0, 0.0, 0.0]
            c[0] += 1
            c[2] += tt
            if outer:
                c[1] += 1
                c[3] += elapsed
        if self._stack:
            self._stack[-1].sub += elapsed

    def _dispatch(self, frame, event, arg):
        now = self.timer()
        code = frame.f_code
        if code in self._ignored:
            return
        if event == 'call':
            self._push((code.co_filename, code.co_firstlineno, code.co_name), code, now)
        elif event == 'return':
            if self._stack and self._stack[-1].code is code:
                self._pop(now)
        elif event == 'c_call':
            self._push(self._builtin_key(arg), arg, now)
        elif event in ('c_return', 'c_exception'):
            if self._stack and self._stack[-1].key == self._builtin_key(arg):
                self._pop(now)

    def _start(self):
        self._ignored.add(type(self)._stop.__code__)
        sys.setprofile(self._dispatch)

    def _stop(self):
        sys.setprofile(None)
        self._count_setprofile()
        now = self.timer()
        while self._stack:
            self._pop(now)

    def _count_setprofile(self):
        # the profiler's own setprofile(None) call, as CPython's profile.py counts it
        st = self._entry(self._builtin_key(sys.setprofile))
        st[0] += 1
        st[1] += 1

    # ------------------------------------------------------------ running code
    def run(self, cmd):
        import __main__
        dict = __main__.__dict__
        return self.runctx(cmd, dict, dict)

    def runctx(self, cmd, globals, locals):
        self._fake_frame(cmd)
        self._start()
        try:
            exec(cmd, globals, locals)
        finally:
            self._stop()
            self._end_fake_frame()
        return self

    def runcall(self, func, /, *args, **kw):
        self._fake_frame(repr(func))
        self._start()
        try:
            return func(*args, **kw)
        finally:
            self._stop()
            self._end_fake_frame()

    def _fake_frame(self, name):
        # profile.py's rows for the command run and for the profiler itself
        self._entry(('profile', 0, 'profiler'))
        self._push(('profile', 0, name), None, self.timer())

    def _end_fake_frame(self):
        now = self.timer()
        while self._stack:
            self._pop(now)

    # ------------------------------------------------------------ results
    def create_stats(self):
        self.snapshot_stats()

    def snapshot_stats(self):
        out = {}
        for key, (cc, nc, tt, ct, callers) in self.stats.items():
            out[key] = (cc, nc, tt, ct, {k: tuple(v) for k, v in callers.items()})
        self.stats_snapshot = out
        return out

    def print_stats(self, sort=-1):
        import pstats
        if not isinstance(sort, tuple):
            sort = (sort,)
        pstats.Stats(self).strip_dirs().sort_stats(*sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            marshal.dump(self.snapshot_stats(), f)


def _run_reporting(prof, run, filename, sort):
    """run() under prof, then its statistics printed (or saved to filename)."""
    try:
        run()
    except SystemExit:
        pass
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Runs statement under a profiler and prints its statistics (or saves them to filename)."""
    prof = Profile()
    _run_reporting(prof, lambda: prof.run(statement), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    prof = Profile()
    _run_reporting(prof, lambda: prof.runctx(statement, globals, locals), filename, sort)
