"""The Python debugger: a command-line front end over bdb. Written for this VM from the library
documentation of CPython 3.13's pdb; the printed forms (stack entries, listings, breakpoint messages,
the '(Pdb) ' prompt) are the ones CPython prints, so sessions driven through stdin read the same.

Commands read from stdin (or the stdin given to Pdb): break/b, tbreak, clear/cl, enable, disable,
condition, ignore, continue/c/cont, next/n, step/s, return/r, until/unt, jump is not supported,
where/w/bt, up/u, down/d, list/l, longlist/ll, p, pp, args/a, display, undisplay, retval/rv,
whatis, quit/q/exit, help/h, and any other line runs as a Python statement in the current frame
(a leading '!' forces that).
"""

import bdb
import linecache
import os
import pprint
import reprlib
import sys
import traceback

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace", "post_mortem", "help"]


class Restart(Exception):
    """Causes a debugger to be restarted for the debugged python program."""


def _exc_line(exc):
    return traceback.format_exception_only(exc)[-1].strip()


class _Shown(str):
    """A text display shows as it is (its repr is itself)."""

    def __repr__(self):
        return self


class Pdb(bdb.Bdb):
    _aliases = {
        'b': 'break', 'cl': 'clear', 'c': 'continue', 'cont': 'continue', 'n': 'next', 's': 'step',
        'r': 'return', 'unt': 'until', 'w': 'where', 'bt': 'where', 'u': 'up', 'd': 'down',
        'l': 'list', 'll': 'longlist', 'a': 'args', 'rv': 'retval', 'q': 'quit', 'exit': 'quit',
        'h': 'help', '?': 'help',
    }

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None,
                 nosigint=False, readrc=True):
        super().__init__(skip=skip)
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.use_rawinput = stdin is None
        self.prompt = '(Pdb) '
        self.lastcmd = ''
        self.mainpyfile = ''
        self._wait_for_mainpyfile = False
        self._user_requested_quit = False
        self.displaying = {}
        self.tb_lineno = {}
        self.stack = []
        self.curindex = 0
        self.curframe = None
        self.curframe_locals = {}
        self.lineno = None

    # ---- output

    def message(self, msg):
        print(msg, file=self.stdout)

    def error(self, msg):
        print('***', msg, file=self.stdout)

    def _error_exc(self):
        self.error(_exc_line(sys.exception()))

    # ---- bdb's hooks

    def _waiting(self, frame):
        """Under `python -m pdb`: nothing stops before the main file's first line."""
        if not self._wait_for_mainpyfile:
            return False
        if self.mainpyfile != self.canonic(frame.f_code.co_filename) or frame.f_lineno <= 0:
            return True
        self._wait_for_mainpyfile = False
        return False

    def user_call(self, frame, argument_list):
        if self._waiting(frame):
            return
        if self.stop_here(frame):
            self.message('--Call--')
            self.interaction(frame, None)

    def user_line(self, frame):
        if self._waiting(frame):
            return
        self.interaction(frame, None)

    def user_opcode(self, frame):
        if self._waiting(frame):
            return
        self.interaction(frame, None)

    def user_return(self, frame, return_value):
        if self._wait_for_mainpyfile:
            return
        frame.f_locals['__return__'] = return_value
        self.message('--Return--')
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        if self._wait_for_mainpyfile:
            return
        exc_type, exc_value, exc_traceback = exc_info
        frame.f_locals['__exception__'] = exc_type, exc_value
        prefix = 'Internal ' if (not exc_traceback and exc_type is StopIteration) else ''
        self.message('%s%s' % (prefix, _exc_line(exc_value)))
        self.interaction(frame, exc_traceback)

    def do_clear_number(self, arg):
        return self.do_clear(arg)

    # ---- stopping and reading commands

    def _setup(self, frame, tb):
        self.stack, self.curindex = self.get_stack(frame, tb)
        self.tb_lineno = {}
        while tb is not None:
            self.tb_lineno[tb.tb_frame] = tb.tb_lineno
            tb = tb.tb_next
        self.curframe = self.stack[self.curindex][0]
        self.curframe_locals = self.curframe.f_locals
        self.lineno = None
        if frame is not None:
            self._trace_callers(frame)

    def interaction(self, frame, traceback):
        """Stopped in frame (or post mortem in traceback): show where, then run commands until
        one resumes execution."""
        self._setup(frame, traceback)
        self._show_displays()
        self.print_stack_entry(self.stack[self.curindex])
        self._cmdloop()
        self.stack = []
        self.curframe = None
        self.curframe_locals = {}

    def _read_line(self):
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        return line.rstrip('\r\n') if line else 'EOF'

    def _cmdloop(self):
        while True:
            line = self._read_line()
            if self.onecmd(line):
                return

    def onecmd(self, line):
        """Runs one command line; true when it resumes execution."""
        line = line.strip()
        if not line:
            line = self.lastcmd
            if not line:
                return False
        else:
            self.lastcmd = line
        if line == 'EOF':
            return self.do_EOF('')
        if line[0] == '!':
            self.default(line[1:])
            return False
        i = 0
        while i < len(line) and (line[i].isalnum() or line[i] == '_' or line[i] == '?'):
            i += 1
        name, arg = line[:i], line[i:].strip()
        name = self._aliases.get(name, name)
        handler = getattr(self, 'do_' + name, None) if name else None
        if handler is None:
            self.default(line)
            return False
        return bool(handler(arg))

    def default(self, line):
        """A Python statement run in the current frame; an expression statement prints its value."""
        frame = self.curframe
        if frame is None:
            self.error('no frame')
            return
        try:
            code = compile(line + '\n', '<stdin>', 'single')
        except SyntaxError:
            self._error_exc()
            return
        saved_hook = sys.displayhook
        saved = sys.stdin, sys.stdout
        try:
            sys.stdin, sys.stdout = self.stdin, self.stdout
            sys.displayhook = self._displayhook
            exec(code, frame.f_globals, self.curframe_locals)
        except BaseException:
            self._error_exc()
        finally:
            sys.displayhook = saved_hook
            sys.stdin, sys.stdout = saved

    def _displayhook(self, obj):
        if obj is not None:
            self.message(repr(obj))

    # ---- printing the stack and the source

    def print_stack_entry(self, frame_lineno, prompt_prefix='\n-> '):
        frame = frame_lineno[0]
        prefix = '> ' if frame is self.curframe else '  '
        self.message(prefix + self.format_stack_entry(frame_lineno, prompt_prefix))

    def print_stack_trace(self):
        for frame_lineno in self.stack:
            self.print_stack_entry(frame_lineno)

    def _print_lines(self, lines, start, breaks=(), frame=None):
        current = frame.f_lineno if frame is not None else -1
        exc_line = self.tb_lineno.get(frame, -1) if frame is not None else -1
        for lineno, line in enumerate(lines, start):
            mark = str(lineno).rjust(3)
            if len(mark) < 4:
                mark += ' '
            mark += 'B' if lineno in breaks else ' '
            if lineno == current:
                mark += '->'
            elif lineno == exc_line:
                mark += '>>'
            self.message(mark + '\t' + line.rstrip())

    def _function_lines(self, frame):
        """(lines, first line number) of the function frame runs, or of its whole file for a module."""
        filename = frame.f_code.co_filename
        lines = linecache.getlines(filename, frame.f_globals)
        if frame.f_code.co_name == '<module>' or not lines:
            return lines, 1
        first = frame.f_code.co_firstlineno
        head = lines[first - 1]
        indent = len(head) - len(head.lstrip())
        end = first
        while end < len(lines):
            text = lines[end]
            stripped = text.strip()
            if stripped and not stripped.startswith('#') and len(text) - len(text.lstrip()) <= indent:
                break
            end += 1
        while end > first and not lines[end - 1].strip():
            end -= 1
        return lines[first - 1:end], first

    # ---- commands

    def do_EOF(self, arg):
        self.message('')
        self._user_requested_quit = True
        self.set_quit()
        return 1

    def do_quit(self, arg):
        """q(uit) | exit\n        Quit from the debugger. The program being executed is aborted."""
        self._user_requested_quit = True
        self.set_quit()
        return 1

    def do_step(self, arg):
        """s(tep)\n        Execute the current line, stop at the first possible occasion."""
        self.set_step()
        return 1

    def do_next(self, arg):
        """n(ext)\n        Continue execution until the next line in the current function is reached or it returns."""
        self.set_next(self.curframe)
        return 1

    def do_return(self, arg):
        """r(eturn)\n        Continue execution until the current function returns."""
        self.set_return(self.curframe)
        return 1

    def do_continue(self, arg):
        """c(ont(inue))\n        Continue execution, only stop when a breakpoint is encountered."""
        self.set_continue()
        return 1

    def do_until(self, arg):
        """unt(il) [lineno]\n        Without argument, continue execution until the line with a number greater than the current one is reached."""
        lineno = None
        if arg:
            try:
                lineno = int(arg)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
            if lineno <= self.curframe.f_lineno:
                self.error('"until" line number is smaller than current line number')
                return
        self.set_until(self.curframe, lineno)
        return 1

    def do_where(self, arg):
        """w(here)\n        Print a stack trace, with the most recent frame at the bottom."""
        self.print_stack_trace()

    def _select_frame(self, number):
        self.curindex = number
        self.curframe = self.stack[number][0]
        self.curframe_locals = self.curframe.f_locals
        self.print_stack_entry(self.stack[number])
        self.lineno = None

    def _count(self, arg):
        if not arg:
            return 1
        try:
            return int(arg)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return None

    def do_up(self, arg):
        """u(p) [count]\n        Move the current frame count (default one) levels up in the stack trace."""
        if self.curindex == 0:
            self.error('Oldest frame')
            return
        count = self._count(arg)
        if count is None:
            return
        self._select_frame(0 if count < 0 else max(0, self.curindex - count))

    def do_down(self, arg):
        """d(own) [count]\n        Move the current frame count (default one) levels down in the stack trace."""
        if self.curindex + 1 == len(self.stack):
            self.error('Newest frame')
            return
        count = self._count(arg)
        if count is None:
            return
        last = len(self.stack) - 1
        self._select_frame(last if count < 0 else min(last, self.curindex + count))

    def do_list(self, arg):
        """l(ist) [first[, last] | .]\n        List source code for the current file."""
        last = None
        if arg and arg != '.':
            try:
                if ',' in arg:
                    first, last = (int(x) for x in arg.split(','))
                    if last < first:
                        last = first + last
                else:
                    first = max(1, int(arg) - 5)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
        elif self.lineno is None or arg == '.':
            first = max(1, self.curframe.f_lineno - 5)
        else:
            first = self.lineno + 1
        if last is None:
            last = first + 10
        filename = self.curframe.f_code.co_filename
        breaks = self.get_file_breaks(filename)
        lines = linecache.getlines(filename, self.curframe.f_globals)
        self._print_lines(lines[first - 1:last], first, breaks, self.curframe)
        self.lineno = min(last, len(lines))
        if len(lines) < last:
            self.message('[EOF]')

    def do_longlist(self, arg):
        """ll | longlist\n        List the whole source code for the current function or frame."""
        lines, first = self._function_lines(self.curframe)
        breaks = self.get_file_breaks(self.curframe.f_code.co_filename)
        self._print_lines(lines, first, breaks, self.curframe)

    def _eval(self, arg):
        return eval(arg, self.curframe.f_globals, self.curframe_locals)

    def do_p(self, arg):
        """p expression\n        Print the value of the expression."""
        try:
            self.message(repr(self._eval(arg)))
        except BaseException:
            self._error_exc()

    def do_pp(self, arg):
        """pp expression\n        Pretty-print the value of the expression."""
        try:
            self.message(pprint.pformat(self._eval(arg)))
        except BaseException:
            self._error_exc()

    def do_whatis(self, arg):
        """whatis expression\n        Print the type of the argument."""
        try:
            value = self._eval(arg)
        except BaseException:
            self._error_exc()
            return
        self.message(str(type(value)))

    def do_args(self, arg):
        """a(rgs)\n        Print the argument list of the current function."""
        code = self.curframe.f_code
        names = code.co_varnames
        count = code.co_argcount + code.co_kwonlyargcount
        if code.co_flags & 4:
            count += 1
        if code.co_flags & 8:
            count += 1
        local_vars = self.curframe_locals
        for name in names[:count]:
            if name in local_vars:
                self.message('%s = %s' % (name, repr(local_vars[name])))
            else:
                self.message('%s = *** undefined ***' % (name,))

    def do_retval(self, arg):
        """retval | rv\n        Print the return value for the last return of a function."""
        if '__return__' in self.curframe_locals:
            self.message(repr(self.curframe_locals['__return__']))
        else:
            self.error('Not yet returned!')

    def _eval_shown(self, expr):
        """expr's value for display, or a text naming the exception it raised."""
        try:
            return self._eval(expr)
        except BaseException as exc:
            return _Shown('** raised %s **' % _exc_line(exc))

    def _safe_repr(self, value, expr):
        try:
            return repr(value)
        except Exception as exc:
            return '*** repr(%s) failed: %s ***' % (expr, _exc_line(exc))

    def do_display(self, arg):
        """display [expression]\n        Display the value of the expression if it changed, each time execution stops in the current frame."""
        if not arg:
            self.message('Currently displaying:')
            for expr, value in self.displaying.get(self.curframe, {}).items():
                self.message('%s: %s' % (expr, self._safe_repr(value, expr)))
            return
        value = self._eval_shown(arg)
        self.displaying.setdefault(self.curframe, {})[arg] = value
        self.message('display %s: %s' % (arg, self._safe_repr(value, arg)))

    def do_undisplay(self, arg):
        """undisplay [expression]\n        Do not display the expression any more in the current frame."""
        if arg:
            try:
                del self.displaying.get(self.curframe, {})[arg]
            except KeyError:
                self.error('not displaying %s' % arg)
        else:
            self.displaying.pop(self.curframe, None)

    def _show_displays(self):
        shown = self.displaying.get(self.curframe)
        if not shown:
            return
        for expr, old in list(shown.items()):
            new = self._eval_shown(expr)
            if new is not old and new != old:
                shown[expr] = new
                self.message('display %s: %s  [old: %s]' % (expr, self._safe_repr(new, expr), self._safe_repr(old, expr)))

    # ---- breakpoints

    def _first_line_of(self, code):
        lines = [line for (_, _, line) in code.co_lines() if line is not None and line > code.co_firstlineno]
        return min(lines) if lines else code.co_firstlineno

    def _check_line(self, filename, lineno):
        line = linecache.getline(filename, lineno, self.curframe.f_globals if self.curframe else None)
        if not line:
            self.message('End of file')
            return 0
        line = line.strip()
        if not line or line[0] == '#' or line[:3] == '"""' or line[:3] == "'''":
            self.error('Blank or comment')
            return 0
        return lineno

    def _lookup_file(self, filename):
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        here = os.path.join(os.path.dirname(self.mainpyfile or ''), filename) if self.mainpyfile else filename
        if os.path.exists(here):
            return here
        for folder in sys.path:
            candidate = os.path.join(folder, filename)
            if os.path.exists(candidate):
                return candidate
        return None

    def do_break(self, arg, temporary=False):
        """b(reak) [ ([filename:]lineno | function) [, condition] ]\n        Without argument, list all breaks."""
        if not arg:
            if any(bp for bp in bdb.Breakpoint.bpbynumber):
                self.message('Num Type         Disp Enb   Where')
                for bp in bdb.Breakpoint.bpbynumber:
                    if bp:
                        self.message(bp.bpformat())
            return
        cond = None
        comma = arg.find(',')
        if comma > 0:
            cond = arg[comma + 1:].lstrip()
            arg = arg[:comma].rstrip()
        funcname = None
        colon = arg.rfind(':')
        if colon > 0:
            filename = self._lookup_file(arg[:colon].rstrip())
            if filename is None:
                self.error('%r not found from sys.path' % arg[:colon].rstrip())
                return
            try:
                lineno = int(arg[colon + 1:].lstrip())
            except ValueError:
                self.error('Bad lineno: %s' % arg[colon + 1:].lstrip())
                return
        else:
            try:
                lineno = int(arg)
                filename = self.curframe.f_code.co_filename if self.curframe else self.mainpyfile
            except ValueError:
                try:
                    func = self._eval(arg) if self.curframe else eval(arg, sys.modules['__main__'].__dict__)
                except BaseException:
                    self.error('%r is not a valid function' % arg)
                    return
                func = getattr(func, '__func__', func)
                code = getattr(func, '__code__', None)
                if code is None:
                    self.error('%r is not a valid function' % arg)
                    return
                funcname = code.co_name
                filename = code.co_filename
                lineno = self._first_line_of(code)
        line = self._check_line(filename, lineno)
        if not line:
            return
        err = self.set_break(filename, line, temporary, cond, funcname)
        if err:
            self.error(err)
            return
        bp = self.get_breaks(filename, line)[-1]
        self.message('Breakpoint %d at %s:%d' % (bp.number, bp.file, bp.line))

    def do_tbreak(self, arg):
        """tbreak [ ([filename:]lineno | function) [, condition] ]\n        A temporary breakpoint, removed when first hit."""
        self.do_break(arg, True)

    def do_clear(self, arg):
        """cl(ear) [filename:lineno | bpnumber ...]\n        Without argument, clear all breaks (after confirmation)."""
        if not arg:
            self.stdout.write('Clear all breaks? ')
            self.stdout.flush()
            reply = (input() if self.use_rawinput else self.stdin.readline()).strip().lower()
            if reply in ('y', 'yes'):
                numbered = [bp for bp in bdb.Breakpoint.bpbynumber if bp]
                self.clear_all_breaks()
                for bp in numbered:
                    self.message('Deleted %s' % bp)
            return
        if ':' in arg:
            name, _, line = arg.rpartition(':')
            try:
                lineno = int(line)
            except ValueError:
                self.error('Invalid line number (%s)' % line)
                return
            found = self.get_breaks(name, lineno)[:]
            err = self.clear_break(name, lineno)
            if err:
                self.error(err)
            else:
                for bp in found:
                    self.message('Deleted %s' % bp)
            return
        self._each_bp(arg, lambda bp: self.clear_bpbynumber(bp.number), 'Deleted')

    def _each_bp(self, arg, action, done):
        for number in arg.split():
            try:
                bp = self.get_bpbynumber(number)
            except ValueError as err:
                self.error(err)
            else:
                action(bp)
                self.message('%s %s' % (done, bp))

    def do_enable(self, arg):
        """enable bpnumber [bpnumber ...]"""
        self._each_bp(arg, lambda bp: bp.enable(), 'Enabled')

    def do_disable(self, arg):
        """disable bpnumber [bpnumber ...]"""
        self._each_bp(arg, lambda bp: bp.disable(), 'Disabled')

    def do_condition(self, arg):
        """condition bpnumber [condition]"""
        number, _, cond = arg.partition(' ')
        try:
            bp = self.get_bpbynumber(number)
        except ValueError as err:
            self.error(err)
            return
        bp.cond = cond.strip() or None
        if bp.cond is None:
            self.message('Breakpoint %d is now unconditional.' % bp.number)
        else:
            self.message('New condition set for breakpoint %d.' % bp.number)

    def do_ignore(self, arg):
        """ignore bpnumber [count]"""
        number, _, count = arg.partition(' ')
        try:
            bp = self.get_bpbynumber(number)
            count = int(count.strip() or 0)
        except ValueError as err:
            self.error(err)
            return
        bp.ignore = count
        if count > 0:
            times = '1 crossing' if count == 1 else '%d crossings' % count
            self.message('Will ignore next %s of breakpoint %d.' % (times, bp.number))
        else:
            self.message('Will stop next time breakpoint %d is reached.' % bp.number)

    def do_help(self, arg):
        """h(elp) [command]\n        Without argument, print the list of available commands."""
        if arg:
            name = self._aliases.get(arg, arg)
            handler = getattr(self, 'do_' + name, None)
            if handler is None or not handler.__doc__:
                self.error('No help for %r' % arg)
                return
            self.message(handler.__doc__.strip())
            return
        names = sorted(n[3:] for n in dir(self) if n.startswith('do_') and n != 'do_clear_number')
        self.message('')
        self.message('Documented commands (type help <topic>):')
        self.message('========================================')
        for i in range(0, len(names), 8):
            self.message('  '.join(name.ljust(10) for name in names[i:i + 8]).rstrip())
        self.message('')

    # ---- running a program under the debugger (python -m pdb)

    def _run_script(self, filename):
        import __main__
        __main__.__dict__.clear()
        __main__.__dict__.update({'__name__': '__main__', '__file__': filename,
                                  '__builtins__': __builtins__})
        self._wait_for_mainpyfile = True
        self.mainpyfile = self.canonic(filename)
        self._user_requested_quit = False
        with open(filename, 'rb') as source:
            code = compile(source.read(), filename, 'exec')
        self.run(code)


