"""Time small pieces of Python code (CPython 3.13's timeit interface, written for pyvm).

    python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement ...]

Timer(stmt, setup, timer, globals) compiles a function that runs `setup` once, then `stmt` in a
loop of `number` iterations between two readings of `timer`; timeit() returns the time of one
such loop, repeat() a list of them. The garbage collector is off while a loop runs (as in
CPython). The statement may be a string or a callable of no arguments.
"""
import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def _indented(src, spaces):
    """src with every line after the first indented by `spaces` more blanks."""
    return src.replace("\n", "\n" + " " * spaces)


class Timer:
    """Times a statement: Timer(stmt="pass", setup="pass", timer=default_timer, globals=None).

    String statements run in a namespace of their own (or in `globals` when given); callables
    are called once per iteration.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        # without `globals`, statements see this module's globals (gc, itertools, sys, time), as in CPython
        global_ns = _module_globals() if globals is None else globals
        init = ""
        if isinstance(setup, str):
            # checked alone first, so a bad setup is reported against its own text
            compile(setup, dummy_src_name, "exec")
            setup_line = _indented(setup, 4)
            stmt_prefix = setup + "\n"
        elif callable(setup):
            local_ns["_setup"] = setup
            init += ", _setup=_setup"
            setup_line = "_setup()"
            stmt_prefix = ""
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmt_prefix + stmt, dummy_src_name, "exec")
            stmt_line = _indented(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            init += ", _stmt=_stmt"
            stmt_line = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = (
            "\ndef inner(_it, _timer%s):\n"
            "    %s\n"
            "    _t0 = _timer()\n"
            "    for _i in _it:\n"
            "        %s\n"
            "        pass\n"
            "    _t1 = _timer()\n"
            "    return _t1 - _t0\n"
        ) % (init, setup_line, stmt_line)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Prints the traceback of the exception being handled, with the timed source's lines."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"), dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement (the setup runs once before them)."""
        it = itertools.repeat(None, number)
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if gc_was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number in 1, 2, 5, 10, 20, 50, ... whose loop takes at
        least 0.2 s; callback(number, seconds) is called after each try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_module_globals = globals


def _format_time(seconds, unit, precision):
    if unit is None:
        unit = "sec"
        for name, scale in sorted(_UNITS.items(), key=lambda kv: kv[1], reverse=True):
            if seconds >= scale:
                unit = name
                break
        else:
            unit = "nsec"
    return "%.*g %s" % (precision, seconds / _UNITS[unit], unit)


_USAGE = """Tool for measuring execution time of small code snippets.

usage: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement ...]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')

A multi-line statement may be given by specifying each line as a
separate argument; indented lines are possible by enclosing an
argument in quotes and using leading spaces.  Multiple -s options are
treated similarly.

If -n is not given, a suitable number of loops is calculated by trying
increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the
total time is at least 0.2 seconds.
"""


def _parse_args(args):
    """(options dict, statement lines) from the command line; raises _UsageError."""
    opts = {"number": 0, "repeat": default_repeat, "setup": [], "unit": None, "verbose": 0, "process": False, "help": False}
    short_with_value = {"-n": "number", "-r": "repeat", "-s": "setup", "-u": "unit"}
    long_names = {"--number": "number", "--repeat": "repeat", "--setup": "setup", "--unit": "unit",
                  "--verbose": "verbose", "--process": "process", "--help": "help"}
    rest = []
    i = 0
    while i < len(args):
        a = args[i]
        i += 1
        if a == "--":
            rest.extend(args[i:])
            break
        if not a.startswith("-") or a == "-":
            rest.append(a)
            rest.extend(args[i:])
            break
        if a.startswith("--"):
            name, eq, value = a.partition("=")
            matches = [n for n in long_names if n.startswith(name)]
            if name in long_names:
                matches = [name]
            if len(matches) != 1:
                raise _UsageError("option %s not %s" % (name, "a unique prefix" if matches else "recognized"))
            key = long_names[matches[0]]
            if key in ("verbose", "process", "help"):
                if eq:
                    raise _UsageError("option %s must not have an argument" % matches[0])
                _set_flag(opts, key)
                continue
            if not eq:
                if i >= len(args):
                    raise _UsageError("option %s requires argument" % matches[0])
                value = args[i]
                i += 1
            _set_value(opts, key, value)
            continue
        # a cluster of short options: -vv, -n5, -s "x = 1"
        j = 1
        while j < len(a):
            flag = "-" + a[j]
            j += 1
            if flag in short_with_value:
                value = a[j:]
                if not value:
                    if i >= len(args):
                        raise _UsageError("option %s requires argument" % flag)
                    value = args[i]
                    i += 1
                _set_value(opts, short_with_value[flag], value)
                break
            if flag in ("-v", "-p", "-h"):
                _set_flag(opts, {"-v": "verbose", "-p": "process", "-h": "help"}[flag])
                continue
            raise _UsageError("option %s not recognized" % flag)
    return opts, rest


class _UsageError(Exception):
    pass


def _set_flag(opts, key):
    if key == "verbose":
        opts["verbose"] += 1
    else:
        opts[key] = True


def _set_value(opts, key, value):
    if key == "setup":
        opts["setup"].append(value)
    elif key == "unit":
        opts["unit"] = value
    else:
        n = int(value)
        if key == "repeat" and n <= 0:
            n = 1
        opts[key] = n


def main(args=None, *, _wrap_timer=None):
    """The command line: `python -m timeit ...`. Returns 0, or 2 after a usage error; 1 when the
    statement raised (its traceback printed)."""
    if args is None:
        args = sys.argv[1:]
    try:
        opts, stmt_lines = _parse_args(args)
    except _UsageError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    if opts["help"]:
        print(_USAGE, end="")
        return 0
    if opts["unit"] is not None and opts["unit"] not in _UNITS:
        print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
        return 2
    timer = time.process_time if opts["process"] else default_timer
    stmt = "\n".join(stmt_lines) or "pass"
    setup = "\n".join(opts["setup"]) or "pass"
    verbose = opts["verbose"]
    precision = 3 + verbose
    unit = opts["unit"]
    number = opts["number"]
    repeat_count = opts["repeat"]
    # statements may use names from the current directory's modules, as CPython's timeit allows
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        # pyvm runs new code slowly until the .NET JIT has optimised the eval loop for it (a few
        # hundred ms): an autorange on cold code settles on a loop count far too small for warm
        # code. So a first autorange warms it up and its count is dropped.
        try:
            t.autorange()
        except BaseException:
            t.print_exc()
            return 1
        callback = None
        if verbose:
            def callback(n, taken):
                plural = n != 1
                print("{num} loop{s} -> {secs:.{prec}g} secs".format(num=n, s="s" if plural else "", secs=taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except BaseException:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeat_count, number)
    except BaseException:
        t.print_exc()
        return 1
    per_loop = [dt / number for dt in raw]
    best = min(per_loop)
    if verbose:
        print("raw times: %s" % ", ".join(_format_time(dt, unit, precision) for dt in raw))
        print()
    print("%d loop%s, best of %d: %s per loop" % (number, "s" if number != 1 else "", repeat_count, _format_time(best, unit, precision)))
    worst = max(per_loop)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) was more than four times "
                               "slower than the best time (%s)." % (_format_time(worst, unit, precision), _format_time(best, unit, precision)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
