# argparse: parents, conflict_handler, set_defaults/get_default, argument_default, exit_on_error, reprs
import os
os.environ["COLUMNS"] = "80"
import argparse
import contextlib
import io

base = argparse.ArgumentParser(add_help=False)
base.add_argument("--config", default="app.cfg", help="config file")
grp = base.add_argument_group("shared", "shared options")
grp.add_argument("--debug", action="store_true")
mx = base.add_mutually_exclusive_group()
mx.add_argument("--on", action="store_true")
mx.add_argument("--off", action="store_true")
base.set_defaults(origin="base")
child = argparse.ArgumentParser(prog="child", parents=[base], description="inherits")
child.add_argument("name")
print(child.format_help())
print(child.parse_args(["n", "--debug", "--on"]))
try:
    with contextlib.redirect_stderr(io.StringIO()):
        child.parse_args(["n", "--on", "--off"])
except SystemExit as e:
    print("exit", e.code)

c = argparse.ArgumentParser(prog="c")
c.add_argument("-f", "--foo", help="old foo")
try:
    c.add_argument("--foo", help="again")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
r = argparse.ArgumentParser(prog="r", conflict_handler="resolve")
r.add_argument("-f", "--foo", help="old foo")
r.add_argument("--foo", help="new foo")
r.add_argument("-x", help="old x")
r.add_argument("-x", help="new x")
print(r.format_help())
try:
    argparse.ArgumentParser(conflict_handler="bogus")
except ValueError as e:
    print("ValueError:", e)

d = argparse.ArgumentParser(prog="d", argument_default=argparse.SUPPRESS)
d.add_argument("--a")
d.add_argument("--b", default=2)
d.set_defaults(c=3, b=5)
print(d.parse_args([]), d.parse_args(["--a", "1"]), d.get_default("b"), d.get_default("c"),
      d.get_default("zz"))
t = argparse.ArgumentParser(prog="t")
t.add_argument("--n", type=int, default="7")
t.add_argument("--m", type=int, default=8.5)
t.add_argument("--v", action="version", version="t 2.0")
print(t.parse_args([]), t.parse_args(["--n", "1"]))
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        t.parse_args(["--v"])
    except SystemExit as e:
        code = e.code
print(repr(out.getvalue()), code)

e = argparse.ArgumentParser(prog="e", exit_on_error=False)
e.add_argument("--n", type=int)
e.add_argument("pos")
for argv in (["--n", "x", "p"], [], ["p", "q"]):
    try:
        e.parse_args(argv)
    except argparse.ArgumentError as err:
        print("ArgumentError:", err, "|", err.argument_name, "|", err.message)
act = t.add_argument("-q", "--quiet", action="store_true", help="hush")
print(act)
print(t.add_argument("files", nargs="+", type=int, choices=[1, 2], metavar="F"))
print(argparse.Namespace(a=1, b="x") == argparse.Namespace(b="x", a=1), "a" in argparse.Namespace(a=1))
print(argparse.Namespace(**{"not valid": 1, "ok": 2}))
print(argparse.FileType("w", encoding="utf-8"), argparse.FileType(), argparse.FileType("rb", 0))
print(argparse.ArgumentParser(prog="rp", description="d"))
for bad in ({"nargs": 0}, {"const": 1}, {"action": "nothing"}, {"type": "int"},
            {"nargs": 2, "metavar": ("A", "B", "C")}, {"nargs": "x"}):
    try:
        t.add_argument("--bad", **bad)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)
del os.environ["COLUMNS"]  # the test runner runs every program in one process
