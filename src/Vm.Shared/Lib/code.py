"""Read-eval-print loops in Python: the interpreter's interactive mode, for programs to embed.

Written from the library documentation. InteractiveInterpreter compiles and runs source in a
namespace, reporting syntax errors and tracebacks the way the interactive interpreter does;
InteractiveConsole adds line buffering and the prompt loop (sys.ps1/sys.ps2); interact() runs one.
"""

import builtins
import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]


class InteractiveInterpreter:
    """Compiles and runs source in a namespace (by default a new one with __name__ '__console__')."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run the source. True if it is incomplete (more input wanted), else False
        (it ran, or a syntax error was shown)."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename, source=source)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Run a code object; an exception other than SystemExit is shown as a traceback."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def showsyntaxerror(self, filename=None, **kwargs):
        """Show the syntax error just raised (no stack: it happened while compiling). A given
        filename replaces the one in the error, as for code typed at the prompt."""
        typ, value, tb = sys.exc_info()
        sys.last_exc = value
        sys.last_type, sys.last_value, sys.last_traceback = typ, value, tb
        if filename and issubclass(typ, SyntaxError):
            value.filename = filename
        self._show(typ, value, None)

    def showtraceback(self):
        """Show the exception just raised, leaving out the interpreter's own frame."""
        typ, value, tb = sys.exc_info()
        sys.last_exc = value
        sys.last_type, sys.last_value, sys.last_traceback = typ, value, tb
        self._show(typ, value, tb.tb_next if tb is not None else None)

    def _show(self, typ, value, tb):
        lines = traceback.format_exception(typ, value, tb)
        if sys.excepthook is sys.__excepthook__:
            self.write("".join(lines))
        else:
            # a program-installed hook gets the exception, as at the real prompt
            sys.excepthook(typ, value, tb)

    def write(self, data):
        """Write error output (sys.stderr); subclasses may send it elsewhere."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """The interactive prompt: buffers lines until they make a complete command, then runs it."""

    def __init__(self, locals=None, filename="<console>", *, local_exit=False):
        super().__init__(locals)
        self.filename = filename
        self.local_exit = local_exit
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines typed so far of an unfinished command."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Prompt, read and run commands until end of input (or exit()/quit() with local_exit)."""
        try:
            sys.ps1
            had_ps1 = True
        except AttributeError:
            sys.ps1 = ">>> "
            had_ps1 = False
        try:
            sys.ps2
            had_ps2 = True
        except AttributeError:
            sys.ps2 = "... "
            had_ps2 = False
        if banner is None:
            self.write(f"Python {sys.version} on {sys.platform}\n"
                       'Type "help", "copyright", "credits" or "license" for more information.\n'
                       f"({type(self).__name__})\n")
        elif banner:
            self.write(f"{banner}\n")

        saved_exits = {}
        if self.local_exit:
            for name in ("exit", "quit"):
                saved_exits[name] = getattr(builtins, name, _MISSING)
                setattr(builtins, name, _LocalExit(name))
        try:
            more = False
            while True:
                try:
                    prompt = sys.ps2 if more else sys.ps1
                    try:
                        line = self.raw_input(prompt)
                    except EOFError:
                        self.write("\n")
                        break
                    more = self.push(line)
                except KeyboardInterrupt:
                    self.write("\nKeyboardInterrupt\n")
                    self.resetbuffer()
                    more = False
                except _ConsoleExit:
                    self.write("\n")
                    break
        finally:
            for name, value in saved_exits.items():
                if value is _MISSING:
                    delattr(builtins, name)
                else:
                    setattr(builtins, name, value)
            if not had_ps1:
                del sys.ps1
            if not had_ps2:
                del sys.ps2
        if exitmsg is None:
            self.write(f"now exiting {type(self).__name__}...\n")
        elif exitmsg:
            self.write(f"{exitmsg}\n")

    def push(self, line, filename=None, _symbol="single"):
        """Add a line to the command; run it once complete. True if more input is wanted."""
        self.buffer.append(line)
        source = "\n".join(self.buffer)
        more = self.runsource(source, filename or self.filename, symbol=_symbol)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        """Read a line (input()); EOFError at end of input. Subclasses may read elsewhere."""
        return input(prompt)


class _ConsoleExit(SystemExit):
    """exit()/quit() under local_exit: ends the console's loop, not the program."""


_MISSING = object()


class _LocalExit:
    """exit()/quit() that end the console, not the program (local_exit=True)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Use {self.name}() or Ctrl-D (i.e. EOF) to exit"

    def __call__(self, code=None):
        raise _ConsoleExit


def interact(banner=None, readfunc=None, local=None, exitmsg=None, local_exit=False):
    """Run an InteractiveConsole (reading lines with readfunc if given) until end of input."""
    console = InteractiveConsole(local, local_exit=local_exit)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline  # noqa: F401  (line editing where available)
        except ImportError:
            pass
    console.interact(banner, exitmsg)
