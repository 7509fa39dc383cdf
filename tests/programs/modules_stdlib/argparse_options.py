# argparse: option spellings (abbreviations, '=', clustered short flags, prefix_chars) and actions
import os
os.environ["COLUMNS"] = "80"
import argparse, contextlib, io

def attempt(parser, argv):
    # one line per command line: the namespace, or the exit status and the error line
    sink = io.StringIO()
    with contextlib.redirect_stderr(sink):
        try:
            outcome = str(parser.parse_args(argv))
        except SystemExit as stop:
            outcome = "exit %s | %s" % (stop.code, sink.getvalue().strip().splitlines()[-1])
    print(argv, "->", outcome)

p = argparse.ArgumentParser(prog="o")
p.add_argument("--verbose", action="store_true")
p.add_argument("--version-file")
p.add_argument("--value", type=int)
p.add_argument("-a", action="store_true")
p.add_argument("-b", action="count", default=0)
p.add_argument("-c")
p.add_argument("-long", dest="lng")
p.add_argument("--items", action="append", type=int)
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("--const", action="append_const", const="K", dest="consts")
p.add_argument("--sc", action="store_const", const=42)
p.add_argument("--off", action="store_false")
for argv in (["--verb"], ["--ver"], ["--vers", "x"], ["--val=3"], ["--val", "-3"],
             ["-abbc", "x"], ["-abcx"], ["-ab=1"], ["-c=y"], ["-cz"], ["-lo", "q"],
             ["-long=r"], ["--items", "1", "--items=2", "--ext", "a", "b", "--ext", "c"],
             ["--const", "--const", "--sc", "--off"], ["--verbose=yes"], ["-a=1"],
             ["-ax"], ["--nope"], ["--verbose", "extra"], ["--value", "1.5"], ["-b", "-"]):
    attempt(p, argv)

strict = argparse.ArgumentParser(prog="strict", allow_abbrev=False)
strict.add_argument("--foobar")
strict.add_argument("-x", action="store_true")
strict.add_argument("-y", action="store_true")
for argv in (["--foo", "1"], ["--foobar", "1"], ["-xy"]):
    attempt(strict, argv)

odd = argparse.ArgumentParser(prog="odd", prefix_chars="-+")
odd.add_argument("+f", action="store_true")
odd.add_argument("++bar")
odd.add_argument("-m", action="store_true")
for argv in (["+f", "++bar", "B"], ["++b=x", "-m"], ["+x"]):
    attempt(odd, argv)
print(odd.format_usage(), end="")

seen = argparse.ArgumentParser(prog="old")
seen.add_argument("--legacy", action="store_true", deprecated=True)
seen.add_argument("-L", action="store_true", deprecated=True)
seen.add_argument("pos", nargs="?", deprecated=True)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print(seen.parse_args(["--legacy", "-L", "--legacy", "p"]))
    print(seen.parse_args([]))
print(err.getvalue(), end="")

known = argparse.ArgumentParser(prog="known")
known.add_argument("--x", type=int)
print(known.parse_known_args(["--x", "1", "--y", "2", "pos", "-z"]))
print(known.parse_known_args(["--y=3"], namespace=argparse.Namespace(x=9, other=1)))
del os.environ["COLUMNS"]  # the test runner runs every program in one process
