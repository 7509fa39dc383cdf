"""Line counting and tracing of program execution (pyvm's own implementation of the trace module
over sys.settrace).

Trace(count=1).runfunc(f) counts executed lines per (filename, lineno) (results().counts);
Trace(trace=1) prints each line as it runs; python -m trace --count prog.py writes prog.cover,
each line prefixed with its count (--missing: never-executed lines of code marked >>>>>>, from the
code objects' co_lines()). Not implemented: --trackcalls and the --file/--report count files."""

import linecache
import os
import sys
import threading

__all__ = ['Trace', 'CoverageResults']


def _code_lines(code, lines, docstrings):
    for start, end, line in code.co_lines():
        if line is not None and line not in docstrings:
            lines.add(line)
    for c in code.co_consts:
        if hasattr(c, 'co_lines'):
            _code_lines(c, lines, docstrings)


def _docstring_lines(source):
    """Lines of string statements (docstrings): not counted as executable."""
    import ast
    lines = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            lines.update(range(node.lineno, node.end_lineno + 1))
    return lines


def _executable_lines(filename):
    """The lines of filename that have code (what --missing marks when they never ran)."""
    try:
        with open(filename, encoding="utf-8") as f:
            source = f.read()
        code = compile(source, filename, "exec")
    except (OSError, SyntaxError):
        return set()
    lines = set()
    _code_lines(code, lines, _docstring_lines(source))
    return lines


class CoverageResults:
    def __init__(self, counts=None, calledfuncs=None, infile=None, callers=None, outfile=None):
        self.counts = dict(counts or {})
        self.calledfuncs = dict(calledfuncs or {})
        self.callers = dict(callers or {})
        self.infile = infile
        self.outfile = outfile

    def update(self, other):
        for key, n in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n
        self.calledfuncs.update(other.calledfuncs)
        self.callers.update(other.callers)

    def write_results(self, show_missing=True, summary=False, coverdir=None, *, ignore_missing_files=False):
        per_file = {}
        for (filename, lineno), count in self.counts.items():
            per_file.setdefault(filename, {})[lineno] = count
        sums = {}
        for filename, lines_hit in per_file.items():
            if filename == "<string>" or filename.startswith("<"):
                continue
            if filename.endswith(".pyc"):
                filename = filename[:-1]
            if ignore_missing_files and not os.path.isfile(filename):
                continue
            modulename = os.path.splitext(os.path.basename(filename))[0]
            dir = coverdir if coverdir is not None else os.path.dirname(os.path.abspath(filename))
            if coverdir is not None:
                os.makedirs(coverdir, exist_ok=True)
            coverpath = os.path.join(dir, modulename + ".cover")
            executable = _executable_lines(filename) if show_missing else ()
            n_hits, n_lines = self.write_results_file(coverpath, filename, lines_hit, executable)
            if summary and n_lines:
                sums[modulename] = n_lines, int(100 * n_hits / n_lines), modulename, filename
        if summary and sums:
            print("lines   cov%   module   (path)")
            for m in sorted(sums):
                n_lines, percent, modulename, filename = sums[m]
                print("%5d   %3d%%   %s   (%s)" % sums[m])

    def write_results_file(self, path, filename, lines_hit, executable=()):
        try:
            with open(filename, encoding="utf-8") as f:
                source = f.readlines()
        except OSError:
            return 0, 0
        n_hits = n_lines = 0
        with open(path, "w", encoding="utf-8") as out:
            for lineno, line in enumerate(source, 1):
                if lineno in lines_hit:
                    out.write("%5d: " % lines_hit[lineno])
                    n_hits += 1
                    n_lines += 1
                elif lineno in executable and "#pragma NO COVER" not in line:
                    out.write(">>>>>> ")
                    n_lines += 1
                else:
                    out.write("       ")
                out.write(line.expandtabs(8))
        return n_hits, n_lines


