# argparse: help page layout (help column, wrapping, long invocations, description/epilog, COLUMNS)
import os
os.environ["COLUMNS"] = "80"
import argparse

p = argparse.ArgumentParser(prog="layout", description="A tool that shows how argparse lays out "
                            "help pages; this description is long enough to be wrapped over "
                            "several lines of the output.", epilog="Epilog text: %(prog)s ends here.")
p.add_argument("infile", help="input file to read")
p.add_argument("outfile", nargs="?", default="-", help="where to write (default: %(default)s)")
p.add_argument("-v", "--verbose", action="store_true", help="say more")
p.add_argument("--a-really-long-option-name", metavar="SOME_LONG_METAVAR",
               help="an option whose invocation is wider than the help column, so the help "
                    "text starts on the next line and wraps at the terminal width")
p.add_argument("-n", "--number", type=int, default=3, help="how many (type %(type)s)")
p.add_argument("--mode", choices=["fast", "slow", "auto"], help="one of %(choices)s")
p.add_argument("--nohelp")
p.add_argument("--empty", help="")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("-x", nargs=2, metavar=("X1", "X2"), help="a pair")
p.add_argument("--star", nargs="*", help="zero or more")
p.add_argument("--plus", nargs="+", help="one or more")
p.add_argument("--opt", nargs="?", const=1, help="optional value")
p.add_argument("--three", nargs=3, help="exactly three")
p.add_argument("-c", action="count", help="counter")
p.add_argument("--ver", action="version", version="%(prog)s 1.0")
print(p.format_help())
print(p.format_usage())

narrow = argparse.ArgumentParser(prog="narrow", description="Wraps\n\n  at   forty columns,   "
                                 "whitespace   collapsed.")
narrow.add_argument("--alpha", help="first option with a help text that wraps several times")
narrow.add_argument("--beta-gamma-delta", help="second")
narrow.add_argument("pos", help="positional")
os.environ["COLUMNS"] = "40"
print(narrow.format_help())
os.environ["COLUMNS"] = "120"
print(narrow.format_help())
os.environ["COLUMNS"] = "80"

q = argparse.ArgumentParser(prog="q", add_help=False, usage="%(prog)s [options] FILE")
q.add_argument("file")
print(q.format_help())
empty = argparse.ArgumentParser(prog="empty", add_help=False)
print(repr(empty.format_help()), repr(empty.format_usage()))
plus = argparse.ArgumentParser(prog="plus", prefix_chars="+")
plus.add_argument("+f", "++foo", help="plus prefixed")
print(plus.format_help())
print(p.parse_args(["in", "--mode", "fast", "-cc", "--star"]))
del os.environ["COLUMNS"]  # the test runner runs every program in one process
