# code.InteractiveConsole driven by a list of lines: multi-line blocks, results echoed by
# sys.displayhook, syntax errors and tracebacks written through write(), exit at end of input.
import code, sys

class Console(code.InteractiveConsole):
    def __init__(self, lines, **kw):
        super().__init__(**kw)
        self.lines = iter(lines)
        self.errors = []

    def raw_input(self, prompt=""):
        try:
            line = next(self.lines)
        except StopIteration:
            raise EOFError from None
        print(prompt + line)
        return line

    def write(self, data):
        self.errors.append(data)
        # print the error's last line only: the traceback's file name is the console's
        print("ERR:", data.strip().splitlines()[-1] if data.strip() else repr(data))

lines = [
    "x = 6",
    "x * 7",
    "def f(n):",
    "    total = 0",
    "    for i in range(n):",
    "        total += i",
    "    return total",
    "",
    "f(10)",
    "1 +",
    "undefined_name",
    "1/0",
    "if x > 3:",
    "    print('big')",
    "",
    "[i * i for i in",
    " range(4)]",
    "'''multi",
    "line'''",
    "print(sys.ps1, sys.ps2)",
]
c = Console(lines, locals={"__name__": "__console__", "sys": sys})
c.interact(banner="banner here", exitmsg="bye")
print("x in locals:", c.locals["x"], "f:", c.locals["f"](4))

# runsource answers True while the command is incomplete.
ii = code.InteractiveInterpreter()
print(ii.runsource("for i in range(2):"), ii.runsource("y = 5"), ii.locals["y"])

# local_exit: exit() ends the console only.
c = Console(["print('before')", "exit()", "print('never')"], local_exit=True)
c.interact(banner="", exitmsg="")
print("after console; exit is builtin again:", callable(exit))

# interact() with a readfunc
feed = iter(["z = 2 ** 10", "z"])
def read(prompt):
    try:
        return next(feed)
    except StopIteration:
        raise EOFError
code.interact(banner="", readfunc=read, local={"__name__": "__console__"}, exitmsg="")
