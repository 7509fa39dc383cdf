# argparse: deprecation paths (deprecated= options/arguments/commands, nested groups, BooleanOptionalAction params)
import argparse
import contextlib
import io
import warnings

p = argparse.ArgumentParser(prog="dep")
p.add_argument("--old", deprecated=True, help="use --new")
p.add_argument("--new")
p.add_argument("-o", "--other", action="store_true", deprecated=True)
sub = p.add_subparsers(dest="cmd")
sub.add_parser("gone", aliases=["g"], deprecated=True, help="removed soon")
sub.add_parser("here", help="stays")
for argv in (["--old", "1", "--old", "2"], ["-o", "--other", "-o"], ["--new", "x"],
             ["g"], ["gone"], ["here"], []):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        ns = p.parse_known_args(argv)
    print(argv, ns)
    print(err.getvalue(), end="")
print(p._actions[1])
pos = argparse.ArgumentParser(prog="pos")
pos.add_argument("item", nargs="*", deprecated=True)
pos.add_argument("last", nargs="?", deprecated=True)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print(pos.parse_args(["a", "b"]), pos.parse_args([]))
print(err.getvalue(), end="")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    group = p.add_argument_group("outer")
    group.add_argument_group("inner")
    mx = p.add_mutually_exclusive_group()
    mx.add_mutually_exclusive_group()
    flag = p.add_argument("--flag", action=argparse.BooleanOptionalAction, type=int,
                          metavar="F")
for w in caught:
    print(w.category.__name__, w.message)
print(flag)
print(p.parse_args(["--no-flag"]).flag, p.parse_args(["--flag"]).flag)
