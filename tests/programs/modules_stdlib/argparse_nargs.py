# argparse: nargs forms, '--' handling, REMAINDER, negative-number-like strings, positional splitting
import argparse
import contextlib
import io

def attempt(parser, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(argv, "->", parser.parse_args(argv))
    except SystemExit as e:
        print(argv, "-> exit", e.code, "|", err.getvalue().strip().splitlines()[-1])

p = argparse.ArgumentParser(prog="n")
p.add_argument("first")
p.add_argument("middle", nargs="*")
p.add_argument("last", nargs=2)
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--many", nargs="+", type=int)
p.add_argument("--two", nargs=2)
for argv in (["a", "b", "c"], ["a", "b", "c", "d", "e"], ["a", "--opt", "b", "c"],
             ["a", "b", "c", "--opt"], ["--many", "1", "2", "a", "b", "c"], ["a", "b"],
             ["a", "--", "-b", "-c"], ["--two", "x", "a", "b", "c"], ["--two", "x"],
             ["--many"], ["a", "b", "c", "--opt=", "--two", "1", "2"],
             ["--opt=v", "a", "b", "c", "--", "--opt"]):
    attempt(p, argv)

r = argparse.ArgumentParser(prog="r")
r.add_argument("--verbose", action="store_true")
r.add_argument("command")
r.add_argument("args", nargs=argparse.REMAINDER)
for argv in (["run", "--verbose", "x"], ["--verbose", "run", "-a", "--", "b"], ["run"]):
    attempt(r, argv)

neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("-x", type=float)
neg.add_argument("vals", nargs="*", type=float)
for argv in (["-x", "-1.5", "-2", "-.5"], ["-3", "-x", "-4"], ["-x", "-1e5"], ["-1", "-y"]):
    attempt(neg, argv)
neg2 = argparse.ArgumentParser(prog="neg2")
neg2.add_argument("-1", dest="one", action="store_true")
neg2.add_argument("val", nargs="?")
for argv in (["-1"], ["-2"], ["--", "-2"], ["-1", "x"]):
    attempt(neg2, argv)

q = argparse.ArgumentParser(prog="q")
q.add_argument("a", nargs="?", default="A")
q.add_argument("b", nargs="*", default=["B"])
q.add_argument("-f")
for argv in ([], ["1"], ["1", "2", "3"], ["-f", "x", "1", "2"], ["1", "-f", "x", "2", "3"],
             ["--", "-f"], ["1", "--", "2", "--", "3"]):
    attempt(q, argv)
c = argparse.ArgumentParser(prog="c")
c.add_argument("--a", nargs=argparse.SUPPRESS)
c.add_argument("--sp", nargs="?", type=int, const="7", choices=[7, 8])
c.add_argument("pos", nargs="?", type=int, default="5")
for argv in ([], ["--sp"], ["--sp", "9"], ["3"], ["x"]):
    attempt(c, argv)
