"""A framework for line-oriented command interpreters (test harnesses, admin tools, shells).

Written from the library documentation. A subclass defines do_<name>(arg) methods (and
optionally help_<name>() and complete_<name>(...)); cmdloop() prompts, reads a line, and
dispatches it: "name rest" calls do_name("rest"), "?" is help, "!" is shell when do_shell
exists, an empty line repeats the last command, end of input is the command "EOF".
"""

import inspect
import string
import sys

__all__ = ["Cmd"]

PROMPT = "(Cmd) "
IDENTCHARS = string.ascii_letters + string.digits + "_"


class Cmd:
    """A line-oriented command interpreter; subclass it and add do_* methods."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = "="
    lastcmd = ""
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey="tab", stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    # ---- the loop ----

    def cmdloop(self, intro=None):
        """Read and dispatch commands until a do_* method returns a true value."""
        self.preloop()
        old_completer = self._install_completer()
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(f"{self.intro}\n")
            stop = None
            while not stop:
                line = self.cmdqueue.pop(0) if self.cmdqueue else self._read_line()
                line = self.precmd(line)
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            self._restore_completer(old_completer)

    def _read_line(self):
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return "EOF"
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        return line.rstrip("\r\n") if line else "EOF"

    def _install_completer(self):
        if not (self.use_rawinput and self.completekey):
            return None
        try:
            import readline
        except ImportError:
            return None
        old = readline.get_completer()
        readline.set_completer(self.complete)
        readline.parse_and_bind(self.completekey + ": complete")
        return (readline, old)

    @staticmethod
    def _restore_completer(saved):
        if saved is not None:
            readline, old = saved
            readline.set_completer(old)

    # ---- hooks ----

    def precmd(self, line):
        """Called with each line before it is interpreted; returns the line to interpret."""
        return line

    def postcmd(self, stop, line):
        """Called after each command; returns whether the loop stops."""
        return stop

    def preloop(self):
        """Called once when cmdloop() starts."""

    def postloop(self):
        """Called once when cmdloop() is about to return."""

    # ---- dispatch ----

    def parseline(self, line):
        """(command, argument, line) of a line; command None when there is none."""
        line = line.strip()
        if not line:
            return None, None, line
        if line.startswith("?"):
            line = "help " + line[1:]
        elif line.startswith("!"):
            if not hasattr(self, "do_shell"):
                return None, None, line
            line = "shell " + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Interpret one line as if typed at the prompt; returns the do_* method's result."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = "" if line == "EOF" else line
        if not command:
            return self.default(line)
        method = getattr(self, "do_" + command, None)
        if method is None:
            return self.default(line)
        return method(arg)

    def emptyline(self):
        """An empty line repeats the last nonempty command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """A line whose command is unknown."""
        self.stdout.write(f"*** Unknown syntax: {line}\n")

    # ---- completion ----

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = "do_" + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline's completer: the state-th completion of text."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            stripped = len(whole) - len(whole.lstrip())
            begin = readline.get_begidx() - stripped
            end = readline.get_endidx() - stripped
            if begin > 0:
                command, _, _ = self.parseline(whole.lstrip())
                if not command:
                    finder = self.completedefault
                else:
                    finder = getattr(self, "complete_" + command, self.completedefault)
            else:
                finder = self.completenames
            self.completion_matches = finder(text, whole.lstrip(), begin, end)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        """The attribute names help and completion look at (the class's)."""
        return dir(self.__class__)

    def complete_help(self, *args):
        topics = {name[5:] for name in self.get_names() if name.startswith("help_" + args[0])}
        return list(set(self.completenames(*args)) | topics)

    # ---- help ----

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            helper = getattr(self, "help_" + arg, None)
            if helper is not None:
                helper()
                return
            method = getattr(self, "do_" + arg, None)
            doc = getattr(method, "__doc__", None) if method is not None else None
            if doc:
                self.stdout.write(f"{inspect.cleandoc(doc)}\n")
            else:
                self.stdout.write(f"{self.nohelp % (arg,)}\n")
            return
        names = sorted(self.get_names())
        topics = {name[5:] for name in names if name.startswith("help_")}
        documented, undocumented = [], []
        seen = set()
        for name in names:
            if not name.startswith("do_") or name in seen:
                continue
            seen.add(name)
            command = name[3:]
            if command in topics:
                documented.append(command)
                topics.discard(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write(f"{self.doc_leader}\n")
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write(f"{header}\n")
        if self.ruler:
            self.stdout.write(f"{self.ruler * len(header)}\n")
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Write the strings in as few rows as fit in displaywidth, column by column, columns two
        spaces apart."""
        items = list
        if not items:
            self.stdout.write("<empty>\n")
            return
        bad = [str(i) for i, item in enumerate(items) if not isinstance(item, str)]
        if bad:
            raise TypeError(f"list[i] not a string for i in {', '.join(bad)}")
        count = len(items)
        if count == 1:
            self.stdout.write(f"{items[0]}\n")
            return
        layout = None
        for rows in range(1, count):
            cols = (count + rows - 1) // rows
            widths = []
            total = -2
            for c in range(cols):
                width = max(len(x) for x in items[c * rows:(c + 1) * rows])
                widths.append(width)
                total += width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                layout = (rows, cols, widths)
                break
        if layout is None:
            layout = (count, 1, [0])
        rows, cols, widths = layout
        for r in range(rows):
            cells = [items[r + rows * c] if r + rows * c < count else "" for c in range(cols)]
            while cells and not cells[-1]:
                cells.pop()
            self.stdout.write("  ".join(cell.ljust(widths[c]) for c, cell in enumerate(cells)) + "\n")
