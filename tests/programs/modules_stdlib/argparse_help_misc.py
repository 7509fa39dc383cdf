# argparse: assorted help details (untitled groups, choices metavars, %% in help, -h/--help exit, usage=SUPPRESS)
import os
os.environ["COLUMNS"] = "80"
import argparse
import contextlib
import io
import sys

def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
    print(out.getvalue(), end="")
    print("stderr:", err.getvalue(), end="")

p = argparse.ArgumentParser(prog="misc", description="prog is %(prog)s", epilog="100%% sure")
p.add_argument("level", type=int, choices=range(3), help="level %(choices)s, 50%% done")
p.add_argument("--pick", choices=("x", "y"), default="x", metavar="", help="empty metavar")
p.add_argument("--tuple", nargs="*", metavar=("FIRST", "SECOND"))
p.add_argument("--many", nargs="+", metavar=("ONE", "MORE"))
untitled = p.add_argument_group()
untitled.add_argument("--untitled", help="in a group without a title")
p._optionals.title = "optional arguments"
run(p, ["-h"])
run(p, ["5"])
run(p, ["1", "--tuple", "a", "b", "c", "--many", "z"])
run(p, ["--help", "extra"])
q = argparse.ArgumentParser(prog="q", usage=argparse.SUPPRESS)
q.add_argument("--x", required=True)
run(q, [])
run(q, ["-h"])
sub = argparse.ArgumentParser(prog="top")
s = sub.add_subparsers(required=True)
leaf = s.add_parser("leaf", description="leaf parser", help="a leaf")
leaf.add_argument("--v", action="version", version="%(prog)s 3.1")
run(sub, [])
run(sub, ["leaf", "-h"])
run(sub, ["leaf", "--v"])
f = argparse.ArgumentParser(prog="files")
f.add_argument("inp", type=argparse.FileType("r"))
f.add_argument("--out", type=argparse.FileType("w"), default="-")
ns = f.parse_args(["-"])
print(ns.inp is sys.stdin, ns.out is sys.stdout)
run(f, ["no_such_dir/file.txt"])
sys.argv = ["/some/path/script-name.py", "--flag", "value"]
g = argparse.ArgumentParser()
g.add_argument("--flag")
print(g.prog, g.parse_args(), g.format_usage(), end="")
h = argparse.ArgumentParser(prog="h", add_help=False)
h.add_argument("-h", "--host")
print(h.parse_args(["-h", "server"]))
del os.environ["COLUMNS"]  # the test runner runs every program in one process
