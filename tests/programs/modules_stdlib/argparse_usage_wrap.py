# argparse: usage line wrapping (long prog, long metavars, tuple metavars, nargs mixes, positionals only)
import os
os.environ["COLUMNS"] = "60"
import argparse

def show(parser):
    print(parser.format_usage(), end="")
    print("--")

p = argparse.ArgumentParser(prog="wrapper")
p.add_argument("--first-option", metavar="FIRST_VALUE")
p.add_argument("--second", nargs="+", metavar=("HEAD", "TAIL"))
p.add_argument("--third", nargs="*", metavar=("A", "B"))
p.add_argument("--pairs", nargs=2, metavar=("KEY", "VALUE"), required=True)
p.add_argument("source", nargs="+")
p.add_argument("dest", nargs="*")
p.add_argument("maybe", nargs="?")
p.add_argument("rest", nargs=argparse.REMAINDER)
show(p)

long_prog = argparse.ArgumentParser(prog="a-program-name-that-is-far-too-long-to-fit-well-anywhere")
long_prog.add_argument("--flag", action="store_true")
long_prog.add_argument("--value", metavar="A_RATHER_LONG_METAVAR_NAME")
long_prog.add_argument("input_file_with_long_name")
long_prog.add_argument("output_file_with_long_name")
show(long_prog)
long_prog2 = argparse.ArgumentParser(prog="a-program-name-that-is-far-too-long-to-fit-well-anywhere")
long_prog2.add_argument("--x", action="store_true")
show(long_prog2)

only_pos = argparse.ArgumentParser(prog="onlypos", add_help=False)
for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota"]:
    only_pos.add_argument(name + "_argument")
show(only_pos)

only_opt = argparse.ArgumentParser(prog="onlyopt")
for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]:
    only_opt.add_argument("--" + name, metavar=name.upper() + "_VALUE")
show(only_opt)

huge = argparse.ArgumentParser(prog="huge")
huge.add_argument("--x" * 30)
huge.add_argument("pos")
show(huge)

sub = argparse.ArgumentParser(prog="subwrap")
sub.add_argument("--config-file-location", metavar="PATH")
sub.add_argument("--verbosity-level", type=int)
subs = sub.add_subparsers(dest="command")
subs.add_parser("start")
subs.add_parser("stop")
subs.add_parser("restart")
show(sub)

os.environ["COLUMNS"] = "20"
tiny = argparse.ArgumentParser(prog="tiny")
tiny.add_argument("--option", help="help text for a tiny terminal")
tiny.add_argument("arg")
print(tiny.format_help())
del os.environ["COLUMNS"]  # the test runner runs every program in one process
