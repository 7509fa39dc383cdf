# argparse: argument groups and mutually exclusive groups (help, usage, conflicts, required groups)
import os
os.environ["COLUMNS"] = "80"
import argparse
import contextlib
import io

def attempt(parser, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
        print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="grp", description="groups demo")
net = p.add_argument_group("network", "Options that control the network.")
net.add_argument("--host", default="localhost", help="host name")
net.add_argument("--port", type=int, default=80, help="port number")
out = p.add_argument_group("output")
mode = out.add_mutually_exclusive_group()
mode.add_argument("--json", action="store_true", help="JSON output")
mode.add_argument("--csv", action="store_true", help="CSV output")
p.add_argument_group("empty group", "its description shows although it has no arguments")
p.add_argument("target")
level = p.add_mutually_exclusive_group(required=True)
level.add_argument("-q", "--quiet", action="store_true")
level.add_argument("-l", "--level", type=int)
print(p.format_help())
attempt(p, ["t", "-q", "--json"])
attempt(p, ["t", "-l", "3", "--port", "8080", "--csv"])
attempt(p, ["t"])
attempt(p, ["t", "--json", "--csv", "-q"])
attempt(p, ["t", "-q", "-l", "2"])

one = argparse.ArgumentParser(prog="one")
single = one.add_mutually_exclusive_group(required=True)
single.add_argument("--only")
single.add_argument("--secret", help=argparse.SUPPRESS)
print(one.format_usage(), end="")
attempt(one, [])

split = argparse.ArgumentParser(prog="split")
g = split.add_mutually_exclusive_group()
g.add_argument("--a", action="store_true")
split.add_argument("--middle")
g.add_argument("--b", action="store_true")
g2 = split.add_mutually_exclusive_group()
g2.add_argument("name", nargs="?")
g2.add_argument("--c", action="store_true")
print(split.format_usage(), end="")
attempt(split, ["--a", "--b"])
attempt(split, ["--c", "x"])
print(split.parse_args(["--b", "--middle", "m"]))
del os.environ["COLUMNS"]  # the test runner runs every program in one process
