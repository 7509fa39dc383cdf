"""Debugger basics: the Bdb base class, breakpoints and the stepping state a debugger front end
(pdb) drives. Written for this VM from the library documentation of CPython 3.13's bdb module.

How stopping is decided: a debugger stops in a frame when the frame is being stepped through
(stop_here) or a breakpoint there is effective (break_here). The stepping state is three fields:
stopframe (None: stop at the next event anywhere; a frame: stop in that frame, at a line at or after
stoplineno, or in a frame it returns to), returnframe (stop at that frame's 'return') and stoplineno
(-1: never stop in stopframe itself, the 'continue' state).
"""

import fnmatch
import os
import sys
from inspect import CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

_GENERATOR_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR


class BdbQuit(Exception):
    """Exception to give up completely."""


class Bdb:
    """Generic Python debugger base class: override the user_* methods to interact."""

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.breaks = {}
        self.fncache = {}
        self.frame_returning = None
        self.botframe = None
        self.stopframe = None
        self.returnframe = None
        self.stoplineno = 0
        self.quitting = False
        self.currentbp = None
        self._opcode_frame = None  # the frame set_trace asked for 'opcode' events
        # breakpoints made by an earlier debugger instance stay known (Breakpoint keeps them)
        for (filename, lineno) in Breakpoint.bplist:
            self._note_break(filename, lineno)

    def canonic(self, filename):
        """The canonical form of filename: angle-bracketed names ("<string>") unchanged, else the
        absolute, case-normalised path."""
        if filename.startswith("<") and filename.endswith(">"):
            return filename
        known = self.fncache.get(filename)
        if known is None:
            known = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = known
        return known

    def reset(self):
        """Set up for a new debugging session."""
        import linecache
        linecache.checkcache()
        self.botframe = None
        self._stop_at(None, None)
        self.quitting = False

    # ---- the trace function and its events

    def trace_dispatch(self, frame, event, arg):
        """The trace function: dispatches each event to its dispatch_* method."""
        if self.quitting:
            return None
        if event == 'line':
            return self.dispatch_line(frame)
        if event == 'call':
            return self.dispatch_call(frame, arg)
        if event == 'return':
            return self.dispatch_return(frame, arg)
        if event == 'exception':
            return self.dispatch_exception(frame, arg)
        if event == 'opcode':
            return self.dispatch_opcode(frame, arg)
        if event in ('c_call', 'c_exception', 'c_return'):
            return self.trace_dispatch
        print('bdb.Bdb.dispatch: unknown debugging event:', repr(event))
        return self.trace_dispatch

    def dispatch_line(self, frame):
        if self.stop_here(frame) or self.break_here(frame):
            self.user_line(frame)
            self._quit_if_asked()
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        if self.botframe is None:
            # the first call: the frame the session started in is the bottom one
            self.botframe = frame.f_back
            return self.trace_dispatch
        if not (self.stop_here(frame) or self.break_anywhere(frame)):
            return None  # nothing to do in this frame: no line events for it
        if self.stopframe is not None and self._is_generator(frame) and self.stopframe is not frame:
            return self.trace_dispatch  # a generator resumed while stepping over: not a new call
        self.user_call(frame, arg)
        self._quit_if_asked()
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        if self.stop_here(frame) or frame is self.returnframe:
            if self._is_generator(frame) and arg is not None and frame is not self.returnframe:
                return self.trace_dispatch  # a yield while stepping: the generator goes on later
            self.frame_returning = frame
            try:
                self.user_return(frame, arg)
            finally:
                self.frame_returning = None
            self._quit_if_asked()
            if self.stopframe is frame and self.stoplineno != -1:
                self._stop_at(None, None)  # 'next' or 'until' left the frame: stop in the caller
                self._trace_callers(frame.f_back)
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        if self.stop_here(frame):
            exc_type = arg[0]
            if not (self._is_generator(frame) and exc_type is StopIteration and arg[2] is None):
                self.user_exception(frame, arg)
                self._quit_if_asked()
        elif (self.stopframe is not None and frame is not self.stopframe
              and self._is_generator(self.stopframe) and arg[0] in (StopIteration, GeneratorExit)):
            self.user_exception(frame, arg)
            self._quit_if_asked()
        return self.trace_dispatch

    def dispatch_opcode(self, frame, arg):
        if self.stop_here(frame) or self.break_here(frame):
            self.user_opcode(frame)
            self._quit_if_asked()
        return self.trace_dispatch

    def _quit_if_asked(self):
        if self.quitting:
            raise BdbQuit

    @staticmethod
    def _is_generator(frame):
        return bool(frame.f_code.co_flags & _GENERATOR_FLAGS)

    # ---- deciding where to stop

    def is_skipped_module(self, module_name):
        """Whether module_name matches one of the skip patterns."""
        if module_name is None:
            return False
        return any(fnmatch.fnmatch(module_name, pattern) for pattern in self.skip)

    def stop_here(self, frame):
        """Whether the stepping state stops in frame."""
        if self.skip and self.is_skipped_module(frame.f_globals.get('__name__')):
            return False
        if frame is self.stopframe:
            return self.stoplineno != -1 and frame.f_lineno >= self.stoplineno
        if self.stopframe is None:
            return True
        # a frame the stop frame returned into (below it), but not one it called (above it)
        f = frame
        while f is not None and f is not self.stopframe:
            if f is self.botframe:
                return True
            f = f.f_back
        return False

    def break_here(self, frame):
        """Whether an effective breakpoint is at frame's current line (or, for a function
        breakpoint, at its first line); a temporary one is removed when it fires."""
        filename = self.canonic(frame.f_code.co_filename)
        lines = self.breaks.get(filename)
        if not lines:
            return False
        lineno = frame.f_lineno
        if lineno not in lines:
            lineno = frame.f_code.co_firstlineno
            if lineno not in lines:
                return False
        bp, flag = effective(filename, lineno, frame)
        if bp is None:
            return False
        self.currentbp = bp.number
        if flag and bp.temporary:
            self.do_clear(str(bp.number))
        return True

    def break_anywhere(self, frame):
        """Whether any breakpoint is set in frame's file."""
        return self.canonic(frame.f_code.co_filename) in self.breaks

    def do_clear(self, arg):
        """Remove temporary breakpoint number arg: front ends define it."""
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    # ---- what a front end overrides

    def user_call(self, frame, argument_list):
        """Called when there may be a reason to stop in a function just called."""

    def user_line(self, frame):
        """Called when the debugger stops or breaks at a line."""

    def user_return(self, frame, return_value):
        """Called when a frame returns where the debugger stops."""

    def user_exception(self, frame, exc_info):
        """Called when an exception occurs where the debugger stops."""

    def user_opcode(self, frame):
        """Called for an instruction where the debugger stops (f_trace_opcodes set)."""

    # ---- stepping commands

    def _stop_at(self, stopframe, returnframe, stoplineno=0):
        if self._opcode_frame is not None:
            self._opcode_frame.f_trace_opcodes = False
            self._opcode_frame = None
        self.stopframe = stopframe
        self.returnframe = returnframe
        self.quitting = False
        self.stoplineno = stoplineno

    def _trace_callers(self, frame):
        """Gives frame and its callers up to the bottom frame the trace function, so that stepping
        out of a frame whose 'call' was not traced (continue made it run untraced) stops there."""
        while frame is not None:
            if frame.f_trace is None:
                frame.f_trace = self.trace_dispatch
            if frame is self.botframe:
                break
            frame = frame.f_back

    def set_until(self, frame, lineno=None):
        """Stop at a line at or after lineno (default: the next line) in frame, or when it returns."""
        if lineno is None:
            lineno = frame.f_lineno + 1
        self._stop_at(frame, frame, lineno)

    def set_step(self):
        """Stop after one line of code, wherever it is."""
        self._stop_at(None, None)
        if self.frame_returning is not None:
            self._trace_callers(self.frame_returning.f_back)

    def set_next(self, frame):
        """Stop at the next line in frame or in a frame it returns to."""
        self._stop_at(frame, None)

    def set_return(self, frame):
        """Stop when frame returns."""
        self._stop_at(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging from frame (default: the caller's frame): stop at its next instruction."""
        if frame is None:
            frame = sys._getframe().f_back
        self.reset()
        start = frame  # stopped at once, in the line that called set_trace (CPython 3.13)
        while frame is not None:
            frame.f_trace = self.trace_dispatch
            self.botframe = frame
            frame = frame.f_back
        self.set_stepinstr(start)
        sys.settrace(self.trace_dispatch)

    def set_stepinstr(self, frame=None):
        """Stop at the next instruction (of frame, which then reports 'opcode' events)."""
        self._stop_at(None, None)
        if frame is not None:
            frame.f_trace_opcodes = True
            self._opcode_frame = frame

    def set_continue(self):
        """Run until a breakpoint; without breakpoints, stop tracing altogether."""
        self._stop_at(self.botframe, None, -1)
        if not self.breaks:
            sys.settrace(None)
            frame = sys._getframe().f_back
            while frame is not None and frame is not self.botframe:
                frame.f_trace = None
                frame = frame.f_back

    def set_quit(self):
        """Quit: BdbQuit is raised at the next event."""
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = True
        sys.settrace(None)

    # ---- breakpoints

    def _note_break(self, filename, lineno):
        lines = self.breaks.setdefault(filename, [])
        if lineno not in lines:
            lines.append(lineno)

    def set_break(self, filename, lineno, temporary=False, cond=None, funcname=None):
        """Set a breakpoint; an error message, or None."""
        filename = self.canonic(filename)
        import linecache
        if not linecache.getline(filename, lineno):
            return 'Line %s:%d does not exist' % (filename, lineno)
        self._note_break(filename, lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)
        return None

    def _forget_line(self, filename, lineno):
        if (filename, lineno) in Breakpoint.bplist:
            return
        lines = self.breaks.get(filename, [])
        if lineno in lines:
            lines.remove(lineno)
        if not lines:
            self.breaks.pop(filename, None)

    def clear_break(self, filename, lineno):
        """Delete the breakpoints at filename:lineno; an error message, or None."""
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        if lineno not in self.breaks[filename]:
            return 'There is no breakpoint at %s:%d' % (filename, lineno)
        for bp in list(Breakpoint.bplist[filename, lineno]):
            bp.deleteMe()
        self._forget_line(filename, lineno)
        return None

    def clear_bpbynumber(self, arg):
        """Delete breakpoint number arg; an error message, or None."""
        try:
            bp = self.get_bpbynumber(arg)
        except ValueError as err:
            return str(err)
        bp.deleteMe()
        self._forget_line(bp.file, bp.line)
        return None

    def clear_all_file_breaks(self, filename):
        """Delete every breakpoint in filename; an error message, or None."""
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        for line in self.breaks[filename]:
            for bp in list(Breakpoint.bplist.get((filename, line), ())):
                bp.deleteMe()
        del self.breaks[filename]
        return None

    def clear_all_breaks(self):
        """Delete every breakpoint; an error message, or None."""
        if not self.breaks:
            return 'There are no breakpoints'
        for bp in Breakpoint.bpbynumber:
            if bp:
                bp.deleteMe()
        self.breaks = {}
        return None

    def get_bpbynumber(self, arg):
        """The breakpoint numbered arg (a string or an int); ValueError when there is none."""
        if not arg:
            raise ValueError('Breakpoint number expected')
        try:
            number = int(arg)
        except ValueError:
            raise ValueError('Non-numeric breakpoint number %s' % arg) from None
        try:
            bp = Breakpoint.bpbynumber[number]
        except IndexError:
            raise ValueError('Breakpoint number %d out of range' % number) from None
        if bp is None:
            raise ValueError('Breakpoint %d already deleted' % number)
        return bp

    def get_break(self, filename, lineno):
        """Whether there is a breakpoint at filename:lineno."""
        filename = self.canonic(filename)
        return lineno in self.breaks.get(filename, ())

    def get_breaks(self, filename, lineno):
        """The breakpoints at filename:lineno."""
        filename = self.canonic(filename)
        if lineno in self.breaks.get(filename, ()):
            return Breakpoint.bplist[filename, lineno]
        return []

    def get_file_breaks(self, filename):
        """The lines of filename that have breakpoints."""
        return self.breaks.get(self.canonic(filename), [])

    def get_all_breaks(self):
        """{filename: [lines]} of every breakpoint."""
        return self.breaks

    # ---- the stack, for a front end's display

    def get_stack(self, f, t):
        """([(frame, lineno), ...] from the bottom frame up to f, then the traceback t's entries; the
        index of f (or of the last entry when f is None)."""
        stack = []
        if t is not None and t.tb_frame is f:
            t = t.tb_next
        while f is not None:
            stack.append((f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        stack.reverse()
        i = max(0, len(stack) - 1)
        while t is not None:
            stack.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            i = max(0, len(stack) - 1)
        return stack, i

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        """'file(line)function()' with '->' and the return value when the frame is returning,
        then lprefix and the source line."""
        import linecache
        import reprlib
        frame, lineno = frame_lineno
        filename = self.canonic(frame.f_code.co_filename)
        text = '%s(%r)%s()' % (filename, lineno, frame.f_code.co_name or '<lambda>')
        local_vars = frame.f_locals
        if '__return__' in local_vars:
            text += '->' + reprlib.repr(local_vars['__return__'])
        if lineno is not None:
            line = linecache.getline(filename, lineno, frame.f_globals)
            if line:
                text += lprefix + line.strip()
        return text

    # ---- running code under the debugger

    def run(self, cmd, globals=None, locals=None):
        """Debug a statement (a string or a code object) run with exec()."""
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        if isinstance(cmd, str):
            cmd = compile(cmd, "<string>", "exec")
        sys.settrace(self.trace_dispatch)
        try:
            exec(cmd, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        """Debug an expression evaluated with eval(); its value."""
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        sys.settrace(self.trace_dispatch)
        try:
            return eval(expr, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runctx(self, cmd, globals, locals):
        """For backwards compatibility: run()."""
        self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):
        """Debug a function call; its result."""
        self.reset()
        sys.settrace(self.trace_dispatch)
        res = None
        try:
            res = func(*args, **kwds)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)
        return res


def set_trace():
    """Start debugging with a Bdb instance from the caller's frame."""
    Bdb().set_trace(sys._getframe().f_back)


class Breakpoint:
    """A breakpoint: file and line, optional function name, condition, ignore count, temporary.
    The class keeps every breakpoint: bpbynumber (index: number; None when deleted) and
    bplist ({(file, line): [breakpoints]})."""

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.funcname = funcname
        self.func_first_executable_line = None
        self.file = file
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.enabled = True
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next += 1
        self.bpbynumber.append(self)
        self.bplist.setdefault((file, line), []).append(self)

    @staticmethod
    def clearBreakpoints():
        Breakpoint.next = 1
        Breakpoint.bplist = {}
        Breakpoint.bpbynumber = [None]

    def deleteMe(self):
        """Remove this breakpoint from the class's tables."""
        key = (self.file, self.line)
        self.bpbynumber[self.number] = None
        entries = self.bplist[key]
        entries.remove(self)
        if not entries:
            del self.bplist[key]

    def enable(self):
        self.enabled = True

    def disable(self):
        self.enabled = False

    def bpprint(self, out=None):
        """Print bpformat() to out (default sys.stdout)."""
        print(self.bpformat(), file=out if out is not None else sys.stdout)

    def bpformat(self):
        """The breakpoint's description as pdb's break command lists it."""
        disp = 'del  ' if self.temporary else 'keep '
        disp += 'yes  ' if self.enabled else 'no   '
        text = '%-4dbreakpoint   %s at %s:%d' % (self.number, disp, self.file, self.line)
        if self.cond:
            text += '\n\tstop only if %s' % (self.cond,)
        if self.ignore:
            text += '\n\tignore next %d hits' % (self.ignore,)
        if self.hits:
            text += '\n\tbreakpoint already hit %d time%s' % (self.hits, '' if self.hits == 1 else 's')
        return text

    def __str__(self):
        return 'breakpoint %s at %s:%s' % (self.number, self.file, self.line)


def checkfuncname(b, frame):
    """Whether breakpoint b applies at frame's current line: a line breakpoint at that line, or a
    function breakpoint at the first line its function runs."""
    if not b.funcname:
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """(breakpoint, True) for the first enabled breakpoint at file:line that applies to frame, whose
    condition holds and whose ignore count is spent (counted as a hit); (breakpoint, False) when a
    condition raised (stop, to be safe); (None, None) otherwise."""
    for b in Breakpoint.bplist.get((file, line), ()):
        if not b.enabled or not checkfuncname(b, frame):
            continue
        b.hits += 1
        if b.cond:
            try:
                holds = eval(b.cond, frame.f_globals, frame.f_locals)
            except Exception:
                return (b, False)
            if not holds:
                continue
        if b.ignore > 0:
            b.ignore -= 1
            continue
        return (b, True)
    return (None, None)
