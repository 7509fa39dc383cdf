# cmd.Cmd driven through stdin-like input (use_rawinput off) and onecmd: dispatch, help
# listings, ?/! prefixes, empty-line repeat, unknown commands, EOF, columnize.
import cmd, io

class Shell(cmd.Cmd):
    """A test shell."""
    prompt = "(t) "
    intro = "welcome"
    use_rawinput = False

    def do_greet(self, arg):
        """Greet someone: greet NAME"""
        print("hello", arg or "world", file=self.stdout)

    def do_add(self, arg):
        """add A B

        Print the sum of two integers.
        """
        a, b = map(int, arg.split())
        print(a + b, file=self.stdout)

    def do_shell(self, arg):
        print("shell:", arg, file=self.stdout)

    def do_undocumented(self, arg):
        pass

    def help_topic(self):
        print("a help topic", file=self.stdout)

    def do_EOF(self, arg):
        print("bye", file=self.stdout)
        return True

    def do_quit(self, arg):
        return True

    def precmd(self, line):
        print("[pre]", repr(line), file=self.stdout)
        return line

out = io.StringIO()
inp = io.StringIO("greet\ngreet Ann\n\nadd 2 3\n?greet\n!ls -l\nhelp\nhelp add\nhelp topic\nhelp nothing\nfoo bar\n  \n")
s = Shell(stdin=inp, stdout=out)
s.cmdloop()
print(out.getvalue())

out = io.StringIO()
s = Shell(stdin=io.StringIO("quit\n"), stdout=out)
s.cmdloop(intro="other intro")
print(out.getvalue())

print(s.parseline("  add 1 2  "), s.parseline(""), s.parseline("?x"), s.parseline("!x"), s.parseline("a.b c"))
print(s.completenames("g"), sorted(s.complete_help("t")))

class Plain(cmd.Cmd):
    pass
p = Plain(stdout=io.StringIO())
print(p.parseline("!x"), p.onecmd("nothing"), p.stdout.getvalue())
out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.columnize([f"item{i}" for i in range(40)], 50)
c.columnize([])
c.columnize(["one"])
c.columnize(["x" * 100, "y"], 20)
print(out.getvalue())
try:
    c.columnize(["a", 1, "b", 2])
except TypeError as e:
    print("TypeError", e)