class Trace:
    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0, ignoremods=(),
                 ignoredirs=(), infile=None, outfile=None, timing=False):
        self.infile = infile
        self.outfile = outfile
        self.ignoremods = set(ignoremods)
        self.ignoredirs = [os.path.normpath(d) for d in ignoredirs]
        self.counts = {}
        self.calledfuncs = {}
        self.callers = {}
        self.count = count
        self.trace = trace
        self.countfuncs = countfuncs
        self.countcallers = countcallers
        self._own = {Trace.globaltrace.__code__, Trace.localtrace.__code__}
        if timing:
            import time
            self.start_time = time.time()
        else:
            self.start_time = None

    def _ignored(self, code):
        filename = code.co_filename
        if code in self._own:
            return True
        if filename is None:
            return True
        modulename = os.path.splitext(os.path.basename(filename))[0]
        if modulename in self.ignoremods:
            return True
        path = os.path.normpath(filename)
        return any(path.startswith(d + os.sep) for d in self.ignoredirs)

    def globaltrace(self, frame, why, arg):
        if why != 'call':
            return None
        code = frame.f_code
        if self._ignored(code):
            return None
        if self.countfuncs:
            key = (code.co_filename, os.path.splitext(os.path.basename(code.co_filename))[0], code.co_name)
            self.calledfuncs[key] = 1
        if self.trace:
            print(' --- modulename: %s, funcname: %s' % (os.path.splitext(os.path.basename(code.co_filename))[0], code.co_name))
        if self.count or self.trace:
            return self.localtrace
        return None

    def localtrace(self, frame, why, arg):
        if why == 'line':
            filename = frame.f_code.co_filename
            lineno = frame.f_lineno
            if self.count:
                key = (filename, lineno)
                self.counts[key] = self.counts.get(key, 0) + 1
            if self.trace:
                if self.start_time:
                    import time
                    print('%.2f' % (time.time() - self.start_time), end=' ')
                bname = os.path.basename(filename)
                print("%s(%d):  %s" % (bname, lineno, linecache.getline(filename, lineno)), end='')
        return self.localtrace

    def run(self, cmd):
        import __main__
        dict = __main__.__dict__
        self.runctx(cmd, dict, dict)

    def runctx(self, cmd, globals=None, locals=None):
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        threading.settrace(self.globaltrace)
        sys.settrace(self.globaltrace)
        try:
            exec(cmd, globals, locals)
        finally:
            sys.settrace(None)
            threading.settrace(None)

    def runfunc(self, func, /, *args, **kw):
        result = None
        sys.settrace(self.globaltrace)
        try:
            result = func(*args, **kw)
        finally:
            sys.settrace(None)
        return result

    def results(self):
        return CoverageResults(self.counts, infile=self.infile, outfile=self.outfile,
                               calledfuncs=self.calledfuncs, callers=self.callers)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='trace')
    parser.add_argument('-c', '--count', action='store_true')
    parser.add_argument('-t', '--trace', action='store_true')
    parser.add_argument('-l', '--listfuncs', action='store_true')
    parser.add_argument('-m', '--missing', action='store_true')
    parser.add_argument('-s', '--summary', action='store_true')
    parser.add_argument('-C', '--coverdir')
    parser.add_argument('--ignore-module', action='append', default=[])
    parser.add_argument('--ignore-dir', action='append', default=[])
    parser.add_argument('-g', '--timing', action='store_true')
    parser.add_argument('progname', nargs='?')
    parser.add_argument('arguments', nargs=argparse.REMAINDER)
    opts = parser.parse_args()
    if not (opts.count or opts.trace or opts.listfuncs):
        parser.error('must specify one of --trace, --count or --listfuncs')
    if opts.progname is None:
        parser.error('progname is missing: required with the main options')
    sys.argv = [opts.progname, *opts.arguments]
    sys.path[0] = os.path.dirname(opts.progname)
    t = Trace(opts.count, opts.trace, countfuncs=opts.listfuncs,
              ignoremods=opts.ignore_module, ignoredirs=opts.ignore_dir, timing=opts.timing)
    with open(opts.progname, 'rb') as fp:
        code = compile(fp.read(), opts.progname, 'exec')
    globs = {'__file__': opts.progname, '__name__': '__main__', '__package__': None, '__cached__': None}
    try:
        t.runctx(code, globs, globs)
    except OSError as err:
        sys.exit("Cannot run file %r because: %s" % (sys.argv[0], err))
    except SystemExit:
        pass
    results = t.results()
    if opts.listfuncs:
        print("functions called:")
        for filename, modulename, funcname in sorted(results.calledfuncs):
            print("filename: %s, modulename: %s, funcname: %s" % (filename, modulename, funcname))
    if not opts.listfuncs:
        results.write_results(opts.missing, summary=opts.summary, coverdir=opts.coverdir)


if __name__ == '__main__':
    main()
