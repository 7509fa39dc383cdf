# argparse: parse_intermixed_args / parse_known_intermixed_args versus parse_args
import argparse
import contextlib
import io

def attempt(fn, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(argv, "->", fn(argv))
    except SystemExit as e:
        print(argv, "-> exit", e.code, "|", err.getvalue().strip().splitlines()[-1])

p = argparse.ArgumentParser(prog="mix")
p.add_argument("--foo")
p.add_argument("-v", action="store_true")
p.add_argument("cmd")
p.add_argument("rest", nargs="*")
p.add_argument("last", nargs="?", default="L")
for argv in (["doit", "1", "--foo", "bar", "2", "3"], ["--foo", "x", "a"], ["a", "-v", "b", "--foo", "f"],
             ["-v"], ["a", "--unknown", "b"]):
    attempt(p.parse_args, argv)
    attempt(p.parse_intermixed_args, argv)
print(p.parse_known_intermixed_args(["a", "--zz", "b", "-v", "c"]))
print(p.parse_known_args(["a", "--zz", "b", "-v", "c"]))

req = argparse.ArgumentParser(prog="req")
req.add_argument("--need", required=True)
req.add_argument("n", type=int, nargs="+")
for argv in (["1", "--need", "x", "2"], ["1", "2"], ["--need", "x"]):
    attempt(req.parse_intermixed_args, argv)

bad = argparse.ArgumentParser(prog="bad")
bad.add_argument("rest", nargs=argparse.REMAINDER)
try:
    bad.parse_intermixed_args([])
except TypeError as e:
    print("TypeError:", e)
bad2 = argparse.ArgumentParser(prog="bad2")
g = bad2.add_mutually_exclusive_group()
g.add_argument("x", nargs="?")
g.add_argument("--y")
try:
    bad2.parse_intermixed_args([])
except TypeError as e:
    print("TypeError:", e)
