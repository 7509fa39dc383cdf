# argparse: fromfile_prefix_chars (arguments read from files, nested files, custom line splitting)
import argparse
import contextlib
import io
import os

pid = os.getpid()
outer = "_tmp_argparse_fromfile_%d.a" % pid
inner = "_tmp_argparse_fromfile_%d.b" % pid
with open(outer, "w") as f:
    f.write("--name\nfrom file\n@" + inner + "\npos1\n")
with open(inner, "w") as f:
    f.write("-n\n5\n")
try:
    p = argparse.ArgumentParser(prog="ff", fromfile_prefix_chars="@")
    p.add_argument("--name")
    p.add_argument("-n", type=int)
    p.add_argument("pos", nargs="*")
    print(p.parse_args(["@" + outer, "pos2"]))
    print(p.parse_args(["-n", "1", "@" + inner]))
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            p.parse_args(["@_tmp_argparse_fromfile_missing"])
    except SystemExit as e:
        print("exit", e.code, err.getvalue().strip().splitlines()[-1].split(":")[0:3])

    class Words(argparse.ArgumentParser):
        def convert_arg_line_to_args(self, arg_line):
            return arg_line.split()

    w = Words(prog="words", fromfile_prefix_chars="@+")
    w.add_argument("--name")
    w.add_argument("-n", type=int)
    w.add_argument("pos", nargs="*")
    print(w.parse_known_args(["+" + outer]))
finally:
    os.remove(outer)
    os.remove(inner)
