# argparse: where the '--' marker goes (removed once from a positional's strings, kept by REMAINDER and subcommands)
import argparse, contextlib, io

def attempt(parser, argv):
    report = io.StringIO()
    with contextlib.redirect_stderr(report):
        try:
            return print(argv, "->", parser.parse_known_args(argv))
        except SystemExit as stop:
            code = stop.code
    print(argv, "-> exit", code, "|", report.getvalue().splitlines()[-1])

q = argparse.ArgumentParser(prog="q")
q.add_argument("b", nargs="*")
q.add_argument("-f")
for argv in (["--", "--", "x"], ["--", "a", "--"], ["a", "--", "--", "--"], ["-f", "--"], ["-f", "--", "x"], ["x", "--", "-f", "y"], ["--", "--", "-f", "y"]):
    attempt(q, argv)
r = argparse.ArgumentParser(prog="r")
r.add_argument("a")
r.add_argument("b", nargs="?")
r.add_argument("c", nargs=2)
r.add_argument("-f")
for argv in (["--", "--", "x", "y"], ["x", "--", "--", "y", "z"], ["--", "a", "--", "b", "c"], ["a","--", "b", "--", "c", "d"], ["a", "b", "--", "c", "d"]):
    attempt(r, argv)
s = argparse.ArgumentParser(prog="s")
s.add_argument("a", nargs=argparse.REMAINDER)
for argv in (["--", "x"], ["x", "--", "y"], ["--", "--"]):
    attempt(s, argv)
t = argparse.ArgumentParser(prog="t")
t.add_argument("-f", nargs="*")
t.add_argument("p", nargs="*")
for argv in (["-f", "a", "--", "b"], ["-f", "--", "b", "--", "c"]):
    attempt(t, argv)
u = argparse.ArgumentParser(prog="u")
u.add_argument("-f", nargs="?", const="C")
u.add_argument("-g")
sp = u.add_subparsers(dest="cmd")
sp.add_parser("go").add_argument("rest", nargs="*")
for argv in (["--", "go", "x"], ["go", "--", "x"], ["-f=--", "go"], ["-g", "--", "go"], ["-g=--", "go"], ["-g--", "go"], ["go", "--", "--", "y"]):
    attempt(u, argv)
