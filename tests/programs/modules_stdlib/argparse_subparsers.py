# argparse: subcommands (help listing, aliases, titles, required, dest, defaults, errors, deprecated)
import argparse, contextlib, io, os
os.environ["COLUMNS"] = "80"

def attempt(parser, argv):
    # prints the namespace, or the exit status and everything written to stderr
    captured = io.StringIO()
    with contextlib.redirect_stderr(captured):
        try:
            result = parser.parse_args(argv)
        except SystemExit as stop:
            result = "exit %s" % stop.code
    print(result)
    print(captured.getvalue(), end="")

p = argparse.ArgumentParser(prog="vcs")
p.add_argument("--root", default=".")
p.add_argument("repo")
subs = p.add_subparsers(title="commands", description="available commands", dest="cmd",
                        help="what to do", metavar="COMMAND", required=True)
co = subs.add_parser("checkout", aliases=["co"], help="switch branches")
co.add_argument("branch")
co.set_defaults(handler="do_checkout")
cm = subs.add_parser("commit", help="record changes with a message long enough to wrap "
                     "past the right edge of the terminal")
cm.add_argument("-m", "--message", required=True, help="the message")
cm.add_argument("--amend", action="store_true")
subs.add_parser("status")
old = subs.add_parser("annotate", help="old name", deprecated=True)
print(p.format_help())
print(cm.format_help())
print(co.prog, "|", cm.prog)
attempt(p, ["r", "co", "main"])
attempt(p, ["--root", "/x", "r", "commit", "-m", "hi", "--amend"])
attempt(p, ["r"])
attempt(p, ["r", "push"])
attempt(p, ["r", "commit"])
attempt(p, ["r", "status", "extra"])
attempt(p, ["r", "annotate"])
ns, rest = p.parse_known_args(["r", "status", "--what", "x"])
print(ns, rest)

q = argparse.ArgumentParser(prog="plain")
qs = q.add_subparsers()
a = qs.add_parser("alpha")
a.add_argument("--n", type=int, default=0)
qs.add_parser("beta", help="the b command")
print(q.format_help())
attempt(q, [])
attempt(q, ["alpha", "--n", "2"])
attempt(q, ["gamma"])
attempt(q, ["alpha", "--n", "x"])
err = io.StringIO()
try:
    qs.add_parser("alpha")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    q.add_subparsers()
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
del os.environ["COLUMNS"]  # the test runner runs every program in one process