def run(statement, globals=None, locals=None):
    """Run statement (a string or code object) under the debugger."""
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    """Evaluate expression under the debugger; its value."""
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    """Call a function under the debugger; its result."""
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    """Enter the debugger at the calling frame."""
    debugger = Pdb()
    if header is not None:
        debugger.message(header)
    debugger.set_trace(sys._getframe().f_back)


def post_mortem(t=None):
    """Enter post-mortem debugging of traceback t (default: the exception being handled)."""
    if t is None:
        exc = sys.exception()
        if exc is not None:
            t = exc.__traceback__
    if t is None:
        raise ValueError("A valid traceback must be passed if no exception is being handled")
    debugger = Pdb()
    debugger.reset()
    debugger.interaction(None, t)


def pm():
    """Post-mortem debugging of the last uncaught exception (sys.last_exc)."""
    exc = getattr(sys, 'last_exc', None)
    tb = exc.__traceback__ if exc is not None else getattr(sys, 'last_traceback', None)
    post_mortem(tb)


def help():
    import pydoc
    pydoc.pager(__doc__)


_usage = """\
usage: pdb.py [-c command] ... pyfile [arg] ...

Debug the Python program given by pyfile."""


def main():
    args = sys.argv[1:]
    if not args or args[0] in ('-h', '--help'):
        print(_usage)
        sys.exit(2 if not args else 0)
    if args[0].startswith('-'):
        print('pdb: option %s is not supported by this debugger' % args[0])
        sys.exit(2)
    filename = args[0]
    if not os.path.exists(filename):
        print('Error:', filename, 'does not exist')
        sys.exit(1)
    filename = os.path.realpath(filename)
    sys.argv[:] = args
    sys.path[0] = os.path.dirname(filename)
    debugger = Pdb()
    while True:
        try:
            debugger._run_script(filename)
            if debugger._user_requested_quit:
                break
            print("The program finished and will be restarted")
        except SystemExit as e:
            print("The program exited via sys.exit(). Exit status:", end=' ')
            print(e.code)
        except SyntaxError:
            traceback.print_exc()
            sys.exit(1)
        except BaseException as e:
            sys.stdout.flush()  # what the program printed comes before the traceback
            traceback.print_exc()
            print("Uncaught exception. Entering post mortem debugging")
            print("Running 'cont' or 'step' will restart the program")
            debugger.reset()
            debugger.interaction(None, e.__traceback__)
            if debugger._user_requested_quit:
                break
            print("Post mortem debugger finished. The " + filename + " will be restarted")


if __name__ == '__main__':
    import pdb
    pdb.main()
